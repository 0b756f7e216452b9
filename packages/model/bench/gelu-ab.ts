// A/B of gelu_new as ONNX Runtime's FastGelu ('fused') against the primitive op chain, on the
// whole-model fused training graph of a preset: both sessions in one process, runs alternated,
// so machine load hits both alike. Prints wall and CPU ms per run (medians). Never a test.
//   npx tsx packages/model/bench/gelu-ab.ts [--preset small] [--batch 2] [--seq 256] [--threads 2] [--runs 4]
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
    runs: { type: 'string', default: '4' },
  },
})
const config = PRESETS[a.preset as PresetName]
const B = Number(a.batch)
const T = Number(a.seq)
const params = initParams(config, 1)
const modes = ['fused', 'primitive'] as const
const sessions = new Map<string, { s: ort.InferenceSession; feeds: Record<string, ort.Tensor>; nodes: number }>()
for (const gelu of modes) {
  const g = buildStageGraphs({ config, range: { start: 0, end: config.nLayer }, batch: B, seq: T, gelu })
  const s = await ort.InferenceSession.create(g.fused.bytes, sessionOptions({ device: 'cpu', threads: Number(a.threads) }))
  const feeds = fusedFeeds(g, params, B, T)
  sessions.set(gelu, { s, feeds, nodes: g.fused.nodeCount })
}
const wall = new Map<string, number[]>(modes.map((m) => [m, []]))
const cpu = new Map<string, number[]>(modes.map((m) => [m, []]))
for (let r = 0; r <= Number(a.runs); r++) {
  for (const m of r % 2 === 0 ? modes : [...modes].reverse()) {
    const { s, feeds } = sessions.get(m)!
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    await s.run(feeds)
    const c = process.cpuUsage(c0)
    if (r > 0) {
      wall.get(m)!.push(performance.now() - t0)
      cpu.get(m)!.push((c.user + c.system) / 1000)
    }
  }
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
const out = Object.fromEntries(modes.map((m) => [m, { nodes: sessions.get(m)!.nodes, wallMs: median(wall.get(m)!), cpuMs: median(cpu.get(m)!), wallAll: wall.get(m)!.map(Math.round) }]))
console.log(JSON.stringify({ preset: a.preset, batch: B, seq: T, threads: Number(a.threads), ...out }))
for (const { s } of sessions.values()) await s.release()
