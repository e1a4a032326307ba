/**
 * The screens the build writes into index.html: the first screen, and — for the early
 * capture (src/app/early-capture.ts) — the screen after each answer to a single-choice
 * question 1, as <template> elements the capture shows on Continue. Each is the same tree
 * the client hydrates, in the state after those answers, with its key (screen-key.ts).
 */
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "../../src/app/App.tsx";
import { screenKey } from "../../src/app/screen-key.ts";
import type { Answer } from "../../src/engine/answers.ts";
import { replay } from "../../src/engine/route.ts";
import type { QuizModel } from "../../src/rules/model.ts";

function renderScreen(model: QuizModel, answered: Answer[] = []): string {
  return renderToString(
    <StrictMode>
      <App model={model} host={null} early={{ answered }} />
    </StrictMode>,
  );
}

/** The pre-rendered #root: the first screen, with its key. */
export function firstScreen(model: QuizModel): string {
  return `<div id="root" data-prerendered="${screenKey(model)}">${renderScreen(model)}</div>`;
}

/**
 * One <template> per distinct screen after an answer to question 1, naming the answers that
 * lead to it. None when question 1 is multiple-choice (too many combinations to render
 * ahead), and none for answers that end the visit at once (the app shows the result).
 */
export function screensAhead(model: QuizModel): string {
  const question = model.questions.get(model.rules.start);
  if (question?.type !== "single") return "";
  const after = new Map<string, { key: string; options: string[] }>();
  for (const option of question.options) {
    const answered = [{ question: question.id, options: [option.id] }];
    if (replay(model, answered).step.kind !== "question") continue;
    const markup = renderScreen(model, answered);
    const screen = after.get(markup) ?? { key: screenKey(model, answered), options: [] };
    screen.options.push(option.id);
    after.set(markup, screen);
  }
  return [...after]
    .map(([markup, { key, options }]) => `<template data-question="${question.id}" data-after="${options.join(" ")}" data-screen="${key}">${markup}</template>`)
    .join("");
}
