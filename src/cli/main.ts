// The `frontline` command. Each subcommand lives in its own file under commands/ and
// registers itself here; this file only wires them and turns errors into exit codes.
import { Command, CommanderError } from 'commander';
import { EXIT, FrontlineError } from '../core/index.js';
import * as extract from './commands/extract.js';
import * as evaluate from './commands/eval.js';
import * as ingest from './commands/ingest.js';
import * as queries from './commands/queries.js';
import * as exportCmd from './commands/export.js';
import * as serve from './commands/serve.js';
import * as boundaries from './commands/boundaries.js';
import * as demo from './commands/demo.js';

export function buildProgram(): Command {
  const program = new Command('frontline')
    .description('Who controls which place, since when, and according to whom: sourced control maps from conflict reporting.')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of [extract, evaluate, ingest, queries, exportCmd, serve, boundaries, demo]) command.register(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof FrontlineError) {
      process.stderr.write(`frontline: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`frontline: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.software;
  }
}

// `frontline map | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    throw err;
  });
}

process.exitCode = await run(process.argv);
