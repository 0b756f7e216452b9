// `tandem model`: GPT-J training math from the command line. Each subcommand registers itself.
import type { Command } from 'commander'
import { registerModelInit } from './model-init.js'

export function registerModel(program: Command): void {
  const model = program.command('model').description('GPT-J: initialise, run and check the training math')
  registerModelInit(model)
}
