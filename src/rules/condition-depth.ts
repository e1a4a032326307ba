/**
 * How deep conditions may nest, and what to say when a file goes deeper: all the engine's
 * condition walk (conditions-walk.ts) needs of the size limits. Its own module so that the
 * quiz's first load, which walks conditions, doesn't carry the size checker (limits.ts) with it.
 */

/** Conditions inside conditions ("all", "any", "not"), counting the outermost one. */
export const CONDITION_DEPTH = 32;

export const conditionDepthMessage = (depth: number) =>
  `This condition is nested ${depth.toLocaleString("en")} deep; the limit is ${CONDITION_DEPTH}. Combine conditions in one "all" or "any" list instead of nesting them.`;
