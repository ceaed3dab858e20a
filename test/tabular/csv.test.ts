import { describe, expect, it } from "vitest";
import { answersFromCsvRow, createCsvReader, csvLine, parseCsv, toCsv } from "../../src/tabular/csv.js";
import { errorOf } from "../helpers.js";

describe("parseCsv (RFC 4180)", () => {
  it("reads plain and quoted fields, doubled quotes, commas and line breaks inside quotes", () => {
    expect(parseCsv('unit,1.a.Ak\n"Dinas ""A"", Kota",5\n"two\r\nlines",4\n')).toEqual([
      ["unit", "1.a.Ak"],
      ['Dinas "A", Kota', "5"],
      ["two\r\nlines", "4"],
    ]);
  });

  it("takes \\n, \\r\\n and \\r line breaks, with or without a final one", () => {
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps empty fields, skips completely empty lines, drops a byte-order mark, never trims", () => {
    expect(parseCsv("\uFEFFa,b,c\n,, \n\n\n1,,\n")).toEqual([
      ["a", "b", "c"],
      ["", "", " "],
      ["1", "", ""],
    ]);
    // A record of one empty field is written "" (an empty line is skipped).
    expect(parseCsv('x\n""\n')).toEqual([["x"], [""]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("refuses a stray quote, text after a closing quote, and an unclosed quote, naming the line", () => {
    const stray = errorOf(() => parseCsv('a,b\n1,x"y\n'));
    expect(stray.code).toBe("INVALID_INPUT");
    expect(stray.message).toContain("CSV line 2");
    expect(stray.path).toEqual(["csv", 2]);
    expect(stray.rule).toContain("RFC 4180");
    expect(errorOf(() => parseCsv('a\n"x"y\n')).message).toContain("after a closing quote");
    const open = errorOf(() => parseCsv('a\n1\n"never\nclosed\n'));
    expect(open.message).toContain("CSV line 3");
    expect(open.message).toContain("never closed");
    expect(errorOf(() => parseCsv(5 as unknown as string)).code).toBe("INVALID_INPUT");
  });

  it("reads the same records whether the text comes whole, line by line or character by character", () => {
    const text = 'unit,a,b\r\n"X, ""quoted""",1,2\r\n"multi\nline",3,4\r\nlast,5,6';
    const whole = parseCsv(text);
    const byLine = createCsvReader();
    const lines = text.split(/(?<=\n)/);
    const got = [...lines.flatMap((l) => byLine.push(l)), ...byLine.end()].map((r) => r.fields);
    expect(got).toEqual(whole);
    const byChar = createCsvReader();
    const got2 = [...[...text].flatMap((c) => byChar.push(c)), ...byChar.end()];
    expect(got2.map((r) => r.fields)).toEqual(whole);
    // Each record says the line it starts on (the multi-line record starts on 3; the last on 5).
    expect(got2.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });
});

describe("toCsv", () => {
  it("writes a header and one record per row, quoting only where RFC 4180 needs it", () => {
    expect(
      toCsv([
        { unit: 'Dinas "A", Kota', value: "3.68", ok: true, n: 2 },
        { unit: "two\nlines", value: null, extra: undefined },
      ]),
    ).toBe('unit,value,ok,n,extra\n"Dinas ""A"", Kota",3.68,true,2,\n"two\nlines",,,,\n');
  });

  it("takes the columns and the line break to use", () => {
    expect(toCsv([{ a: "1", b: "2" }], { columns: ["b", "a"], newline: "\r\n" })).toBe("b,a\r\n2,1\r\n");
    expect(toCsv([], { columns: ["x"] })).toBe("x\n");
  });

  it("round-trips through parseCsv", () => {
    const rows = [
      { a: ' lead,"q"', b: "x\r\ny" },
      { a: "", b: "-1" },
    ];
    const [header, ...records] = parseCsv(toCsv(rows));
    expect(header).toEqual(["a", "b"]);
    expect(records).toEqual(rows.map((r) => [r.a, r.b]));
  });

  it("refuses what is not a row or a cell", () => {
    expect(errorOf(() => toCsv("x" as never)).path).toEqual(["rows"]);
    expect(errorOf(() => toCsv([null as never])).path).toEqual(["rows", 0]);
    expect(errorOf(() => toCsv([{ a: { id: "x" } as never }])).path).toEqual(["rows", 0, "a"]);
    expect(csvLine(["a", 1, null])).toBe("a,1,");
  });
});

describe("answersFromCsvRow", () => {
  const header = ["unit", "1.a.Ak", "2.a.P"];

  it("maps a row to the unit and its answers, leaving empty cells out and cells as written", () => {
    expect(answersFromCsvRow(header, ["Dinkes", "5", "4.0"])).toEqual({
      unit: "Dinkes",
      answers: { "1.a.Ak": "5", "2.a.P": "4.0" },
    });
    expect(answersFromCsvRow(["ID", "U1"], ["7", ""])).toEqual({ unit: "7", answers: {} });
    expect(answersFromCsvRow(["U1", "U2"], ["B", " 3"])).toEqual({ answers: { U1: "B", U2: " 3" } });
  });

  it("refuses a row of another length and a header that cannot name answers", () => {
    const short = errorOf(() => answersFromCsvRow(header, ["x"]));
    expect([short.code, short.path, short.rule]).toEqual(["INVALID_INPUT", ["row"], "as many fields as the header"]);
    expect(errorOf(() => answersFromCsvRow(["a", "a"], ["1", "2"])).message).toContain("twice");
    expect(errorOf(() => answersFromCsvRow(["a", ""], ["1", "2"])).path).toEqual(["header", 1]);
    expect(errorOf(() => answersFromCsvRow(["unit", "id"], ["1", "2"])).rule).toBe("at most one unit (or id) column");
    expect(errorOf(() => answersFromCsvRow("a" as never, [])).code).toBe("INVALID_INPUT");
  });
});
