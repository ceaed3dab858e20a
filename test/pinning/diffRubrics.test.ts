import { describe, expect, it } from "vitest";
import { deriveRubric, getRubric, type RubricDefinition } from "../../src/index.js";
import { diffRubrics } from "../../src/pinning/index.js";
import { demoDefinition } from "../fixtures/demo.js";
import { codeOf } from "../helpers.js";

/** A deep, editable copy of a rubric (the test then changes one thing). */
// biome-ignore lint/suspicious/noExplicitAny: a test edits rubric data freely
const copy = (r: RubricDefinition): any => JSON.parse(JSON.stringify(r));
const texts = (changes: ReadonlyArray<{ text: string }>) => changes.map((c) => c.text);

describe("diffRubrics", () => {
  it("a rubric against itself: nothing", () => {
    expect(diffRubrics("pekppp@2022.1", getRubric("pekppp@2022.1"))).toEqual({ figures: [], provenance: [] });
  });

  it("PEKPPP 17/2017 → 29/2022: aspect weights in the officer's words, indicators added and removed by code", () => {
    const { figures } = diffRubrics("pekppp@2017.1", "pekppp@2022.1");
    expect(figures).toContainEqual({
      path: "nodes.kebijakan.weight",
      from: "30",
      to: "24",
      text: "Aspek Kebijakan Pelayanan: bobot 30 → 24",
    });
    expect(figures).toContainEqual({
      path: "nodes.sdm.weight",
      from: "18",
      to: "25",
      text: "Aspek Profesionalisme SDM: bobot 18 → 25",
    });
    expect(figures).toContainEqual({
      path: "nodes.2.a.P",
      to: "14",
      text: "Indikator 2.a.P (Penyusunan dan perubahan SP melibatkan unsur masyarakat): ditambahkan di bawah Aspek Kebijakan Pelayanan, bobot 14",
    });
    expect(figures.some((c) => c.path === "nodes.1.a.K1" && c.text.endsWith("dihapus, bobot 5"))).toBe(true);
    // The same predicate table: no band change.
    expect(figures.filter((c) => c.path.startsWith("predicates"))).toEqual([]);
  });

  it("band edges with their inclusivity: “Predikat A: batas bawah 4.50 (tidak termasuk) → 4.51”", () => {
    const a = copy(demoDefinition as RubricDefinition);
    const b = copy(demoDefinition as RubricDefinition);
    b.predicates[0] = { ...b.predicates[0], min: "4.51", minInclusive: true };
    b.predicates[1] = { ...b.predicates[1], max: "4.51", maxInclusive: false };
    a.predicates[0].min = "4.50";
    a.predicates[1].max = "4.50";
    const { figures, provenance } = diffRubrics(a as RubricDefinition, b as RubricDefinition);
    expect(figures).toEqual([
      {
        path: "predicates.A.min",
        from: "4.50 (tidak termasuk)",
        to: "4.51",
        text: "Predikat A Pelayanan Prima: batas bawah 4.50 (tidak termasuk) → 4.51",
      },
      {
        path: "predicates.B.max",
        from: "4.50",
        to: "4.51 (tidak termasuk)",
        text: "Predikat B Baik: batas atas 4.50 → 4.51 (tidak termasuk)",
      },
    ]);
    expect(provenance).toEqual([]);
    expect(texts(diffRubrics(a as RubricDefinition, b as RubricDefinition, { lang: "en" }).figures)).toEqual([
      "Predicate A Pelayanan Prima: lower bound 4.50 (excluded) → 4.51",
      "Predicate B Baik: upper bound 4.50 → 4.51 (excluded)",
    ]);
  });

  it("a derived variant: its weights are figures, the new weights' sources are provenance", () => {
    const base = getRubric("pekppp@2022.1");
    const mine = deriveRubric(base, { weights: { kebijakan: "30", sdm: "19" } }, { id: "pekppp-cilegon@2024.1" });
    const { figures, provenance } = diffRubrics(base, mine);
    expect(texts(figures)).toEqual([
      "Aspek Kebijakan Pelayanan: bobot 24 → 30",
      "Aspek Profesionalisme SDM: bobot 25 → 19",
    ]);
    expect(texts(provenance)).toContain("Rubrik: id pekppp@2022.1 → pekppp-cilegon@2024.1");
    expect(texts(provenance)).toContain("Rubrik: status official → derived");
    expect(texts(provenance)).toContain("Aspek Kebijakan Pelayanan: sumber terkonfirmasi → belum terkonfirmasi");
    expect(provenance.find((c) => c.path === "nodes.kebijakan.source.regulation")).toMatchObject({
      to: "derived from pekppp@2022.1",
    });
  });

  it("a correction that only re-sources (the pekppp@2022.2 kind): no figures, every source change as provenance", () => {
    const a = getRubric("pekppp@2022.1");
    const b = copy(a);
    b.id = "pekppp@2022.2";
    b.version = "2022.2";
    for (const p of b.predicates) p.source = { ...p.source, confirmed: false, note: "CODE-ONLY" };
    b.nodes[1].source = { ...b.nodes[1].source, confirmed: false };
    const { figures, provenance } = diffRubrics(a, b as RubricDefinition);
    expect(figures).toEqual([]);
    expect(texts(provenance)).toContain("Predikat A Pelayanan Prima: sumber terkonfirmasi → belum terkonfirmasi");
    expect(texts(provenance)).toContain("Aspek Profesionalisme SDM: sumber terkonfirmasi → belum terkonfirmasi");
    expect(texts(provenance)).toContain("Predikat A Pelayanan Prima: catatan sumber diubah");
  });

  it("Ombudsman 2021 → 2022: zones become categories A–E, one published score becomes four dimensions", () => {
    const { figures } = diffRubrics("ombudsman@2021.1", "ombudsman@2022.1");
    const t = texts(figures);
    expect(t).toContain("Predikat hijau Kepatuhan Tinggi (Zona Hijau): dihapus 81–100");
    expect(t.some((x) => x.startsWith("Predikat A Kualitas Tertinggi: ditambahkan 88"))).toBe(true);
    expect(t).toContain("Dimensi Input: ditambahkan di bawah tingkat teratas, bobot 21.85");
    expect(t).toContain("Indikator nilai (Nilai kepatuhan (sebagaimana dipublikasikan)): dihapus, bobot 100");
    expect(t.some((x) => x.startsWith("Agregasi unit → instansi: tidak diketahui → rata-rata"))).toBe(true);
  });

  it("scales, options, rounding, multiplier, aggregation, parameters and requirements", () => {
    const a = copy(getRubric("rb@2018.1"));
    const b = copy(a);
    b.scales.abc.options[1].value = "1/3";
    b.scales["survei-internal"].max = "4";
    b.scales["survei-internal"].normalize = { ...b.scales["survei-internal"].normalize, max: "4" };
    b.result.rounding = { ...b.result.rounding, places: 3 };
    b.result.multiplier = "120";
    b.aggregation = { method: "mean", source: { regulation: "x", confirmed: false } };
    b.parameters = [
      { name: "t", label: { id: "Bobot tematik" }, min: "0", max: "20", source: { regulation: "x", confirmed: false } },
    ];
    b.requirements = [
      { code: "r1", label: { id: "Syarat" }, ceiling: "BB", source: { regulation: "x", confirmed: false } },
    ];
    const t = texts(diffRubrics(a as RubricDefinition, b as RubricDefinition).figures);
    expect(t).toEqual([
      "Nilai akhir: pengali 100 → 120",
      "Nilai akhir: pembulatan 2 desimal, setengah ke atas → 3 desimal, setengah ke atas",
      "Skala “abc”, opsi B: nilai 1/2 → 1/3",
      "Skala “survei-internal”: rentang nilai 0–5 → 0–4",
      "Skala “survei-internal”: normalisasi 0–5, tidak dibatasi → 0–4, tidak dibatasi",
      "Agregasi unit → instansi: tidak diketahui → rata-rata, pembulatan tidak ada",
      "Parameter t (Bobot tematik): ditambahkan 0–20",
      "Persyaratan minimum r1 (Syarat): ditambahkan, predikat tertinggi bila tidak terpenuhi BB",
    ]);
  });

  it("node structure: moved, group ↔ indicator, per-node rounding, order", () => {
    const a = copy(demoDefinition as RubricDefinition);
    const b = copy(a);
    const [a1] = b.nodes[0].children.splice(0, 1);
    b.nodes[1].children.push(a1);
    b.nodes[2].rounding = { places: 2, mode: "down", source: { regulation: "x", confirmed: true } };
    b.nodes.reverse();
    const { figures, provenance } = diffRubrics(a as RubricDefinition, b as RubricDefinition);
    expect(texts(figures)).toEqual([
      "Aspek C: pembulatan tidak ada → 2 desimal, ke bawah (dipotong)",
      "Indikator a1: dipindah Aspek A → Aspek B",
    ]);
    expect(texts(provenance)).toEqual(["Rubrik: urutan a, b, c, d, e, f → f, e, d, c, b, a"]);
  });

  it("refuses what is not a rubric", () => {
    expect(codeOf(() => diffRubrics("pekppp@2099.1", "pekppp@2022.1"))).toBe("UNKNOWN_RUBRIC");
    expect(codeOf(() => diffRubrics(null as never, "pekppp@2022.1"))).toBe("INVALID_INPUT");
    expect(codeOf(() => diffRubrics("pekppp@2022.1", "pekppp@2022.1", { lang: "fr" as never }))).toBe("INVALID_INPUT");
  });

  it("every built-in against every other of its scheme: plain JSON, every change has a path and a text", () => {
    const ids = [
      "pekppp@2017.1",
      "pekppp@2022.1",
      "ombudsman@2013.1",
      "ombudsman@2024.1",
      "ombudsman@2025.1",
      "rb@2014.1",
      "rb@2020.1",
      "rb@2023.1",
      "sakip@2015.1",
      "sakip@2021.1",
    ];
    for (const x of ids)
      for (const y of ids) {
        if (x.split("@")[0] !== y.split("@")[0]) continue;
        const d = diffRubrics(x, y);
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
        for (const c of [...d.figures, ...d.provenance]) {
          expect(c.path.length).toBeGreaterThan(0);
          expect(c.text).not.toMatch(/undefined|\[object|: $/);
        }
      }
  });
});
