/**
 * Links that pass the schema's shape but would mislead or fail: a booking link
 * with a user name before an "@" (`https://clinic.example@evil.example` goes to
 * evil.example), and an address the browser can't read (the result screen builds
 * the booking link from it, and would fail).
 */
import type { JsonPath, Problem } from "./problems.ts";
import type { Rules } from "./schema.ts";

function parse(address: string): URL | undefined {
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}

/** "clinic.example@" in `https://clinic.example@evil.example/book`. */
function userInfo(address: string): string {
  const authority = address.slice(address.indexOf("//") + 2).split("/")[0]!;
  return authority.slice(0, authority.lastIndexOf("@") + 1);
}

function linkProblem(address: string): string | undefined {
  const url = parse(address);
  if (url === undefined) return "This is not a web address a browser can open: check for a typing mistake after \"https://\".";
  if (url.username !== "" || url.password !== "") {
    return `This link would take visitors to ${url.hostname}: in a web address, whatever comes before an "@" is a user name, not the site. Remove "${userInfo(address)}".`;
  }
  return undefined;
}

export function checkLinks(rules: Rules): Problem[] {
  const problems: Problem[] = [];
  const check = (address: string | undefined, path: JsonPath) => {
    const problem = address === undefined ? undefined : linkProblem(address);
    if (problem) problems.push({ path, message: problem, severity: "error" });
  };
  check(rules.booking.url, ["booking", "url"]);
  rules.outcomes.forEach((o, i) => {
    check(o.booking?.url, ["outcomes", i, "booking", "url"]);
    if (o.action?.href.startsWith("https:")) check(o.action.href, ["outcomes", i, "action", "href"]);
  });
  return problems;
}
