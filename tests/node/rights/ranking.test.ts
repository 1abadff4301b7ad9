// The outreach ranking (priority, pacing groups) and the fairness gate's arithmetic, on hand-made inputs.
import { describe, expect, test } from "vitest";
import { mainRight, nonClaimProbability, outreachPriority, rankOutreach, type RankingInput } from "../../../domain/rights/outreach/ranking.ts";
import { calibrationChecks, coverageReport, fairnessChecks, selectionChecks } from "../../../models/non-take-up/training/fairness.ts";
import type { RightUnit } from "../../../models/non-take-up/training/outcomes.ts";
import type { SyntheticHousehold } from "../../../models/non-take-up/training/population.ts";

const right = (benefit: "rsa" | "cssFree", monthlyStake: number, nonTakeUp: number) => ({ benefit, monthlyStake, nonTakeUp });

describe("priority and pacing", () => {
  test("priority is Σ probability × amount; non-claim is 1 − Π(1 − p); the main right has the largest stake", () => {
    const rights = [right("rsa", 500, 0.3), right("cssFree", 34.67, 0.5)];
    expect(outreachPriority(rights)).toBeCloseTo(0.3 * 500 + 0.5 * 34.67, 10);
    expect(nonClaimProbability(rights)).toBeCloseTo(1 - 0.7 * 0.5, 10);
    expect(mainRight(rights)).toBe("rsa");
    expect(mainRight([])).toBeNull();
  });

  test("orders by priority within a group, moves groups at the same pace, leaves out households without rights", () => {
    const big: RankingInput[] = Array.from({ length: 4 }, (_, i) => ({ group: "rsa", rights: [right("rsa", 600 - i * 100, 0.5)] }));
    const small: RankingInput[] = Array.from({ length: 4 }, (_, i) => ({ group: "css", rights: [right("cssFree", 40 - i, 0.5)] }));
    const none: RankingInput = { group: "none", rights: [] };
    const ranked = rankOutreach([...big, none, ...small]);
    expect(ranked).toHaveLength(8);
    expect(ranked.find((r) => r.index === 4)).toBeUndefined();
    // Alternates between the two groups (equal expected shares reached), each by decreasing priority.
    expect(ranked.map((r) => r.group)).toEqual(["rsa", "css", "rsa", "css", "rsa", "css", "rsa", "css"]);
    expect(ranked.filter((r) => r.group === "rsa").map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ranked[0].groupProgress).toBeCloseTo(1 / 8, 10);
  });

  test("a group whose households are more likely non-claimants advances further per household", () => {
    const likely = Array.from({ length: 3 }, () => ({ group: "a", rights: [right("rsa", 100, 0.9)] }));
    const unlikely = Array.from({ length: 3 }, () => ({ group: "b", rights: [right("rsa", 100, 0.1)] }));
    const ranked = rankOutreach([...likely, ...unlikely]);
    for (const r of ranked) expect(r.groupProgress).toBeCloseTo((ranked.filter((x) => x.group === r.group && x.rank < r.rank).length + 0.5) / 3, 10);
  });
});

describe("fairness gate", () => {
  const household = (sex: "female" | "male", arrondissement: number): SyntheticHousehold => ({
    id: "x",
    household: {
      adults: [{ age: 40, earnedIncomeMonthly: 0, pensionsMonthly: 0, otherIncomeMonthly: 0, aahMonthly: 0, disabilityRecognised: false, student: false }],
      children: [],
      housing: { status: "tenantPrivate", rentMonthly: 500, receivesHousingAid: false },
      savings: 0,
      lawfulResidence: true,
      arrondissement,
    },
    attributes: { sex, nationality: "french", disability: false, immigrant: false },
  });
  const unit = (h: number): RightUnit => ({
    household: h,
    input: { benefit: "rsa", monthlyStake: 500, household: { housingStatus: "tenantPrivate", receivesHousingAid: false, receivesFamilyBenefits: false, adults: 1, children: 0, oldestAdultAge: 40 } },
  });

  test("fails the group whose non-claimants the top of the list misses, passes when reached evenly", () => {
    const households = [...Array.from({ length: 10 }, () => household("female", 1)), ...Array.from({ length: 10 }, () => household("male", 2))];
    const units = households.map((_, i) => unit(i));
    const labels = households.map(() => 1);
    const order = (indices: number[]) => indices.map((index, i) => ({ index, rank: i + 1, priority: 0, nonClaim: 1, group: "g", groupProgress: 0 }));
    // Top 20 % = 4 households: all women → men's coverage 0, women's 0.4, overall 0.2.
    const skewed = coverageReport(households, units, labels, order([0, 1, 2, 3, ...Array.from({ length: 16 }, (_, i) => i + 4)]));
    expect(skewed.overall).toBeCloseTo(0.2, 10);
    const failed = fairnessChecks(skewed).filter((c) => !c.passed).map((c) => `${c.attribute}=${c.group}`);
    expect(failed).toEqual(["arrondissement=01", "arrondissement=02", "sex=female", "sex=male"]);
    // Selection rate: 4 of the 10 women's households at the top, none of the men's, against 4 of 20 overall.
    expect(skewed.groups.find((g) => g.attribute === "sex" && g.group === "female")?.selectionRate).toBe(0.4);
    expect(selectionChecks(skewed).filter((c) => !c.passed).map((c) => `${c.attribute}=${c.group}:${c.value}/${c.reference}`)).toEqual([
      "arrondissement=01:0.4/0.2", "arrondissement=02:0/0.2", "sex=female:0.4/0.2", "sex=male:0/0.2",
    ]);
    const even = coverageReport(households, units, labels, order([0, 10, 1, 11, ...Array.from({ length: 16 }, (_, i) => [2, 12, 3, 13, 4, 14, 5, 15, 6, 16, 7, 17, 8, 18, 9, 19][i])]));
    expect(fairnessChecks(even).every((c) => c.passed)).toBe(true);
    expect(selectionChecks(even).every((c) => c.passed)).toBe(true);
  });

  test("selection rate counts every ranked household of a group, claimant or not; coverage only its non-claimants", () => {
    const households = Array.from({ length: 10 }, () => household("female", 1));
    const units = households.map((_, i) => unit(i));
    // Households 0-4 do not claim; the top 20 % (2 households) are 0 and 5: one non-claimant of five reached.
    const labels = households.map((_, i) => (i < 5 ? 1 : 0));
    const report = coverageReport(households, units, labels, [0, 5, 1, 2, 3, 4, 6, 7, 8, 9].map((index, i) => ({ index, rank: i + 1, priority: 0, nonClaim: 1, group: "g", groupProgress: 0 })));
    const women = report.groups.find((g) => g.attribute === "sex")!;
    expect([women.ranked, women.selected, women.selectionRate]).toEqual([10, 2, 0.2]);
    expect([women.nonClaimants, women.reached, women.coverage]).toEqual([5, 1, 0.2]);
  });

  test("calibration by group: predicted minus drawn non-take-up, 3 points allowed either way", () => {
    const group = (name: string, meanPredicted: number) => ({ attribute: "nationality", group: name, rights: 100, meanPredicted, observed: 0.3 });
    const checks = calibrationChecks([group("over4", 0.34), group("under4", 0.26), group("over2", 0.32), group("under2", 0.28)]);
    expect(checks.map((c) => `${c.group}:${c.passed}`)).toEqual(["over4:false", "under4:false", "over2:true", "under2:true"]);
    expect(checks.every((c) => c.reference === 0 && c.maxGap === 0.03 && c.metric === "predictedMinusObservedNonTakeUp")).toBe(true);
  });

  test("the allowed gap is 5 points either way: 6 points off fails, 4 points off passes", () => {
    const group = (name: string, coverage: number) => ({ attribute: "ageBand", group: name, ranked: 500, selected: 100, selectionRate: 0.2, nonClaimants: 100, reached: 100 * coverage, coverage });
    const report = { ranked: 1000, top: 200, overall: 0.3, eurosReached: 0.4, groups: [group("above6", 0.36), group("below6", 0.24), group("above4", 0.34), group("below4", 0.26)] };
    expect(fairnessChecks(report).map((c) => `${c.group}:${c.passed}`)).toEqual(["above6:false", "below6:false", "above4:true", "below4:true"]);
    expect(fairnessChecks(report).every((c) => c.maxGap === 0.05)).toBe(true);
  });
});
