// `tandem bench plan-validate`: the placement cost model against measured step times. Four CPU
// workers on loopback in two emulated sites (link shaping in the transport), a few plans forced
// through a fixed layout, each plan's measured step time next to the model's prediction, and
// whether the model orders the plans as the measurements do (packages/worker/bench/plan-validate.ts).
import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { UserError } from '@tandem/proto'
import { parseChoice, parseFloatOption, parseIntOption, printJson } from '../../options.js'

interface Options {
  json?: boolean
  steps: number
  warmup: number
  plans?: string
  schedule: 'gpipe' | '1f1b'
  seq: number
  intraMbps: number
  intraMs: number
  interMbps: number
  interMs: number
  calibrate: boolean
  calibrateEach?: boolean
  repredict?: string
}

export function registerBenchPlanValidate(bench: Command): void {
  bench
    .command('plan-validate')
    .description('placement cost model vs measured step time of 4 real workers on emulated links (2 sites), a few minutes')
    .option('--json', 'print the JSON document only')
    .option('--steps <n>', 'steps measured per plan', parseIntOption('--steps', { min: 1, max: 1000 }), 6)
    .option('--warmup <n>', 'steps left out at the start of each plan', parseIntOption('--warmup', { min: 1, max: 1000 }), 3)
    .option('--plans <list>', 'only the plans whose name contains one of these comma-separated words (e.g. 4x1,1x4)')
    .option('--schedule <name>', 'gpipe or 1f1b', parseChoice('--schedule', ['gpipe', '1f1b'] as const), 'gpipe')
    .option('--seq <n>', 'tokens per sequence', parseIntOption('--seq', { min: 8, max: 2048 }), 64)
    .option('--intra-mbps <n>', 'bandwidth inside a site, Mbit/s', parseFloatOption('--intra-mbps', { min: 0.01 }), 400)
    .option('--intra-ms <n>', 'one-way latency inside a site, ms', parseFloatOption('--intra-ms', { min: 0 }), 1)
    .option('--inter-mbps <n>', 'bandwidth between the sites, Mbit/s', parseFloatOption('--inter-mbps', { min: 0.01 }), 40)
    .option('--inter-ms <n>', 'one-way latency between the sites, ms', parseFloatOption('--inter-ms', { min: 0 }), 30)
    .option('--no-calibrate', 'skip the unshaped run that measures the update exchange\'s own per-parameter work')
    .option('--calibrate-each', 'calibrate again right before every plan (one more unshaped run per plan), so each plan is predicted under the load it ran in')
    .option('--repredict <file>', 'run no workers: predict the measurements of an earlier --json output again with the current cost model')
    .action(async (opts: Options) => {
      const { PLANS, repredict, runPlanValidation } = await import('../../../../worker/bench/plan-validate.js')
      if (opts.repredict !== undefined) {
        let recorded: Parameters<typeof repredict>[0]
        try {
          recorded = JSON.parse(await readFile(opts.repredict, 'utf8'))
        } catch (err) {
          throw new UserError(`--repredict ${opts.repredict} is not a readable JSON file (${(err as Error).message}); give the output of an earlier --json run.`)
        }
        if (!Array.isArray(recorded?.plans) || typeof recorded.links !== 'object' || typeof recorded.run !== 'object') {
          throw new UserError(`--repredict ${opts.repredict} is not the output of 'tandem bench plan-validate --json' (no plans, links or run).`)
        }
        const result = repredict(recorded)
        if (opts.json === true) printJson(result)
        else printTable(result)
        return
      }
      const only = opts.plans?.split(',').map((s) => s.trim()).filter((s) => s !== '')
      if (only !== undefined && !PLANS.some((p) => only.some((s) => p.name.includes(s)))) {
        throw new UserError(`--plans '${opts.plans}' matches none of the plans: ${PLANS.map((p) => p.name).join('; ')}.`)
      }
      const result = await runPlanValidation({
        steps: opts.steps,
        warmupSteps: opts.warmup,
        intra: { mbps: opts.intraMbps, latencyMs: opts.intraMs },
        inter: { mbps: opts.interMbps, latencyMs: opts.interMs },
        schedule: opts.schedule,
        seqLen: opts.seq,
        calibrate: opts.calibrate,
        calibrateEach: opts.calibrateEach === true,
        ...(only === undefined ? {} : { only }),
        progress: (line: string) => process.stderr.write(`${line}\n`),
      })
      if (opts.json === true) printJson(result)
      else printTable(result)
    })
}

type Result = Awaited<ReturnType<typeof import('../../../../worker/bench/plan-validate.js').runPlanValidation>>

function printTable(result: Result): void {
  const pad = (s: string, n: number) => s.padEnd(n)
  const { inter, ...intra } = result.links
  console.log(`links: inside a site ${intra.mbps} Mbit/s ${intra.latencyMs} ms, between sites ${inter.mbps} Mbit/s ${inter.latencyMs} ms; ${result.run.schedule}`)
  if (result.calibration !== undefined) console.log(`update exchange work outside the network (unshaped 1x4): ${(result.calibration.syncSecondsPerParam * 1e9).toFixed(0)} ns/parameter`)
  console.log(`${pad('plan', 68)} ${pad('predicted', 10)} ${pad('measured', 10)} ratio  (predicted without the sync work)`)
  for (const p of result.plans) {
    const own = p.calibration === undefined ? '' : ` [calibrated just before: ${(p.calibration.syncSecondsPerParam * 1e9).toFixed(0)} ns/parameter]`
    console.log(`${pad(p.plan, 68)} ${pad(`${p.predictedStepMs.toFixed(0)} ms`, 10)} ${pad(`${p.measuredStepMs.toFixed(0)} ms`, 10)} ${p.ratio.toFixed(2)}   (${p.predictedWithoutSyncWorkMs.toFixed(0)} ms)${own}`)
  }
  console.log(`ordering by prediction ${result.orderPreserved ? 'matches' : 'does NOT match'} the measured ordering; measured/predicted ${result.ratioMin.toFixed(2)}-${result.ratioMax.toFixed(2)} (target 0.80-1.20: ${result.withinTarget ? 'met' : 'missed'})`)
}
