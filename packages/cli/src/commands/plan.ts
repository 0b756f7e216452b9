// `tandem plan`: what-if placement. Plans RUN.json on a described cluster and prints the chosen
// placement, its predicted step time, tokens/s and breakdown, next to the naive and random
// placements of the same shape.
// The planner loads inside the action, so that --help stays quick.
import type { placement } from '@tandem/coordinator'
import { UserError } from '@tandem/proto/errors'
import type { Command } from 'commander'
import { parseIntOption, printJson } from '../options.js'

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description("plan a run's placement on a described cluster: stages, replicas, devices, predicted step time")
    .requiredOption('--cluster <file>', 'CLUSTER.json: devices (speed, memory, site) and links (see examples/clusters)')
    .requiredOption('--run <file>', 'RUN.json: model, batch, codecs, parallelism (see examples/runs)')
    .option('--seed <n>', 'seed of the search (same seed, same plan)', parseIntOption('--seed', { min: 0, max: 2 ** 31 - 1 }), 1)
    .option('--budget <n>', 'evaluations the search may spend', parseIntOption('--budget', { min: 1, max: 10_000_000 }))
    .option('--bound', 'also plan the same devices with every link as good as the best one, and with free links: how fast any placement could be (triples planning time)')
    .option('--json', 'print one JSON document')
    .action(async (opts: { cluster: string; run: string; seed: number; budget?: number; bound?: boolean; json?: boolean }) => {
      const { placement, loadRunConfig, resolveModelConfig } = await import('@tandem/coordinator')
      const { formatBytes } = placement
      const run = await loadRunConfig(opts.run)
      const model = await resolveModelConfig(run)
      const workload = placement.workloadFromRun(run)
      const cluster = placement.resolveCluster(await placement.loadClusterFile(opts.cluster), model, workload)
      const report = placement.planReport(
        cluster,
        model,
        workload,
        { seed: opts.seed, ...(opts.budget === undefined ? {} : { iterations: opts.budget }) },
        { bound: opts.bound === true },
      )
      if (!report.ok) throw new UserError(`${opts.cluster}: ${report.reasons.join(' ')}`, { reasons: report.reasons }, 'E_NO_PLAN')
      if (opts.json) {
        printJson({ cluster: cluster.name, devices: cluster.devices.length, run: run.name, ...report })
        return
      }
      const sites = new Set(cluster.devices.map((d) => d.site)).size
      const lines = [
        `${run.name} on ${cluster.name} (${cluster.devices.length} devices, ${sites} sites): ${model.nLayer} layers, width ${model.nEmbd}; seq ${run.seqLen}, global batch ${run.globalBatch}, micro-batch ${run.microBatch}, ${run.precision}, ${run.schedule}; activations ${run.compression.activations.forward}/${run.compression.activations.backward}, updates ${run.compression.updates.codec}`,
        '',
        `Tandem: ${report.shape!.stages} stages x ${report.shape!.replicas} replicas, layers ${report.tandem!.layers.join('/')}`,
        ...describe(report.tandem!),
        ...report.tandem!.stages.map(
          (st, s) =>
            `  stage ${s}: layers ${st.layers[0]}-${st.layers[1]}, ${formatBytes(st.memoryBytes)} of ${formatBytes(st.smallestDeviceBytes)}, ${sec(st.computeS)}/micro-batch, sync ${sec(st.syncS)}: ${st.devices.join(' ')}`,
        ),
        '',
        'Naive (same shape, devices in listed order, data-parallel groups first):',
        ...describe(report.naive!),
        `Random (same shape, median of ${placement.RANDOM_BASELINE_SAMPLES} seeded shuffles, ${Math.round(report.random!.feasibleFraction * 100)}% fit in memory):`,
        ...describe(report.random!),
        '',
        ...(report.bound ? bounded(report.bound) : []),
        `${versus('naive', report.speedup!.vsNaive)}; ${versus('random', report.speedup!.vsRandom)}. Planned in ${(report.search.elapsedMs / 1000).toFixed(1)} s (${report.search.evaluations.toLocaleString('en')} evaluations over ${report.search.shapes} shapes, seed ${report.search.seed}${report.search.stoppedEarly ? ', stopped at the time bound' : ''}).`,
      ]
      process.stdout.write(`${lines.join('\n')}\n`)
    })
}

function describe(e: placement.EstimateSummary): string[] {
  const b = e.breakdown
  const head = `  step ${sec(e.stepS)}, ${Math.round(e.tokensPerS).toLocaleString('en')} tokens/s (${e.microBatches} micro-batches per replica)`
  const parts = `  compute ${sec(b.computeS)} + pipeline transfer ${sec(b.transferS)} + bubble ${sec(b.bubbleS)} + data-parallel sync ${sec(b.syncS)}`
  return e.feasible ? [head, parts] : [`${head}: does not fit in memory: ${e.reasons[0]}`, parts]
}

function bounded(b: placement.NetworkFreeBound): string[] {
  const line = (what: string, l: placement.LinkBound) =>
    `${what} (${l.shape.stages} stages x ${l.shape.replicas} replicas): step ${sec(l.stepS)}; Tandem is ${l.tandemOverBound.toFixed(2)}x above it${l.naiveOverBound === null ? '' : `, naive ${l.naiveOverBound.toFixed(2)}x`}.`
  return [
    line('Bound with every link as good as the best one', b.bestLink),
    line('Network-free bound (every link free)', b),
    `Compute floor (every FLOP over all devices): ${sec(b.computeFloorS)}.`,
    '',
  ]
}

/** Seconds, in ms below one second (tiny models step in milliseconds). */
const sec = (s: number) => (s < 1 ? `${(s * 1000).toFixed(s < 0.01 ? 2 : 0)} ms` : `${s.toFixed(2)} s`)
const versus = (name: string, r: number | null) =>
  r === null ? `the ${name} placement does not fit in memory` : `Tandem is ${r.toFixed(2)}x faster than ${name}`
