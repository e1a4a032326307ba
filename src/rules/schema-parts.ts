/**
 * The parts the rules schema (schema.ts) is built from: ids, texts and links, conditions,
 * options, questions, outcomes, outcome rules, coverage and languages. Each field's
 * description is written for the staff member reading it in an editor.
 */
import * as z from "zod/mini";
import { LANGUAGE_PATTERN } from "./languages.ts";
import { LIMITS } from "./limits.ts";

const ID_WORDS = "Use lowercase letters, digits and single dashes, e.g. \"pain-level\".";
export const id = z.string().check(
  z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, ID_WORDS),
  // Editors that check the file against the JSON Schema (VS Code) show this instead of the pattern.
  z.meta({
    description: "A stable identifier: lowercase letters, digits and dashes. Answers are stored by id, so renaming one discards saved progress.",
    patternErrorMessage: ID_WORDS,
  }),
);
const HTTPS_WORDS = "Use a full https:// address, e.g. \"https://your-clinic.example/book\".";
export const httpsUrl = z.string().check(z.regex(/^https:\/\/\S+$/, HTTPS_WORDS), z.meta({ patternErrorMessage: HTTPS_WORDS }));
export const text = z.string().check(z.trim(), z.minLength(1, "This text is empty."), z.maxLength(LIMITS.textLength));
/** A text a visitor reads, described for the editor's hover. */
export const shown = (what: string) => text.check(z.describe(what));
export const paragraphs = z.array(text).check(z.minLength(1, "Add at least one paragraph."), z.maxLength(LIMITS.items.paragraphs));
const DATE_WORDS = "Write the date as YYYY-MM-DD, e.g. \"2026-11-28\".";
export const pointMap = z.record(z.string(), z.number());
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, DATE_WORDS), z.meta({ patternErrorMessage: DATE_WORDS }));

/** Who last checked clinical text, and when: the checker flags what was never reviewed or not in 12 months. */
const reviewSchema = z.strictObject({
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
const conditionSchema: z.ZodMiniType<Condition> = z.union([
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
export const when = (what: string) => conditionSchema.check(z.describe(what));

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

