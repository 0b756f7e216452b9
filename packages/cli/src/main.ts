// Entry of the `tandem` command: builds the command tree and turns errors into exit codes.
// User mistakes print one sentence and exit 2; anything else is a bug and prints its stack (exit 1).
// Only commander and the option parsers load here: each command group's module is imported when
// the command line names it (./lazy-commands.ts), and heavy packages inside its action.
import { Command, CommanderError } from 'commander'
import { isUserError } from '@tandem/proto/errors'
import { SOFTWARE_VERSION } from '@tandem/proto/version'
import { type CommandPath, commandPath, type LazyCommand, registerLazy } from './lazy-commands.js'

/** The top-level commands in --help order. */
export const COMMANDS: readonly LazyCommand[] = [
  {
    name: 'demo',
    description: 'train a tiny GPT-J with a coordinator and workers on loopback, kill and re-add a worker, export, generate',
    load: async () => (await import('./commands/demo.js')).registerDemo,
  },
  { name: 'coordinator', description: 'run the coordinator daemon of a training run', load: async () => (await import('./commands/coordinator.js')).registerCoordinator },
  { name: 'worker', description: 'run a worker daemon that donates this machine to a run', load: async () => (await import('./commands/worker.js')).registerWorker },
  {
    name: 'admin',
    description: 'steer a running coordinator: status, workers, drain, pause, checkpoints, tokens, export',
    load: async () => (await import('./commands/admin.js')).registerAdmin,
  },
  { name: 'model', description: 'GPT-J: initialise, run and check the training math', load: async () => (await import('./commands/model.js')).registerModel },
  { name: 'data', description: 'data pipeline: GPT-2 tokenizer, dataset preparation, the data cursor', load: async () => (await import('./commands/data.js')).registerData },
  {
    name: 'plan',
    description: "plan a run's placement on a described cluster: stages, replicas, devices, predicted step time",
    load: async () => (await import('./commands/plan.js')).registerPlan,
  },
  {
    name: 'checkpoint',
    description: 'portable checkpoints: pack one for another cluster, show what one holds',
    load: async () => (await import('./commands/checkpoint.js')).registerCheckpoint,
  },
  {
    name: 'bench',
    description: 'benchmarks: each prints a JSON document (speed and memory are stated here, never asserted in tests)',
    load: async () => (await import('./commands/bench.js')).registerBench,
  },
]

/**
 * The command tree. With argv, only the group it names is loaded (the rest are stubs for --help);
 * without, every command is (tests and the docs check parse against the whole tree).
 */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command('tandem')
    .description('Train large language models on donated GPUs: pipeline + data parallel over libp2p.')
    .version(SOFTWARE_VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
  const path: CommandPath = argv === undefined ? 'all' : commandPath(argv)
  await registerLazy(program, COMMANDS, path)
  // Every subcommand inherits error handling that throws instead of calling process.exit.
  const inherit = (cmd: Command): void => {
    for (const sub of cmd.commands) {
      sub.exitOverride()
      sub.showHelpAfterError('(run with --help for usage)')
      inherit(sub)
    }
  }
  inherit(program)
  return program
}

export async function main(argv: string[]): Promise<number> {
  try {
    const program = await buildProgram(argv)
    await program.parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage mistakes were already printed.
      return err.exitCode === 0 ? 0 : 2
    }
    if (isUserError(err)) {
      process.stderr.write(`tandem: ${err.message}\n`)
      return 2
    }
    process.stderr.write(`tandem: internal error (a bug; please report it with this trace):\n`)
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    return 1
  }
}
