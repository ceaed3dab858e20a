/**
 * Writes docs/sources.md: the key to every source tag the rubric data uses (S1…, C1…), built from the data.
 *
 * - Every `Source` of every built-in rubric (and of the supersession records) is read; the tags its texts
 *   mention (S3, C4, S16b, …) are collected with the rubrics that cite them.
 * - Each tag is explained by the data's own address list: the `S…`/`C…` entries of the exported link tables in
 *   src/data/<scheme>/sources.ts, with their doc comments. A tag the data cites without an address there is
 *   explained by UNLINKED below; a tag explained nowhere fails the generation (and the test).
 * - Then, per scheme, every regulation or document the figures cite, with how many figures cite it and how many
 *   of those are unconfirmed.
 *
 * Run: npx tsx scripts/gen-sources-doc.ts   (test/docs/sources.test.ts fails when docs/sources.md is stale)
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { SUPERSEDED } from "../src/data/supersessions.js";
import { getRubric, listRubrics } from "../src/index.js";

/** A source tag as the data writes it: S1…S21 (pages and documents), C1…C10 (public code), S16b. */
const TAG = /\b([SC]\d{1,2}b?)\b/g;

/**
 * Tags the data cites whose address is not in a link table of src/data (public code whose repository the research
 * did not identify, or a page without a stable address). Paraphrased from the research notes' source list.
 */
const UNLINKED: Readonly<Record<string, { readonly what: string; readonly href?: string }>> = {
  C2: {
    what: "Kutai Barat PEKPPP app (TypeScript/Prisma): indicator weights seed and report action; repository not identified",
  },
  C3: { what: "Kota Probolinggo PEKPPP app (Django seed): indicator weights; repository not identified" },
  C7: {
    what: "brayenid/pekppp-guide: a PEKPPP site guide whose lower predicate rows contradict the implementations (treated as an error)",
    href: "https://github.com/brayenid/pekppp-guide/tree/cc27e2df92d9840d3c0e9babcdf53d044ed5fa3e",
  },
  C9: { what: "a JavaScript getPredikat function (PEKPPP predicate table); repository not identified" },
  C10: {
    what: "an Excel-formula comment in two Blade/PHP views (strict 'greater than' PEKPPP cut-offs); repositories not identified",
  },
  S9: {
    what: "GoodStats: the 2024 province IPP statistic (KepmenPAN-RB 659/2024)",
    href: "https://data.goodstats.id",
  },
  S16b: { what: "pdfs.asia: the F-02 form of the 17/2017 instrument", href: "https://pdfs.asia/form-f-02.html" },
};

interface TagInfo {
  what: string;
  links: Array<{ href: string; note?: string }>;
}

/** The S…/C… entries of every exported link table in src/data/<scheme>/sources.ts, with their doc comments. */
function linkTables(): Map<string, TagInfo> {
  const out = new Map<string, TagInfo>();
  const dir = fileURLToPath(new URL("../src/data/", import.meta.url));
  for (const scheme of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const file = `${dir}${scheme.name}/sources.ts`;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node)) {
        const value = ts.isStringLiteral(node.initializer) ? node.initializer.text : null;
        // The comment's raw text ("@bfc6717a" in a comment is a commit, not a JSDoc tag).
        const doc = (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [])
          .map((r) => text.slice(r.pos, r.end))
          .filter((c) => c.startsWith("/**"))
          .map((c) => c.replace(/^\/\*\*|\*\/$/g, "").replace(/^\s*\* ?/gm, ""))
          .join(" ")
          .trim();
        const m = /^([SC]\d{1,2}b?)\b[,:]?\s*(.*)$/s.exec(doc);
        if (value?.startsWith("http") && m) {
          const [, tag = "", rest = ""] = m;
          const what = rest.replace(/\s+/g, " ").trim();
          const known = out.get(tag);
          if (known) known.links.push({ href: value, note: what });
          else out.set(tag, { what, links: [{ href: value }] });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

interface SourceLike {
  readonly regulation: string;
  readonly part?: string;
  readonly text?: string;
  readonly note?: string;
  readonly href?: string;
  readonly confirmed: boolean;
}

const isSource = (v: unknown): v is SourceLike =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { regulation?: unknown }).regulation === "string" &&
  typeof (v as { confirmed?: unknown }).confirmed === "boolean";

/** Every Source in a value, once per place it is used (rubric data is a tree: no cycles). */
function sourcesOf(value: unknown, out: SourceLike[] = [], depth = 0): SourceLike[] {
  if (typeof value !== "object" || value === null || depth > 64) return out;
  if (isSource(value)) out.push(value);
  for (const child of Object.values(value)) sourcesOf(child, out, depth + 1);
  return out;
}

const tagsIn = (s: SourceLike): string[] => [
  ...new Set(
    [s.regulation, s.part, s.text, s.note].flatMap((t) => [...(t ?? "").matchAll(TAG)].map((m) => m[1] as string)),
  ),
];

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
const byTag = (a: string, b: string) => {
  const [, ka = "", na = "0", sa = ""] = /^([SC])(\d+)(b?)$/.exec(a) ?? [];
  const [, kb = "", nb = "0", sb = ""] = /^([SC])(\d+)(b?)$/.exec(b) ?? [];
  return ka !== kb ? (ka === "S" ? -1 : 1) : Number(na) - Number(nb) || sa.localeCompare(sb); // not-a-score: tag order
};

/** "2022.1, 2022.2" for the rubric ids of one scheme. */
const versions = (ids: Iterable<string>): string =>
  [...ids]
    .map((id) => id.slice(id.indexOf("@") + 1))
    .sort()
    .join(", ");

export function renderSourcesDoc(): string {
  const rubrics = listRubrics().map((r) => getRubric(r.id));
  const citing = new Map<string, Set<string>>();
  const cite = (tag: string, by: string) => {
    const set = citing.get(tag) ?? new Set<string>();
    set.add(by);
    citing.set(tag, set);
  };
  const regulations = new Map<string, Map<string, { figures: number; unconfirmed: number; rubrics: Set<string> }>>();
  for (const rubric of rubrics)
    for (const source of sourcesOf(rubric)) {
      for (const tag of tagsIn(source)) cite(tag, rubric.id);
      const scheme = regulations.get(rubric.scheme) ?? new Map();
      regulations.set(rubric.scheme, scheme);
      const entry = scheme.get(source.regulation) ?? { figures: 0, unconfirmed: 0, rubrics: new Set<string>() };
      entry.figures++;
      if (!source.confirmed) entry.unconfirmed++;
      entry.rubrics.add(rubric.id);
      scheme.set(source.regulation, entry);
    }
  for (const s of SUPERSEDED)
    for (const source of sourcesOf(s)) for (const tag of tagsIn(source)) cite(tag, `correction of ${s.id}`);
  for (const s of SUPERSEDED)
    for (const tag of [...s.reason.matchAll(TAG)].map((m) => m[1] as string)) cite(tag, `correction of ${s.id}`);

  const tables = linkTables();
  const missing = [...citing.keys()].filter((t) => !tables.has(t) && !UNLINKED[t]);
  if (missing.length > 0)
    throw new Error(`source tags cited by the data with no explanation: ${missing.join(", ")} (add them to UNLINKED)`);

  const lines: string[] = [
    "---",
    "title: Sources",
    "group: Guides",
    "---",
    "",
    "# Where the figures come from: the key to the source tags",
    "",
    "<!-- Generated by scripts/gen-sources-doc.ts from the rubric data; do not edit by hand. -->",
    "",
    "Every weight, scale, band and rounding rule in kinerja carries a `source`: the regulation or document, the part,",
    "a link where one exists, and `confirmed`. Many PEKPPP and SKM sources also name tags such as **S3** or **C4**. They",
    "are the source list of the research notes the data was compiled from: **S…** are public pages and documents,",
    "**C…** are public code of local-government applications. This page explains every tag the data uses and lists",
    "every regulation or document the figures cite. The research notes themselves are not part of the package; where a",
    'note in the data says "reference note §…", it names the section of those notes, and the tags below lead to the',
    "public sources they rest on.",
    "",
    "## What the words in the notes mean",
    "",
    "| Word | Meaning |",
    "|---|---|",
    "| CONFIRMED | Stated in at least one cited source. For PEKPPP and SKM the bar is higher: an official or semi-official KemenPAN-RB document agrees with at least one independent implementation. `confirmed: true`. |",
    "| CORROBORATED | Two or more independent sources agree. Treated as confirmed where the note says so. |",
    "| CODE-ONLY | Two or more independent local-government implementations agree, but no official text has been seen. `confirmed: false`. |",
    "| CONSISTENT | Not stated for that year, but every published result found fits it. `confirmed: false`. |",
    "| UNCONFIRMED | One source, conflicting sources, or an inference; the note gives the reason. `confirmed: false`. |",
    "",
    "A result is `confirmed: true` only when every figure it used is.",
    "",
    "## Source tags",
    "",
    "| Tag | What it is | Link | Cited by |",
    "|---|---|---|---|",
  ];
  for (const tag of [...citing.keys()].sort(byTag)) {
    const info: TagInfo = tables.get(tag) ?? {
      what: UNLINKED[tag]?.what ?? "",
      links: UNLINKED[tag]?.href ? [{ href: UNLINKED[tag]?.href as string }] : [],
    };
    const links = info.links
      .map((l, k) => `[${k === 0 ? "link" : cell(l.note ?? `link ${k + 1}`)}](${l.href})`)
      .join(", ");
    const by = [...(citing.get(tag) ?? [])].sort().join(", ");
    lines.push(`| **${tag}** | ${cell(info.what)} | ${links || "no public address"} | ${by} |`);
  }
  lines.push(
    "",
    "## Regulations and documents cited, by scheme",
    "",
    "How many figures (weights, scales, options, bands, rules, legal bases) of the shipped rubrics cite each",
    "regulation or document, counted once per rubric version that uses them, and how many of those are unconfirmed.",
    "The full text of each source, its part and its link are in the rubric data itself (`getRubric(id)`, every",
    "`source`), and `kinerja rubrics` summarises each rubric's confidence.",
  );
  for (const scheme of [...regulations.keys()].sort()) {
    lines.push(
      "",
      `### ${scheme}`,
      "",
      "| Regulation or document | Figures | Unconfirmed | Versions |",
      "|---|---|---|---|",
    );
    const rows = [...(regulations.get(scheme) ?? new Map()).entries()].sort(
      (a, b) => b[1].figures - a[1].figures || (a[0] < b[0] ? -1 : 1),
    );
    for (const [regulation, e] of rows)
      lines.push(`| ${cell(regulation)} | ${e.figures} | ${e.unconfirmed} | ${versions(e.rubrics)} |`);
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = fileURLToPath(new URL("../docs/sources.md", import.meta.url));
  writeFileSync(file, renderSourcesDoc());
  console.log("wrote docs/sources.md");
}
