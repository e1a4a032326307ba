/** What the visitor said, as stable ids: the only thing saved and replayed to resume. */
export interface Answer {
  readonly question: string;
  readonly options: readonly string[];
}

export type AnswerLog = readonly Answer[];

/** Answers keyed by question id, for condition checks. */
export type AnswerIndex = ReadonlyMap<string, ReadonlySet<string>>;
