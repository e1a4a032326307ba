import { beforeEach, describe, expect, it } from "vitest";
import type { QuizModel } from "../../../src/rules/model.ts";
import { recommend } from "../../../src/engine/outcome.ts";
import { answerAll, defaultModel, resultFor, visitors } from "../helpers.ts";

// Built before each test, not as the file loads, so mutation testing can tell which tests read it.
let model: QuizModel;
beforeEach(() => {
  model = defaultModel();
});

describe("recommendations for the default rules", () => {
  it("sends a fresh sports ankle sprain to physiotherapy, with training once recovered", () => {
    const result = resultFor(model, visitors.ankleSprain);
    expect(result.outcome.id).toBe("physiotherapy");
    expect(result.urgent).toBe(false);
    expect(result.reasons.map((r) => r.text)).toContain("Your pain started with an injury, like a sprain or strain");
    expect(result.reasons.map((r) => r.text)).toContain("Your pain is in your ankle, lower leg or foot");
    expect(result.secondary?.outcome.id).toBe("personal-training");
    expect(result.clearance).toEqual([]);
  });

  it("sends someone who wants to lose weight, with no pain or readiness flags, to personal training", () => {
    const result = resultFor(model, visitors.loseWeight);
    expect(result.outcome.id).toBe("personal-training");
    expect(result.reasons.map((r) => r.text)).toEqual([
      "You have a fitness goal",
      "You want to lose weight",
      "You'd like one-on-one training",
    ]);
    expect(result.clearance).toEqual([]);
  });

  it("sends back pain with saddle numbness to an emergency department today", () => {
    const result = resultFor(model, visitors.saddleNumbness);
    expect(result.outcome.id).toBe("emergency-department");
    expect(result.urgent).toBe(true);
    expect(result.reasons.map((r) => r.source)).toEqual(["saddle-numbness"]);
    expect(result.secondary).toBeUndefined();
  });

  it("recommends personal training with the clearance note for a heart condition", () => {
    const result = resultFor(model, visitors.heartConditionTraining);
    expect(result.outcome.id).toBe("personal-training");
    expect(result.clearance.map((r) => r.source)).toEqual(["heart-bp"]);
  });

  it("recommends chiropractic care for a stiff back and a preference for hands-on adjustment", () => {
    const result = resultFor(model, visitors.stiffBackHandsOn);
    expect(result.outcome.id).toBe("chiropractic");
    expect(result.reasons.map((r) => r.source)).toContain("hands-on");
    expect(result.note).toMatch(/^You said you'd prefer hands-on care\. Chiropractic care suits/);
    expect(result.secondary?.outcome.id).toBe("physiotherapy");
  });

  it("honours the hands-on preference for an acute lifting strain, however it started", () => {
    for (const start of ["sudden-injury", "gradual", "sudden-no-injury"]) {
      const result = resultFor(model, { ...visitors.stiffBackHandsOn, "how-started": [start], "how-long": ["under-6-weeks"], "injury-check": ["none"] });
      expect(result.outcome.id, start).toBe("chiropractic");
    }
  });

  it("sends the same back to physiotherapy when pain spreads into a leg, and says why the preference was not followed", () => {
    const result = resultFor(model, { ...visitors.stiffBackHandsOn, spreading: ["yes"] });
    expect(result.outcome.id).toBe("physiotherapy");
    expect(result.note).toBe(
      "You said you'd prefer hands-on care. Because your pain, tingling or numbness spreads into an arm or a leg, a physiotherapist — who also uses hands-on treatment — is the better first step.",
    );
  });

  it("never sends someone with thin bones, blood thinners or unsteadiness to spinal adjustment", () => {
    for (const check of ["thin-bones", "blood-thinner", "unsteady"]) {
      const result = resultFor(model, { ...visitors.stiffBackHandsOn, "pain-health": [check] });
      expect(result.outcome.id, check).toBe("physiotherapy");
      expect(result.note, check).toMatch(/^You said you'd prefer hands-on care\. Because /);
    }
  });

  it("lets a long-lasting, limiting pain score tip the balance through the score threshold", () => {
    const result = resultFor(model, {
      ...visitors.stiffBackHandsOn,
      "how-long": ["over-3-months"],
      limits: ["a-lot"],
    });
    expect(result.points.get("physiotherapy")).toBeGreaterThan(result.points.get("chiropractic") ?? 0);
    expect(result.outcome.id).toBe("physiotherapy");
    expect(result.reasons.at(-1)?.text).toMatch(/long-lasting, limiting or spreading/);
    expect(result.note).toMatch(/Because your pain is long-lasting or limits you a lot/);
  });

  it("picks the most urgent outcome when several red flags are chosen", () => {
    const result = resultFor(model, { ...visitors.loseWeight, "emergency-check": ["fainting", "chest-pain"] });
    expect(result.outcome.id).toBe("call-911");
    expect(result.reasons.map((r) => r.source)).toEqual(["fainting", "chest-pain"]);
  });

  it("points someone whose joint problem limits them now to physiotherapy, however many goals they tick", () => {
    const result = resultFor(model, {
      ...visitors.loseWeight,
      goals: ["strength", "weight", "endurance", "flexibility", "sport"],
      readiness: ["joint-problem"],
    });
    expect(result.outcome.id).toBe("physiotherapy");
    expect(result.secondary?.outcome.id).toBe("personal-training");
  });

  it("returns null while questions remain, and the same result every time", () => {
    const log = answerAll(model, visitors.ankleSprain);
    expect(recommend(model, log.slice(0, 3))).toBeNull();
    expect(recommend(model, log)).toEqual(recommend(model, log));
  });
});
