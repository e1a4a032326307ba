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
