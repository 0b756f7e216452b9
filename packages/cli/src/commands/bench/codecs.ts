// `tandem bench codecs`: placeholder until its issue lands.
import type { Command } from 'commander'

export function registerBenchCodecs(bench: Command): void {
  bench.command('codecs').description('(not built yet)')
}
