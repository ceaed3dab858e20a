import { describe, expect, it } from "vitest";
import { opdQuarter, rankOpds, TIE_RULE } from "../../src/capaian/index.js";
import { errorOf } from "./helpers.js";

const tw = (triwulan: 1 | 2 | 3 | 4, year = 2024) => ({ kind: "triwulan", year, triwulan }) as const;
/** An OPD with one budget line: pagu 1000, the given realisasi (null: not reported). */
const opd = (
  id: string,
  realisasi: number | string | null,
  triwulan: 1 | 2 | 3 | 4 = 2,
  pagu: number | string = 1000,
) => opdQuarter({ opd: id, period: tw(triwulan), subKegiatan: [{ id: "1", pagu, realisasi, fisik: 10 }] });

describe("rankOpds", () => {
  it("competition ranking on exact values: 90, 80, 80, 70 → 1, 2, 2, 4, a tie listed by OPD id", () => {
    const r = rankOpds([opd("D", 700), opd("C", 800), opd("A", 900), opd("B", 800)], { by: "budget" });
    expect(r.entries.map((e) => [e.opd, e.rank, e.tied])).toEqual([
      ["A", 1, false],
      ["B", 2, true],
      ["C", 2, true],
      ["D", 4, false],
    ]);
    expect(r.tieRule).toBe(TIE_RULE);
    expect(r.periodLabel).toBe("TW II 2024");
  });

  it("ties are exact: 1/3 and 0.3333 are not tied although both print 33.33", () => {
    const r = rankOpds([opd("A", 1, 2, 3), opd("B", "0.3333", 2, 1)], { by: "budget" });
    expect(r.entries.map((e) => [e.opd, e.value, e.rank])).toEqual([
      ["A", "33.33", 1],
      ["B", "33.33", 2],
    ]);
  });

  it("flags the bottom N for assistance; everyone tied with the N-th lowest is flagged too", () => {
    const list = [opd("A", 900), opd("B", 500), opd("C", 400), opd("D", 300), opd("E", 400), opd("F", 800)];
    const r = rankOpds(list, { by: "budget", bottom: 2 });
    expect(r.assistance).toEqual(["D", "C", "E"]); // 30 %, then 40 % twice: three flagged for N = 2
    expect(rankOpds(list, { by: "budget", bottom: 1 }).assistance).toEqual(["D"]);
    expect(rankOpds(list, { by: "budget" }).assistance).toEqual([]);
    expect(rankOpds(list, { by: "budget", bottom: 10 }).assistance).toHaveLength(6);
  });

  it("a missing report is not ranked, not read as 0, and is flagged as missing (not for assistance)", () => {
    const r = rankOpds([opd("A", 900), opd("B", null), opd("C", 100)], { by: "budget", bottom: 1 });
    expect(r.entries.map((e) => [e.opd, e.rank, e.missingReport, e.assistance])).toEqual([
      ["A", 1, false, false],
      ["C", 2, false, true],
      ["B", null, true, false],
    ]);
    expect(r.missing).toEqual(["B"]);
    expect(r.assistance).toEqual(["C"]);
  });

  it("not-assessable OPDs (zero pagu) are listed apart", () => {
    const r = rankOpds([opd("A", 0, 2, 0), opd("B", 10)], { by: "budget" });
    expect(r.notAssessable).toEqual(["A"]);
    expect(r.entries[1]).toMatchObject({ opd: "A", rank: null, status: "notAssessable", reason: "zeroPagu" });
  });

  it("change since the previous quarter: rank and exact value deltas", () => {
    const tw1 = [opd("A", 200, 1), opd("B", 100, 1, 300), opd("C", 50, 1)];
    const tw2 = [opd("A", 400, 2), opd("B", 200, 2, 300), opd("C", 300, 2)];
    const r = rankOpds(tw2, { by: "budget", previous: tw1 });
    expect(r.previousPeriod).toEqual(tw(1));
    const b = r.entries.find((e) => e.opd === "B");
    // TW I: B = 100/300 = 33.33…% (rank 1); TW II: 200/300 = 66.66…% (rank 1). The exact delta is 33.33…,
    // printed "+33.33", though the printed values 66.67 − 33.33 would give 33.34.
    expect(b?.change).toMatchObject({
      previousRank: 1,
      rankDelta: 0,
      previousValue: "33.33",
      delta: { value: "+33.33", exactFraction: "100/3" },
    });
    const c = r.entries.find((e) => e.opd === "C");
    expect(c).toMatchObject({ rank: 3, value: "30.00" });
    expect(c?.change).toMatchObject({ previousRank: 3, rankDelta: 0, delta: { value: "+25.00" } });
    const a = r.entries.find((e) => e.opd === "A");
    expect(a?.change).toMatchObject({ previousRank: 2, rankDelta: 0, delta: { value: "+20.00" } });
  });

  it("rank deltas: moving up is positive; an OPD absent or missing before has no delta", () => {
    const tw1 = [opd("A", 900, 1), opd("B", 100, 1), opd("C", null, 1)];
    const tw2 = [opd("A", 300, 2), opd("B", 600, 2), opd("C", 500, 2), opd("D", 100, 2)];
    const r = rankOpds(tw2, { by: "budget", previous: tw1 });
    const get = (id: string) => r.entries.find((e) => e.opd === id)?.change;
    expect(get("B")).toMatchObject({ previousRank: 2, rankDelta: 1, delta: { value: "+50.00" } });
    expect(get("A")).toMatchObject({ previousRank: 1, rankDelta: -2, delta: { value: "-60.00" } });
    expect(get("C")).toMatchObject({ previousStatus: "missing", previousRank: null, rankDelta: null, delta: null });
    expect(get("D")).toMatchObject({ previousStatus: "absent", rankDelta: null });
    expect(rankOpds(tw2, { by: "budget" }).entries[0]?.change).toBeNull();
  });

  it("ranks by physical progress and by mean capaian too", () => {
    const a = opdQuarter({
      opd: "A",
      period: tw(2),
      subKegiatan: [{ id: "1", pagu: 10, realisasi: 1, fisik: 90 }],
      indicators: [{ code: "I", target: 10, realisasi: 9, polarity: "higherIsBetter" }],
    });
    const b = opdQuarter({
      opd: "B",
      period: tw(2),
      subKegiatan: [{ id: "1", pagu: 10, realisasi: 9, fisik: 20 }],
      indicators: [{ code: "I", target: 10, realisasi: 8, polarity: "lowerIsBetter" }],
    });
    expect(rankOpds([a, b], { by: "budget" }).entries[0]?.opd).toBe("B");
    expect(rankOpds([a, b], { by: "physical" }).entries[0]?.opd).toBe("A");
    expect(rankOpds([a, b], { by: "capaian" }).entries.map((e) => [e.opd, e.value])).toEqual([
      ["B", "120.00"],
      ["A", "90.00"],
    ]);
  });

  it("refuses duplicate ids, mixed quarters, a previous quarter that is not earlier, and mixed physical modes", () => {
    expect(errorOf(() => rankOpds([opd("A", 1), opd("A", 2)], { by: "budget" })).path).toEqual(["opds", 1, "opd"]);
    expect(errorOf(() => rankOpds([opd("A", 1), opd("B", 2, 3)], { by: "budget" })).path).toEqual([
      "opds",
      1,
      "period",
    ]);
    expect(errorOf(() => rankOpds([opd("A", 1, 2)], { by: "budget", previous: [opd("A", 1, 2)] })).code).toBe(
      "INVALID_INPUT",
    );
    expect(
      errorOf(() => rankOpds([opd("A", 1, 2)], { by: "budget", previous: [opd("A", 1, 1), opd("A", 2, 1)] })).path,
    ).toEqual(["options", "previous", 1, "opd"]);
    const weighted = opd("A", 1);
    const plain = opdQuarter(
      { opd: "B", period: tw(2), subKegiatan: [{ id: "1", pagu: 1, realisasi: 1, fisik: 1 }] },
      { physical: "unweightedMean" },
    );
    expect(errorOf(() => rankOpds([weighted, plain], { by: "physical" })).code).toBe("INVALID_INPUT");
    expect(rankOpds([weighted, plain], { by: "budget" }).entries).toHaveLength(2);
    expect(errorOf(() => rankOpds([], { by: "budget" })).code).toBe("INVALID_INPUT");
    expect(errorOf(() => rankOpds([weighted], { by: "fisik" as never })).path).toEqual(["options", "by"]);
    expect(errorOf(() => rankOpds([weighted], { by: "budget", bottom: -1 })).path).toEqual(["options", "bottom"]);
    expect(errorOf(() => rankOpds([weighted], { by: "budget", bottom: 1.5 })).code).toBe("INVALID_INPUT");
  });

  it("works on results that travelled as JSON", () => {
    const list = [opd("A", 1, 2, 3), opd("B", 500)];
    const r = rankOpds(JSON.parse(JSON.stringify(list)), { by: "budget" });
    expect(r).toEqual(rankOpds(list, { by: "budget" }));
  });
});
