// `tandem bench data`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerBenchData(bench: Command): void {
  bench.command('data').description('(not built yet)')
}
