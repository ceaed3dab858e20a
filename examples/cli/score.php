<?php
/**
 * Score with the kinerja CLI from PHP (proc_open): one unit, or many units in one call (NDJSON).
 *
 *     php examples/cli/score.php pekppp@2022.1 examples/cli/pekppp-unit.json
 *     php examples/cli/score.php --batch pekppp@2022.1 units.ndjson
 *
 * The command comes from the KINERJA_CLI environment variable (default "npx kinerja"); point it at an installed
 * copy for speed, e.g. KINERJA_CLI="node /var/www/app/node_modules/kinerja/dist/cli.js".
 *
 * Exit codes of the CLI: 0 success, 2 bad input (with --json-errors, stderr's last line is
 * {"error": {"code", "path", "rule", "message", "details"}}), 1 anything else.
 * Results are plain JSON with decimals as strings ("3.68"): keep them as strings (or bcmath), never float.
 */

declare(strict_types=1);

/** Bad input (exit code 2): the CLI's code, path (e.g. ["answers", "1.a.Ak"]), rule and message. */
final class KinerjaInputError extends RuntimeException
{
    public function __construct(public readonly array $error)
    {
        parent::__construct($error['message']);
    }
}

/** Runs the CLI with $stdin on its standard input; returns [exit code, stdout, stderr]. */
function kinerja_run(array $args, string $stdin = ''): array
{
    $cli = getenv('KINERJA_CLI') ?: 'npx kinerja';
    // An array command runs without a shell: no quoting problems with rubric ids or file names.
    $command = array_merge(preg_split('/\s+/', trim($cli)), $args);
    $process = proc_open($command, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    if (!is_resource($process)) {
        throw new RuntimeException('cannot start kinerja');
    }
    // Fine for one unit or a few thousand lines; for very large batches, pass a file path instead of stdin.
    fwrite($pipes[0], $stdin);
    fclose($pipes[0]);
    $stdout = stream_get_contents($pipes[1]);
    $stderr = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    return [proc_close($process), $stdout, $stderr];
}

/** One unit: $input is ['answers' => [...]] (or ['points' => [...]]); returns the ScoreResult as an array. */
function kinerja_score(string $rubric, array $input): array
{
    [$code, $stdout, $stderr] = kinerja_run(['score', $rubric, '-', '--json-errors'], json_encode($input, JSON_THROW_ON_ERROR));
    if ($code === 0) {
        return json_decode($stdout, true, 512, JSON_THROW_ON_ERROR);
    }
    $lines = preg_split('/\R/', trim($stderr));
    $last = end($lines);
    if ($code === 2 && is_string($last) && str_starts_with($last, '{')) {
        throw new KinerjaInputError(json_decode($last, true, 512, JSON_THROW_ON_ERROR)['error']);
    }
    throw new RuntimeException("kinerja exited with $code: " . trim($stderr));
}

/**
 * Many units in one process: $units is a list of ['unit' => name, 'answers' => [...]].
 * Returns one record per unit, in order: ['line', 'unit', 'result'] or ['line', 'unit', 'error'].
 */
function kinerja_score_many(string $rubric, array $units): array
{
    $ndjson = '';
    foreach ($units as $unit) {
        $ndjson .= json_encode($unit, JSON_THROW_ON_ERROR) . "\n";
    }
    [$code, $stdout, $stderr] = kinerja_run(['score', $rubric, '--batch', '-'], $ndjson);
    if ($code !== 0 && $code !== 2) { // 2: some units failed; their records carry the error
        throw new RuntimeException("kinerja exited with $code: " . trim($stderr));
    }
    $records = [];
    foreach (preg_split('/\R/', trim($stdout)) as $line) {
        if ($line !== '') {
            $records[] = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
        }
    }
    return $records;
}

function kinerja_describe(array $result): string
{
    $p = $result['predicate'];
    $label = $p ? "{$p['code']} {$p['label']['id']}" : 'no predicate';
    $confirmed = $result['confirmed'] ? 'true' : 'false';
    return "{$result['rubric']}: {$result['value']} ($label), confirmed: $confirmed";
}

function main(array $argv): int
{
    if (($argv[0] ?? '') === '--batch') {
        [, $rubric, $path] = $argv;
        $units = [];
        foreach (file($path, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
            $units[] = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
        }
        $failed = 0;
        foreach (kinerja_score_many($rubric, $units) as $record) {
            $name = $record['unit'] ?? "line {$record['line']}";
            if (isset($record['error'])) {
                $failed++;
                echo "$name: {$record['error']['code']} {$record['error']['message']}\n";
            } else {
                echo "$name: " . kinerja_describe($record['result']) . "\n";
            }
        }
        return $failed > 0 ? 2 : 0;
    }

    [$rubric, $path] = $argv;
    $input = json_decode(file_get_contents($path), true, 512, JSON_THROW_ON_ERROR);
    try {
        $result = kinerja_score($rubric, $input);
    } catch (KinerjaInputError $e) {
        $where = implode('', array_map(fn ($p) => is_int($p) ? "[$p]" : '[' . json_encode($p) . ']', $e->error['path']));
        fwrite(STDERR, "bad input {$e->error['code']} at " . ($where ?: '(root)') . ": {$e->getMessage()} (rule: {$e->error['rule']})\n");
        return 2;
    }
    echo kinerja_describe($result) . "\n";
    if ($result['gap']) {
        $gap = $result['gap'];
        echo "to {$gap['next']['code']}: {$gap['points']} points (target {$gap['target']})\n";
    }
    return 0;
}

exit(main(array_slice($argv, 1)));
