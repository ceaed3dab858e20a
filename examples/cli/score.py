#!/usr/bin/env python3
"""
Score with the kinerja CLI from Python (subprocess): one unit, or many units in one call (NDJSON).

    python3 examples/cli/score.py pekppp@2022.1 examples/cli/pekppp-unit.json
    python3 examples/cli/score.py --batch pekppp@2022.1 units.ndjson

The command comes from the KINERJA_CLI environment variable (default "npx kinerja"); point it at an installed copy
for speed, e.g. KINERJA_CLI="node /srv/app/node_modules/kinerja/dist/cli.js".

Exit codes of the CLI: 0 success, 2 bad input (with --json-errors, stderr's last line is
{"error": {"code", "path", "rule", "message", "details"}}), 1 anything else.
Results are plain JSON with decimals as strings ("3.68"): keep them as strings (or decimal.Decimal), never float.
"""
import json
import os
import shlex
import subprocess
import sys

KINERJA = shlex.split(os.environ.get("KINERJA_CLI", "npx kinerja"))


class KinerjaInputError(Exception):
    """Bad input (exit code 2): code, path (e.g. ["answers", "1.a.Ak"]), rule and message, as the CLI reports it."""

    def __init__(self, error):
        super().__init__(error["message"])
        self.code = error["code"]
        self.path = error["path"]
        self.rule = error["rule"]
        self.details = error.get("details", {})


def kinerja(args, stdin=""):
    """Runs the CLI; returns stdout, raises KinerjaInputError on exit code 2 and RuntimeError on anything else."""
    proc = subprocess.run([*KINERJA, *args, "--json-errors"], input=stdin, capture_output=True, text=True)
    if proc.returncode == 0:
        return proc.stdout
    if proc.returncode == 2 and proc.stderr.strip():
        last = proc.stderr.strip().splitlines()[-1]
        if last.startswith("{"):
            raise KinerjaInputError(json.loads(last)["error"])
    raise RuntimeError(f"kinerja exited with {proc.returncode}: {proc.stderr.strip()}")


def score(rubric, score_input):
    """One unit: score_input is {"answers": {...}} (or {"points": {...}}); returns the ScoreResult as a dict."""
    return json.loads(kinerja(["score", rubric, "-"], json.dumps(score_input)))


def score_many(rubric, units):
    """Many units in one process: units is a list of {"unit": name, "answers": {...}}.
    Returns one record per unit, in order: {"line", "unit", "result"} or {"line", "unit", "error"}."""
    ndjson = "".join(json.dumps(u) + "\n" for u in units)
    proc = subprocess.run([*KINERJA, "score", rubric, "--batch", "-"], input=ndjson, capture_output=True, text=True)
    if proc.returncode not in (0, 2):  # 2: some units failed; their records carry the error
        raise RuntimeError(f"kinerja exited with {proc.returncode}: {proc.stderr.strip()}")
    return [json.loads(line) for line in proc.stdout.splitlines()]


def describe(result):
    predicate = result["predicate"]
    label = f"{predicate['code']} {predicate['label']['id']}" if predicate else "no predicate"
    return f"{result['rubric']}: {result['value']} ({label}), confirmed: {str(result['confirmed']).lower()}"


def main(argv):
    if argv[:1] == ["--batch"]:
        rubric, path = argv[1], argv[2]
        with open(path, encoding="utf-8") as f:
            units = [json.loads(line) for line in f if line.strip()]
        failed = 0
        for record in score_many(rubric, units):
            name = record.get("unit", f"line {record['line']}")
            if "error" in record:
                failed += 1
                print(f"{name}: {record['error']['code']} {record['error']['message']}")
            else:
                print(f"{name}: {describe(record['result'])}")
        return 2 if failed else 0

    rubric, path = argv[0], argv[1]
    with open(path, encoding="utf-8") as f:
        score_input = json.load(f)
    try:
        result = score(rubric, score_input)
    except KinerjaInputError as e:
        where = "".join(f"[{p}]" if isinstance(p, int) else f"[{json.dumps(p)}]" for p in e.path)
        print(f"bad input {e.code} at {where or '(root)'}: {e} (rule: {e.rule})", file=sys.stderr)
        return 2
    print(describe(result))
    if result["gap"]:
        gap = result["gap"]
        print(f"to {gap['next']['code']}: {gap['points']} points (target {gap['target']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
