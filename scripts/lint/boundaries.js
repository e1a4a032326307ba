// The folders of src/ and what each may import, as ESLint config: data flows
// rules → engine → machine/store → ui → app, with embed (the host-page bridge)
// beside ui, and preview (staff tooling) on top where nothing imports it.
// A folder may always import from itself; anything not listed is an error, and
// so is any import cycle. eslint.config.js uses this for src/; the boundaries
// test (tests/unit/lint/boundaries.test.ts) lints a fixture tree with it.
import { createNodeResolver } from "eslint-plugin-import-x";
import importX from "eslint-plugin-import-x";

/** Each folder of src/, with the folders it may import from and why. */
export const LAYERS = {
  rules: { uses: [], why: "src/rules is the bottom layer: JSON in, typed model out." },
  i18n: { uses: [], why: "Choosing the visitor's language is pure: the address, the saved choice and the browser's languages in, a language out." },
  engine: { uses: ["rules"], why: "The engine is pure TypeScript over the rules model: no state, UI or embedding." },
  machine: { uses: ["rules", "engine"], why: "The machine knows nothing of the UI or storage; effects are provided by the app." },
  store: { uses: ["rules", "engine"], why: "Stores hold saved state only." },
  ui: { uses: ["rules", "engine", "machine", "store", "i18n"], why: "The UI renders the machine; the app wires it up, so the UI never imports the app." },
  embed: {
    uses: ["rules", "engine", "machine"],
    why: "The embed bridge speaks the host protocol in the visit's words (machine/visit-events.ts); it knows nothing of the UI or the app.",
  },
  app: { uses: ["rules", "engine", "machine", "store", "ui", "embed", "i18n"], why: "The app wires the visitor's page; staff tooling is not part of it." },
  staff: { uses: ["rules", "engine"], why: "Staff tools (diff, graph) work on rules and paths only; the studio and scripts use them." },
  preview: { uses: ["rules", "engine", "machine", "store", "ui", "staff"], why: "The staff preview reuses the quiz, not the visitor's app." },
};

/** Files directly in src/ (the entry points) may import any layer but the staff preview. */
const ROOT_WHY = "The visitor's entry point never loads staff tooling.";

/** Outside src/: nothing in it may import these. */
const OUTSIDE = ["tests", "scripts"];

const forbiddenFor = (self, uses) => [...Object.keys(LAYERS).filter((l) => l !== self && !uses.includes(l)).map((l) => `src/${l}`), ...OUTSIDE];

/** The no-restricted-paths zones for files in `target`. */
const zones = (target, forbidden, why) => forbidden.map((from) => ({ target, from, message: why }));

const restrict = (root, zoneList) => ({ "import-x/no-restricted-paths": ["error", { basePath: root, zones: zoneList }] });

/** Flat-config blocks enforcing the layers and forbidding cycles, for a tree rooted at `root`. */
export function boundaries(root) {
  const layerBlocks = Object.entries(LAYERS).map(([layer, { uses, why }]) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: restrict(root, zones(`src/${layer}`, forbiddenFor(layer, uses), why)),
  }));
  return [
    {
      files: ["src/**/*.{ts,tsx}"],
      plugins: { "import-x": importX },
      settings: {
        "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
        "import-x/extensions": [".ts", ".tsx", ".js"],
      },
      rules: {
        "import-x/no-cycle": "error",
        ...restrict(root, zones("src", ["src/preview", ...OUTSIDE], ROOT_WHY)),
      },
    },
    ...layerBlocks,
  ];
}
