/** Fuzz: kinerja/capaian, kinerja/svg and kinerja/testing. See harness.ts. */
import { afterAll, describe, expect, it } from "vitest";
import * as capaian from "../../src/capaian/index.js";
import { aggregate, KinerjaError } from "../../src/index.js";
import * as svg from "../../src/svg/index.js";
import * as testing from "../../src/testing/index.js";
import { type EntryPoint, fuzz, report, TIMEOUT } from "./harness.js";
import { ombudsmanValues, PEKPPP, pekpppAnswers, pekpppResult, tinyAnswers, tinyDefinition } from "./samples.js";

// biome-ignore lint/suspicious/noExplicitAny: the fuzzer calls with anything
type Fn = (...args: any[]) => unknown;
const call =
  (fn: Fn) =>
  (args: unknown[]): unknown =>
    fn(...args);

const tw = (triwulan: number, year = 2024) => ({ kind: "triwulan", year, triwulan });
const quarterInput = () => ({
  opd: "1.02.0.00.0.00.01.0000",
  name: "Dinas Kesehatan",
  period: tw(2),
  subKegiatan: [
    { id: "A", pagu: 600_000_000, fisik: 50, realisasi: 250_000_000 },
    { id: "B", pagu: "400000000", fisik: "80", realisasi: "300000000" },
  ],
  indicators: [
    { code: "IKU-1", target: 10, realisasi: 8, polarity: "higherIsBetter" },
    { code: "IKU-2", name: "Angka kemiskinan", target: 10, realisasi: 8, polarity: "lowerIsBetter" },
  ],
});
const opd = (id: string, realisasi: number | string | null) =>
  capaian.opdQuarter({ opd: id, period: tw(2) as never, subKegiatan: [{ id: "1", pagu: 1000, realisasi, fisik: 10 }] });
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** An SVG document as a string, and nothing else. */
const isSvg = (v: unknown) => {
  expect(typeof v).toBe("string");
  expect((v as string).startsWith("<svg")).toBe(true);
};

const ENTRIES: EntryPoint[] = [
  {
    name: "kinerja/capaian: capaian",
    call: call(capaian.capaian),
    samples: [
      () => [{ target: 10, realisasi: 8, polarity: "lowerIsBetter" }],
      () => [{ target: { min: 80, max: 90 }, realisasi: "92", polarity: "range" }],
      () => [{ target: "100", realisasi: "130.5", cap: capaian.CAPAIAN_CAPS.permenpanrb8of2021 }],
    ],
  },
  {
    name: "kinerja/capaian: kriteriaCapaian",
    call: call(capaian.kriteriaCapaian),
    samples: [() => ["90.5"], () => [75, { gapPolicy: "upperInclusiveContinuous" }]],
  },
  {
    name: "kinerja/capaian: opdQuarter",
    call: call(capaian.opdQuarter),
    samples: [() => [quarterInput()], () => [quarterInput(), { physical: "unweightedMean" }]],
  },
  {
    name: "kinerja/capaian: rankOpds",
    call: call(capaian.rankOpds),
    samples: [
      () => [[clone(opd("D", 700)), clone(opd("C", 800)), clone(opd("A", null))], { by: "budget", bottom: 1 }],
      () => [[clone(opd("A", 500))], { by: "budget", previous: [clone(opd("A", 400))] }],
    ],
  },
  {
    name: "kinerja/capaian: trend",
    call: call(capaian.trend),
    samples: [
      () => [
        [
          { period: tw(3), value: "61.5" },
          { period: tw(1), value: 20 },
          { period: tw(2), value: null },
        ],
      ],
      () => [
        [
          { period: { kind: "year", year: 2022 }, value: "10.5" },
          {
            period: { kind: "year", year: 2023 },
            value: clone(capaian.capaian({ target: 10, realisasi: 9, polarity: "higherIsBetter" })),
          },
        ],
        { polarity: "lowerIsBetter" },
      ],
    ],
  },
  {
    name: "kinerja/capaian: periodLabel",
    call: call(capaian.periodLabel),
    samples: [() => [tw(3)], () => [{ kind: "year", year: 2024 }]],
  },
  {
    name: "kinerja/svg: predicateBadge",
    call: call(svg.predicateBadge),
    samples: [() => [pekpppResult()], () => [aggregate("ombudsman@2024.2", ombudsmanValues()), { lang: "en" }]],
    result: isSvg,
  },
  {
    name: "kinerja/svg: profileChart",
    call: call(svg.profileChart),
    samples: [() => [pekpppResult(), { title: "Puskesmas" }], () => [pekpppResult(), { width: 400, lang: "en" }]],
    result: isSvg,
  },
  {
    name: "kinerja/svg: trendChart",
    call: call(svg.trendChart),
    samples: [
      () => [
        [
          { year: 2023, value: "89.45" },
          { year: 2024, result: aggregate("ombudsman@2024.2", ombudsmanValues()) },
        ],
      ],
      () => [
        [
          { year: "TW I", value: 3.5 },
          { year: "TW II", value: "4.1" },
        ],
        { rubric: PEKPPP },
      ],
    ],
    result: isSvg,
  },
  {
    name: "kinerja/testing: runFixtures",
    call: call(testing.runFixtures),
    samples: [
      () => [
        PEKPPP,
        [
          { name: "worked", answers: pekpppAnswers(), expect: { value: "3.68", predicate: "B" } },
          { name: "bad", answers: { x: 1 }, expect: { error: "UNKNOWN_INDICATOR" } },
        ],
      ],
      () => [
        tinyDefinition(),
        [
          { name: "t", answers: tinyAnswers(), expect: { exact: "30" } },
          { name: "agg", aggregate: { units: ["30", "50"] }, expect: { value: "40.00" } },
        ],
      ],
    ],
  },
  {
    name: "kinerja/testing: assertFixtures",
    // A failing case throws an Error named FixtureFailure whose message is the report (by design, for any test
    // runner): counted here as a result carrying that message; every other outcome as for runFixtures.
    call: (args) => {
      try {
        return testing.assertFixtures(...(args as [never, never]));
      } catch (e) {
        if (e instanceof Error && !(e instanceof KinerjaError) && e.name === "FixtureFailure")
          return { fixtureFailure: e.message };
        throw e;
      }
    },
    samples: [
      () => [PEKPPP, [{ name: "worked", answers: pekpppAnswers(), expect: { value: "3.68", predicate: "B" } }]],
      () => [
        "ombudsman@2024.2",
        [{ name: "mean", aggregate: { units: ombudsmanValues() }, expect: { value: "95.31", predicate: "A" } }],
      ],
      () => [tinyDefinition(), [{ name: "wrong", answers: tinyAnswers(), expect: { exact: "31" } }]],
    ],
  },
  {
    name: "kinerja/testing: formatFixtureReport",
    call: call(testing.formatFixtureReport),
    samples: [
      () => [
        clone(
          testing.runFixtures(PEKPPP, [{ name: "w", answers: pekpppAnswers() as never, expect: { value: "3.00" } }]),
        ),
      ],
    ],
    result: (v) => expect(typeof v).toBe("string"),
  },
];

describe("fuzz: kinerja/capaian, kinerja/svg, kinerja/testing", () => {
  afterAll(report);
  for (const entry of ENTRIES) it(entry.name, () => fuzz(entry), TIMEOUT);
});
