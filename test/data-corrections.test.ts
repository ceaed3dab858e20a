/**
 * The data corrections of issue #7 ("Data corrections from an independent review"), shipped as new rubric ids:
 * pekppp@2022.2, pekppp@2017.2, skm@2017.2 and ombudsman@{2013,2015,2016,2021,2022,2023,2024}.2.
 * For each new id: (a) it gives every published value exactly what its predecessor gives (value, exact value,
 * predicate), (b) the corrected `confirmed` flags and sources are as described, (c) defineRubric accepts it.
 * The predecessors stay published byte for byte (their content hashes equal the lock).
 */
import { describe, expect, it } from "vitest";
import { contentHash } from "../src/core/contentHash.js";
import { BUILTIN_HASHES, type BuiltinRubricId } from "../src/data/builtinIds.js";
import { OMBUDSMAN_2013_2 } from "../src/data/ombudsman/2013.2.js";
import { OMBUDSMAN_2015_2 } from "../src/data/ombudsman/2015.2.js";
import { OMBUDSMAN_2016_2 } from "../src/data/ombudsman/2016.2.js";
import { OMBUDSMAN_2021_2 } from "../src/data/ombudsman/2021.2.js";
import { OMBUDSMAN_2022_2 } from "../src/data/ombudsman/2022.2.js";
import { OMBUDSMAN_2023_2 } from "../src/data/ombudsman/2023.2.js";
import { OMBUDSMAN_2024_2 } from "../src/data/ombudsman/2024.2.js";
import { PEKPPP_2017_2 } from "../src/data/pekppp/2017.2.js";
import { PEKPPP_2022_2 } from "../src/data/pekppp/2022.2.js";
import { SKM_2017_2 } from "../src/data/skm/2017.2.js";
import { SUPERSEDED } from "../src/data/supersessions.js";
import {
  type AggregateResult,
  aggregate,
  classify,
  defineRubric,
  getRubric,
  listIndicators,
  type RubricDefinition,
  type ScoreResult,
  score,
} from "../src/index.js";
import {
  CILEGON_2024,
  INSTANSI_2022_2024,
  MADIUN_2023,
  MAGELANG_2022_PRE,
  UNITS_2022_2024,
  ZONE_RESULTS,
} from "./fixtures/ombudsman/published.js";
import {
  CILEGON_2021,
  CILEGON_2022,
  MADIUN_2024,
  PREDICATE_TABLE,
  WORKED_EXAMPLE_2022,
} from "./fixtures/pekppp/published.js";
import { BANTUL_2023, C8_CORRECTED, CATEGORY_TABLE, TUBABA_ALL_FOUR } from "./fixtures/skm/published.js";

// (c) defineRubric accepts every new rubric: importing this file would throw otherwise.
const pekppp2022 = defineRubric(PEKPPP_2022_2);
const pekppp2017 = defineRubric(PEKPPP_2017_2);
const skm2017 = defineRubric(SKM_2017_2);
const ombudsman = {
  "ombudsman@2013.1": defineRubric(OMBUDSMAN_2013_2),
  "ombudsman@2015.1": defineRubric(OMBUDSMAN_2015_2),
  "ombudsman@2016.1": defineRubric(OMBUDSMAN_2016_2),
  "ombudsman@2021.1": defineRubric(OMBUDSMAN_2021_2),
  "ombudsman@2022.1": defineRubric(OMBUDSMAN_2022_2),
  "ombudsman@2023.1": defineRubric(OMBUDSMAN_2023_2),
  "ombudsman@2024.1": defineRubric(OMBUDSMAN_2024_2),
} as const;

/** Each new rubric with the published id it corrects. */
const CORRECTIONS: ReadonlyArray<readonly [BuiltinRubricId, RubricDefinition]> = [
  ["pekppp@2022.1", pekppp2022],
  ["pekppp@2017.1", pekppp2017],
  ["skm@2017.1", skm2017],
  ...(Object.entries(ombudsman) as Array<[BuiltinRubricId, RubricDefinition]>),
];

/** What a result says about the numbers (everything but the sources and the rubric id). */
const numbers = (r: ScoreResult | AggregateResult) => ({
  value: r.value,
  exact: r.exact,
  exactFraction: r.exactFraction,
  predicate: r.predicate && { code: r.predicate.code, label: r.predicate.label },
  gap: r.gap && { next: r.gap.next.code, target: r.gap.target, points: r.gap.points },
  breakdown:
    "breakdown" in r
      ? r.breakdown.map((b) => ({ code: b.code, weight: b.weight, share: b.share, raw: b.raw, weighted: b.weighted }))
      : undefined,
});

/** Deterministic pseudo-random whole answers lo..hi, one row per call. */
function rows(count: number, codes: ReadonlyArray<string>, lo: number, hi: number, seed = 7) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
  return Array.from({ length: count }, () => Object.fromEntries(codes.map((c) => [c, lo + (next() % (hi - lo + 1))])));
}

/** A rubric's tree without its sources: codes, labels, weights, scales and levels. */
function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "source")
        .map(([k, v]) => [k, withoutSources(v)]),
    );
  return value;
}

describe("the corrected rubrics are new ids; the published ones stay as locked", () => {
  it.each(CORRECTIONS)(
    "%s: still the locked content; its correction has a new id with the same validFor",
    (oldId, next) => {
      const old = getRubric(oldId);
      expect(contentHash(old)).toBe(BUILTIN_HASHES[oldId]);
      expect(next.id).not.toBe(oldId);
      // Once the registry ships it, its lock entry must be exactly this content.
      if (Object.hasOwn(BUILTIN_HASHES, next.id))
        expect(BUILTIN_HASHES[next.id as BuiltinRubricId]).toBe(contentHash(next));
      expect([next.scheme, next.version.split(".")[0], next.version.split(".")[1]]).toEqual([
        old.scheme,
        old.version.split(".")[0],
        "2",
      ]);
      expect(next.validFor).toEqual(old.validFor);
      expect(contentHash(next)).not.toBe(BUILTIN_HASHES[oldId]);
      // Same figures: the whole tree, scales, result and bands agree once the sources are set aside.
      for (const key of ["weightTotal", "scales", "result", "nodes", "predicates", "aggregation"] as const)
        expect(withoutSources(next[key]), key).toEqual(withoutSources(old[key]));
    },
  );

  it("SUPERSEDED lists each published id once with its correction, dated 2026-12-01, frozen", () => {
    expect(Object.isFrozen(SUPERSEDED)).toBe(true);
    expect(SUPERSEDED.map((s) => [s.id, s.by])).toEqual(CORRECTIONS.map(([oldId, next]) => [oldId, next.id]));
    for (const s of SUPERSEDED) {
      expect(Object.isFrozen(s)).toBe(true);
      expect(s.date).toBe("2026-12-01");
      expect(Object.hasOwn(BUILTIN_HASHES, s.id)).toBe(true);
      expect(s.reason.length).toBeGreaterThan(40);
    }
  });
});

describe("pekppp@2022.2 scores every published and hand-computed value as pekppp@2022.1", () => {
  const old = getRubric("pekppp@2022.1");
  const codes = listIndicators(old).map((i) => i.code);
  const all = (v: number, overrides: Record<string, number> = {}) => ({
    ...Object.fromEntries(codes.map((c) => [c, v])),
    ...overrides,
  });
  const cases: Array<Record<string, number>> = [
    Object.fromEntries(codes.map((c, k) => [c, WORKED_EXAMPLE_2022.answers[k] as number])),
    ...[0, 1, 2, 3, 4, 5].map((v) => all(v)),
    all(5, { "14.b.K": 0, "29.f.B": 4, "30.f.B": 4 }), // 4.505 → 4.51 A
    all(5, { "14.b.K": 0, "12.b.Ak": 0, "13.b.K": 0, "29.f.B": 4, "30.f.B": 4 }), // 4.005 → 4.01 A-
    ...rows(300, codes, 0, 5),
  ];

  it("gives the same value, exact value, predicate, gap and breakdown for 308 answer sets", () => {
    expect(listIndicators(pekppp2022).map((i) => i.code)).toEqual(codes);
    for (const answers of cases)
      expect(numbers(score(pekppp2022, { answers }))).toEqual(numbers(score(old, { answers })));
    const worked = score(pekppp2022, { answers: cases[0] as Record<string, number> });
    expect([worked.exact, worked.value, worked.predicate?.code]).toEqual([
      WORKED_EXAMPLE_2022.exact,
      WORKED_EXAMPLE_2022.value,
      WORKED_EXAMPLE_2022.code,
    ]);
    expect(worked.confirmed).toBe(false);
  });

  it("classifies every band edge and the published Cilegon figures the same (C 2.55, A- 4.22)", () => {
    const values = [
      ...PREDICATE_TABLE.flatMap((b) => [b.min, b.max]),
      "4.505",
      "4.504",
      CILEGON_2021.value,
      CILEGON_2022.value,
    ];
    for (const v of values) {
      const [a, b] = [classify(old, v), classify(pekppp2022, v)];
      expect([b.code, b.label]).toEqual([a.code, a.label]);
    }
    expect(classify(pekppp2022, CILEGON_2021.value).code).toBe(CILEGON_2021.code);
    expect(classify(pekppp2022, CILEGON_2022.value).code).toBe(CILEGON_2022.code);
  });

  it("aggregates Kota Madiun 2024 the same (4.66 from the published units; 4.67 from unrounded ones)", () => {
    for (const units of [[...MADIUN_2024.units], ["4.734", "4.634", "4.634"]])
      expect(numbers(aggregate(pekppp2022, units))).toEqual(numbers(aggregate(old, units)));
    expect(aggregate(pekppp2022, [...MADIUN_2024.units]).value).toBe(MADIUN_2024.meanOfRounded);
    const unitResults = cases.slice(0, 3);
    expect(
      numbers(
        aggregate(
          pekppp2022,
          unitResults.map((answers) => score(pekppp2022, { answers })),
        ),
      ),
    ).toEqual(
      numbers(
        aggregate(
          old,
          unitResults.map((answers) => score(old, { answers })),
        ),
      ),
    );
  });
});

describe("pekppp@2022.2 corrects confidence and sources", () => {
  const old = getRubric("pekppp@2022.1");
  const aspects = pekppp2022.nodes;

  it("every predicate band is confirmed: false, its note naming CODE-ONLY (pekppp@2022.1 said confirmed: true)", () => {
    expect(pekppp2022.predicates).toHaveLength(9);
    for (const band of pekppp2022.predicates ?? []) {
      expect(band.source.confirmed, band.code).toBe(false);
      expect(band.source.note).toMatch(/CODE-ONLY/);
    }
    expect(old.predicates?.every((b) => b.source.confirmed)).toBe(true);
    // A predicate now says so: the same band, no longer confirmed.
    expect(classify(old, CILEGON_2021.value).confirmed).toBe(true);
    expect(classify(pekppp2022, CILEGON_2021.value)).toMatchObject({ code: "C", confirmed: false });
  });

  it("the weights of aspects II–VI are confirmed: false (CODE-ONLY); aspect I (Kebijakan, KemenPAN-RB slides) stays confirmed", () => {
    expect(aspects.map((a) => [a.code, a.weight, a.source.confirmed])).toEqual([
      ["kebijakan", "24", true],
      ["sdm", "25", false],
      ["sarpras", "18", false],
      ["sipp", "11", false],
      ["konsultasi-pengaduan", "10", false],
      ["inovasi", "12", false],
    ]);
    for (const a of aspects.slice(1)) expect(a.source.note).toMatch(/^CODE-ONLY/);
    expect(old.nodes.every((a) => a.source.confirmed)).toBe(true);
    // The Kebijakan aspect and its nine indicators are unchanged, sources included.
    expect(aspects[0]).toEqual(old.nodes[0]);
  });

  it("indicators 10–30 cite the code they come from, linked where it is public and identified; still confirmed: false", () => {
    const leaves = aspects.slice(1).flatMap((a) => a.children ?? []);
    expect(leaves.map((l) => l.code.split(".")[0])).toEqual(Array.from({ length: 21 }, (_, k) => String(k + 10)));
    for (const leaf of leaves) {
      const n = Number(leaf.code.split(".")[0]);
      expect(leaf.source.confirmed, leaf.code).toBe(false);
      expect(leaf.source.regulation, leaf.code).toMatch(/Kutai Barat app seed \(C2\).*Kota Probolinggo seed \(C3\)/);
      expect(leaf.source.regulation).not.toMatch(/Pedoman/);
      expect(leaf.source.note).toMatch(/^CODE-ONLY/);
      expect(leaf.source.note).toMatch(/repositories the reference note does not identify/);
      if (n <= 17)
        expect(leaf.source.href).toMatch(/^https:\/\/github\.com\/yusharnadi\/layanan-publik\/blob\/[0-9a-f]{40}\//);
      else if (n >= 29) expect(leaf.source.href).toMatch(/^https:\/\/github\.com\/ak7205\/pekppp\/blob\/bfc6717a/);
      else {
        expect(leaf.source.href).toBeUndefined();
        expect(leaf.source.note).toMatch(/no link/);
      }
    }
    // pekppp@2022.1 named the unseen Pedoman and no link for all 21.
    const oldLeaves = old.nodes.slice(1).flatMap((a) => a.children ?? []);
    expect(oldLeaves.every((l) => /Pedoman/.test(l.source.regulation) && l.source.href === undefined)).toBe(true);
  });
});

/** The three pekppp@2017.1 unit rows of issue #7 (answers in listIndicators order) whose true mean is 2.075. */
const JOMBANG_ROWS = [
  "2020404420222224040422204202244024424",
  "4040244200400440204002044020220222442",
  "2220222020044244402404204422040424020",
];

describe("pekppp@2017.2 scores as pekppp@2017.1; its bands are CODE-ONLY", () => {
  const old = getRubric("pekppp@2017.1");
  const codes = listIndicators(old).map((i) => i.code);
  const fromDigits = (digits: string) => Object.fromEntries(codes.map((c, k) => [c, Number(digits[k])]));

  it("gives the same results for all-n answers, the issue's three unit rows, their mean, and 200 random rows", () => {
    const cases = [
      ...[0, 1, 2, 3, 4, 5].map((v) => Object.fromEntries(codes.map((c) => [c, v]))),
      ...JOMBANG_ROWS.map(fromDigits),
      ...rows(200, codes, 0, 5, 11),
    ];
    for (const answers of cases)
      expect(numbers(score(pekppp2017, { answers }))).toEqual(numbers(score(old, { answers })));
    const units = JOMBANG_ROWS.map(fromDigits);
    expect(
      numbers(
        aggregate(
          pekppp2017,
          units.map((answers) => score(pekppp2017, { answers })),
        ),
      ),
    ).toEqual(
      numbers(
        aggregate(
          old,
          units.map((answers) => score(old, { answers })),
        ),
      ),
    );
  });

  it("classifies Kota Cilegon's 2021 self-evaluation 2.55 as C Cukup on both, no longer confirmed on the new id", () => {
    expect(classify(old, CILEGON_2021.value)).toMatchObject({ code: CILEGON_2021.code, confirmed: true });
    expect(classify(pekppp2017, CILEGON_2021.value)).toMatchObject({ code: CILEGON_2021.code, confirmed: false });
    for (const v of PREDICATE_TABLE.flatMap((b) => [b.min, b.max]))
      expect(classify(pekppp2017, v).code).toBe(classify(old, v).code);
  });

  it("every band is confirmed: false with a CODE-ONLY note; the 37 indicators are pekppp@2017.1's", () => {
    for (const band of pekppp2017.predicates ?? []) {
      expect(band.source.confirmed, band.code).toBe(false);
      expect(band.source.note).toMatch(/CODE-ONLY/);
    }
    expect(pekppp2017.nodes).toEqual(old.nodes);
    expect(pekppp2017.predicates).toEqual(pekppp2022.predicates);
  });
});

describe("skm@2017.2 scores as skm@2017.1; its 1/9 weight cites what shows 1/9", () => {
  const old = getRubric("skm@2017.1");
  const nrr = (values: ReadonlyArray<string>) => Object.fromEntries(values.map((v, k) => [`U${k + 1}`, v]));
  // SKM Bantul 2023, Dinas Pertanahan dan Tata Ruang (reference note S16, the page of BANTUL_2023):
  // nine published element values and the published unit IKM 87.28. The page lists Pengaduan 8th and
  // Sarana 9th; here U8 = Sarana dan Prasarana (3.35), U9 = Penanganan Pengaduan (3.76).
  const BANTUL_UNIT_2023 = {
    nrr: ["3.31", "3.35", "3.49", "3.93", "3.45", "3.39", "3.39", "3.35", "3.76"],
    published: "87.28",
    withPrintedWeight: "87.19",
  } as const;

  it("reproduces SKM Bantul 2023 (87.28), all-4 = 100 and the C8 worked example on both ids", () => {
    const cases = [
      { answers: nrr(BANTUL_UNIT_2023.nrr), value: BANTUL_UNIT_2023.published, code: "B" },
      { answers: nrr(Array(9).fill("4")), value: TUBABA_ALL_FOUR.exact, code: "A" },
      { answers: nrr(Array(9).fill(C8_CORRECTED.ni)), value: C8_CORRECTED.value, code: C8_CORRECTED.code },
    ];
    for (const c of cases) {
      const [a, b] = [score(old, { answers: c.answers }), score(skm2017, { answers: c.answers })];
      expect(numbers(b)).toEqual(numbers(a));
      expect(b.confirmed).toBe(a.confirmed);
      expect([b.value, b.predicate?.code]).toEqual([c.value, c.code]);
    }
    // By hand: 31.42 / 9 × 25 = 87.2777…; with the printed 0.111 it would be 31.42 × 0.111 × 25 = 87.1905 → 87.19.
    expect(score(skm2017, { answers: nrr(BANTUL_UNIT_2023.nrr) }).exact.startsWith("87.2777")).toBe(true);
    expect(BANTUL_UNIT_2023.withPrintedWeight).not.toBe(BANTUL_UNIT_2023.published);
    for (const answers of rows(200, ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"], 1, 4, 3))
      expect(numbers(score(skm2017, { answers }))).toEqual(numbers(score(old, { answers })));
  });

  it("classifies the Bantul 2023 service values and every category edge the same", () => {
    for (const b of BANTUL_2023) {
      expect(classify(skm2017, b.value)).toMatchObject({ code: b.code, label: { id: b.label } });
      expect(classify(skm2017, b.value)).toEqual(classify(old, b.value));
    }
    for (const v of CATEGORY_TABLE.flatMap((c) => [c.min, c.max]))
      expect(classify(skm2017, v)).toEqual(classify(old, v));
  });

  it("each element weight is 1/9, confirmed, citing the Bantul 2023 page (S16) and the all-4 = 100 display (S11), not the 0.111 page (S13)", () => {
    const s13 = "https://data.penajamkab.go.id/metadata/indikator/57";
    expect(skm2017.nodes).toHaveLength(9);
    for (const node of skm2017.nodes) {
      expect(node.weight).toBe("1/9");
      expect(node.source.confirmed).toBe(true);
      expect(node.source.href).toBe(BANTUL_SOURCE);
      expect(node.source.note).toMatch(/87\.28/);
      expect(node.source.note).toMatch(/all-4 answers as 100/);
      expect(node.source.href).not.toBe(s13);
    }
    expect(old.nodes.every((n) => n.source.href === s13)).toBe(true);
  });
});

const BANTUL_SOURCE = "https://skm.bantulkab.go.id/skpd-45c48cce2e2d7fbdea1afc51c7c6ad26";
const UU_25_2009_LAW = "https://peraturan.bpk.go.id/Details/38748/uu-no-25-tahun-2009";
const INSTRUMENT_SHEET = "https://id.scribd.com/document/670445282/BOCORAN-PENILAIAN-OMBUDSMAN";

/** The published rubric for an assessment year, by the predecessors' validFor. */
const ombudsmanIdFor = (year: number): keyof typeof ombudsman => {
  const id = (Object.keys(ombudsman) as Array<keyof typeof ombudsman>).find((k) => {
    const v = getRubric(k).validFor;
    return v.from <= year && (v.to === null || year <= v.to);
  });
  if (!id) throw new Error(`no Ombudsman rubric for ${year}`);
  return id;
};

describe("ombudsman@….2 scores every published result as its predecessor", () => {
  it("classifies every published instansi, unit and zone result the same, as published", () => {
    const published = [...INSTANSI_2022_2024, ...UNITS_2022_2024, ...ZONE_RESULTS];
    expect(published.length).toBeGreaterThan(50);
    for (const p of published) {
      const oldId = ombudsmanIdFor(p.year);
      const [a, b] = [classify(oldId, p.value), classify(ombudsman[oldId], p.value)];
      expect(b, `${p.name} ${p.year}`).toEqual(a);
      expect([b.code, b.zone]).toEqual([p.code, p.zone]);
    }
  });

  it("scores published scores (2013–2021) and dimension answers (2022–2024) the same", () => {
    for (const [oldId, next] of Object.entries(ombudsman) as Array<[keyof typeof ombudsman, RubricDefinition]>) {
      const old = getRubric(oldId);
      const codes = listIndicators(old).map((i) => i.code);
      const answerSets = [
        ...ZONE_RESULTS.map((p) => Object.fromEntries(codes.map((c) => [c, p.value]))),
        ...rows(100, codes, 0, 100, 5),
        Object.fromEntries(codes.map((c) => [c, "0"])),
        Object.fromEntries(codes.map((c) => [c, "100"])),
      ];
      for (const answers of answerSets)
        expect(numbers(score(next, { answers })), oldId).toEqual(numbers(score(old, { answers })));
    }
  });

  it("aggregates Kota Cilegon 2024 (95.31), Kota Madiun 2023 (93.59) and Magelang's 2022 pre-evaluation (93.28) the same", () => {
    const cases = [
      { year: CILEGON_2024.year, units: [...CILEGON_2024.units], published: CILEGON_2024.published },
      { year: MADIUN_2023.year, units: MADIUN_2023.units.map((u) => u.value), published: MADIUN_2023.published },
      { year: MAGELANG_2022_PRE.year, units: [...MAGELANG_2022_PRE.units], published: MAGELANG_2022_PRE.published },
    ];
    for (const c of cases) {
      const oldId = ombudsmanIdFor(c.year);
      const [a, b] = [aggregate(oldId, c.units), aggregate(ombudsman[oldId], c.units)];
      expect(numbers(b)).toEqual(numbers(a));
      expect(b.confirmed).toBe(a.confirmed);
      expect(b.value).toBe(c.published);
    }
  });
});

describe("ombudsman@….2 link UU 25/2009 to the law, and 2023 to Peraturan Ombudsman 22/2016", () => {
  it.each(Object.entries(ombudsman))(
    "%s → its .2: UU 25/2009 links the law's text, no source links the instrument sheet",
    (oldId, next) => {
      const old = getRubric(oldId);
      const uu = (r: RubricDefinition) => r.legalBasis.filter((s) => s.regulation.startsWith("UU 25/2009"));
      expect(uu(old).map((s) => s.href)).toEqual([INSTRUMENT_SHEET]);
      expect(uu(next)).toHaveLength(1);
      expect(uu(next)[0]).toMatchObject({
        href: UU_25_2009_LAW,
        part: "Pasal 21 (komponen standar pelayanan)",
        confirmed: true,
      });
      expect(next.legalBasis.map((s) => s.href)).not.toContain(INSTRUMENT_SHEET);
      // Only the legal basis changed.
      expect(next.legalBasis).toHaveLength(old.legalBasis.length);
      expect(
        next.legalBasis.filter((s) => !s.regulation.startsWith("UU 25/2009") && !s.regulation.includes("No. 22")),
      ).toEqual(
        old.legalBasis.filter((s) => !s.regulation.startsWith("UU 25/2009") && !s.regulation.includes("No. 22")),
      );
    },
  );

  it("ombudsman@2023.2 reads the sheet's “Peraturan Ombudsman 22/2023” as 22/2016, linked to its text, still unconfirmed", () => {
    const [basis] = ombudsman["ombudsman@2023.1"].legalBasis;
    expect(basis?.regulation).toMatch(/^Peraturan Ombudsman RI No\. 22 Tahun 2016/);
    expect(basis?.href).toBe("https://123dok.com/document/q767geky-e-f-ed-b-d.html");
    expect(basis?.confirmed).toBe(false);
    expect(basis?.note).toMatch(/UNCONFIRMED/);
    const [oldBasis] = getRubric("ombudsman@2023.1").legalBasis;
    expect(oldBasis?.regulation).toMatch(/No\. 22 Tahun 2023/);
    expect(oldBasis?.href).toBe(INSTRUMENT_SHEET);
  });

  it("ombudsman@2025.1 never cited UU 25/2009, so it has no correction", () => {
    expect(getRubric("ombudsman@2025.1").legalBasis.some((s) => s.href === INSTRUMENT_SHEET)).toBe(false);
    expect(SUPERSEDED.map((s): string => s.id)).not.toContain("ombudsman@2025.1");
  });
});
