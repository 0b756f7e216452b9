// `tandem worker`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerWorker(program: Command): void {
  program.command('worker').description('(not built yet)')
}
