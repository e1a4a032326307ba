// @vitest-environment jsdom
/** The quiz's own page: who runs it at the top, how answers are handled at the bottom. */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../../../src/app/App.tsx";
import { defaultRules, uncheckedModel } from "../helpers.ts";

describe("the page frame", () => {
  it("names the clinic in a banner (its logo silent beside the name) and says in the footer that answers stay here", () => {
    const { container } = render(<App model={uncheckedModel(defaultRules())} host={null} />);
    const banner = screen.getByRole("banner");
    expect(banner).toHaveTextContent("Example Health & Fitness Clinic");
    expect(container.querySelector(".site-header__logo")).toHaveAttribute("alt", "");
    const footer = screen.getByRole("contentinfo");
    expect(within(footer).getByText(/your answers stay on this device/i)).toBeInTheDocument();
    expect(footer).toHaveTextContent("555-0100");
    expect(screen.getByRole("main")).not.toContainElement(banner);
  });

  it("has no banner when the rules name no clinic, and keeps the privacy line", () => {
    const rules = defaultRules();
    delete rules.clinic;
    render(<App model={uncheckedModel(rules)} host={null} />);
    expect(screen.queryByRole("banner")).not.toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toHaveTextContent(/your answers stay on this device/i);
  });
});
