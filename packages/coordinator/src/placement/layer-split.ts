// The layer split for a given device assignment: contiguous, possibly uneven ranges that minimise
// the slowest stage's compute (each stage runs at the pace of the slowest device of its replicas)
// while every device's memory holds its stage.
import type { LayerRange } from '@tandem/model'
import type { Cluster } from './cluster.js'
import { type CostModel, formatBytes, stageFlops, stageMemoryLine } from './cost-model.js'

export type SplitResult = { ok: true; stages: LayerRange[] } | { ok: false; reason: string; deficitBytes: number }

/**
 * Greedy water-filling: every stage starts with one layer; each further layer goes to the stage
 * whose time after taking it is smallest, among stages whose memory can take it. For increasing
 * per-stage costs this minimises the maximum (the classic exchange argument).
 */
export function splitLayers(cm: CostModel, cluster: Cluster, devices: readonly (readonly number[])[]): SplitResult {
  const S = devices.length
  const R = devices[0]!.length
  const L = cm.model.nLayer
  if (S > L) return { ok: false, reason: `${S} stages for ${L} layers: each stage needs at least one.`, deficitBytes: 0 }
  const speed = new Float64Array(S)
  const cap = new Int32Array(S)
  let deficit = 0
  let worst: string | null = null
  for (let s = 0; s < S; s++) {
    let flops = Number.POSITIVE_INFINITY
    let mem = Number.POSITIVE_INFINITY
    let smallest = 0
    for (let r = 0; r < R; r++) {
      const d = cluster.devices[devices[s]![r]!]!
      flops = Math.min(flops, d.flopsPerS)
      if (d.memoryBytes < mem) {
        mem = d.memoryBytes
        smallest = devices[s]![r]!
      }
    }
    speed[s] = flops
    const line = stageMemoryLine(cm, s, S, R)
    cap[s] = Math.min(L, Math.floor((mem - line.fixed) / line.perLayer))
    if (cap[s]! < 1) {
      const need = line.fixed + line.perLayer
      deficit += need - mem
      worst ??= `stage ${s} needs ${formatBytes(need)} with a single layer, and ${cluster.devices[smallest]!.id} has ${formatBytes(mem)}.`
    }
  }
  if (worst !== null) return { ok: false, reason: worst, deficitBytes: deficit }
  let room = 0
  for (let s = 0; s < S; s++) room += cap[s]!
  if (room < L) {
    const perLayer = stageMemoryLine(cm, 1 % S, S, R).perLayer
    return {
      ok: false,
      reason: `these ${S} stages hold at most ${room} of the ${L} layers in memory.`,
      deficitBytes: (L - room) * perLayer,
    }
  }
  const layers = new Int32Array(S).fill(1)
  const time = (s: number, k: number) => stageFlops(cm, k, s === S - 1) / speed[s]!
  for (let placed = S; placed < L; placed++) {
    let best = -1
    let bestT = Number.POSITIVE_INFINITY
    for (let s = 0; s < S; s++) {
      if (layers[s]! >= cap[s]!) continue
      const t = time(s, layers[s]! + 1)
      if (t < bestT) {
        bestT = t
        best = s
      }
    }
    layers[best]! += 1
  }
  return { ok: true, stages: rangesOf(layers) }
}

/** Contiguous ranges from per-stage layer counts. */
export function rangesOf(counts: ArrayLike<number>): LayerRange[] {
  const out: LayerRange[] = []
  let start = 0
  for (let s = 0; s < counts.length; s++) {
    out.push({ start, end: start + counts[s]! })
    start += counts[s]!
  }
  return out
}
