// Where one training step's time goes: runs the whole-model fused training graph of a preset
// under ONNX Runtime's profiler (same session options as StageRuntime) and prints the time per op
// type and the slowest nodes, plus the wall time of run() beside the sum of kernel times (the
// difference is session overhead: feeding, output allocation, thread hand-offs).
//   npx tsx packages/model/bench/profile-step.ts [--preset small] [--batch 2] [--seq 256] [--threads 2] [--top 25] [--gelu fused|primitive]
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as ort from 'onnxruntime-node'
import { PRESETS, type PresetName } from '../src/config.js'
import { initParams } from '../src/init.js'
import { sessionOptions } from '../src/session/ort-options.js'
import { buildStageGraphs } from '../src/stage-graph.js'
import { fusedFeeds } from './fused-feeds.js'

const { values: a } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    batch: { type: 'string', default: '2' },
    seq: { type: 'string', default: '256' },
    threads: { type: 'string', default: '2' },
    top: { type: 'string', default: '25' },
    runs: { type: 'string', default: '2' },
    gelu: { type: 'string', default: 'fused' },
  },
})
const config = PRESETS[a.preset as PresetName]
const B = Number(a.batch)
const T = Number(a.seq)
const g = buildStageGraphs({ config, range: { start: 0, end: config.nLayer }, batch: B, seq: T, gelu: a.gelu === 'primitive' ? 'primitive' : 'fused' })
const prefix = join(tmpdir(), `tandem-profile-${process.pid}`)
const session = await ort.InferenceSession.create(g.fused.bytes, { ...sessionOptions({ device: 'cpu', threads: Number(a.threads) }), enableProfiling: true, profileFilePrefix: prefix })
const params = initParams(config, 1)
const feeds = fusedFeeds(g, params, B, T)
const wall: number[] = []
for (let i = 0; i < Number(a.runs) + 1; i++) {
  const t0 = performance.now()
  await session.run(feeds)
  wall.push(performance.now() - t0)
}
session.endProfiling()
await session.release()
// The binding does not return the file name: ONNX Runtime appends a timestamp to the prefix.
const base = `tandem-profile-${process.pid}`
const found = readdirSync(tmpdir()).find((f) => f.startsWith(base) && f.endsWith('.json'))
if (!found) throw new Error(`no profile file ${prefix}*.json`)
const file = join(tmpdir(), found)
const events = JSON.parse(readFileSync(file, 'utf8')) as { cat: string; name: string; dur: number; args?: { op_name?: string } }[]
rmSync(file, { force: true })
const runs = events.filter((e) => e.cat === 'Session' && e.name === 'model_run')
const kernels = events.filter((e) => e.cat === 'Node' && e.name.endsWith('_kernel_time'))
const timed = Number(a.runs)
const byOp = new Map<string, number>()
const byNode = new Map<string, { op: string; us: number }>()
// Only the timed runs (the first is a warm-up): the last `timed` runs' share of kernel events.
const perRun = kernels.length / runs.length
for (const k of kernels.slice(kernels.length - perRun * timed)) {
  const op = k.args?.op_name ?? '?'
  byOp.set(op, (byOp.get(op) ?? 0) + k.dur / timed)
  const name = k.name.replace(/_kernel_time$/, '')
  const e = byNode.get(name) ?? { op, us: 0 }
  e.us += k.dur / timed
  byNode.set(name, e)
}
const kernelMs = [...byOp.values()].reduce((s, x) => s + x, 0) / 1000
const runMs = runs.slice(-timed).reduce((s, r) => s + r.dur, 0) / timed / 1000
console.log(`preset ${a.preset} B${B} T${T} threads ${a.threads} gelu ${a.gelu}: run() wall ${wall.slice(1).map((w) => w.toFixed(0)).join(', ')} ms; model_run ${runMs.toFixed(0)} ms; kernels ${kernelMs.toFixed(0)} ms; nodes ${perRun}`)
console.log('\nby op type (ms per run, share of kernel time):')
for (const [op, us] of [...byOp].sort((x, y) => y[1] - x[1])) console.log(`  ${op.padEnd(28)} ${(us / 1000).toFixed(1).padStart(8)}  ${((100 * us) / 1000 / kernelMs).toFixed(1).padStart(5)}%`)
console.log(`\nslowest ${a.top} nodes:`)
for (const [name, e] of [...byNode].sort((x, y) => y[1].us - x[1].us).slice(0, Number(a.top))) console.log(`  ${(e.us / 1000).toFixed(1).padStart(8)} ms  ${e.op.padEnd(22)} ${name}`)
