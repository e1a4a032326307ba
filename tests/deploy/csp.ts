/**
 * `test` for pages served with our Content-Security-Policy: each test fails on any violation.
 * A `securitypolicyviolation` listener is installed in every page and frame before their own
 * scripts run, and Chromium's console reports of refused content are collected too (a refused
 * frame-ancestor, for one, reaches only the console of the page that tried to frame us).
 * A test that causes a violation on purpose declares it with `csp.expect(pattern)`.
 */
import { test as base, expect } from "@playwright/test";

type Csp = { violations: string[]; expect(pattern: RegExp): void };

export const test = base.extend<{ csp: Csp }>({
  csp: [
    async ({ context }, use) => {
      const violations: string[] = [];
      const expected: RegExp[] = [];
      await context.exposeBinding("reportCspViolation", ({ frame }, text: string) => void violations.push(`${frame.url()}: ${text}`));
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
          report(`${e.effectiveDirective} refused ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
        });
      });
      context.on("console", (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
      });
      await use({ violations, expect: (pattern) => void expected.push(pattern) });
      for (const pattern of expected) expect(violations, `expected a violation matching ${pattern}`).toContainEqual(expect.stringMatching(pattern));
      expect(violations.filter((v) => !expected.some((p) => p.test(v))), "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
