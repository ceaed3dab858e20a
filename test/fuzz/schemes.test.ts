/** Fuzz: every function exported from the scheme entry points (kinerja/pekppp, /skm, /ombudsman, /sakip). */
import { afterAll, describe, it } from "vitest";
import { getRubric, score } from "../../src/index.js";
import * as ombudsman from "../../src/schemes/ombudsman/index.js";
import * as pekppp from "../../src/schemes/pekppp/index.js";
import * as sakip from "../../src/schemes/sakip/index.js";
import * as skm from "../../src/schemes/skm/index.js";
import { type EntryPoint, fuzz, report, TIMEOUT } from "./harness.js";
import { PEKPPP, pekpppAnswers, pekpppResult, SKM_CODES, skmAnswers } from "./samples.js";

// biome-ignore lint/suspicious/noExplicitAny: the fuzzer calls with anything
type Fn = (...args: any[]) => unknown;
const call =
  (fn: Fn) =>
  (args: unknown[]): unknown =>
    fn(...args);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const pekpppRubric = () => getRubric(PEKPPP);
const respondentRows = () => [
  [4, 3, "4", 3, 4, 2, 4, 3, 4],
  { U1: 3, U2: 3, U3: 4, U4: 4, U5: "3", U6: 3, U7: 4, U8: 4, U9: 2 },
  [4, 4, 4, 4, 4, 4, 4, 4, 4],
];

const ENTRIES: EntryPoint[] = [
  {
    name: "kinerja/pekppp: aggregateInstansi",
    call: call(pekppp.aggregateInstansi),
    samples: [
      () => [
        pekpppRubric(),
        [
          { unit: "A", answers: pekpppAnswers() },
          { unit: "B", value: "4.12", f03: { value: "4.5", respondents: 30 } },
        ],
      ],
      () => [
        pekpppRubric(),
        [
          { unit: "A", result: pekpppResult() },
          { unit: "B", value: 3.9 },
        ],
        {
          f03Rule: {
            kind: "weighted",
            f02: "0.75",
            f03: "0.25",
            minRespondents: 1,
            belowMinimum: "f02Only",
            label: "local",
          },
        },
      ],
      () => [
        clone(pekpppRubric()),
        [
          { value: "4", weight: "2" },
          { value: "3", weight: 1 },
        ],
        { strategy: "weightedMean" },
      ],
    ],
  },
  {
    name: "kinerja/pekppp: combineF03",
    call: call(pekppp.combineF03),
    samples: [
      () => [pekpppRubric(), { f02: pekpppResult(), f03: { value: "4.2", respondents: 12 } }],
      () => [
        pekpppRubric(),
        { f02: { answers: pekpppAnswers() }, f03: { value: 4 } },
        { kind: "weighted", f02: "3/4", f03: "1/4" },
      ],
      () => [pekpppRubric(), { f02: "3.9" }],
    ],
  },
  {
    name: "kinerja/pekppp: improvementPriorities",
    call: call(pekppp.improvementPriorities),
    samples: [
      () => [pekpppRubric(), { answers: pekpppAnswers() }, { limit: 5 }],
      () => [pekpppRubric(), pekpppResult()],
    ],
  },
  {
    name: "kinerja/pekppp: scoreLegacyRounded2017",
    call: call(pekppp.scoreLegacyRounded2017),
    samples: [
      () => [
        {
          answers: Object.fromEntries(
            pekppp.pekppp2017.nodes.flatMap((n) => (n.children ?? []).map((c) => [c.code, 3])),
          ),
        },
      ],
    ],
  },
  {
    name: "kinerja/skm: skmFromRespondents",
    call: call(skm.skmFromRespondents),
    samples: [() => [respondentRows()], () => [respondentRows(), { incomplete: "report", weightMode: "printed" }]],
  },
  {
    name: "kinerja/skm: skmFromNrr",
    call: call(skm.skmFromNrr),
    samples: [
      () => [skmAnswers()],
      () => [
        skmAnswers(),
        {
          weightMode: "printed",
          printedWeight: {
            U1: "0.111",
            U2: "0.111",
            U3: "0.111",
            U4: "0.111",
            U5: "0.111",
            U6: "0.111",
            U7: "0.111",
            U8: "0.111",
            U9: "0.112",
          },
        },
      ],
    ],
  },
  {
    name: "kinerja/skm: classifyNi",
    call: call(skm.classifyNi),
    samples: [() => ["3.0644"], () => [3.2, skm.skm2017v2]],
  },
  {
    name: "kinerja/skm: skmAnswerValue",
    call: call(skm.skmAnswerValue),
    samples: [() => [skm.skm2017v2, "U1", "c"], () => [skm.skm2017v2, "U3", "Sangat baik"]],
    // Returns the answer itself when it is no code (any value, by design); a rubric that is not one is an error.
    result: () => {},
  },
  {
    name: "kinerja/skm: skmAnswerOptions",
    call: call(skm.skmAnswerOptions),
    samples: [() => [skm.skm2017v2, "U1"]],
  },
  {
    name: "kinerja/ombudsman: aggregateProducts",
    call: call(ombudsman.aggregateProducts),
    samples: [
      () => [
        "ombudsman@2021.2",
        [
          { unit: "Dinkes", products: ["80.5", 77] },
          { unit: "Disdik", products: ["90"] },
        ],
      ],
    ],
  },
  {
    name: "kinerja/ombudsman: compareYears",
    call: call(ombudsman.compareYears),
    samples: [
      () => [
        { assessmentYear: 2023, value: "89.45" },
        { assessmentYear: 2024, value: "95.31" },
      ],
      () => [
        { assessmentYear: 2021, value: "77.66", rubric: "ombudsman@2021.2" },
        { assessmentYear: 2024, result: { value: "95.31" } },
      ],
    ],
  },
  {
    name: "kinerja/ombudsman: deduction",
    call: call(ombudsman.deduction),
    samples: [() => ["1.5", "LAHP not followed up"], () => [2, "r", "koreksi"]],
  },
  {
    name: "kinerja/ombudsman: opini",
    call: call(ombudsman.opini),
    samples: [
      () => ["ombudsman@2025.1", "91.2", { tanpaMaladministrasi: true, bands: clone(ombudsman.ASSUMED_BANDS_2025) }],
      () => [ombudsman.ombudsman2025, 60, { tanpaMaladministrasi: false, bands: ombudsman.ASSUMED_BANDS_2025 }],
    ],
  },
  {
    name: "kinerja/ombudsman: rank",
    call: call(ombudsman.rank),
    samples: [
      () => [
        [
          { name: "Kota A", value: "95.31", province: "Banten" },
          { name: "Kota B", value: 88, province: "Banten" },
          { name: "Kab C", value: "88.00" },
        ],
      ],
      () => [
        [
          { name: "A", value: "80" },
          { name: "B", value: "90.004" },
        ],
        { rubric: "ombudsman@2024.2", order: "asc", limit: 1 },
      ],
    ],
  },
  {
    name: "kinerja/ombudsman: unitFromIndicators",
    call: call(ombudsman.unitFromIndicators),
    samples: [
      () => [
        "ombudsman@2023.2",
        {
          input: [3, "2.5"],
          proses: [
            { code: "p1", score: 3, weight: "12.22" },
            { score: "2", weight: 5 },
          ],
          output: [2],
          pengaduan: ["1.5"],
        },
        { equalWeights: true },
      ],
      () => [
        ombudsman.ombudsman2024v2,
        { input: [3], proses: [3], output: [3], pengaduan: [3] },
        { equalWeights: true },
      ],
    ],
  },
  {
    name: "kinerja/sakip: perCriterion",
    call: call(sakip.perCriterion),
    samples: [
      () => [
        sakip.sakip2021,
        { "perencanaan.keberadaan": 7, "perencanaan.kualitas": [{}, { label: { id: "K2" } }] },
        { id: "sakip@2021.1+kota.2024" },
      ],
      () => [
        clone(sakip.sakip2015),
        { [sakip.sakip2015.nodes[0]?.children?.[0]?.code ?? "x"]: 3 },
        { id: "sakip@2015.1+x" },
      ],
    ],
  },
  {
    name: "kinerja/sakip: withWorksheetRounding",
    call: call(sakip.withWorksheetRounding),
    samples: [
      () => [sakip.sakip2021, { id: "sakip@2021.1+rounded" }, { places: 2 }],
      () => [clone(sakip.sakip2021), { id: "sakip@2021.1+r3", notes: ["n"] }],
    ],
  },
];

// The samples are valid (a check the harness makes first); this one scores them on the rubric they name.
void score(PEKPPP, { answers: pekpppAnswers() } as never);
void SKM_CODES;

describe("fuzz: scheme entry points", () => {
  afterAll(report);
  for (const entry of ENTRIES) it(entry.name, () => fuzz(entry), TIMEOUT);
});
