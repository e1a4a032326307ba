/**
 * A rules file as the build served it in dist/: as a visitor's browser starts from it
 * (`served`, without its "$results"), and `whole`, with the result texts served beside it
 * merged back in (src/rules/result-texts.ts). Throws when the two don't belong together (the
 * texts' SHA-256 isn't the one the rules file names, or some fit nowhere): the build must
 * never ship such a pair.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resultsFileFor } from "../../src/rules/languages.ts";
import { mergeResultTexts, parseResultTexts, RESULTS_FIELD, resultsRefOf } from "../../src/rules/result-texts.ts";

export function readBuiltRules(dist: URL, rulesFile: string): { served: unknown; whole: unknown } {
  const { [RESULTS_FIELD]: named, ...rules } = JSON.parse(readFileSync(new URL(rulesFile, dist), "utf8")) as Record<string, unknown>;
  const ref = resultsRefOf({ [RESULTS_FIELD]: named });
  if (named === undefined) return { served: rules, whole: rules };
  const file = resultsFileFor(rulesFile);
  const bytes = readFileSync(new URL(file, dist));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (!ref || sha256 !== ref.sha256) throw new Error(`dist/${file} is not the file of result texts dist/${rulesFile} names (SHA-256 ${sha256}).`);
  const texts = parseResultTexts(bytes.toString("utf8"));
  if (!texts) throw new Error(`dist/${file} is not a file of texts.`);
  const merged = mergeResultTexts(rules, texts);
  if (merged.unused.length > 0) throw new Error(`dist/${file}: ${merged.unused.join(", ")} fit nowhere in dist/${rulesFile}.`);
  return { served: rules, whole: merged.rules };
}
