// `tandem bench plan`: the placement planner on the shipped clusters (examples/clusters). Per
// scenario: predicted step time of Tandem's plan vs the naive and random placements of the same
// shape, the ratio, and planning time; then one worker leaves and re-planning is compared with
// planning from scratch (bytes of state moved). Predictions of the cost model, not measurements.
import { readdir } from 'node:fs/promises'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
// The planner and the presets load inside the action, so that `tandem bench --help` stays quick.
import type { GPTJConfig } from '@tandem/model'
import type { placement, RunConfig } from '@tandem/coordinator'
import { UserError } from '@tandem/proto/errors'
import type { Command } from 'commander'
import { parseIntOption, printJson } from '../../options.js'

const EXAMPLES = fileURLToPath(new URL('../../../../../examples/', import.meta.url))

interface Workload {
  name: string
  model: GPTJConfig
  run: RunConfig
  replan: boolean
}

async function workloads(): Promise<Workload[]> {
  const { PRESETS } = await import('@tandem/model')
  const { loadRunConfig, parseRunConfig } = await import('@tandem/coordinator')
  /** GPT-J-shaped at GPT-3 XL size (24 layers, width 2048, 16 heads): the model Yuan et al. 2022 placed. */
  const GPT_1_3B: GPTJConfig = { ...PRESETS['gptj-6b'], nEmbd: 2048, nLayer: 24, nHead: 16, nInner: 8192 }
  const paper = { seqLen: 2048, globalBatch: 256, microBatch: 1, precision: 'fp16', schedule: '1f1b', parallelism: 'auto' }
  const gptjt = await loadRunConfig(`${EXAMPLES}runs/gptjt-6b.json`)
  return [
    {
      name: 'gpt-1.3b uncompressed (fp16 activations and updates, as in the paper)',
      model: GPT_1_3B,
      run: parseRunConfig(
        { ...paper, compression: { activations: { forward: 'fp16', backward: 'fp16' }, updates: { codec: 'fp16' } } },
        'bench',
      ),
      replan: false,
    },
    {
      name: "gpt-1.3b compressed (Tandem's defaults: q4/q8 activations, CocktailSGD updates)",
      model: GPT_1_3B,
      run: parseRunConfig(paper, 'bench'),
      replan: true,
    },
    {
      name: 'gptj-6b compressed (examples/runs/gptjt-6b.json with parallelism auto, 1f1b)',
      model: PRESETS['gptj-6b'],
      run: { ...gptjt, parallelism: 'auto', schedule: '1f1b' },
      replan: false,
    },
  ]
}

export function registerBenchPlan(bench: Command): void {
  bench
    .command('plan')
    .description('placement: predicted step time of the plan vs naive and random placements, planning time, state moved by re-planning')
    .option('--scenario <text>', 'only clusters or workloads whose name contains this')
    .option('--seed <n>', 'seed of the search', parseIntOption('--seed', { min: 0, max: 2 ** 31 - 1 }), 1)
    .option('--budget <n>', 'evaluations per planning call', parseIntOption('--budget', { min: 1, max: 10_000_000 }))
    .option('--json', 'print one JSON document')
    .action(async (opts: { scenario?: string; seed: number; budget?: number; json?: boolean }) => {
      const { placement } = await import('@tandem/coordinator')
      const files = (await readdir(`${EXAMPLES}clusters`)).filter((f) => f.endsWith('.json')).sort()
      const options = { seed: opts.seed, ...(opts.budget === undefined ? {} : { iterations: opts.budget }) }
      const results: unknown[] = []
      for (const file of files) {
        const spec = await placement.loadClusterFile(`${EXAMPLES}clusters/${file}`)
        for (const wl of await workloads()) {
          if (opts.scenario && !`${spec.name} ${wl.name}`.includes(opts.scenario)) continue
          const w = placement.workloadFromRun(wl.run)
          const cluster = placement.resolveCluster(spec, wl.model, w)
          // CPU time as well as wall time: on a shared machine the wall clock overstates the search.
          const cpu0 = process.cpuUsage()
          const report = placement.planReport(cluster, wl.model, w, options)
          const cpu = process.cpuUsage(cpu0)
          // The network-free bound: the same search on the same devices with free links (timed apart).
          const cpuB = process.cpuUsage()
          const bound = report.ok ? placement.networkFreeBound(cluster, wl.model, w, planOf(report), options) : undefined
          const cpuBound = process.cpuUsage(cpuB)
          const row: Record<string, unknown> = {
            cluster: spec.name,
            devices: cluster.devices.length,
            workload: wl.name,
            ok: report.ok,
            reasons: report.reasons,
            planningMs: report.search.elapsedMs,
            planningCpuMs: (cpu.user + cpu.system) / 1000,
            evaluations: report.search.evaluations,
            stoppedEarly: report.search.stoppedEarly,
          }
          if (report.ok) {
            const brief = (e: placement.EstimateSummary) => ({ feasible: e.feasible, stepS: e.stepS, tokensPerS: e.tokensPerS, breakdown: e.breakdown })
            Object.assign(row, {
              shape: report.shape,
              layers: report.tandem!.layers,
              tandem: brief(report.tandem!),
              naive: brief(report.naive!),
              random: { ...brief(report.random!), feasibleFraction: report.random!.feasibleFraction },
              speedup: report.speedup,
              bound,
              boundCpuMs: (cpuBound.user + cpuBound.system) / 1000,
            })
            if (wl.replan) {
              // The worker that leaves: replica 0 of the middle stage.
              const plan = planOf(report)
              const leaving = plan.devices[Math.floor(plan.devices.length / 2)]![0]!
              const cpuR = process.cpuUsage()
              row.replan = placement.replanReport(cluster, wl.model, w, plan, leaving, options)
              const cpuRe = process.cpuUsage(cpuR)
              // Both searches of the re-plan (from scratch, then under the move-aware objective).
              row.replanCpuMs = (cpuRe.user + cpuRe.system) / 1000
            }
          }
          results.push(row)
          process.stderr.write(line(row))
        }
      }
      if (results.length === 0) throw new UserError(`no scenario matches '${opts.scenario}'.`)
      const out = {
        note: 'Predicted by the cost model (docs/placement.md), not measured on these clusters.',
        cpu: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        seed: opts.seed,
        scenarios: results,
      }
      if (opts.json) printJson(out)
    })
}

/** Tandem's plan back from a report. */
function planOf(report: placement.PlanReport): placement.PlacementPlan {
  return { stages: report.tandem!.stages.map((s) => ({ start: s.layers[0], end: s.layers[1] + 1 })), devices: report.tandem!.stages.map((s) => s.devices) }
}

function line(row: Record<string, unknown>): string {
  const head = `${String(row.cluster).padEnd(18)} ${String(row.workload).split(' (')[0]!.padEnd(24)}`
  if (!row.ok) return `${head} no plan: ${(row.reasons as string[]).join(' ')}\n`
  const t = row.tandem as { stepS: number }
  const n = row.naive as { stepS: number; feasible: boolean }
  const r = row.random as { stepS: number; feasible: boolean }
  const shape = row.shape as { stages: number; replicas: number }
  const fmt = (e: { stepS: number; feasible: boolean }) => (e.feasible ? `${e.stepS.toFixed(2)} s (${(e.stepS / t.stepS).toFixed(2)}x)` : 'does not fit')
  const b = row.bound as placement.NetworkFreeBound | undefined
  const over = (l: placement.LinkBound) =>
    `${l.shape.stages}x${l.shape.replicas} ${l.stepS.toFixed(2)} s (Tandem ${l.tandemOverBound.toFixed(2)}x it, naive ${l.naiveOverBound === null ? '-' : l.naiveOverBound.toFixed(2)}x)`
  const floor = b ? ` | best-link ${over(b.bestLink)} | network-free ${over(b)} | compute floor ${b.computeFloorS.toFixed(2)} s` : ''
  let s = `${head} ${shape.stages}x${shape.replicas} step ${t.stepS.toFixed(2)} s | naive ${fmt(n)} | random ${fmt(r)}${floor} | planned in ${(Number(row.planningMs) / 1000).toFixed(1)} s (${(Number(row.planningCpuMs) / 1000).toFixed(1)} s CPU)\n`
  const re = row.replan as placement.ReplanReport | { error: string } | undefined
  if (re && 'replan' in re) {
    const gb = (b: number) => `${(b / 1e9).toFixed(2)} GB`
    const repaired = re.replan.repairedStepS === null ? 'cannot be repaired' : `repaired: step ${re.replan.repairedStepS.toFixed(2)} s`
    // Objective: step + move amortised, what re-planning minimises (the repaired plan wins ties within the margin).
    s += `${' '.repeat(44)}re-plan (${(Number(row.replanCpuMs) / 1000).toFixed(1)} s CPU) after ${re.left} leaves (${repaired}): ${re.replan.decision}, moves ${gb(re.replan.movedBytes)} (step ${re.replan.stepS.toFixed(2)} s, objective ${re.replan.objectiveS.toFixed(2)} s) vs from scratch ${gb(re.fromScratch.movedBytes)} (step ${re.fromScratch.stepS.toFixed(2)} s, objective ${re.fromScratch.objectiveS.toFixed(2)} s)\n`
  }
  return s
}
