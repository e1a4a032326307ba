/**
 * What is still open of each condition in the rules as a visit goes on, for the path
 * walk (paths.ts). Once a question is answered its parts of every condition are
 * decided (`settle`), and what is left is all the rest of the visit can still read of
 * the answers so far: two visits left with the same open conditions (and the same
 * scores) can't be told apart by anything after. Each distinct condition left gets a
 * number, so a walk state is a short list of numbers rather than the answers.
 */
import type { Condition } from "../rules/schema.ts";
import { holds, settle, type Facts } from "./conditions.ts";

export type Open = readonly number[];

export class OpenConditions {
  private readonly numbers = new Map<string, number>();
  private readonly trees: Condition[] = [];
  private readonly settled = new Map<string, number>();
  readonly start: Open;

  constructor(conditions: readonly Condition[]) {
    this.start = conditions.map((c) => this.number(c));
  }

  private number(condition: Condition): number {
    const text = JSON.stringify(condition);
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.trees.push(condition) - 1;
      this.numbers.set(text, n);
    }
    return n;
  }

  /** The open conditions once `question` is answered with `options`; `readers` are the positions of those that read it. */
  after(open: Open, readers: readonly number[], question: string, options: readonly string[]): Open {
    const next = [...open];
    for (const i of readers) {
      const key = `${open[i]}|${question}|${options.join("+")}`;
      let n = this.settled.get(key);
      // Stryker disable next-line ConditionalExpression: equivalent, a cache: settling again gives the same number.
      if (n === undefined) {
        n = this.number(settle(this.trees[open[i]!]!, question, new Set(options)));
        this.settled.set(key, n);
      }
      next[i] = n;
    }
    return next;
  }

  /** How each condition comes out at the end of a visit with these facts. */
  verdicts(open: Open, facts: Facts): string {
    return open.map((n) => (holds(this.trees[n]!, facts) ? "1" : "0")).join("");
  }
}
