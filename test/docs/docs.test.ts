/**
 * The documentation users read (README, the typedoc site's guides, the Indonesian pages) stays true:
 * - docs/sources.md is what scripts/gen-sources-doc.ts makes of the current rubric data;
 * - no page links to, embeds or names a file users do not have (src/, test/, the research notes);
 * - every relative link points to a file that exists, and the charts shown are the test suite's snapshots;
 * - the typedoc site renders every guide, with module names that are the import paths (kinerja/pekppp);
 * - every scheme page has its Bahasa Indonesia page, and each links to the other.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSourcesDoc } from "../../scripts/gen-sources-doc.js";

/** Pages about kinerja's own source code, for contributors: kept in the repository, not on the site. */
const CONTRIBUTOR_DOCS = ["docs/architecture.md", "docs/engine-v2-semantics.md"];

const typedoc = JSON.parse(readFileSync("typedoc.json", "utf8")) as {
  projectDocuments: string[];
  entryPoints: string[];
};
const { entries } = JSON.parse(readFileSync("entries.json", "utf8")) as {
  entries: Array<{ subpath: string; source: string }>;
};
const mdIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => `${dir}/${f}`)
    .sort();
const userDocs = [...mdIn("docs").filter((f) => !CONTRIBUTOR_DOCS.includes(f)), ...mdIn("docs/id")];
const pages = ["README.md", ...userDocs];

/** Markdown links and images: [text](target) and ![alt](target), outside code blocks. */
function linksOf(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, "");
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
}

describe("docs/sources.md", () => {
  it("is current: `npx tsx scripts/gen-sources-doc.ts` writes it from the rubric data", () => {
    expect(readFileSync("docs/sources.md", "utf8")).toBe(renderSourcesDoc());
  });

  it("explains the tags the data cites, with links where they have one", () => {
    const doc = readFileSync("docs/sources.md", "utf8");
    for (const tag of ["S3", "S11", "S16", "C1", "C4", "C8"])
      expect(doc).toMatch(new RegExp(`\\| \\*\\*${tag}\\*\\* \\| .+\\]\\(https?://`));
  });
});

describe("the pages users read", () => {
  it("are all on the typedoc site (contributor pages excepted)", () => {
    expect([...typedoc.projectDocuments].sort()).toEqual([...userDocs].sort());
  });

  for (const page of pages)
    it(`${page}: names no file users do not have, and every relative link resolves`, () => {
      const text = readFileSync(page, "utf8");
      // src/…, test/…, the research notes: not in the package, not on the site.
      expect(text.match(/(?<![\w@/.-])(?:\.\.\/)*(?:src|test|shared|bench)\/[\w./-]+/g) ?? []).toEqual([]);
      for (const link of linksOf(text)) {
        if (/^(https?:|mailto:|#)/.test(link)) continue;
        const file = normalize(join(dirname(page), link.replace(/#.*$/, "")));
        expect(existsSync(file), `${page} links to ${link}`).toBe(true);
      }
    });

  it("show the charts the SVG tests keep as snapshots (docs/images/*.svg are copies)", () => {
    for (const file of readdirSync("docs/images").filter((f) => f.endsWith(".svg")))
      expect(readFileSync(`docs/images/${file}`, "utf8"), file).toBe(
        readFileSync(`test/svg/__snapshots__/${file}`, "utf8"),
      );
  });
});

describe("module names are the import paths", () => {
  for (const entry of entries) {
    const name = entry.subpath === "." ? "kinerja" : `kinerja/${entry.subpath.slice(2)}`;
    it(`${entry.source} is documented as ${name}`, () => {
      const text = readFileSync(entry.source, "utf8");
      const first = /^\/\*\*[\s\S]*?\*\//.exec(text)?.[0] ?? "";
      expect(first).toMatch(new RegExp(`@module ${name.replace("/", "\\/")}\\s*\\n`));
    });
  }
});

describe("Bahasa Indonesia", () => {
  for (const scheme of ["pekppp", "skm", "ombudsman", "rb", "sakip", "capaian"])
    it(`docs/id/${scheme}.md exists and links to docs/${scheme}.md (and back)`, () => {
      expect(readFileSync(`docs/id/${scheme}.md`, "utf8")).toContain(`](../${scheme}.md)`);
      expect(readFileSync("docs/guide.md", "utf8")).toContain(`](id/${scheme}.md)`);
    });

  it("has a getting-started page linked from the guide", () => {
    expect(readFileSync("docs/guide.md", "utf8")).toContain("](id/mulai.md)");
    expect(readFileSync("docs/id/mulai.md", "utf8")).toMatch(/^---\ntitle: Mulai/);
  });
});
