// `tandem plan`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerPlan(program: Command): void {
  program.command('plan').description('(not built yet)')
}
