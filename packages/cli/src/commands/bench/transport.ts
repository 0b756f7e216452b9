// `tandem bench transport`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerBenchTransport(bench: Command): void {
  bench.command('transport').description('(not built yet)')
}
