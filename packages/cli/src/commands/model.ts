// `tandem model`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerModel(program: Command): void {
  program.command('model').description('(not built yet)')
}
