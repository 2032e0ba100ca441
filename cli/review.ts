/**
 * Batch review: `npm run -s review -- [--format json|text|sarif] [--doc-type T] FILE... | -`.
 * Thin entry: everything lives in lib/cli (main(argv, io) returns the exit code; see --help).
 */
import { main } from '../lib/cli/main';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); // e.g. piped into head
  throw e;
});

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
