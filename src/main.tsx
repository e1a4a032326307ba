/** Entry point: load and check the clinic's rules, then show the quiz — or the calm fallback. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadRules } from "./app/load-rules.ts";
import { Quiz } from "./ui/Quiz.tsx";
import { RulesUnavailable } from "./ui/RulesUnavailable.tsx";
import "./ui/styles.css";

const root = createRoot(document.getElementById("root")!);
const rules = await loadRules();
if (rules.ok) {
  root.render(
    <StrictMode>
      <Quiz model={rules.model} />
    </StrictMode>,
  );
} else {
  console.error(`The quiz rules cannot be used, so visitors see the "being updated" screen:\n${rules.messages.join("\n")}`);
  root.render(<RulesUnavailable />);
}
