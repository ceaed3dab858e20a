/** Fuzz: every function exported from `kinerja` (src/index.ts) and from `kinerja/engine`. See harness.ts. */
import { afterAll, describe, expect, it } from "vitest";
import * as engine from "../../src/engine.js";
import * as root from "../../src/index.js";
import { type EntryPoint, fuzz, report, TIMEOUT } from "./harness.js";
import {
  ombudsmanValues,
  PEKPPP,
  pekpppAnswers,
  pekpppResult,
  rubricForms,
  sakipWorksheet,
  skmAnswers,
  tinyAnswers,
  tinyDefinition,
} from "./samples.js";

// biome-ignore lint/suspicious/noExplicitAny: the fuzzer calls with anything
type Fn = (...args: any[]) => unknown;
const call =
  (fn: Fn) =>
  (args: unknown[]): unknown =>
    fn(...args);

const pekpppForms = rubricForms(PEKPPP);
const withRubric = (forms: Array<() => unknown>, rest: () => unknown[]) => forms.map((f) => () => [f(), ...rest()]);

const ENTRIES: EntryPoint[] = [
  {
    name: "kinerja: score",
    call: call(root.score),
    samples: [
      ...withRubric(pekpppForms, () => [{ answers: pekpppAnswers() }]),
      () => ["skm@2017.2", { answers: skmAnswers() }],
      () => ["sakip@2021.1", { answers: sakipWorksheet() }],
      () => [
        "sakip@2021.1",
        { points: { perencanaan: "20.7", pengukuran: "18.6", pelaporan: "11.55", evaluasi: "16.75" } },
      ],
      () => [tinyDefinition(), { answers: tinyAnswers() }],
    ],
  },
  {
    name: "kinerja: aggregate",
    call: call(root.aggregate),
    samples: [
      () => ["ombudsman@2024.2", ombudsmanValues()],
      () => ["ombudsman@2024.2", ombudsmanValues().map((value, i) => ({ unit: `U${i}`, value }))],
      () => [
        "ombudsman@2023.2",
        ["80", "90"],
        { adjustments: [{ code: "koreksi-lahp", points: "-1.5", reason: "LAHP" }] },
      ],
      () => [PEKPPP, [pekpppResult(), pekpppResult()]],
      () => [
        tinyDefinition(),
        [
          { unit: "a", value: "50", weight: "2" },
          { unit: "b", value: 70, weight: 1 },
        ],
        { strategy: "weightedMean" },
      ],
    ],
  },
  {
    name: "kinerja: classify",
    call: call(root.classify),
    samples: [() => [PEKPPP, "4.505"], () => ["rb@2018.1", 60.27], () => [tinyDefinition(), "90"]],
  },
  {
    name: "kinerja: improvementPlan",
    call: call(root.improvementPlan),
    samples: [
      () => ["sakip@2021.1", { answers: sakipWorksheet() }, { limit: 3 }],
      () => [PEKPPP, { answers: pekpppAnswers() }],
      () => [tinyDefinition(), { answers: tinyAnswers() }, { maxSteps: 5 }],
    ],
  },
  {
    name: "kinerja: listIndicators",
    call: call(root.listIndicators),
    samples: [...pekpppForms.map((f) => () => [f()]), () => [tinyDefinition()]],
  },
  { name: "kinerja: listRubrics", call: call(root.listRubrics), samples: [() => [], () => [{ scheme: "rb" }]] },
  { name: "kinerja: getRubric", call: call(root.getRubric), samples: [() => ["skm@2017.2"], () => ["rb@2023.1"]] },
  {
    name: "kinerja: resolveRubric",
    call: call(root.resolveRubric),
    samples: [
      () => ["pekppp", { assessmentYear: 2024 }],
      () => ["ombudsman", { assessmentYear: 2023 }],
      () => ["tiny", { assessmentYear: 2024, rubrics: [tinyDefinition()] }],
    ],
  },
  {
    name: "kinerja: defineRubric",
    call: call(root.defineRubric),
    samples: [() => [tinyDefinition()], () => [JSON.parse(JSON.stringify(root.getRubric("skm@2017.2")))]],
  },
  {
    name: "kinerja: deriveRubric",
    call: call(root.deriveRubric),
    samples: [
      () => [root.getRubric(PEKPPP), { weights: { kebijakan: "16", inovasi: "20" } }, { id: "pekppp@2022.2+x" }],
      () => [tinyDefinition(), { predicates: null, notes: ["n"] }, { id: "tiny@2" }],
      () => [
        tinyDefinition(),
        {
          replaceNodes: {
            h1: {
              code: "h1",
              label: { id: "h" },
              weight: "40",
              source: { regulation: "r", confirmed: true },
              scale: "index04",
            },
          },
        },
        { id: "tiny@3" },
      ],
    ],
  },
  {
    name: "kinerja: KinerjaError (constructor)",
    call: (args) => new root.KinerjaError(...(args as [never, never, never])),
    samples: [() => ["INVALID_INPUT", "message", { path: ["a", 1], rule: "r" }], () => ["INVALID_INPUT", "message"]],
    result: (e) => {
      expect(e).toBeInstanceOf(root.KinerjaError);
      const k = e as root.KinerjaError;
      expect(Array.isArray(k.path) && typeof k.rule === "string" && typeof k.message === "string").toBe(true);
      expect(() => JSON.stringify(k)).not.toThrow();
    },
  },
  {
    name: "kinerja: isKinerjaError",
    call: call(root.isKinerjaError),
    samples: [() => [new root.KinerjaError("INVALID_INPUT", "m")], () => [{ name: "KinerjaError", code: "X" }]],
  },
  {
    name: "kinerja: isGroupNode",
    call: call(root.isGroupNode),
    samples: [() => [tinyDefinition().nodes[0]], () => [tinyDefinition().nodes[0]?.children?.[0]]],
    // A type guard: true or false for anything, never an error.
    result: (v) => expect(typeof v).toBe("boolean"),
  },
  {
    name: "kinerja: rubricHash",
    call: call(root.rubricHash),
    samples: [() => [tinyDefinition()], () => [root.getRubric(PEKPPP)]],
  },
  {
    name: "kinerja: lockedHash",
    call: call(root.lockedHash),
    samples: [() => [PEKPPP], () => ["x@1"]],
    // The locked hash, or undefined for an id kinerja does not ship (documented).
    result: (v) => expect(v === undefined || (typeof v === "string" && v.startsWith("sha256:"))).toBe(true),
  },
  {
    name: "kinerja: verifyResult",
    call: call(root.verifyResult),
    samples: [
      () => [pekpppResult()],
      () => [{ result: pekpppResult(), input: { answers: pekpppAnswers() } }],
      () => [JSON.stringify(pekpppResult())],
      () => [{ result: root.aggregate("ombudsman@2024.2", ombudsmanValues()), input: { units: ombudsmanValues() } }],
    ],
  },
  {
    name: "kinerja: diffRubrics",
    call: call(root.diffRubrics),
    samples: [
      () => ["pekppp@2017.1", PEKPPP],
      () => [tinyDefinition(), tinyDefinition(), { lang: "en" }],
      () => [JSON.parse(JSON.stringify(root.getRubric(PEKPPP))), "pekppp@2022.1"],
    ],
  },
  {
    name: "kinerja: toRows",
    call: call(root.toRows),
    samples: [() => [pekpppResult()], () => [root.aggregate("ombudsman@2024.2", ombudsmanValues()), { lang: "en" }]],
  },
  {
    name: "kinerja: toCsv",
    call: call(root.toCsv),
    samples: [
      () => [
        [
          { unit: "A", value: "3.68", n: 4 },
          { unit: "B", value: null, n: true },
        ],
      ],
      () => [[{ a: "x,y" }], { columns: ["a"] }],
    ],
  },
  {
    name: "kinerja: parseCsv",
    call: call(root.parseCsv),
    samples: [() => ['unit,input\n"A, B",80\nC,"9""0"\n'], () => ["a;b\r\n1;2"]],
  },
  {
    name: "kinerja: answersFromCsvRow",
    call: call(root.answersFromCsvRow),
    samples: [
      () => [
        ["unit", "input", "proses"],
        ["Disdukcapil", "80", ""],
      ],
      () => [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
  },
  {
    name: "kinerja: withLimits",
    call: (args) => root.withLimits(args[0] as never, () => root.aggregate("ombudsman@2024.2", args[1] as never)),
    samples: [() => [{ units: 3 }, ["80", "90"]], () => [{ text: 5 }, ["80"]]],
  },
  { name: "kinerja: getLimits", call: () => root.getLimits(), samples: [() => []] },
  {
    name: "kinerja: setLimits",
    // Process-wide: every call is undone at once (the harness's own limits stay in force for the next call).
    call: (args) => {
      const before = root.getLimits();
      try {
        return root.setLimits(...(args as [never]));
      } finally {
        root.setLimits(before);
      }
    },
    samples: [() => [{ units: 2_000 }], () => [{ text: 5_000, depth: 32 }], () => [root.DEFAULT_LIMITS]],
  },
  // kinerja/engine: the same engine on rubric objects.
  {
    name: "kinerja/engine: score",
    call: call(engine.score),
    samples: [
      () => [root.getRubric(PEKPPP), { answers: pekpppAnswers() }],
      () => [tinyDefinition(), { answers: tinyAnswers() }],
    ],
  },
  {
    name: "kinerja/engine: aggregate",
    call: call(engine.aggregate),
    samples: [
      () => [root.getRubric("ombudsman@2024.2"), ombudsmanValues()],
      () => [root.getRubric(PEKPPP), [pekpppResult(), { unit: "B", value: "3.9" }]],
      () => [tinyDefinition(), ["50", 70], { strategy: "mean" }],
    ],
  },
  { name: "kinerja/engine: classify", call: call(engine.classify), samples: [() => [root.getRubric(PEKPPP), "4.505"]] },
  {
    name: "kinerja/engine: listIndicators",
    call: call(engine.listIndicators),
    samples: [() => [tinyDefinition()]],
  },
  {
    name: "kinerja/engine: improvementPlan",
    call: call(engine.improvementPlan),
    samples: [() => [tinyDefinition(), { answers: tinyAnswers() }]],
  },
  {
    name: "kinerja/engine: defineRubric",
    call: call(engine.defineRubric),
    samples: [() => [tinyDefinition()]],
  },
  {
    name: "kinerja/engine: deriveRubric",
    call: call(engine.deriveRubric),
    samples: [() => [tinyDefinition(), {}, { id: "tiny@9" }]],
  },
];

describe("fuzz: kinerja and kinerja/engine", () => {
  afterAll(report);
  for (const entry of ENTRIES) it(entry.name, () => fuzz(entry), TIMEOUT);
});
