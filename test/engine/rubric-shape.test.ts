/** The core's zod-free shape check and kinerja/schema's zod schema agree on every rubric we know. */
import { describe, expect, it } from "vitest";
import { checkRubricShape } from "../../src/engine/rubricShape.js";
import { BUILTIN_RUBRICS } from "../../src/registry/builtins.js";
import { rubricDefinitionSchema } from "../../src/schema/rubric.js";
import { demoDefinition } from "../fixtures/demo.js";
import { badRubrics } from "../rubric-validation/bad-rubrics.js";
import { group, leaf, testSource, tinyRubric } from "../support/tinyRubric.js";

const everyFeature = tinyRubric(
  [
    group("P", "$p", [leaf("p1", "1", "abcd", { rounding: { places: 2, mode: "halfUp", source: testSource } })], {
      childWeightTotal: "1",
      notApplicable: { rule: "zero", source: testSource },
    }),
    group("S", "$s", [leaf("s1", "1", "yt")], { combine: "sum" }),
  ],
  {
    parameters: [
      { name: "p", label: { id: "p" }, min: "0", max: "100", source: testSource },
      { name: "s", label: { id: "s" }, min: "0", max: "100", source: testSource },
    ],
    requirements: [{ code: "r", label: { id: "r" }, ceiling: "B", source: testSource }],
    missingAnswer: { rule: "zero", source: testSource },
  },
);

describe("rubric shape: core check = kinerja/schema", () => {
  for (const def of [...BUILTIN_RUBRICS, demoDefinition, everyFeature])
    it(`accepts ${def.id}`, () => {
      expect(checkRubricShape(def, [])).toBeNull();
      expect(rubricDefinitionSchema.safeParse(def).success).toBe(true);
    });
  for (const bad of badRubrics.filter((b) => b.rule.startsWith("schema.")))
    it(`rejects alike: ${bad.name}`, () => {
      const core = checkRubricShape(bad.def, []);
      const zod = rubricDefinitionSchema.safeParse(bad.def);
      expect(zod.success).toBe(false);
      expect(core?.path).toEqual(zod.error?.issues[0]?.path);
      expect(`schema.${core?.code}`).toBe(`schema.${zod.error?.issues[0]?.code}`);
    });
  it("refuses trees nested beyond 32 levels before recursing on them", () => {
    let node = leaf("x", "1", "yt");
    for (let i = 0; i < 800; i++) node = group(`g${i}`, "1", [node], { childWeightTotal: "1" });
    expect(checkRubricShape(tinyRubric([{ ...node, weight: "100" }]), [])?.code).toBe("too_big");
  });
});
