// @vitest-environment jsdom
/** The loader clinics paste (public/embed.js), on a page whose containers come and go. */
import { beforeEach, describe, expect, it, vi } from "vitest";
import loader from "../../../public/embed.js?raw";
import { enPage as en } from "../../../src/ui/strings/en.ts";
import { frPage as fr } from "../../../src/ui/strings/fr.ts";

type CareFit = { scan: () => void; restart: (el?: Element) => void };

function container(id: string) {
  const el = document.createElement("div");
  el.id = id;
  el.setAttribute("data-carefit-quiz", "");
  document.body.append(el);
  return el;
}

/** Watches what the loader posts into a container's quiz frame. */
function posted(el: Element) {
  const frame = el.querySelector("iframe")!.contentWindow!;
  return vi.spyOn(frame, "postMessage").mockImplementation(() => {});
}

const restarts = (spy: ReturnType<typeof posted>) => spy.mock.calls.filter(([message]) => message.type === "restart").length;

let careFit: CareFit;
beforeEach(() => {
  document.body.innerHTML = "";
  new Function(loader)();
  careFit = (window as unknown as { CareFit: CareFit }).CareFit;
});

describe("the embed loader", () => {
  it("passes data-lang into the quiz's address as lang, and names the frame in that language", () => {
    const french = container("quiz-fr");
    french.setAttribute("data-lang", "fr");
    const plain = container("quiz-en");
    careFit.scan();
    const frame = french.querySelector("iframe")!;
    expect(new URL(frame.src).searchParams.get("lang")).toBe("fr");
    expect(frame.getAttribute("lang")).toBe("fr");
    expect(frame.title).toBe(fr.frameTitle);
    const other = plain.querySelector("iframe")!;
    expect(new URL(other.src).searchParams.has("lang")).toBe(false);
    expect(other.title).toBe(en.frameTitle);
  });

  it("restart() skips a container removed from the page and still restarts the others", () => {
    const [first, second] = [container("quiz-1"), container("quiz-2")];
    careFit.scan();
    const toSecond = posted(second);
    first.remove();
    expect(() => careFit.restart()).not.toThrow();
    expect(restarts(toSecond)).toBe(1);
    careFit.restart(second);
    expect(restarts(toSecond)).toBe(2);
  });

  it("forgets a removed container, and scan() starts it afresh when it is put back", () => {
    const el = container("quiz-1");
    careFit.scan();
    const old = el.querySelector("iframe");
    el.remove();
    careFit.scan();
    expect(el.querySelector("iframe")).toBeNull();
    document.body.append(el);
    careFit.scan();
    expect(el.querySelectorAll("iframe")).toHaveLength(1);
    expect(el.querySelector("iframe")).not.toBe(old);
    const spy = posted(el);
    careFit.restart();
    expect(restarts(spy)).toBe(1);
  });

  it("scan() starts containers added later, once each", () => {
    container("quiz-1");
    careFit.scan();
    const late = container("quiz-late");
    careFit.scan();
    careFit.scan();
    expect(late.querySelectorAll("iframe")).toHaveLength(1);
    expect(late.querySelector("iframe")!.src).toMatch(/[?&]instance=carefit-2(&|$)/);
  });
});
