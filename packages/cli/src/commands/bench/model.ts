// `tandem bench model`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerBenchModel(bench: Command): void {
  bench.command('model').description('(not built yet)')
}
