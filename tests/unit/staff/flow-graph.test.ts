/** The quiz's picture: every question and outcome a box, branches labelled, red flags red, and `npm run rules:graph`. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../../src/rules/model.ts";
import { conditionWords, layoutFlow, wrap } from "../../../src/staff/flow-graph.ts";
import { flowSvg, svgText } from "../../../src/staff/flow-svg.ts";
import { tinyRules } from "../fixtures.ts";

const project = new URL("../../../", import.meta.url).pathname;

describe("layoutFlow", () => {
  const rules = buildModel(tinyRules()).rules;
  const layout = layoutFlow(rules);

  it("draws every question, the decision and every outcome, each pointing at its place in the file", () => {
    expect(layout.nodes.map((n) => [n.id, n.kind, n.path])).toEqual([
      ["first", "question", ["questions", 0]],
      ["distress", "question", ["questions", 1]],
      ["result", "decide", ["decision"]],
      ["urgent", "urgent", ["outcomes", 0]],
      ["alpha", "care", ["outcomes", 1]],
      ["beta", "care", ["outcomes", 2]],
    ]);
    for (const n of layout.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
    }
  });

  it("labels branches with their condition, the default with 'otherwise', and red flags in their own kind", () => {
    const edges = layout.edges.map((e) => [e.from, e.to, e.kind, e.label]);
    expect(edges).toContainEqual(["first", "urgent", "red-flag", "red flag: Flag"]);
    expect(edges).toContainEqual(["first", "distress", "branch", "first = b"]);
    expect(edges).toContainEqual(["first", "result", "next", "otherwise"]);
    expect(edges).toContainEqual(["result", "alpha", "decided", ""]);
    expect(layout.edges.every((e) => e.points.length >= 2)).toBe(true);
  });

  it("puts conditions and long texts in few words", () => {
    expect(conditionWords({ all: [{ question: "where", includes: "back" }, { not: { score: "total", atLeast: 4 } }] })).toBe("where has back and not (score total ≥ 4)");
    expect(wrap("Do you have any of these warning signs right now, today or in the last week, or ever?")).toEqual([
      "Do you have any of these",
      "warning signs right now,",
      "today or in the last week, …",
    ]);
  });

  it("writes SVG with presentation attributes only (no style attribute the CSP would refuse)", () => {
    const svg = svgText(flowSvg(layout, "Tiny"));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('stroke="#d4351c"');
    expect(svg).toContain('marker-end="url(#flow-arrow-red)"');
    expect(svg).not.toMatch(/style=|className/);
  });
});

describe("npm run rules:graph", () => {
  it("writes the picture of a rules file where it is told", () => {
    const out = join(mkdtempSync(join(tmpdir(), "carefit-graph-")), "flow.svg");
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/rules-graph.ts", "tests/rules-diff/before.json", out], { cwd: project, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*flow\.svg: 4 questions, 4 outcomes, \d+ arrows/);
    const svg = readFileSync(out, "utf8");
    for (const id of ["where", "back-check", "neck-check", "knee-check", "emergency", "same-day", "physiotherapy", "chiropractic"]) {
      expect(svg).toContain(`>${id}</text>`);
    }
  });

  it("refuses rules with errors, saying where", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/rules-graph.ts", "tests/rules-corpus/01-typo-in-goto.json", "/dev/null"], { cwd: project, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/01-typo-in-goto\.json:\d+:\d+ .*did you mean/);
  });
});
