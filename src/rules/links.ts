/**
 * Links and origins that pass the schema's shape but would mislead or never work:
 * a booking link with a user name before an "@" (`https://clinic.example@evil.example`
 * goes to evil.example), an address the browser can't read (the result screen
 * builds the booking link from it), and embed origins no page can ever have.
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

const isLocal = (host: string) => host === "localhost" || host === "127.0.0.1" || host === "[::1]";

/** Why a page's origin can never equal this entry (the embed compares them exactly), or undefined if it can. */
function originProblem(entry: string): string | undefined {
  if (entry === "*") return undefined;
  const never = "so no page will ever match it";
  if (entry.includes("*")) {
    return `A "*" only works on its own ("*" = any page); inside an address it is taken literally, ${never}. List each site by name.`;
  }
  const url = parse(entry);
  if (url === undefined) return `This is not a web address, ${never}.`;
  if (url.username !== "" || url.password !== "") return `Origins never contain a user name and "@", ${never}. Write "${url.origin}".`;
  if (url.protocol === "http:" && !isLocal(url.hostname)) {
    return `Clinic sites are served over https://, and browsers report them that way, ${never}. Write "https://${url.host}".`;
  }
  if (url.origin === entry) return undefined;
  if (url.origin === entry.toLowerCase()) return `Browsers always report the address in lowercase, ${never}. Write "${url.origin}".`;
  const portWritten = entry.lastIndexOf(":") > entry.indexOf("//");
  if (url.port === "" && portWritten) return `Browsers leave out the standard port (${url.protocol === "https:" ? "443" : "80"}), ${never}. Write "${url.origin}".`;
  return `Browsers report this site as "${url.origin}", ${never}. Write that instead.`;
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
  rules.embed?.allowedOrigins.forEach((entry, i) => {
    const problem = originProblem(entry);
    if (problem) problems.push({ path: ["embed", "allowedOrigins", i], message: problem, severity: "warning" });
  });
  return problems;
}
