/**
 * The inline code in a built HTML page, as a Content-Security-Policy sees it: the SHA-256
 * hash of each inline <script> and <style>, computed over the text the HTML parser produces
 * (parse5 follows the same standard as browsers, so a CRLF checkout hashes like the browser
 * does), and the inline code no hash can allow without 'unsafe-inline' — event-handler
 * attributes, style attributes, javascript: URLs — with its line, so the build can stop
 * instead of the page breaking in production.
 */
import { createHash } from "node:crypto";
import { type DefaultTreeAdapterTypes as T, parse } from "parse5";

export type InlineCode = { scripts: string[]; styles: string[]; problems: string[] };

/** A CSP hash source, e.g. 'sha256-…': what a browser compares an inline element's text with. */
export const cspHash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href"]);

function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!("tagName" in child)) continue;
    yield child;
    yield* elements(child.tagName === "template" ? (child as T.Template).content : child);
  }
}

const text = (element: T.Element) => element.childNodes.map((n) => ("value" in n ? n.value : "")).join("");

function problemWith(tag: string, name: string, value: string): string | null {
  if (name.startsWith("on")) return `<${tag} ${name}="…">: an inline event handler; add the listener from a script instead`;
  if (name === "style") return `<${tag} style="…">: a style attribute; use a class, or set the style from a script (element.style)`;
  if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value)) return `<${tag} ${name}="javascript:…">: a javascript: URL; add a listener from a script instead`;
  return null;
}

export function inlineCode(html: string, file: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], problems: [] };
  for (const element of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    const where = element.sourceCodeLocation;
    for (const { name, value } of element.attrs) {
      const problem = problemWith(element.tagName, name, value);
      if (problem) found.problems.push(`${file}:${where?.startLine ?? 0}:${where?.startCol ?? 0} ${problem} (a hash can't allow it)`);
    }
    if (element.tagName === "style") found.styles.push(cspHash(text(element)));
    if (element.tagName === "script" && !element.attrs.some((a) => a.name === "src")) found.scripts.push(cspHash(text(element)));
  }
  return found;
}
