import { parseArgs } from 'node:util';
import { formatTable } from '../bench/report.js';
import { runBench } from '../bench/run-bench.js';
import { FULL_SIZES, TINY_SIZES } from '../bench/sizes.js';

const USAGE = `Usage: npm run bench -- [--json] [--tiny]
  --json   print one JSON object with every figure, the cores and the Node version
  --tiny   a run of a few seconds at a small scale, to check the benchmark itself works`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, tiny: { type: 'boolean', default: false } },
  });
  const sizes = values.tiny ? TINY_SIZES : FULL_SIZES;
  // Progress goes to stderr so that `--json` leaves stdout with the one object alone.
  const figures = await runBench(sizes, (step) => process.stderr.write(`bench: ${step}\n`));
  process.stdout.write(values.json ? `${JSON.stringify(figures)}\n` : `${formatTable(figures)}\n`);
}

main().then(
  // The fake Discord's sockets and timers may linger for a moment; the figures are out.
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? `${message}\n${USAGE}\n`
        : `bench failed: ${message}\n`,
    );
    process.exit(1);
  },
);
