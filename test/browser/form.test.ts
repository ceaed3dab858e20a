/**
 * The PEKPPP self-assessment page (examples/browser/) in headless Chromium: built with the
 * browser bundle, opened from disk, every indicator filled, the page's own result asserted.
 * Skipped when no Chromium binary (Debian: `apt-get install chromium`) or puppeteer-core is found.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listIndicators } from "../../src/index.js";
import { verifyResult } from "../../src/pinning/index.js";
import { WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** CHROMIUM_PATH when set (a path that does not exist means "none"), else the usual Debian/Ubuntu locations. */
function findChromium(): string | null {
  const given = process.env.CHROMIUM_PATH;
  if (given !== undefined && given !== "") return existsSync(given) ? given : null;
  const candidates = [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

function hasPuppeteer(): boolean {
  return existsSync(`${root}node_modules/puppeteer-core/package.json`);
}

const chromium = findChromium();
const RUBRIC = "pekppp@2022.1"; // the rubric of the reference note's worked example (test/pekppp/golden.test.ts)
const codes = listIndicators(RUBRIC).map((i) => i.code);

// Minimal typing of the puppeteer-core calls used here (it is an optional dev dependency).
interface Page {
  goto(url: string, options?: object): Promise<unknown>;
  on(
    event: "pageerror" | "console",
    fn: (arg: { message?: string; type?: () => string; text?: () => string }) => void,
  ): void;
  waitForSelector(selector: string, options?: object): Promise<unknown>;
  $$eval<T>(selector: string, fn: (elements: Element[]) => T): Promise<T>;
  $eval<T>(selector: string, fn: (element: Element) => T): Promise<T>;
  select(selector: string, ...values: string[]): Promise<string[]>;
  waitForFunction(fn: string, options?: object): Promise<unknown>;
  setViewport(viewport: { width: number; height: number }): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const available = chromium !== null && hasPuppeteer();

// CI sets KINERJA_REQUIRE_BROWSER=1 where Chromium is installed: then a missing browser is a failure, not a skip.
it.runIf(process.env.KINERJA_REQUIRE_BROWSER === "1")(
  "the browser test can run (Chromium and puppeteer-core found)",
  () => {
    expect(chromium, "no Chromium: apt-get install -y chromium, or set CHROMIUM_PATH").not.toBeNull();
    expect(hasPuppeteer(), "puppeteer-core is not installed (npm ci)").toBe(true);
  },
);

describe.skipIf(!available)("browser example: PEKPPP self-assessment form", () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ["scripts/build-browser-example.mjs"], { cwd: root, stdio: "pipe" });
    const puppeteer = (await import("puppeteer-core")).default as unknown as {
      launch(options: object): Promise<Browser>;
    };
    browser = await puppeteer.launch({
      executablePath: chromium as string,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--allow-file-access-from-files"],
    });
    page = await browser.newPage();
    page.on("pageerror", (e) => errors.push(String(e.message ?? e)));
    page.on("console", (m) => {
      if (m.type?.() === "error") errors.push(m.text?.() ?? "");
    });
    await page.setViewport({ width: 1280, height: 900 });
    const url = pathToFileURL(`${root}examples/browser/index.html`);
    url.searchParams.set("rubric", RUBRIC);
    await page.goto(url.href, { waitUntil: "load" });
    await page.waitForSelector("#form select");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("builds one field per indicator, in official order, and says how many are missing", async () => {
    expect(await page.$eval("#rubric-id", (e) => e.textContent)).toBe(RUBRIC);
    expect(await page.$$eval("#form select", (els) => els.map((e) => (e as HTMLSelectElement).name))).toEqual(codes);
    expect(await page.$$eval("#form fieldset", (els) => els.length)).toBe(6);
    expect(await page.$eval("#status", (e) => e.textContent)).toBe("30 dari 30 indikator belum diisi.");
    expect(await page.$eval("#value", (e) => e.textContent)).toBe("–");
  });

  it("computes the reference note's worked example: 3.6848 → 3.68 → B, and a result verifyResult accepts", async () => {
    for (const [i, code] of codes.entries())
      await page.select(`select[name="${code}"]`, String(WORKED_EXAMPLE_2022.answers[i]));
    await page.waitForFunction('document.getElementById("value").textContent === "3.68"', { timeout: 10_000 });
    expect(await page.$eval("#value", (e) => e.textContent)).toBe(WORKED_EXAMPLE_2022.value);
    expect(await page.$eval("#exact", (e) => e.textContent)).toBe(WORKED_EXAMPLE_2022.exact);
    expect(await page.$eval("#predicate-code", (e) => e.textContent)).toBe(WORKED_EXAMPLE_2022.code);
    expect(await page.$eval("#predicate-label", (e) => e.textContent)).toBe("Baik");
    expect(await page.$eval("#gap", (e) => e.textContent)).toBe(
      "Menuju A- (Sangat Baik): perlu 4.01, kurang 0.33 poin.",
    );
    expect(await page.$eval("#badge svg", (e) => e.getAttribute("aria-label"))).toBe("B Baik: 3.68");
    expect(await page.$$eval("#profile svg g[data-code]", (els) => els.length)).toBe(6);
    // The JSON the page offers to store is a { result, input } envelope that re-scores to itself.
    const stored = await page.$eval("#stored", (e) => e.textContent ?? "");
    expect(verifyResult(stored)).toMatchObject({ ok: true, rescored: true });
    mkdirSync(`${root}examples/out`, { recursive: true });
    await page.screenshot({ path: `${root}examples/out/browser-form.png`, fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it("clearing one answer brings back the count, and the result goes away", async () => {
    await page.select(`select[name="${codes[0]}"]`, "");
    await page.waitForFunction('document.getElementById("value").textContent === "–"', { timeout: 10_000 });
    expect(await page.$eval("#status", (e) => e.textContent)).toBe("1 dari 30 indikator belum diisi.");
    expect(await page.$eval("#stored", (e) => e.textContent)).toBe("");
    expect(errors).toEqual([]);
  }, 30_000);
});
