/**
 * Unit-test setup. jsdom lacks matchMedia (framer-motion's reduced-motion hook reads it),
 * and animations are skipped so UI tests see each screen's final state at once.
 */
import { MotionGlobalConfig } from "framer-motion";
import { afterEach } from "vitest";

MotionGlobalConfig.skipAnimations = true;

if (typeof window !== "undefined") {
  await import("@testing-library/jest-dom/vitest");
  const { cleanup } = await import("@testing-library/react");
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
  });
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// The interface speaks English in unit tests unless a test sets another catalogue.
const { addResultWords, setStrings } = await import("../../src/ui/strings.ts");
const { en } = await import("../../src/ui/strings/en.ts");
const { enResult } = await import("../../src/ui/strings/result-en.ts");
setStrings("en", en);
addResultWords(enResult);
