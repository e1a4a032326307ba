/**
 * What the browser benchmark measures, as scripts run in the page before its own code.
 * Strings, not functions: the TypeScript runner would wrap a function in helpers the page lacks.
 * Every time is read in the page (performance.now(), from navigation start), so the test
 * process's own delays on a busy machine don't count.
 */

/**
 * Whether a visitor can use an answer control now: attached, enabled, outside any inert
 * screen, laid out, at least half visible (a screen fading in counts once it is mostly
 * there), and a tap at its centre reaches it or its label (nothing covers it).
 */
const usable = `
  const usable = (input) => {
    if (!input || !input.isConnected || input.disabled || input.closest("[inert]")) return false;
    const box = input.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    let opacity = 1;
    for (let el = input; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
    if (opacity < 0.5) return false;
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) return true;
    const hit = document.elementFromPoint(x, y);
    return hit === input || [...(input.labels || [])].some((label) => label.contains(hit));
  };
  const answerInputs = () => [...document.querySelectorAll('form input[type="radio"], form input[type="checkbox"]')];
`;

/** The first radio button laid out: the first answer control visible. */
export const firstControlProbe = `
  (() => {
    const check = () => {
      const input = document.querySelector('input[type="radio"]');
      const box = input && input.getBoundingClientRect();
      if (box && box.width > 0 && box.height > 0) { window.__firstControl = performance.now(); return; }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();
`;

/**
 * A visitor who answers question 1 the moment it shows: ticks its first option and presses
 * Continue in that same frame — again each frame while Continue is disabled, as an impatient
 * visitor would — then waits for question 2. Records q1 (first control laid out), pressed
 * (the press that was accepted: not refused as disabled) and q2 (question 2 usable).
 */
export const secondQuestionProbe = `
  (() => {
    ${usable}
    const times = (window.__nav = {});
    let first = null;
    const frame = () => {
      if (first === null) {
        const input = answerInputs()[0];
        const box = input && input.getBoundingClientRect();
        if (box && box.width > 0 && box.height > 0) { first = input.name; times.q1 = performance.now(); }
      }
      if (first !== null && times.pressed === undefined) {
        const input = document.querySelector('form input[name="' + first + '"]');
        if (input && !input.checked) input.click();
        const button = input && input.form && input.form.querySelector('button[type="submit"]');
        if (button && !button.disabled) { button.click(); times.pressed = performance.now(); }
      }
      if (times.pressed !== undefined && answerInputs().some((i) => i.name !== first && usable(i))) {
        times.q2 = performance.now();
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })();
`;

/**
 * Each press of Continue, timed from the click event (its timeStamp: when the browser
 * received it) to the first frame in which the next question's controls are usable.
 */
export const stepProbe = `
  (() => {
    ${usable}
    window.__steps = [];
    document.addEventListener("click", (event) => {
      const button = event.target instanceof Element && event.target.closest('button[type="submit"]');
      if (!button || !button.form) return;
      const from = button.form.querySelector("input") && button.form.querySelector("input").name;
      const start = event.timeStamp;
      const frame = () => {
        if (answerInputs().some((i) => i.name !== from && usable(i))) { window.__steps.push(performance.now() - start); return; }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, true);
  })();
`;
