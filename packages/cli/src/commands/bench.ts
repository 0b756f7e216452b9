// `tandem bench …`: benchmarks that print JSON. Each area registers its own subcommand.
import type { Command } from 'commander'
import { registerBenchCodecs } from './bench/codecs.js'
import { registerBenchData } from './bench/data.js'
import { registerBenchModel } from './bench/model.js'
import { registerBenchPlan } from './bench/plan.js'
import { registerBenchTransport } from './bench/transport.js'

export function registerBench(program: Command): void {
  const bench = program
    .command('bench')
    .description('benchmarks: each prints a JSON document (speed and memory are stated here, never asserted in tests)')
  registerBenchModel(bench)
  registerBenchData(bench)
  registerBenchCodecs(bench)
  registerBenchPlan(bench)
  registerBenchTransport(bench)
}
