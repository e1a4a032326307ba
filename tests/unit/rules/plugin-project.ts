/** A throwaway project for the rules plugin's tests: the repository's rules and public files, with a rules file of the test's own. */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import { rulesPlugin } from "../../../scripts/vite/rules-plugin.ts";

export function project(rulesText: string) {
  const root = mkdtempSync(join(tmpdir(), "carefit-rules-"));
  cpSync(new URL("../../../rules", import.meta.url), join(root, "rules"), { recursive: true });
  cpSync(new URL("../../../public", import.meta.url), join(root, "public"), { recursive: true });
  writeFileSync(join(root, "rules/care-quiz.json"), rulesText);
  return root;
}

type Hook = (...args: unknown[]) => unknown;
export const hook = (plugin: ReturnType<typeof rulesPlugin>, name: string) => plugin[name as keyof typeof plugin] as unknown as Hook;

/** The plugin set up for a build of `rulesText`, with a context that records what it emits and throws its errors. */
export function build(rulesText: string) {
  const plugin = rulesPlugin();
  const root = project(rulesText);
  const config = hook(plugin, "config")({ root }) as { define?: Record<string, string> };
  const ctx = {
    error: (message: string) => { throw new Error(message); },
    warn: vi.fn(),
    addWatchFile: vi.fn(),
    emitFile: vi.fn(),
  };
  return { plugin, root, config, ctx, start: () => hook(plugin, "buildStart").call(ctx) };
}
