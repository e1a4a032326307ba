/**
 * Field names and their descriptions at a place in the rules text, read from the
 * generated JSON Schema (rules/care-quiz.schema.json) — the same text VS Code shows —
 * for the editor's completion and hover. Pure, so it is tested without an editor.
 *
 * Why not codemirror-json-schema: it loads shiki (WebAssembly, which our CSP refuses)
 * at import, and its linter reports the schema's raw patterns; our checker, run as
 * the lint source, already validates against the same schema with worded messages.
 */
import { findNodeAtLocation, getLocation, type Node, parseTree, type Segment } from "jsonc-parser";

/** The part of JSON Schema the generated file uses. */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly enum?: readonly unknown[];
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

export interface FieldHelp {
  readonly name: string;
  /** What the value is, in words: "text", "a list", "yes or no"… */
  readonly kind: string;
  readonly description: string;
  readonly required: boolean;
}

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (ref === undefined) return node;
  if (ref === "#") return root;
  const name = ref.replace(/^#\/\$defs\//, "");
  return root.$defs?.[name] ?? {};
}

/** Every alternative a value may take (a condition is one of several shapes). */
function alternatives(root: SchemaNode, node: SchemaNode): SchemaNode[] {
  const resolved = resolve(root, node);
  return resolved.anyOf ? resolved.anyOf.flatMap((n) => alternatives(root, n)) : [resolved];
}

/** The schemas that can describe the value at `path` (several inside a condition). */
function schemasAt(root: SchemaNode, path: readonly Segment[]): SchemaNode[] {
  let current = alternatives(root, root);
  for (const segment of path) {
    current = current.flatMap((node) => {
      if (typeof segment === "number") return node.items ? alternatives(root, node.items) : [];
      const property = node.properties?.[segment];
      if (property) return alternatives(root, property);
      return typeof node.additionalProperties === "object" ? alternatives(root, node.additionalProperties) : [];
    });
  }
  return current;
}

function kindOf(node: SchemaNode): string {
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(" or ");
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type) {
    case "string":
      return "text";
    case "number":
    case "integer":
      return "number";
    case "boolean":
      return "true or false";
    case "array":
      return "list [ … ]";
    case "object":
      return "object { … }";
    default:
      return node.anyOf ? "condition" : "value";
  }
}

/** The fields an object at `path` may have, each with its description (first wins inside a condition). */
export function fieldsAt(root: SchemaNode, path: readonly Segment[]): FieldHelp[] {
  const fields = new Map<string, FieldHelp>();
  for (const node of schemasAt(root, path)) {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      if (fields.has(name)) continue;
      const resolved = resolve(root, property);
      const description = property.description ?? resolved.description ?? alternatives(root, property)[0]?.description ?? "";
      fields.set(name, { name, kind: kindOf(resolved), description, required: node.required?.includes(name) ?? false });
    }
  }
  return [...fields.values()];
}

export interface FieldSuggestions {
  /** Where the typed part of the name starts (after an opening quote, if any). */
  readonly from: number;
  /** Whether the name is already inside quotes. */
  readonly quoted: boolean;
  readonly fields: readonly FieldHelp[];
}

function keysOf(tree: Node | undefined, path: readonly Segment[]): Set<string> {
  const node = tree && (path.length === 0 ? tree : findNodeAtLocation(tree, [...path]));
  return new Set(node?.type === "object" ? (node.children ?? []).map((p) => String(p.children?.[0]?.value)) : []);
}

/** Field names that may be written at `offset`, leaving out the ones the object already has. */
export function suggestFields(root: SchemaNode, text: string, offset: number): FieldSuggestions | null {
  const location = getLocation(text, offset);
  if (!location.isAtPropertyKey) return null;
  const path = location.path.slice(0, -1);
  const before = /"?[\w$-]*$/.exec(text.slice(Math.max(0, offset - 100), offset))?.[0] ?? "";
  const quoted = before.startsWith('"');
  const typed = before.replace(/^"/, "");
  // The half-typed name is left out, or the parser would read the next field as its value.
  const present = keysOf(parseTree(text.slice(0, offset - before.length) + text.slice(offset)), path);
  const fields = fieldsAt(root, path).filter((f) => !present.has(f.name));
  return fields.length > 0 ? { from: offset - typed.length, quoted, fields } : null;
}

/** The field named at `offset` (on its name or its value), with its description. */
export function describeAt(root: SchemaNode, text: string, offset: number): FieldHelp | null {
  const { path } = getLocation(text, offset);
  const name = path.at(-1);
  if (typeof name !== "string" || name === "") return null;
  return fieldsAt(root, path.slice(0, -1)).find((f) => f.name === name) ?? null;
}
