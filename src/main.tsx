/**
 * Entry point. Theme from the URL, fetch the clinic's rules, show the first screen
 * at once (hydrating the pre-rendered HTML when it matches), check the rules fully
 * in the background, and connect to the host page when embedded.
 */
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { firstScreenKey } from "./app/first-screen.ts";
import { readPendingAnswer } from "./app/pending-answer.ts";
import { checkRules, fetchRules } from "./app/load-rules.ts";
import { readEmbedConfig } from "./embed/config.ts";
import { lazyHost } from "./embed/lazy-host.ts";
import { applyTheme } from "./embed/theme.ts";
import { buildModel, type QuizModel } from "./rules/model.ts";
import { RulesUnavailable } from "./ui/RulesUnavailable.tsx";
import "./ui/styles.css";

const embed = readEmbedConfig();
applyTheme(embed.theme);
if (embed.rejectedTheme.length > 0) console.warn(`CareFit: ignored invalid settings: ${embed.rejectedTheme.join(", ")}`);

const container = document.getElementById("root")!;
const unusable = (messages: string[]) =>
  console.error(`The quiz rules cannot be used, so visitors see the "being updated" screen:\n${messages.join("\n")}`);
const fallbackBooking = embed.bookingUrl ? { bookingUrl: embed.bookingUrl } : {};
// A booking link set by the embedding page replaces the rules' default one.
const withBooking = (model: QuizModel) =>
  embed.bookingUrl ? buildModel({ ...model.rules, booking: { ...model.rules.booking, url: embed.bookingUrl } }) : model;

const fetched = await fetchRules();
if (!fetched.ok) {
  unusable(fetched.messages);
  createRoot(container).render(<RulesUnavailable {...fallbackBooking} />);
} else {
  const checked = checkRules(fetched).then((result) => {
    if (!result.ok) unusable(result.messages);
    return result.ok ? { ok: true as const, model: withBooking(result.model) } : { ok: false as const };
  });
  const host = embed.embedded
    ? lazyHost(checked.then((r) => (r.ok ? import("./embed/connect.ts").then((m) => m.connectHost(r.model, embed)) : null)))
    : null;
  const provisional = fetched.provisional && withBooking(fetched.provisional);
  const pending = readPendingAnswer(container);
  const app = (
    <StrictMode>
      <App
        provisional={provisional}
        checked={checked}
        host={host}
        {...(pending ? { pending } : {})}
        {...(embed.bookingUrl ? { fallbackBookingUrl: embed.bookingUrl } : {})}
      />
    </StrictMode>
  );
  if (provisional && container.dataset["prerendered"] === firstScreenKey(provisional)) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
