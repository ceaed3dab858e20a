import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { aggregate, deriveRubric, getRubric, listIndicators, score } from "../../src/index.js";
import { predicateBadge, profileChart, trendChart } from "../../src/svg/index.js";
import { CILEGON_2024, INSTANSI_2022_2024, ZONE_RESULTS } from "../fixtures/ombudsman/published.js";
import { CILEGON_2021, CILEGON_2022, WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";
import { extremes, PARAMETERS_2020 } from "../fixtures/rb/worksheets.js";
import { codeOf } from "../helpers.js";

const pekppp = getRubric("pekppp@2022.1");
const answers = Object.fromEntries(
  listIndicators(pekppp).map((ind, k) => [ind.code, WORKED_EXAMPLE_2022.answers[k] as number]),
);
const worked = score(pekppp, { answers });
const cilegon2024 = aggregate("ombudsman@2024.1", CILEGON_2024.units);
const published = (year: number, name: string) =>
  [...INSTANSI_2022_2024, ...ZONE_RESULTS].find((r) => r.year === year && r.name === name)?.value as string;
const skm = score("skm@2017.1", {
  answers: { U1: "3.5", U2: 3, U3: 3, U4: "2.4", U5: 3, U6: "3.8", U7: 3, U8: 3, U9: "3.17" },
});

/** rsvg-convert (Debian librsvg2-bin), when installed: the SVG must parse and render. */
function rsvg(): boolean {
  try {
    execFileSync("rsvg-convert", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const HAS_RSVG = rsvg();

/** Checks every chart: one <svg> root, pixel numbers with at most two decimals, no NaN, escaped text. */
function wellFormed(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  expect(svg).not.toMatch(/NaN|Infinity|undefined|\[object/);
  for (const [, name, value] of svg.matchAll(/ (x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"]*)"/g))
    expect(value, `${name}="${value}"`).toMatch(/^-?\d+(\.\d{1,2})?$/);
  // Between tags: no raw < or stray & (only entities).
  for (const [, content] of svg.matchAll(/>([^<]*)</g)) expect(content).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  if (HAS_RSVG) {
    const png = execFileSync("rsvg-convert", ["-f", "png"], { input: svg, maxBuffer: 1 << 24 });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  }
}

describe("kinerja/svg", () => {
  it("profileChart: the reference note's worked example, six aspects against their full marks", async () => {
    const svg = profileChart(worked, { title: "Contoh unit layanan (worked example)" });
    wellFormed(svg);
    expect(svg.match(/data-code="/g)).toHaveLength(6);
    // Kebijakan Pelayanan: 0.924 of 24% × 5 = 1.2; Sarana dan Prasarana 0.6228 of 0.9.
    expect(svg).toContain(">0.924 / 1.2 (77%)<");
    expect(svg).toContain(">0.6228 / 0.9 (69%)<");
    expect(svg).toContain("pekppp@2022.1 · nilai 3.68 · B Baik (belum terkonfirmasi)");
    await expect(svg).toMatchFileSnapshot("__snapshots__/profile-pekppp.svg");
  });

  it("profileChart: SKM elements (1/9 weights) print rounded figures, parameters come from the result", async () => {
    const svg = profileChart(skm);
    wellFormed(svg);
    expect(svg).toContain(">9.72 / 11.11 (88%)<");
    await expect(svg).toMatchFileSnapshot("__snapshots__/profile-skm.svg");
    const rb = score("rb@2020.1", { answers: extremes(getRubric("rb@2020.1"), "best"), parameters: PARAMETERS_2020 });
    const rbSvg = profileChart(rb, { lang: "en" });
    wellFormed(rbSvg);
    expect(rbSvg).toContain(">60 / 60 (100%)<");
    expect(rbSvg).toContain(">40 / 40 (100%)<");
    expect(rbSvg).toContain("points scored");
  });

  it("profileChart in a narrow sidebar: each label above its bar, the legend on two lines", async () => {
    const svg = profileChart(worked, { width: 388, title: "Profil aspek" });
    wellFormed(svg);
    expect(svg).toContain('width="388"');
    expect(svg).toContain(">Sistem Informasi Pelayanan Publik (SIPP)<");
    await expect(svg).toMatchFileSnapshot("__snapshots__/profile-pekppp-narrow.svg");
    expect(codeOf(() => profileChart(worked, { width: 100 }))).toBe("INVALID_INPUT");
    expect(codeOf(() => profileChart(worked, { width: 500.5 }))).toBe("INVALID_INPUT");
  });

  it("profileChart from published aspect points, and a derived rubric passed as options.rubric", () => {
    const fromPoints = score(pekppp, {
      points: {
        kebijakan: "1.2",
        sdm: "1",
        sarpras: "0.5",
        sipp: "0.4",
        "konsultasi-pengaduan": "0.3",
        inovasi: "0.2",
      },
    });
    expect(profileChart(fromPoints)).toContain(">1.2 / 1.2 (100%)<");
    const mine = deriveRubric(pekppp, { weights: { kebijakan: "30", sdm: "19" } }, { id: "pekppp-cilegon@2024.1" });
    const result = score(mine, { answers });
    expect(codeOf(() => profileChart(result))).toBe("UNKNOWN_RUBRIC");
    expect(profileChart(result, { rubric: mine })).toContain(">1.155 / 1.5 (77%)<");
  });

  it("predicateBadge: PEKPPP B and Kota Cilegon's Ombudsman 2024 A in the green zone", async () => {
    const b = predicateBadge(worked);
    wellFormed(b);
    expect(b).toContain('aria-label="B Baik: 3.68"');
    expect(b).toContain("belum terkonfirmasi");
    await expect(b).toMatchFileSnapshot("__snapshots__/badge-pekppp.svg");
    const a = predicateBadge(cilegon2024, { title: "Kota Cilegon 2024" });
    wellFormed(a);
    expect(cilegon2024.value).toBe(CILEGON_2024.published);
    expect(a).toContain("zona hijau");
    expect(a).toContain('fill="#2e7d32"');
    await expect(a).toMatchFileSnapshot("__snapshots__/badge-ombudsman.svg");
  });

  it("predicateBadge without official bands says so, in grey", () => {
    const opini = score("ombudsman@2025.1", { answers: { dimensi: "90", kepercayaan: "80" } });
    expect(opini.predicate).toBeNull();
    const svg = predicateBadge(opini);
    wellFormed(svg);
    expect(svg).toContain(">Tanpa predikat<");
    expect(svg).toContain('fill="#78909c"');
    expect(predicateBadge(opini, { lang: "en" })).toContain(">No predicate<");
  });

  it("trendChart: Kota Cilegon's Ombudsman compliance 2021, 2023, 2024 on the 2024 categories", async () => {
    const svg = trendChart(
      [
        { year: 2021, value: published(2021, "Kota Cilegon"), note: "zona kuning (2021 rubric)" },
        { year: 2023, value: published(2023, "Kota Cilegon") },
        { year: 2024, result: cilegon2024 },
      ],
      { title: "Kota Cilegon: kepatuhan standar pelayanan publik" },
    );
    wellFormed(svg);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    for (const v of ["77.66", "89.45", "95.31"]) expect(svg).toContain(`>${v}<`);
    expect(svg).toContain("rentang predikat: ombudsman@2024.1");
    await expect(svg).toMatchFileSnapshot("__snapshots__/trend-ombudsman.svg");
  });

  it("trendChart: PEKPPP on nine bands, with period labels spaced evenly", async () => {
    const svg = trendChart(
      [
        { year: CILEGON_2021.assessmentYear, value: CILEGON_2021.value },
        { year: CILEGON_2022.assessmentYear, value: CILEGON_2022.value },
      ],
      { rubric: "pekppp@2022.1", title: "Kota Cilegon: IPP" },
    );
    wellFormed(svg);
    expect(svg).toContain(">4.50<");
    await expect(svg).toMatchFileSnapshot("__snapshots__/trend-pekppp.svg");
    const quarters = trendChart(
      [
        { year: "TW I", value: "3.1" },
        { year: "TW II", value: "3.4" },
        { year: "TW III", value: 3.9 },
      ],
      { rubric: pekppp },
    );
    wellFormed(quarters);
    expect(quarters).toContain(">3.9<");
  });

  it("escapes every text: titles, labels and notes never become markup", () => {
    const evil = `<script>alert("x")</script> & 'q' \u0001`;
    for (const svg of [
      profileChart(worked, { title: evil }),
      predicateBadge(worked, { title: evil }),
      trendChart([{ year: evil, value: "3", note: evil }], { rubric: pekppp, title: evil }),
    ]) {
      wellFormed(svg);
      expect(svg).not.toContain("<script");
      expect(svg).toContain("&lt;script&gt;");
      expect(svg).not.toContain("\u0001");
    }
  });

  it("refuses what it cannot draw", () => {
    expect(codeOf(() => profileChart(cilegon2024 as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => profileChart(worked, { lang: "fr" as never }))).toBe("INVALID_INPUT");
    expect(codeOf(() => predicateBadge(null as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => trendChart([]))).toBe("INVALID_INPUT");
    expect(codeOf(() => trendChart([{ year: 2024, value: "3" }]))).toBe("UNKNOWN_RUBRIC");
    expect(codeOf(() => trendChart([{ year: 2024, value: "6" }], { rubric: pekppp }))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => trendChart([{ year: 2024.5, value: "3" }], { rubric: pekppp }))).toBe("INVALID_INPUT");
    expect(codeOf(() => trendChart([{ year: 2024, value: "x" }], { rubric: pekppp }))).toBe("INVALID_INPUT");
  });
});
