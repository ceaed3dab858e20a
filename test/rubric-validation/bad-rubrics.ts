import type { RubricDefinition } from "../../src/model/types.js";
import { demoDefinition } from "../fixtures/demo.js";

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
const base = (): Mutable<RubricDefinition> => structuredClone(demoDefinition) as unknown as Mutable<RubricDefinition>;

/** Known-bad rubrics: each must fail with INVALID_RUBRIC at `path` breaking `rule`. */
export const badRubrics: Array<{ name: string; def: unknown; path: Array<string | number>; rule: string }> = [
  {
    name: "unknown key (strict objects)",
    def: { ...base(), weights: {} },
    path: [],
    rule: "schema.unrecognized_keys",
  },
  {
    name: "unknown key inside a node",
    def: (() => {
      const d = base();
      (d.nodes[0] as Record<string, unknown>).bobot = "24";
      return d;
    })(),
    path: ["nodes", 0],
    rule: "schema.unrecognized_keys",
  },
  {
    name: "negative weight",
    def: (() => {
      const d = base();
      d.nodes[1]!.weight = "-25";
      return d;
    })(),
    path: ["nodes", 1, "weight"],
    rule: "schema.invalid_format",
  },
  {
    name: "weight as a number",
    def: (() => {
      const d = base();
      (d.nodes[1] as Record<string, unknown>).weight = 25;
      return d;
    })(),
    path: ["nodes", 1, "weight"],
    rule: "schema.invalid_type",
  },
  {
    name: "pre-rounded thirds do not sum exactly",
    def: (() => {
      const d = base();
      d.nodes[2]!.children![0]!.weight = "33.33";
      d.nodes[2]!.children![1]!.weight = "66.66";
      return d;
    })(),
    path: ["nodes", 2, "children"],
    rule: "weights.sumExactly",
  },
  {
    name: "top-level weights sum to 99",
    def: (() => {
      const d = base();
      d.nodes[0]!.weight = "23";
      return d;
    })(),
    path: ["nodes"],
    rule: "weights.sumExactly",
  },
  {
    name: "duplicate code",
    def: (() => {
      const d = base();
      d.nodes[1]!.children![0]!.code = "a1";
      return d;
    })(),
    path: ["nodes", 1, "children", 0, "code"],
    rule: "codes.unique",
  },
  {
    name: "leaf without scale",
    def: (() => {
      const d = base();
      delete d.nodes[0]!.children![0]!.scale;
      return d;
    })(),
    path: ["nodes", 0, "children", 0],
    rule: "node.scale",
  },
  {
    name: "unknown scale",
    def: (() => {
      const d = base();
      d.nodes[0]!.children![0]!.scale = "1-4";
      return d;
    })(),
    path: ["nodes", 0, "children", 0, "scale"],
    rule: "node.scale",
  },
  {
    name: "gap between bands",
    def: (() => {
      const d = base();
      d.predicates![1]!.max = "4.49";
      return d;
    })(),
    path: ["predicates", 0, "min"],
    rule: "bands.noGap",
  },
  {
    name: "overlapping bands",
    def: (() => {
      const d = base();
      d.predicates![1]!.max = "4.6";
      return d;
    })(),
    path: ["predicates", 0, "min"],
    rule: "bands.noOverlap",
  },
  {
    name: "edge in two bands",
    def: (() => {
      const d = base();
      d.predicates![0]!.minInclusive = true;
      return d;
    })(),
    path: ["predicates", 0, "minInclusive"],
    rule: "bands.noOverlap",
  },
  {
    name: "edge in no band",
    def: (() => {
      const d = base();
      d.predicates![1]!.maxInclusive = false;
      return d;
    })(),
    path: ["predicates", 0, "minInclusive"],
    rule: "bands.noGap",
  },
  {
    name: "bands stop short of the maximum",
    def: (() => {
      const d = base();
      d.predicates![0]!.max = "4.9";
      return d;
    })(),
    path: ["predicates", 0, "max"],
    rule: "bands.coverage",
  },
  {
    name: "id does not match scheme@version",
    def: { ...base(), id: "demo@2" },
    path: ["id"],
    rule: "id.matchesSchemeVersion",
  },
  {
    name: "validity ends before it starts",
    def: { ...base(), validFor: { from: 2022, to: 2020 } },
    path: ["validFor", "to"],
    rule: "validFor.order",
  },
  {
    name: "result range narrower than the answers allow",
    def: (() => {
      const d = base();
      d.result.max = "4";
      d.predicates![0]!.max = "4";
      d.predicates![0]!.min = "3.9";
      d.predicates![1]!.max = "3.9";
      return d;
    })(),
    path: ["result"],
    rule: "result.range",
  },
  {
    name: "level value outside the scale",
    def: (() => {
      const d = base();
      d.nodes[0]!.children![0]!.levels = [{ value: "6", label: { id: "enam" } }];
      return d;
    })(),
    path: ["nodes", 0, "children", 0, "levels", 0, "value"],
    rule: "levels.inScale",
  },
  {
    name: "source without confirmed flag",
    def: (() => {
      const d = base();
      d.nodes[0]!.source = { regulation: "x" } as never;
      return d;
    })(),
    path: ["nodes", 0, "source", "confirmed"],
    rule: "schema.invalid_type",
  },
  {
    name: "decimal scale whose ends have more decimals than its answers may",
    def: (() => {
      const d = base();
      (d.scales as Record<string, unknown>).half = {
        kind: "decimal",
        min: "0.5",
        max: "5",
        places: 0,
        source: d.legalBasis[0],
      };
      return d;
    })(),
    path: ["scales", "half"],
    rule: "scale.places",
  },
  {
    name: "multiplier zero",
    def: (() => {
      const d = base();
      d.result.multiplier = "0";
      return d;
    })(),
    path: ["result", "multiplier"],
    rule: "result.multiplier",
  },
  {
    name: "band edge finer than the published rounding",
    def: (() => {
      const d = base();
      d.predicates![1]!.min = "2.505";
      d.predicates![2]!.max = "2.505";
      return d;
    })(),
    path: ["predicates", 1],
    rule: "bands.edgesAtRounding",
  },
  {
    name: "option code that reads as another number",
    def: (() => {
      const d = base();
      (d.scales as Record<string, unknown>).swapped = {
        kind: "options",
        options: [
          { code: "1", value: "2" },
          { code: "2", value: "1" },
        ],
        source: d.legalBasis[0],
      };
      return d;
    })(),
    path: ["scales", "swapped", "options", 0, "code"],
    rule: "scale.optionCodes",
  },
];
