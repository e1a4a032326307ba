/** What the page's early capture reads to tell a returning visitor before the app arrives. */
import { describe, expect, it } from "vitest";
import { hasSavedAnswers, PROGRESS_KEY } from "../../../src/store/progress-key.ts";

const storage = (value: string | null) => ({ getItem: (key: string) => (key === PROGRESS_KEY ? value : null) });

describe("hasSavedAnswers", () => {
  it("is true only for saved progress with at least one answer, and never throws on what a device may hold", () => {
    expect(hasSavedAnswers(storage(JSON.stringify({ state: { log: [{ question: "reason", options: ["pain-injury"] }] }, version: 2 })))).toBe(true);
    expect(hasSavedAnswers(storage(JSON.stringify({ state: { log: [] }, version: 2 })))).toBe(false);
    for (const junk of [null, "", "{", "null", "[]", '{"state":null}', '{"state":{"log":"x"}}']) expect(hasSavedAnswers(storage(junk))).toBe(false);
  });
});
