// @vitest-environment jsdom
/**
 * The visit as a screen-reader user hears it, with @guidepup/virtual-screen-reader:
 * intro → question → Continue with nothing chosen → the error → an answer → the next
 * question → an urgent result (heading first, the action right after); and a care
 * result whose booking box is found by heading navigation. The spoken transcript is
 * written to reports/screen-reader-walk.txt for people to read.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { render, screen } from "@testing-library/react";
import { virtual } from "@guidepup/virtual-screen-reader";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { App } from "../../../src/app/App.tsx";
import { useProgressStore } from "../../../src/store/progress-store.ts";
import { answerAll, defaultModel, visitors } from "../helpers.ts";

const model = defaultModel();
const transcript: string[] = [];

beforeEach(() => useProgressStore.getState().clear());
afterEach(async () => {
  transcript.push(...(await virtual.spokenPhraseLog()), "");
  await virtual.stop();
});
afterAll(() => {
  mkdirSync("reports", { recursive: true });
  writeFileSync("reports/screen-reader-walk.txt", transcript.join("\n"));
});

/** Moves with `step` (next item by default) until the reader says something starting with `start`. */
async function moveTo(start: string, step: () => Promise<void> = () => virtual.next()) {
  for (let i = 0; i < 300; i++) {
    if ((await virtual.lastSpokenPhrase()).startsWith(start)) return;
    await step();
  }
  throw new Error(`The reader never said "${start}"`);
}

/** What the reader says after activating the current item (focus moves announce themselves). */
async function activate(): Promise<string[]> {
  const before = (await virtual.spokenPhraseLog()).length;
  await virtual.act();
  await new Promise((r) => setTimeout(r, 20));
  return (await virtual.spokenPhraseLog()).slice(before);
}

const nextHeading = () => virtual.perform(virtual.commands.moveToNextHeading);

describe("the quiz through a screen reader", () => {
  it("reads the question with its number, the error after an empty Continue, then the urgent result heading first with its action", async () => {
    render(<App model={model} host={null} />);
    await virtual.start({ container: document.body });
    transcript.push("# Intro → question 1 → empty Continue → answer → question 2 → stroke signs → result");
    await virtual.next();
    expect(await virtual.lastSpokenPhrase()).toBe("banner");
    await virtual.next();
    expect(await virtual.lastSpokenPhrase()).toBe("Example Health & Fitness Clinic");

    await nextHeading();
    expect(await virtual.lastSpokenPhrase()).toBe("heading, Which care fits me?, level 1");
    await nextHeading();
    expect(await virtual.lastSpokenPhrase()).toBe("heading, Question 1 of up to 15 What brings you here today?, level 2");

    await moveTo("button, Continue");
    expect(await activate()).toEqual(["alert, There is a problem, Select an answer to continue."]);

    await moveTo("radio, Pain or an injury", () => virtual.previous());
    await virtual.act();
    // (The reader's own tree notices attribute changes only; a checked property is not one.)
    expect(screen.getByRole("radio", { name: "Pain or an injury" })).toBeChecked();
    await moveTo("button, Continue");
    expect(await activate()).toEqual(["heading, Question 2 of up to 13 Do you have any of these warning signs?, level 1"]);

    await moveTo("checkbox, Sudden trouble speaking");
    await virtual.act();
    await moveTo("button, Continue");
    expect(await activate()).toEqual(["heading, Emergency: Call 911 now, level 1"]);
    // Straight after the heading: what it means, then the action itself.
    await moveTo("link, Call 911");
    const spoken = await virtual.spokenPhraseLog();
    const heading = spoken.lastIndexOf("heading, Emergency: Call 911 now, level 1");
    expect(spoken.slice(heading).findIndex((p) => p.startsWith("link, Call 911"))).toBeLessThan(10);
    expect(spoken.slice(heading).some((p) => /book/i.test(p))).toBe(false);
  });

  it("reaches the booking link of a care result by heading navigation", async () => {
    useProgressStore.getState().save(model.rules.version, answerAll(model, visitors.ankleSprain));
    render(<App model={model} host={null} />);
    await virtual.start({ container: document.body });
    transcript.push("# A saved ankle sprain: resume → physiotherapy → headings to the booking box");
    await moveTo("button, Continue where you left off");
    expect((await activate())[0]).toBe("heading, We suggest Physiotherapy, level 1");
    await moveTo("heading, Next step: a free consult, level 2", nextHeading);
    await virtual.next();
    await moveTo("link, Book a free consult");
    expect(await virtual.lastSpokenPhrase()).toBe("link, Book a free consult (opens in a new tab)");
  });
});
