/**
 * The contract for `rules/*.json`, the files clinic staff edit.
 *
 * Written with zod's mini build so the same schema can run in the visitor's
 * browser for a few KB; `scripts/generate-schema.ts` turns it into
 * `rules/care-quiz.schema.json` so editors can autocomplete and flag mistakes.
 * Descriptions are written for the staff member reading them in an editor.
 */
import * as z from "zod/mini";
import { LANGUAGE_PATTERN } from "./languages.ts";
import { LIMITS } from "./limits.ts";

const ID_WORDS = "Use lowercase letters, digits and single dashes, e.g. \"pain-level\".";
const id = z.string().check(
  z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, ID_WORDS),
  // Editors that check the file against the JSON Schema (VS Code) show this instead of the pattern.
  z.meta({
    description: "A stable identifier: lowercase letters, digits and dashes. Answers are stored by id, so renaming one discards saved progress.",
    patternErrorMessage: ID_WORDS,
  }),
);
const HTTPS_WORDS = "Use a full https:// address, e.g. \"https://your-clinic.example/book\".";
const httpsUrl = z.string().check(z.regex(/^https:\/\/\S+$/, HTTPS_WORDS), z.meta({ patternErrorMessage: HTTPS_WORDS }));
const text = z.string().check(z.trim(), z.minLength(1, "This text is empty."), z.maxLength(LIMITS.textLength));
/** A text a visitor reads, described for the editor's hover. */
const shown = (what: string) => text.check(z.describe(what));
const paragraphs = z.array(text).check(z.minLength(1, "Add at least one paragraph."), z.maxLength(LIMITS.items.paragraphs));
const DATE_WORDS = "Write the date as YYYY-MM-DD, e.g. \"2026-11-28\".";
const pointMap = z.record(z.string(), z.number());
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, DATE_WORDS), z.meta({ patternErrorMessage: DATE_WORDS }));

/** Who last checked clinical text, and when: the checker flags what was never reviewed or not in 12 months. */
export const reviewSchema = z.strictObject({
  by: text.check(z.describe("The reviewer's name and role, e.g. \"Dr. A. Tremblay, family physician\".")),
  on: isoDate.check(z.describe("The day of the review, YYYY-MM-DD.")),
}).check(z.describe("A clinician's review of this text. Without one, or after 12 months, the checker warns."));

export interface AllCondition { all: Condition[] }
export interface AnyCondition { any: Condition[] }
export interface NotCondition { not: Condition }
export interface EqualsCondition { question: string; equals: string }
export interface IncludesCondition { question: string; includes: string }
export interface ScoreCondition { score: string; atLeast?: number | undefined; atMost?: number | undefined }
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | EqualsCondition
  | IncludesCondition
  | ScoreCondition;

/**
 * A condition over earlier answers and scores: a small tree, never a string expression.
 * Its depth (at most LIMITS.conditionDepth) is checked before this schema runs; JSON Schema can't express it.
 */
const conditionList = (what: string) =>
  z.array(z.lazy(() => conditionSchema)).check(z.minLength(1), z.maxLength(LIMITS.items.all), z.describe(what));
export const conditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({ all: conditionList("Conditions that must all be true.") }).check(z.describe(`True when every listed condition is true. Conditions can be nested up to ${LIMITS.conditionDepth} deep.`)),
  z.strictObject({ any: conditionList("Conditions of which at least one must be true.") }).check(z.describe(`True when at least one listed condition is true. Conditions can be nested up to ${LIMITS.conditionDepth} deep.`)),
  z.strictObject({ not: z.lazy(() => conditionSchema).check(z.describe("The condition that must be false.")) }).check(z.describe("True when the inner condition is false.")),
  z.strictObject({
    question: id.check(z.describe("The question (its id) whose answer this looks at.")),
    equals: id.check(z.describe("The option (its id) that must be the whole answer.")),
  }).check(
    z.describe("True when the visitor chose exactly this one option for that question."),
  ),
  z.strictObject({
    question: id.check(z.describe("The question (its id) whose answer this looks at.")),
    includes: id.check(z.describe("The option (its id) that must be among the answers.")),
  }).check(
    z.describe("True when the visitor's answer to that question includes this option."),
  ),
  z.strictObject({
    score: id.check(z.describe("The score (its id, from \"scores\") to compare.")),
    atLeast: z.optional(z.number().check(z.describe("True when the score is this or more."))),
    atMost: z.optional(z.number().check(z.describe("True when the score is this or less."))),
  }).check(
    z.describe("True when the named score is within the given bounds (inclusive)."),
  ),
]);

export const optionSchema = z.strictObject({
  id,
  label: text.check(z.describe("What the visitor reads next to the radio button or checkbox.")),
  help: z.optional(shown("A hint under the answer, in smaller text.")),
  reason: z.optional(
    text.check(z.describe("How the result explains this answer, e.g. \"Your pain started with a sports injury\". Defaults to the label.")),
  ),
  points: z.optional(pointMap.check(z.describe("Points toward care outcomes, by outcome id. Negative points count against."))),
  scores: z.optional(pointMap.check(z.describe("Amounts added to named scores (see \"scores\"), by score id."))),
  redFlag: z.optional(
    id.check(z.describe("A warning sign: choosing this option ends the quiz at once in this urgent outcome (its id).")),
  ),
  clearance: z.optional(
    z.boolean().check(z.describe("Adds the \"check with your doctor before you start\" note to the result.")),
  ),
  exclusive: z.optional(
    z.boolean().check(z.describe("For multiple-choice questions: choosing this (e.g. \"None of these\") clears the other choices.")),
  ),
});

/** Conditions are one shape among several; where one is used, it says what it decides. */
const when = (what: string) => conditionSchema.check(z.describe(what));

export const branchSchema = z.strictObject({
  when: when("When this branch applies: a condition on earlier answers or scores."),
  goTo: id.check(z.describe("A question id, an outcome id, or \"result\" to decide the outcome from points.")),
});

export const questionSchema = z.strictObject({
  id,
  type: z.enum(["single", "multiple"]).check(
    z.describe("\"single\": pick one (radio buttons). \"multiple\": select all that apply (checkboxes)."),
  ),
  text: text.check(z.describe("The question, shown as the page heading.")),
  help: z.optional(shown("A hint under the question, e.g. \"Pick the one that fits best.\"")),
  options: z.array(optionSchema).check(
    z.minLength(2, "A question needs at least two options."),
    z.maxLength(LIMITS.items.options),
    z.describe(`The answers, at most ${LIMITS.items.options}.`),
  ),
  branches: z.optional(
    z.array(branchSchema).check(
      z.maxLength(LIMITS.items.branches),
      z.describe("Checked in order once the question is answered; the first whose condition is true decides where to go."),
    ),
  ),
  next: id.check(z.describe("Where to go when no branch applies: a question id, an outcome id, or \"result\".")),
  review: z.optional(reviewSchema),
});

const ACTION_WORDS = "Use a phone link such as \"tel:911\" or a full https:// address.";

export const outcomeSchema = z.strictObject({
  id,
  kind: z.enum(["care", "urgent"]).check(
    z.describe("\"care\": a service the clinic offers. \"urgent\": see a doctor or emergency care first; never offers booking."),
  ),
  title: shown("The result's heading, e.g. \"Physiotherapy\"."),
  caption: z.optional(
    text.check(z.describe("Words shown above the title on the result, e.g. \"Your result\". Default: \"We suggest\" for care outcomes, none for urgent ones.")),
  ),
  summary: shown("One or two sentences under the result's heading."),
  whatToExpect: z.optional(
    z.array(text).check(
      z.maxLength(LIMITS.items.whatToExpect),
      z.describe("A list: for care, what a first visit is like; for urgent outcomes, the steps to take (\"What to do\")."),
    ),
  ),
  explanation: paragraphs.check(z.describe("Why this care fits, drawn from the clinic's article.")),
  action: z.optional(
    z.strictObject({
      label: shown("The button's words, e.g. \"Call 911\"."),
      href: z.string().check(
        z.regex(/^(tel:|https:\/\/)/, ACTION_WORDS),
        z.meta({ description: "Where the button goes: a tel: number or an https:// address.", patternErrorMessage: ACTION_WORDS }),
      ),
    }).check(
      z.describe("For urgent outcomes: the one thing to do now, e.g. a tel: link to the emergency number."),
    ),
  ),
  booking: z.optional(
    z.strictObject({
      url: z.optional(httpsUrl.check(z.describe("This outcome's own booking page, instead of the file's."))),
      label: z.optional(shown("This outcome's own button text, e.g. \"Book a physiotherapy assessment\".")),
    }).check(z.describe("For care outcomes: a booking link or button text of its own, instead of the file's \"booking\".")),
  ),
  reviewNote: z.optional(text.check(z.describe("Shown to staff only (preview and checker): text the clinic should review."))),
  review: z.optional(reviewSchema),
});

/** Tried in order before points: the first whose condition holds decides the outcome. */
export const outcomeRuleSchema = z.strictObject({
  when: when("When this rule decides the outcome."),
  outcome: id.check(z.describe("The outcome (its id) this rule decides.")),
  note: z.optional(
    text.check(z.describe("A sentence shown on the result saying why, e.g. how a stated preference was weighed.")),
  ),
});

/** Which red-flag screen must have been asked of whom: the safety analysis proves it on every path. */
export const coverageSchema = z.strictObject({
  presentations: z.optional(
    z.array(id).check(z.maxLength(LIMITS.items.presentations), z.describe("Questions whose every option is something a visitor can have (e.g. where it hurts): each option must be covered by some screen below.")),
  ),
  screens: z.array(
    z.strictObject({
      question: id.check(z.describe("The red-flag question (its id) that screens these visitors.")),
      label: text.check(z.describe("What the screen looks for, in words staff and clinicians read.")),
      covers: z.array(
        z.strictObject({
          label: text.check(z.describe("Who this is, e.g. \"Neck pain\".")),
          when: z.optional(conditionSchema.check(z.describe("Which visitors; leave it out to mean everyone."))),
        }),
      ).check(z.minLength(1), z.maxLength(LIMITS.items.covers), z.describe("The groups of visitors this screen must have been asked of.")),
    }),
  ).check(z.minLength(1), z.maxLength(LIMITS.items.screens), z.describe("Each red-flag question, and whom it must screen.")),
}).check(z.describe("Which red-flag screen covers which visitors. The safety analysis proves every such visitor was screened before any care outcome."));

/** A language code: two or three lowercase letters, optionally a region, e.g. "fr" or "fr-CA". */
const LANGUAGE_WORDS = "Write a language code: two or three lowercase letters, optionally a region, e.g. \"fr\" or \"fr-CA\".";
export const languageSchema = z.string().check(
  z.regex(LANGUAGE_PATTERN, LANGUAGE_WORDS),
  z.meta({ description: "A language code, e.g. \"en\", \"fr\" or \"fr-CA\".", patternErrorMessage: LANGUAGE_WORDS }),
);

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
