/** Entry point: theme, load and check the clinic's rules, connect to a host page if embedded, then show the quiz. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadRules } from "./app/load-rules.ts";
import { readEmbedConfig } from "./embed/config.ts";
import { connectHost } from "./embed/connect.ts";
import { applyTheme } from "./embed/theme.ts";
import { buildModel } from "./rules/model.ts";
import { Quiz } from "./ui/Quiz.tsx";
import { RulesUnavailable } from "./ui/RulesUnavailable.tsx";
import "./ui/styles.css";

const embed = readEmbedConfig();
applyTheme(embed.theme);
if (embed.rejectedTheme.length > 0) console.warn(`CareFit: ignored invalid settings: ${embed.rejectedTheme.join(", ")}`);

const root = createRoot(document.getElementById("root")!);
const rules = await loadRules();
if (rules.ok) {
  // A booking link set by the embedding page replaces the rules' default one.
  const model = embed.bookingUrl
    ? buildModel({ ...rules.model.rules, booking: { ...rules.model.rules.booking, url: embed.bookingUrl } })
    : rules.model;
  const host = connectHost(model, embed);
  root.render(
    <StrictMode>
      <Quiz model={model} {...(host ? { onEvent: host.onEvent, commands: host.commands } : {})} />
    </StrictMode>,
  );
} else {
  console.error(`The quiz rules cannot be used, so visitors see the "being updated" screen:\n${rules.messages.join("\n")}`);
  root.render(<RulesUnavailable {...(embed.bookingUrl ? { bookingUrl: embed.bookingUrl } : {})} />);
}
