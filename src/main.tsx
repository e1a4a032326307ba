/** Entry point: check the rules, then show the quiz — or the calm fallback if the rules are unusable. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import rules from "../rules/care-quiz.json";
import { formatProblem } from "./rules/problems.ts";
import { validateRules } from "./rules/validate.ts";
import { Quiz } from "./ui/Quiz.tsx";
import { RulesUnavailable } from "./ui/RulesUnavailable.tsx";
import "./ui/styles.css";

const root = createRoot(document.getElementById("root")!);
const checked = validateRules(rules);
if (checked.ok) {
  for (const warning of checked.warnings) console.warn(`care-quiz.json: ${formatProblem(warning)}`);
  root.render(
    <StrictMode>
      <Quiz model={checked.model} />
    </StrictMode>,
  );
} else {
  console.error(`care-quiz.json cannot be used:\n${checked.problems.map(formatProblem).join("\n")}`);
  root.render(<RulesUnavailable />);
}
