// # An SKM survey from raw answers
//
// SKM Bantul 2023, Dinas Pertanahan dan Tata Ruang (https://skm.bantulkab.go.id/skpd-45c48cce2e2d7fbdea1afc51c7c6ad26)
// publishes its nine element averages, 3.31 3.35 3.49 3.93 3.45 3.39 3.39 3.76 3.35, and its IKM, 87.28. The
// raw questionnaires are not published, so this notebook builds a survey of 100 respondents whose element
// averages are exactly the published ones, typed the way data-entry sheets keep them: scores 1–4, the option
// letters a–d and the printed words mixed. kinerja/schema checks every row (all problems at once, in Bahasa
// Indonesia and English), and kinerja/skm computes the IKM exactly: 87.28, as published.
//
// Run (after `npm run build`): npx tsx examples/notebooks/skm-survey.ts

// %% Imports.
import { validateRespondents } from "kinerja/schema";
import { skm2017v2, skmAnswerOptions, skmFromRespondents } from "kinerja/skm";

const PUBLISHED = { U1: 331, U2: 335, U3: 349, U4: 393, U5: 345, U6: 339, U7: 339, U8: 376, U9: 335 } as const; // × 1/100
const N = 100;
const codes = Object.keys(PUBLISHED) as Array<keyof typeof PUBLISHED>;

// %% The survey. Element u's average is (sum of its answers) / 100, so 331 means 31 respondents answered 4 and
// 69 answered 3. Which respondents is spread by a fixed permutation (37·r mod 100), so the rows look like a
// survey. Every third respondent's sheet keeps letters ("c", "d"), every fifth the printed words.
const rows = Array.from({ length: N }, (_, r) =>
  codes.map((code, u) => {
    const fours = PUBLISHED[code] - 3 * N;
    const score = (37 * r + 11 * u) % N < fours ? 4 : 3;
    const option = skmAnswerOptions(skm2017v2, code).find((o) => o.value === String(score));
    if (r % 3 === 0) return option?.letter ?? score;
    if (r % 5 === 0) return option?.label ?? score;
    return score;
  }),
);
console.log("The first six rows as entered");
console.table(rows.slice(0, 6).map((row) => Object.fromEntries(codes.map((c, u) => [c, row[u]]))));

// %% Checking the rows: a sheet with mistakes gets every problem at once, in both languages.
const withMistakes = [rows[0], [...(rows[1] ?? []).slice(0, 8), ""], ["d", "c", "5", "x", 3, 3, 3, 3, 3]];
const check = validateRespondents(skm2017v2, withMistakes);
if (!check.success) {
  console.log("A sheet with mistakes");
  console.table(check.issues.map((i) => ({ where: i.path.join(" "), code: i.code, pesan: i.message.id })));
  console.log(check.issues.map((i) => `  ${i.message.en}`).join("\n"));
}

// %% The real sheet: valid, and its rows come back as scores, ready for skmFromRespondents.
const valid = validateRespondents(skm2017v2, rows);
if (!valid.success) throw new Error(valid.issues.map((i) => i.message.en).join("\n"));
const ikm = skmFromRespondents(valid.data, { rubric: skm2017v2 });
console.log(`\n${ikm.respondents} respondents → IKM ${ikm.value} (exact ${ikm.exact})`);
console.log(`Mutu pelayanan ${ikm.predicate?.code}, kinerja unit "${ikm.predicate?.label.id}"`);
console.table(
  ikm.elements.map((e) => ({
    unsur: `${e.code} ${e.label.id}`,
    answered: e.answered,
    sum: e.sum,
    NRR: e.nrr,
    "NRR × 1/9 × 25": e.weighted.length > 12 ? `${e.weighted.slice(0, 11)}…` : e.weighted,
  })),
);
console.log("published: 87.28 B (Baik)");

// %% The printed weight 0.111 that many templates multiply by does not give the published figure.
const printed = skmFromRespondents(valid.data, { rubric: skm2017v2, weightMode: "printed" });
console.log(
  `with the printed weight 0.111: ${printed.value} (confirmed: ${printed.confirmed}); exact 1/9: ${ikm.value}`,
);
