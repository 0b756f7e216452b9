// `tandem bench data`: tokenization and preparation throughput (MB/s of raw text, one core) and
// batch assembly time per step. Prints one JSON document.
import { existsSync } from 'node:fs'
import { UserError } from '@tandem/proto/errors'
import type { Command } from 'commander'
import { parseIntOption, printJson } from '../../options.js'

export function registerBenchData(bench: Command): void {
  bench
    .command('data')
    .description('tokenizer and preparation MB/s on one core, batch assembly ms per step (JSON)')
    .option('--json', 'print JSON (the only output form; accepted for symmetry with the other benchmarks)')
    .option('--mb <n>', 'megabytes of synthetic text to tokenize and prepare', parseIntOption('--mb', { min: 1, max: 4096 }), 8)
    .option('--text <file>', 'measure on this UTF-8 text file instead of synthetic text')
    .option('--steps <n>', 'steps timed for batch assembly', parseIntOption('--steps', { min: 1, max: 10_000 }), 10)
    .action(async (opts: { mb: number; text?: string; steps: number }) => {
      if (opts.text !== undefined && !existsSync(opts.text)) throw new UserError(`--text file '${opts.text}' does not exist.`)
      // Loaded here, so that `tandem bench --help` stays quick.
      const { runDataBench } = await import('@tandem/data/bench')
      printJson(await runDataBench({ mb: opts.mb, textFile: opts.text, steps: opts.steps }))
    })
}
