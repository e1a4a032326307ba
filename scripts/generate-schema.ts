/**
 * Writes rules/care-quiz.schema.json from the zod schema in src/rules/schema.ts.
 * Run after changing the schema: `npm run rules:schema`. A unit test fails when the
 * checked-in file is stale, so the editor hints never drift from what the app accepts.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rulesJsonSchema } from "../src/rules/json-schema.ts";

const target = fileURLToPath(new URL("../rules/care-quiz.schema.json", import.meta.url));
writeFileSync(target, rulesJsonSchema());
console.log(`wrote ${target}`);
