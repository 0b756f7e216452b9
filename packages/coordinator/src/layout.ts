// Which worker runs which (stage, replica): a pure function of the members and the run's
// parallelism, preferring the current layout so that re-planning moves as little state as it can.
// Fixed parallelism (`{ stages, replicas }`) splits layers evenly and shrinks the replica count
// when members are missing; `auto` is the placement planner's job (see placement/), which this
// module calls through the `LayoutStrategy` interface.
import { evenSplit, type LayerRange } from '@tandem/model'

export interface LayoutMember {
  workerId: string
  /** Measured seconds per layer forward+backward (0 when unknown); faster members are placed first. */
  layerSeconds: number
  memoryBytes: number
  /** The shape `layerSeconds` was measured at (the planner rescales by FLOPs). */
  benchmark?: { microBatch: number; seqLen: number; nEmbd: number }
  /** Measured matmul FLOP/s (when there is no block benchmark). */
  flopsPerS?: number
  /** Donor's bandwidth cap, bytes/s (0: none). */
  bandwidthBytesPerSMax?: number
}

export interface Cell {
  stage: number
  replica: number
  workerId: string
}

export interface Layout {
  stages: LayerRange[]
  replicas: number
  /** Exactly stages.length x replicas cells. */
  cells: Cell[]
  /** The planner's predicted step time in ms (0 when unknown). */
  predictedStepMs: number
}

export type LayoutResult = { ok: true; layout: Layout } | { ok: false; reason: string }

export interface LayoutInput {
  nLayer: number
  globalBatch: number
  microBatch: number
  /** Members that may be placed (alive, not draining), in join order. */
  members: LayoutMember[]
  /** The layout now in force, if any: kept where possible. */
  current?: Layout
}

/** A layout strategy: fixed parallelism here, or the placement planner for `auto`. */
export type LayoutStrategy = (input: LayoutInput) => LayoutResult

/** Replica counts r <= max with globalBatch divisible by r x microBatch, largest first. */
export function feasibleReplicaCounts(globalBatch: number, microBatch: number, max: number): number[] {
  const out: number[] = []
  for (let r = max; r >= 1; r--) if (globalBatch % (r * microBatch) === 0) out.push(r)
  return out
}

/**
 * Fixed parallelism: `stages` even stages, up to `replicas` replicas (fewer while members are
 * missing). Members keep their (stage, replica) cell from the current layout when the stage
 * split is unchanged; free cells take the remaining members, fastest first.
 */
export function fixedLayout(stages: number, replicasMax: number): LayoutStrategy {
  return (input) => {
    const n = input.members.length
    if (stages > input.nLayer) return { ok: false, reason: `${stages} stages need at least ${stages} layers; the model has ${input.nLayer}` }
    const replicas = feasibleReplicaCounts(input.globalBatch, input.microBatch, replicasMax).find((r) => r * stages <= n)
    if (replicas === undefined) {
      return { ok: false, reason: `waiting for workers: ${stages} stages need at least ${stages}, ${n} joined` }
    }
    const split = evenSplit(input.nLayer, stages)
    const alive = new Set(input.members.map((m) => m.workerId))
    const cells: (string | undefined)[][] = Array.from({ length: stages }, () => new Array<string | undefined>(replicas).fill(undefined))
    const used = new Set<string>()
    const cur = input.current
    if (cur !== undefined && sameSplit(cur.stages, split)) {
      // Keep each surviving member on its stage; compact replica indices within the stage.
      for (let s = 0; s < stages; s++) {
        const keep = cur.cells
          .filter((c) => c.stage === s && alive.has(c.workerId))
          .sort((a, b) => a.replica - b.replica)
          .map((c) => c.workerId)
        // A member whose old replica index still exists keeps it; the rest fill the gaps.
        const row = cells[s]!
        const rest: string[] = []
        for (const w of keep) {
          const old = cur.cells.find((c) => c.workerId === w)!.replica
          if (old < replicas && row[old] === undefined) {
            row[old] = w
            used.add(w)
          } else rest.push(w)
        }
        for (const w of rest) {
          const free = row.indexOf(undefined)
          if (free < 0) break
          row[free] = w
          used.add(w)
        }
      }
    }
    const free = input.members.filter((m) => !used.has(m.workerId)).sort(bySpeed)
    for (let r = 0; r < replicas; r++) {
      for (let s = 0; s < stages; s++) {
        if (cells[s]![r] !== undefined) continue
        const m = free.shift()
        if (m === undefined) return { ok: false, reason: 'internal: not enough members for the chosen replica count' }
        cells[s]![r] = m.workerId
      }
    }
    const out: Cell[] = []
    for (let s = 0; s < stages; s++) for (let r = 0; r < replicas; r++) out.push({ stage: s, replica: r, workerId: cells[s]![r]! })
    return { ok: true, layout: { stages: split, replicas, cells: out, predictedStepMs: 0 } }
  }
}

function bySpeed(a: LayoutMember, b: LayoutMember): number {
  // Unknown speed (0) sorts last; join order breaks ties (Array.sort is stable).
  const ka = a.layerSeconds > 0 ? a.layerSeconds : Number.POSITIVE_INFINITY
  const kb = b.layerSeconds > 0 ? b.layerSeconds : Number.POSITIVE_INFINITY
  return ka - kb
}

export function sameSplit(a: readonly LayerRange[], b: readonly LayerRange[]): boolean {
  return a.length === b.length && a.every((r, i) => r.start === b[i]!.start && r.end === b[i]!.end)
}

/** Whether two layouts place every worker on the same (stage, replica) over the same split. */
export function sameLayout(a: Layout, b: Layout): boolean {
  if (!sameSplit(a.stages, b.stages) || a.replicas !== b.replicas || a.cells.length !== b.cells.length) return false
  const key = (c: Cell) => `${c.stage}/${c.replica}/${c.workerId}`
  const set = new Set(a.cells.map(key))
  return b.cells.every((c) => set.has(key(c)))
}
