/**
 * Every text a visitor reads, each under a key made of ids — `questions.where.options.neck.label`
 * — and with the JSON path where the rules file writes it. The staff preview edits a text
 * where it is read through this table; translations will be keyed the same way (one file
 * per language, e.g. care-quiz.fr.json), so a language extends this one table rather than
 * the preview. Keys use ids, never positions, so they survive reordering.
 */
import type { JsonPath } from "./problems.ts";
import type { Rules } from "./schema.ts";

export interface VisitorText {
  /** Id path, e.g. `outcomes.physiotherapy.explanation.0`. */
  readonly key: string;
  /** Where the rules file holds it, e.g. `["outcomes", 2, "explanation", 0]`. */
  readonly path: JsonPath;
  readonly text: string;
}

type Entry = readonly [key: string, path: JsonPath, text: string | undefined];

function listed(key: string, path: JsonPath, texts: readonly string[] | undefined): Entry[] {
  return (texts ?? []).map((text, i) => [`${key}.${i}`, [...path, i], text]);
}

export function visitorTexts(rules: Rules): VisitorText[] {
  const entries: Entry[] = [
    ["title", ["title"], rules.title],
    ["intro.heading", ["intro", "heading"], rules.intro.heading],
    ...listed("intro.paragraphs", ["intro", "paragraphs"], rules.intro.paragraphs),
    ...rules.questions.flatMap((q, qi): Entry[] => {
      const at = ["questions", qi] as const;
      return [
        [`questions.${q.id}.text`, [...at, "text"], q.text],
        [`questions.${q.id}.help`, [...at, "help"], q.help],
        ...q.options.flatMap((o, oi): Entry[] => {
          const key = `questions.${q.id}.options.${o.id}`;
          const path = [...at, "options", oi];
          return [
            [`${key}.label`, [...path, "label"], o.label],
            [`${key}.help`, [...path, "help"], o.help],
            [`${key}.reason`, [...path, "reason"], o.reason],
          ];
        }),
      ];
    }),
    ...rules.outcomes.flatMap((o, oi): Entry[] => {
      const key = `outcomes.${o.id}`;
      const at = ["outcomes", oi] as const;
      return [
        [`${key}.title`, [...at, "title"], o.title],
        [`${key}.caption`, [...at, "caption"], o.caption],
        [`${key}.summary`, [...at, "summary"], o.summary],
        ...listed(`${key}.whatToExpect`, [...at, "whatToExpect"], o.whatToExpect),
        ...listed(`${key}.explanation`, [...at, "explanation"], o.explanation),
        [`${key}.action.label`, [...at, "action", "label"], o.action?.label],
        [`${key}.booking.label`, [...at, "booking", "label"], o.booking?.label],
      ];
    }),
    ...(rules.decision?.outcomeRules ?? []).map((r, i): Entry => [`decision.outcomeRules.${i}.note`, ["decision", "outcomeRules", i, "note"], r.note]),
    ...(rules.decision?.adjustments ?? []).map((a, i): Entry => [`decision.adjustments.${i}.reason`, ["decision", "adjustments", i, "reason"], a.reason]),
    ...(rules.decision?.secondary ?? []).map((s, i): Entry => [`decision.secondary.${i}.text`, ["decision", "secondary", i, "text"], s.text]),
    ["booking.label", ["booking", "label"], rules.booking.label],
    ["clearance.title", ["clearance", "title"], rules.clearance?.title],
    ["clearance.text", ["clearance", "text"], rules.clearance?.text],
    ["disclaimer", ["disclaimer"], rules.disclaimer],
    ["clinic.name", ["clinic", "name"], rules.clinic?.name],
    ["clinic.phone", ["clinic", "phone"], rules.clinic?.phone],
  ];
  return entries.flatMap(([key, path, text]) => (text === undefined ? [] : [{ key, path, text }]));
}

/** Where a visitor is, so a text shown in several places is found in the one on screen. */
export interface ScreenContext {
  readonly question?: string | undefined;
  readonly outcome?: string | undefined;
  /** The questions answered so far: their options' reasons are what a result lists. */
  readonly answered?: readonly string[] | undefined;
}

function preference(key: string, context: ScreenContext): number {
  if (context.question !== undefined && key.startsWith(`questions.${context.question}.`)) return 0;
  if (context.outcome !== undefined && key.startsWith(`outcomes.${context.outcome}.`)) return 0;
  if (context.answered?.some((q) => key.startsWith(`questions.${q}.`))) return 1;
  return 2;
}

/** The text shown as `shown` on the screen described by `context`, or undefined if the rules don't write it. */
export function findVisitorText(rules: Rules, shown: string, context: ScreenContext): VisitorText | undefined {
  const wanted = shown.trim();
  const matches = visitorTexts(rules).filter((t) => t.text.trim() === wanted);
  return matches.sort((a, b) => preference(a.key, context) - preference(b.key, context))[0];
}
