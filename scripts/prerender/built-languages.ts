/**
 * Imported first by the pre-render: gives the app's modules the languages the build served
 * (the define __CAREFIT_LANGUAGES__ that Vite bakes into the client), so the pre-rendered
 * page draws the same language switch as the app that hydrates it.
 */
import { readFileSync } from "node:fs";

const rules = JSON.parse(readFileSync(new URL("../../dist/rules/care-quiz.json", import.meta.url), "utf8")) as { languages?: string[] };
(globalThis as { __CAREFIT_LANGUAGES__?: readonly string[] }).__CAREFIT_LANGUAGES__ = rules.languages?.length ? rules.languages : ["en"];
