// `tandem admin`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerAdmin(program: Command): void {
  program.command('admin').description('(not built yet)')
}
