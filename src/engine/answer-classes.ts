/**
 * The answers worth trying for one question, for the path walk (paths.ts): one
 * answer for each distinct *effect* an answer can have on the rest of the visit,
 * found without listing every combination of options.
 *
 * The engine reads an answer in only these ways: conditions (branches, outcome rules,
 * adjustments, secondary suggestions, coverage) test which options were chosen;
 * options add points, scores and the clearance note; the most urgent red flag decides
 * where the answer goes; the answer must be valid (`answerProblem`). So two answers
 * with the same effect — every condition that reads the question left the same once
 * the answer is known (`settle`), the same point and score sums and clearance, and
 * the same red-flag option deciding — lead to the same places with the same totals,
 * and only one of them needs trying. Keying on the deciding *option* rather than its
 * outcome tries every red flag on its own, so the safety proof can say where each leads.
 */
import type { QuizModel } from "../rules/model.ts";
import type { Option, Question } from "../rules/schema.ts";
import { settle } from "./conditions.ts";
import type { Relevance } from "./relevance.ts";
import { answerProblem, redFlagIn } from "./route.ts";
import { encode, plus, type Totals } from "./totals.ts";

/**
 * Option fields the walk understands: text, and the effects it sums below. An option
 * with any other field (a format addition this file predates) is tried both ways and
 * told apart, as if a condition named it, so a new kind of effect can make the walk
 * slower but never make it miss a path.
 */
const UNDERSTOOD = new Set(["id", "label", "help", "reason", "points", "scores", "clearance", "exclusive", "redFlag"]);

export interface AnswerClass {
  /** One answer (option ids in question order) standing for every answer with its effect. */
  readonly options: readonly string[];
  readonly points: Totals;
  /** Only the scores in `Relevance.scores`. */
  readonly scores: Totals;
  readonly clearance: boolean;
  /** The chosen option whose red flag decides where the answer goes (the engine's `redFlagIn`). */
  readonly decider: string | undefined;
  /** Chosen options the walk keeps track of by id: the deciding red flag, and any with a field it doesn't know. */
  readonly kept: readonly string[];
}

/** Of answers with the same effect, the path explorer shows the shortest. */
function keepSmallest(into: Map<string, AnswerClass>, key: string, answer: AnswerClass) {
  const kept = into.get(key);
  if (kept === undefined || answer.options.length < kept.options.length) into.set(key, answer);
}

/** Answers ordered as a visitor reads the options, so the path explorer reads like the question. */
function inListedOrder(question: Question) {
  const position = new Map(question.options.map((o, i) => [o.id, i]));
  return (a: AnswerClass, b: AnswerClass) => {
    const i = a.options.findIndex((id, k) => id !== b.options[k]);
    if (i === -1) return a.options.length - b.options.length;
    const [x, y] = [a.options[i]!, b.options[i]];
    // Stryker disable next-line ConditionalExpression: equivalent in a stable sort, which keeps an answer after its prefix on "equal" as on "after".
    return y === undefined ? 1 : position.get(x)! - position.get(y)!;
  };
}

/** Far more distinct answers to one question than any real quiz has: past this the walk stops rather than freeze. */
const MOST_ANSWERS = 20_000;

// Stryker disable next-line ArrayDeclaration: equivalent, no other answer is empty, so nothing shares the empty answer's key.
const NOTHING: AnswerClass = { options: [], points: new Map(), scores: new Map(), clearance: false, decider: undefined, kept: [] };

/**
 * One answer per distinct effect. Options are added one at a time (take it or leave
 * it), and partial answers are merged as they go, so the work grows with the number
 * of distinct effects, not with 2^options. Two partial answers merge only when they
 * hold the same named options, have the same sums and deciding red flag, the same
 * size (0, 1, more — `equals` reads "chosen alone") and can grow by the same later
 * options (`answerProblem` decides: a single choice or an exclusive option closes an
 * answer): then any options added next give both the same effect. Answers
 * `answerProblem` rejects stop growing: more options never cure them. Finished
 * answers merge further where conditions make the same of them.
 *
 * Many options that conditions tell apart one by one can make too many answers to
 * try: past `most` partial answers this gives up (undefined).
 */
export function answerClasses(model: QuizModel, question: Question, relevance: Relevance, most = MOST_ANSWERS): AnswerClass[] | undefined {
  const readers = relevance.readers.get(question.id);
  const opaque = new Set(question.options.filter((o) => Object.keys(o).some((key) => !UNDERSTOOD.has(key))).map((o) => o.id));
  // Stryker disable next-line ArrayDeclaration: equivalent, no option's id can be "Stryker was here" (ids are lowercase words).
  const named = new Set([...(readers?.options ?? []), ...opaque]);
  const flagOf = (options: string[]) => redFlagIn(model, { question: question.id, options });
  const deciderWith = (p: AnswerClass, option: Option) => {
    if (option.redFlag === undefined) return p.decider;
    // Stryker disable next-line ConditionalExpression: equivalent, `redFlagIn` skips an undefined id, so the line below returns option.id too.
    if (p.decider === undefined) return option.id;
    // On equal urgency the option listed first keeps deciding, as in `redFlagIn`.
    return flagOf([p.decider, option.id]) === flagOf([p.decider]) ? p.decider : option.id;
  };
  const take = (p: AnswerClass, option: Option): AnswerClass => {
    const decider = deciderWith(p, option);
    const options = [...p.options, option.id];
    return {
      options,
      points: plus(p.points, Object.entries(option.points ?? {})),
      scores: plus(p.scores, Object.entries(option.scores ?? {}).filter(([id]) => relevance.scores.has(id))),
      clearance: p.clearance || option.clearance === true,
      decider,
      kept: options.filter((id) => id === decider || opaque.has(id)),
    };
  };
  const effect = (p: AnswerClass, view: string) => {
    // Stryker disable next-line StringLiteral: equivalent, kept options other than the decider are named in `view` too, so the keys differ already.
    const kept = p.kept.join("+");
    return `${view}|${kept}|${encode(p.points)}|${encode(p.scores)}|${p.clearance}`;
  };
  // What conditions will make of the finished answer.
  const viewOf = (p: AnswerClass) =>
    JSON.stringify((readers?.conditions ?? []).map((i) => settle(relevance.conditions[i]!, question.id, new Set(p.options))));

  let partials: AnswerClass[] = [NOTHING];
  for (const [i, option] of question.options.entries()) {
    const later = question.options.slice(i + 1);
    // Stryker disable next-line EqualityOperator: equivalent, growsAlike compares two answers with it, so inverting both changes nothing.
    const canAdd = (p: AnswerClass, o: Option) => answerProblem(question, [...p.options, o.id]) === null;
    // Compared only when two answers have the same effect so far: most never are.
    const growsAlike = (a: AnswerClass, b: AnswerClass) => later.every((o) => canAdd(a, o) === canAdd(b, o));
    const merged = new Map<string, AnswerClass[]>();
    for (const p of partials) {
      for (const next of [take(p, option), p]) {
        if (next.options.length > 0 && answerProblem(question, next.options) !== null) continue;
        // Unfinished, an answer is known by the named options it holds: what conditions make of it may still change.
        const key = effect(next, `${next.options.filter((id) => named.has(id)).join("+")}#${Math.min(next.options.length, 2)}`);
        const alike = merged.get(key) ?? [];
        const twin = alike.findIndex((a) => growsAlike(a, next));
        if (twin === -1) alike.push(next);
        else if (next.options.length < alike[twin]!.options.length) alike[twin] = next;
        merged.set(key, alike);
      }
    }
    partials = [...merged.values()].flat();
    if (partials.length > most) return undefined;
  }
  const classes = new Map<string, AnswerClass>();
  for (const p of partials) if (p.options.length > 0) keepSmallest(classes, effect(p, viewOf(p)), p);
  return [...classes.values()].sort(inListedOrder(question));
}
