/**
 * A red flag on a "None of these" option. Exclusive options are what a visitor
 * ticks when no warning sign applies, so a red flag there sends exactly the
 * people without one to emergency care: always a slip (usually a line pasted
 * onto the wrong option), never a design.
 */
import type { Problem } from "./problems.ts";
import type { Rules } from "./schema.ts";

export function checkExclusiveRedFlags(rules: Rules): Problem[] {
  return rules.questions.flatMap((q, qi) =>
    q.type !== "multiple"
      ? []
      : q.options.flatMap((o, oi) =>
          o.exclusive === true && o.redFlag !== undefined
            ? [{
                path: ["questions", qi, "options", oi, "redFlag"],
                message: `"${o.label}" is marked "exclusive", the answer visitors choose when nothing else applies, so it can't be a red flag: people with none of the warning signs would be sent to "${o.redFlag}". Remove "redFlag" here, or move it to the warning sign it belongs to.`,
                severity: "error" as const,
              }]
            : [],
        ),
  );
}
