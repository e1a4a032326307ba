/** The build step that finds inline code for the CSP: the right hashes, and refusals with a place. */
import { describe, expect, it } from "vitest";
import { cspHash, inlineCode } from "../../../scripts/csp/inline-code.ts";

describe("inlineCode", () => {
  it("hashes each inline script and style as CSP expects, and skips scripts with a src", () => {
    const html = `<!doctype html><html><head><style>p{color:red}</style><script src="/a.js"></script></head>
      <body><script>alert('Hello, world.');</script><script type="module">import "/b.js";</script></body></html>`;
    const found = inlineCode(html, "page.html");
    // The example hash from the CSP Level 3 spec and MDN, so the encoding is checked, not just repeated.
    expect(found.scripts[0]).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    expect(found.scripts).toEqual([cspHash("alert('Hello, world.');"), cspHash('import "/b.js";')]);
    expect(found.styles).toEqual([cspHash("p{color:red}")]);
    expect(found.problems).toEqual([]);
  });

  it("hashes the text the browser sees: line breaks as LF even from a CRLF file", () => {
    expect(inlineCode("<script>a();\r\nb();</script>", "page.html").scripts).toEqual([cspHash("a();\nb();")]);
  });

  it("finds inline scripts inside <template> too", () => {
    expect(inlineCode("<template><script>c()</script></template>", "page.html").scripts).toEqual([cspHash("c()")]);
  });

  it("refuses inline code a hash can't allow, with file, line and column", () => {
    const html = `<!doctype html>\n<body>\n  <button onclick="go()">Go</button>\n<p style="color:red">x</p><a href=" javascript:go()">y</a></body>`;
    const { problems } = inlineCode(html, "dist/page.html");
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^dist\/page\.html:3:3 <button onclick="…">: an inline event handler/);
    expect(problems[1]).toMatch(/^dist\/page\.html:4:1 <p style="…">: a style attribute/);
    expect(problems[2]).toMatch(/^dist\/page\.html:4:27 <a href="javascript:…">: a javascript: URL/);
  });

  it("does not mistake text or script contents for attributes", () => {
    const html = `<p>Set onclick="x" or style="y" in text</p><script>el.setAttribute("onclick", "x")</script>`;
    expect(inlineCode(html, "page.html").problems).toEqual([]);
  });
});
