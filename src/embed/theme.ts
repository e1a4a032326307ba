/**
 * Theming from the host: accent colour, font family, corner radius and light/dark,
 * validated to plain values (no CSS can be smuggled in) and applied as CSS
 * variables. Text on the accent colour switches between white and black to
 * keep WCAG AA contrast whatever accent a clinic picks.
 *
 * In embed/ because these settings are the embedding's vocabulary: the loader writes them
 * into the quiz's address, and a host page named in the rules may send them in a config
 * message. A page opened on its own with the same address parameters is themed alike.
 */
export interface ThemeInput {
  accent?: string | undefined;
  font?: string | undefined;
  radius?: string | number | undefined;
  theme?: string | undefined;
}

export interface Theme {
  accent?: string;
  font?: string;
  radius?: number;
  scheme?: "light" | "dark" | "auto";
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** Font names: letters, digits, spaces, commas, hyphens and quotes only — no url(), no semicolons. */
const FONT = /^[\p{L}\p{N} ,'"-]{1,100}$/u;

export function parseTheme(input: ThemeInput): { theme: Theme; rejected: string[] } {
  const theme: Theme = {};
  const rejected: string[] = [];
  if (input.accent !== undefined) {
    if (HEX.test(input.accent)) theme.accent = input.accent;
    else rejected.push("accent");
  }
  if (input.font !== undefined) {
    if (FONT.test(input.font)) theme.font = input.font;
    else rejected.push("font");
  }
  if (input.radius !== undefined) {
    const n = typeof input.radius === "number" ? input.radius : /^\d{1,2}(\.\d+)?(px)?$/.test(input.radius) ? parseFloat(input.radius) : NaN;
    if (n >= 0 && n <= 32) theme.radius = n;
    else rejected.push("radius");
  }
  if (input.theme !== undefined) {
    if (input.theme === "light" || input.theme === "dark" || input.theme === "auto") theme.scheme = input.theme;
    else rejected.push("theme");
  }
  return { theme, rejected };
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join("")}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or black, whichever reads better: one of them always reaches 4.5:1 (near-black would not, on mid-greys). */
export function textOn(accent: string): string {
  return contrast(accent, "#ffffff") >= contrast(accent, "#000000") ? "#ffffff" : "#000000";
}

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement) {
  if (theme.accent) {
    root.style.setProperty("--cf-accent", theme.accent);
    root.style.setProperty("--cf-accent-contrast", textOn(theme.accent));
    root.style.setProperty("--cf-accent-dark", theme.accent);
  }
  if (theme.font) root.style.setProperty("--cf-font", `${theme.font}, system-ui, sans-serif`);
  if (theme.radius !== undefined) root.style.setProperty("--cf-radius", `${theme.radius}px`);
  if (theme.scheme === "auto") followSystemScheme(root);
  else if (theme.scheme) root.dataset["theme"] = theme.scheme;
}

/** "auto" follows the visitor's system setting, now and when it changes. */
function followSystemScheme(root: HTMLElement) {
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    root.dataset["theme"] = dark.matches ? "dark" : "light";
  };
  apply();
  dark.addEventListener("change", apply);
}
