// `tandem data`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerData(program: Command): void {
  program.command('data').description('(not built yet)')
}
