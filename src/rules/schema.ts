/**
 * The contract for `rules/*.json`, the files clinic staff edit.
 *
 * Written with zod's mini build so the same schema can run in the visitor's
 * browser for a few KB; `scripts/generate-schema.ts` turns it into
 * `rules/care-quiz.schema.json` so editors can autocomplete and flag mistakes.
 * Descriptions are written for the staff member reading them in an editor.
 */
import * as z from "zod/mini";
import { LIMITS } from "./limits.ts";
import {
  id, httpsUrl, text, shown, paragraphs, pointMap, optionSchema, when, branchSchema, questionSchema, outcomeSchema, outcomeRuleSchema, coverageSchema, languageSchema,
} from "./schema-parts.ts";

export type { AllCondition, AnyCondition, Condition, EqualsCondition, IncludesCondition, NotCondition, ScoreCondition } from "./schema-parts.ts";

const LOGO_WORDS = "Use the name of an image file next to the quiz, e.g. \"logo.svg\" (no folders, no web address).";
const ORIGIN_WORDS = "Use an origin like \"https://www.your-clinic.example\" (no path), or \"*\".";

export const rulesSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.describe("Where editors find this schema; keep \"./care-quiz.schema.json\"."))),
  languages: z.optional(
    z.array(languageSchema).check(
      z.minLength(1, "List at least one language, the one this file is written in."),
      z.maxLength(LIMITS.items.languages),
      z.describe("The languages of the quiz. The first is the language of this file's texts and the default for visitors; each other one needs a file next to this one, e.g. care-quiz.fr.json for \"fr\". Leave it out for English only."),
    ),
  ),
  version: text.check(z.describe("Change this whenever questions change: saved progress from another version is discarded.")),
  title: shown("The quiz's name: the page title and the name of its region for screen readers."),
  intro: z.strictObject({
    heading: shown("The first screen's heading."),
    paragraphs: paragraphs.check(z.describe("The introduction's paragraphs, above the first question.")),
  }).check(
    z.describe("The top of the first screen, shown above the first question."),
  ),
  start: id.check(z.describe("The id of the first question.")),
  questions: z.array(questionSchema).check(
    z.minLength(1),
    z.maxLength(LIMITS.items.questions),
    z.describe(`At most ${LIMITS.items.questions.toLocaleString("en")} questions. The whole file can have up to ${LIMITS.fileCharacters.toLocaleString("en")} characters, each text up to ${LIMITS.textLength.toLocaleString("en")}.`),
  ),
  outcomes: z.array(outcomeSchema).check(
    z.minLength(1),
    z.maxLength(LIMITS.items.outcomes),
    z.describe("Care outcomes and urgent outcomes. When several red flags are chosen, the urgent outcome listed first wins."),
  ),
  scores: z.optional(
    z.array(z.strictObject({ id, label: text.check(z.describe("What the score measures, for staff.")) })).check(
      z.maxLength(LIMITS.items.scores),
      z.describe("Named numeric scores that options add to; conditions compare them with thresholds (atLeast / atMost)."),
    ),
  ),
  decision: z.optional(
    z.strictObject({
      tieBreak: z.optional(
        z.array(id).check(z.maxLength(LIMITS.items.tieBreak), z.describe("Care outcome ids, most preferred first: decides ties in points. Default: the order of the outcomes.")),
      ),
      outcomeRules: z.optional(
        z.array(outcomeRuleSchema).check(
          z.maxLength(LIMITS.items.outcomeRules),
          z.describe("Tried in order when the quiz decides the result: the first whose condition holds decides the outcome, before any points are counted. Use it for a published tool's groups, or to honour a stated preference."),
        ),
      ),
      adjustments: z.optional(
        z.array(
          z.strictObject({
            when: when("When these points are added."),
            points: pointMap.check(z.describe("Points added to care outcomes, by outcome id.")),
            reason: shown("How the result explains these points."),
          }),
        ).check(
          z.maxLength(LIMITS.items.adjustments),
          z.describe("Extra points when a condition holds (e.g. a score above a threshold), with the reason shown to the visitor."),
        ),
      ),
      secondary: z.optional(
        z.array(
          z.strictObject({
            when: z.optional(when("When this suggestion applies; leave it out to mean always.")),
            primary: id.check(z.describe("The outcome (its id) this suggestion goes with.")),
            secondary: id.check(z.describe("The outcome (its id) suggested for later.")),
            text: shown("The sentence shown under \"Later: …\"."),
          }),
        ).check(
          z.maxLength(LIMITS.items.secondary),
          z.describe("A second suggestion shown under the result, e.g. personal training once recovered. The first match applies."),
        ),
      ),
    }).check(z.describe("How the quiz decides the result when it reaches \"result\": outcome rules, then points.")),
  ),
  booking: z.strictObject({
    url: httpsUrl.check(z.describe("The clinic's booking page; the result adds ?care=<outcome id>.")),
    param: z.optional(id.check(z.describe("The query parameter that carries the outcome id, so the booking form can preselect it. Default \"care\"."))),
    label: shown("The booking button's words, e.g. \"Book a free consult\"."),
  }).check(z.describe("Where care results send visitors to book.")),
  clearance: z.optional(
    z.strictObject({
      title: shown("The note's heading, e.g. \"Check with your doctor before you start\"."),
      text: shown("The note's text."),
    }).check(
      z.describe("The \"check with your doctor before you start\" note, shown when an answer has \"clearance\": true. Needed only if one does."),
    ),
  ),
  coverage: z.optional(coverageSchema),
  disclaimer: shown("Shown on every result: the quiz is not medical advice."),
  clinic: z.optional(
    z.strictObject({
      name: text.check(z.describe("The clinic's name, shown at the top of the quiz's own page (not when embedded) and on the printed summary.")),
      phone: z.optional(text.check(z.describe("The clinic's phone number as visitors should dial it, shown on the printed summary."))),
      logo: z.optional(
        z.string().check(
          z.regex(/^[a-z0-9][a-z0-9._-]*\.(svg|png|webp)$/, LOGO_WORDS),
          z.meta({
            description: "An image file served next to the quiz (in public/ before the build), e.g. \"logo.svg\". Shown beside the name.",
            patternErrorMessage: LOGO_WORDS,
          }),
        ),
      ),
    }).check(z.describe("Who runs this quiz: shown on the quiz's own page and the printed summary, hidden when embedded.")),
  ),
  keepProgressHours: z.optional(
    z.number().check(
      z.positive("Use a number of hours above 0."),
      z.maximum(720, "Keep saved answers at most 720 hours (30 days)."),
      z.describe("How long a visitor's saved answers stay usable on their device, in hours from their first answer; older ones are discarded. Default 24. Say so in the introduction."),
    ),
  ),
  embed: z.optional(
    z.strictObject({
      allowedOrigins: z.array(
        z.string().check(z.regex(/^(\*|https?:\/\/[^/\s]+)$/, ORIGIN_WORDS), z.meta({ patternErrorMessage: ORIGIN_WORDS })),
      ).check(
        z.maxLength(LIMITS.items.allowedOrigins),
        z.describe("Host pages the quiz may send events to when embedded. \"*\" allows any page but never shares answers; answers (data-share-answers) go only to origins listed by name."),
      ),
    }).check(z.describe("Embedding the quiz in the clinic's own pages.")),
  ),
});

export type Rules = z.infer<typeof rulesSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Branch = z.infer<typeof branchSchema>;
export type OutcomeRule = z.infer<typeof outcomeRuleSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
