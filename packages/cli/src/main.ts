// Entry of the `tandem` command: builds the command tree and turns errors into exit codes.
// User mistakes print one sentence and exit 2; anything else is a bug and prints its stack (exit 1).
import { Command, CommanderError } from 'commander'
import { isUserError, SOFTWARE_VERSION } from '@tandem/proto'
import { registerAdmin } from './commands/admin.js'
import { registerBench } from './commands/bench.js'
import { registerCoordinator } from './commands/coordinator.js'
import { registerData } from './commands/data.js'
import { registerDemo } from './commands/demo.js'
import { registerModel } from './commands/model.js'
import { registerPlan } from './commands/plan.js'
import { registerWorker } from './commands/worker.js'

export function buildProgram(): Command {
  const program = new Command('tandem')
    .description('Train large language models on donated GPUs: pipeline + data parallel over libp2p.')
    .version(SOFTWARE_VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
  for (const register of [
    registerDemo,
    registerCoordinator,
    registerWorker,
    registerAdmin,
    registerModel,
    registerData,
    registerPlan,
    registerBench,
  ]) {
    register(program)
  }
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
  const program = buildProgram()
  try {
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
