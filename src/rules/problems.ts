/** A mistake found in a rules file, addressed by its JSON path so tools can point at the exact place. */
export type JsonPath = readonly (string | number)[];

export interface Problem {
  readonly path: JsonPath;
  readonly message: string;
  readonly severity: "error" | "warning";
  /** "key" when the problem is the field's name itself (an unknown field), not its value. */
  readonly at?: "key";
}

/** `questions[3].options[1].next` — how staff see a location in messages. */
export function formatPath(path: JsonPath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out === "" ? key : `${out}.${key}`),
    "",
  );
}

export function formatProblem(p: Problem): string {
  const where = formatPath(p.path);
  return `${p.severity}: ${where === "" ? "(file)" : where}: ${p.message}`;
}

/** A problem found in the text itself, placed by character offset (the checker adds line and column). */
export interface PlacedProblem extends Problem {
  readonly offset: number;
  readonly length: number;
}

/** What staff see when a check itself fails: never a stack trace, and it says whose fault it is. */
export function internalErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `The checker stopped with an internal error (${detail}). This is a fault in CareFit, not necessarily in your file: please report it with the file attached.`;
}
