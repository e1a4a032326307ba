// Types for boundaries.js (plain JS, as eslint.config.js loads it without a TypeScript loader).
import type { Linter } from "eslint";

export const LAYERS: Readonly<Record<string, { readonly uses: readonly string[]; readonly why: string }>>;
export const EXCEPTIONS: readonly { readonly imports: string; readonly by: readonly string[] }[];
export function boundaries(root: string): Linter.Config[];
