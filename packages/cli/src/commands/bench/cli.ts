// `tandem bench cli`: how long the command line takes to answer --help, measured as the wall time
// of a child process (`node packages/cli/bin/tandem.js … --help`), next to a bare `node` and to a
// child that imports the daemon packages (what every --help paid before the groups became lazy).
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { BENCH_CLI_RUNS_DEFAULT } from '../../constants.js'
import { parseIntOption, printJson } from '../../options.js'

const CLI_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const BIN = resolve(CLI_DIR, 'bin/tandem.js')

/** The help screens measured: the top level and one command of each kind. */
const HELP_TARGETS: readonly (readonly string[])[] = [
  ['--help'],
  ['worker', 'start', '--help'],
  ['coordinator', 'start', '--help'],
  ['admin', 'status', '--help'],
  ['data', 'prepare', '--help'],
  ['model', 'init', '--help'],
  ['bench', '--help'],
]

interface Timing {
  command: string
  medianMs: number
  minMs: number
  runs: number
}

function timeChild(label: string, args: readonly string[], runs: number): Timing {
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, args, { cwd: CLI_DIR, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    const elapsed = performance.now() - t0
    if (r.status !== 0) throw new Error(`${label} exited with ${r.status}: ${(r.stderr ?? '').slice(0, 500)}`)
    ms.push(elapsed)
  }
  ms.sort((a, b) => a - b)
  return { command: label, medianMs: round(ms[Math.floor(ms.length / 2)]!), minMs: round(ms[0]!), runs }
}

const round = (x: number): number => Math.round(x * 10) / 10

export function registerBenchCli(bench: Command): void {
  bench
    .command('cli')
    .description("wall time of `tandem --help` and of each command group's --help in a child process (JSON)")
    .option('--json', 'print JSON (the only output form; accepted for symmetry with the other benchmarks)')
    .option('--runs <n>', 'runs per command (the median is reported)', parseIntOption('--runs', { min: 1, max: 100 }), BENCH_CLI_RUNS_DEFAULT)
    .action((opts: { runs: number }) => {
      const loadBefore = loadavg()
      const node = timeChild('node -e ""', ['-e', ''], opts.runs)
      const help = HELP_TARGETS.map((args) => timeChild(`tandem ${args.join(' ')}`, [BIN, ...args], opts.runs))
      const daemons = timeChild(
        'import @tandem/coordinator + @tandem/worker',
        ['--import', 'tsx', '--input-type=module', '-e', "await import('../proto/src/node-polyfills.ts'); await import('@tandem/coordinator'); await import('@tandem/worker')"],
        opts.runs,
      )
      const top = help[0]!
      printJson({
        bench: 'cli',
        node: process.version,
        loadAvg1m: round(loadBefore[0]!),
        loadAvg1mAfter: round(loadavg()[0]!),
        help,
        baselines: { bareNode: node, daemonPackagesImport: daemons },
        // The figure to watch: --help over a bare node start, and what loading the daemons would add.
        helpOverBareNodeMs: round(top.medianMs - node.medianMs),
        daemonImportOverHelp: round(daemons.medianMs / top.medianMs),
      })
    })
}
