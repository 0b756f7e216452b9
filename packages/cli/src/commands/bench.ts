// `tandem bench …`: benchmarks that print JSON. Each area registers its own subcommand; a
// subcommand's module loads only when the command line names it (see ../lazy-commands.ts), so
// `tandem bench --help` stays as quick as `tandem --help`.
import type { Command } from 'commander'
import { type CommandPath, type LazyCommand, registerLazy } from '../lazy-commands.js'

export const BENCHES: readonly LazyCommand[] = [
  {
    name: 'model',
    description: 'training step of a GPT-J preset: tokens/s and GFLOP/s vs a plain ONNX Runtime MatMul (JSON)',
    load: async () => (await import('./bench/model.js')).registerBenchModel,
  },
  { name: 'data', description: 'tokenizer and preparation MB/s on one core, batch assembly ms per step (JSON)', load: async () => (await import('./bench/data.js')).registerBenchData },
  {
    name: 'codecs',
    description: 'codec encode/decode GB/s per core, bytes vs fp32/fp16, reconstruction error; update codec compression',
    load: async () => (await import('./bench/codecs.js')).registerBenchCodecs,
  },
  {
    name: 'plan',
    description: 'placement: predicted step time of the plan vs naive and random placements, planning time, state moved by re-planning',
    load: async () => (await import('./bench/plan.js')).registerBenchPlan,
  },
  {
    name: 'plan-validate',
    description: 'placement cost model vs measured step time of 4 real workers on emulated links (2 sites), a few minutes',
    load: async () => (await import('./bench/plan-validate.js')).registerBenchPlanValidate,
  },
  {
    name: 'transport',
    description: 'tensor-frame throughput over a libp2p stream on loopback, raw stream and checksum speed',
    load: async () => (await import('./bench/transport.js')).registerBenchTransport,
  },
  { name: 'cli', description: 'wall time of `tandem --help` and of each command group\'s --help in a child process (JSON)', load: async () => (await import('./bench/cli.js')).registerBenchCli },
]

export async function registerBench(program: Command, path: CommandPath): Promise<void> {
  const bench = program
    .command('bench')
    .description('benchmarks: each prints a JSON document (speed and memory are stated here, never asserted in tests)')
  await registerLazy(bench, BENCHES, path)
}
