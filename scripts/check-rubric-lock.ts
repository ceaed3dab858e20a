/**
 * CI check: published rubrics never change (`npx tsx scripts/check-rubric-lock.ts`, run by .ci/run).
 *
 * Fails when
 *  (a) an entry of rubrics.lock.json as committed in the previous commit (HEAD~1; HEAD's when there is no
 *      previous commit; the working file itself when git is unavailable) changed its hash or disappeared from
 *      the current rubrics.lock.json;
 *  (b) a built-in rubric's content hash differs from its lock entry;
 *  (c) a built-in rubric has no lock entry (run `npm run lock:rubrics`);
 *  (d) a lock entry has no built-in rubric (a published id was removed).
 * Prints one line on success. Regenerates nothing: `npm run lock:rubrics` adds entries, never rewrites them.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILTIN_RUBRICS } from "../src/registry/builtins.js";
import { BUILTIN_IDS_FILE, builtinIdsSource } from "./builtin-ids.js";
import { LOCK_FILE, rubricHash } from "./rubric-hash.js";

type Lock = Record<string, string>;

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function parseLock(text: string, where: string): Lock {
  const lock: unknown = JSON.parse(text);
  if (typeof lock !== "object" || lock === null || Array.isArray(lock))
    throw new Error(`${where}: rubrics.lock.json is not an object of id → hash`);
  for (const [id, hash] of Object.entries(lock))
    if (typeof hash !== "string") throw new Error(`${where}: the entry of ${id} is not a hash string`);
  return lock as Lock;
}

/** The lock file as committed at `rev`, or null when git, the commit or the file is not there. */
function committedLock(rev: string): Lock | null {
  let text: string;
  try {
    text = execFileSync("git", ["-C", root, "show", `${rev}:./rubrics.lock.json`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
  return parseLock(text, rev);
}

const current = parseLock(readFileSync(LOCK_FILE, "utf8"), "working tree");
const problems: string[] = [];

// (a) Entries committed before are immutable.
let baseline: [string, Lock] | null = null;
for (const rev of ["HEAD~1", "HEAD"]) {
  const lock = committedLock(rev);
  if (lock) {
    baseline = [rev, lock];
    break;
  }
}
if (baseline) {
  const [rev, lock] = baseline;
  for (const [id, hash] of Object.entries(lock)) {
    if (current[id] === undefined) problems.push(`${id} was in the lock at ${rev} and has disappeared from it`);
    else if (current[id] !== hash)
      problems.push(`${id}: its lock entry changed since ${rev} (${hash} → ${current[id]}); publish a new version id`);
  }
}

// The generated id table (src/data/builtinIds.ts) is the lock, as code.
if (readFileSync(BUILTIN_IDS_FILE, "utf8") !== builtinIdsSource(current))
  problems.push("src/data/builtinIds.ts is out of date with rubrics.lock.json: run `npm run lock:rubrics`");

// (b), (c) Every built-in rubric is locked with its current content hash.
const builtIn = new Set<string>();
for (const rubric of BUILTIN_RUBRICS) {
  builtIn.add(rubric.id);
  const hash = rubricHash(rubric);
  const locked = current[rubric.id];
  if (locked === undefined) problems.push(`${rubric.id} has no lock entry: run \`npm run lock:rubrics\``);
  else if (locked !== hash)
    problems.push(
      `${rubric.id} changed after publication (hash ${hash}, locked ${locked}): publish the correction under a new version id`,
    );
}

// (d) A published id stays shipped.
for (const id of Object.keys(current))
  if (!builtIn.has(id)) problems.push(`${id} is locked but no longer a built-in rubric: published ids stay shipped`);

if (problems.length > 0) {
  for (const p of problems) console.error(`rubric lock: ${p}`);
  process.exit(1);
}
const against = baseline
  ? `none of the ${Object.keys(baseline[1]).length} entries committed at ${baseline[0]} changed`
  : "git unavailable, so checked against the working file only";
console.log(
  `rubric lock OK: ${BUILTIN_RUBRICS.length} built-in rubrics match their ${Object.keys(current).length} lock entries; ${against}`,
);
