/** docs/cli.md includes the recipes verbatim (so the tested files are what the page shows) and covers every command. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const doc = readFileSync("docs/cli.md", "utf8");

describe("docs/cli.md", () => {
  it("includes each recipe file exactly (update the page when a recipe changes)", () => {
    const includes = [...doc.matchAll(/<!-- include: (\S+) -->\n```\w+\n([\s\S]*?)```\n/g)];
    expect(includes.map((m) => m[1])).toEqual(["examples/cli/score.py", "examples/cli/score.php"]);
    for (const [, file, body] of includes) expect(body, file).toBe(readFileSync(file as string, "utf8"));
  });

  it("documents every command, the exit codes and both batch formats", () => {
    for (const c of ["rubrics", "score", "aggregate", "explain", "schema", "diff", "verify"])
      expect(doc).toContain(`### \`kinerja ${c}\``);
    for (const text of ["| `0` |", "| `2` |", "| `1` |", "--json-errors", "**NDJSON.**", "**CSV**", "KINERJA_CLI"])
      expect(doc).toContain(text);
  });
});
