// `tandem coordinator`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerCoordinator(program: Command): void {
  program.command('coordinator').description('(not built yet)')
}
