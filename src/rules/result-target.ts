/**
 * The reserved target meaning "decide the outcome from the points". Its own module
 * so the engine can use it without pulling the schema library into the first load.
 */
export const RESULT = "result";
