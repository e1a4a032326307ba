/** The JSON Schema text for rule files, generated from the zod schema (never hand-edited). */
import * as z from "zod/mini";
import { rulesSchema } from "./schema.ts";

export function rulesJsonSchema(): string {
  const schema = z.toJSONSchema(rulesSchema, { target: "draft-2020-12", io: "input" });
  return `${JSON.stringify({ ...schema, title: "CareFit quiz rules" }, null, 2)}\n`;
}
