/**
 * The folder boundaries and the cycle check (scripts/lint/boundaries.js) catch what
 * they are for: ESLint runs them on a small tree (tests/fixtures/boundaries) laid out
 * like src/, with one allowed and one forbidden import of each kind.
 */
import { ESLint } from "eslint";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import tseslint from "typescript-eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { boundaries, LAYERS } from "../../../scripts/lint/boundaries.js";

const root = join(import.meta.dirname, "../../fixtures/boundaries");

describe("lint boundaries", () => {
  let found: Record<string, string[]>;
  beforeAll(async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, ...boundaries(root)],
    });
    const results = await eslint.lintFiles(["src/**/*.ts"]);
    found = Object.fromEntries(results.map((r) => [relative(root, r.filePath), r.messages.map((m) => m.ruleId ?? m.message)]));
  });

  it("fail an import against the flow: engine → app, ui → app, embed → ui, preview → app, entry → preview", () => {
    for (const file of ["src/engine/uses-app.ts", "src/ui/uses-app.ts", "src/embed/uses-ui.ts", "src/preview/tool.ts", "src/main.ts"]) {
      expect(found[file], file).toEqual(["import-x/no-restricted-paths"]);
    }
  });

  it("fail a cycle", () => {
    expect(found["src/machine/a.ts"]).toEqual(["import-x/no-cycle"]);
    expect(found["src/machine/b.ts"]).toEqual(["import-x/no-cycle"]);
  });

  it("pass imports along the flow", () => {
    for (const file of ["src/rules/model.ts", "src/engine/step.ts", "src/ui/view.ts", "src/app/page.ts", "src/store/saved.ts", "src/embed/bridge.ts"]) {
      expect(found[file], file).toEqual([]);
    }
  });

  it("cover every folder of src/", () => {
    const src = join(import.meta.dirname, "../../../src");
    const folders = readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(Object.keys(LAYERS).sort()).toEqual(folders.sort());
  });
});
