// `tandem bench plan`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerBenchPlan(bench: Command): void {
  bench.command('plan').description('(not built yet)')
}
