// Pipeline schedules as pure functions: for one stage, the order in which it runs the forward and
// backward passes of a step's micro-batches; and a discrete-event simulation that predicts a step's
// time from per-stage compute and per-link transfer times (the figure a measured step is judged by).

export type ScheduleKind = 'gpipe' | '1f1b'

export interface PipelineOp {
  kind: 'F' | 'B'
  microBatch: number
}

/**
 * GPipe: every forward, then every backward in reverse order (the last micro-batch's activations
 * are the freshest in the next stage, so its gradient comes back first).
 */
export function gpipeOps(microBatches: number): PipelineOp[] {
  const ops: PipelineOp[] = []
  for (let m = 0; m < microBatches; m++) ops.push({ kind: 'F', microBatch: m })
  for (let m = microBatches - 1; m >= 0; m--) ops.push({ kind: 'B', microBatch: m })
  return ops
}

/**
 * 1F1B (PipeDream-flush): stage s of S first runs S - s - 1 warm-up forwards, then alternates one
 * forward and one backward, then drains the remaining backwards. At most S - s micro-batches are
 * in flight, so activation memory is bounded by the depth, not by the micro-batch count.
 */
export function oneFOneBOps(stage: number, stages: number, microBatches: number): PipelineOp[] {
  const warmup = Math.min(stages - stage - 1, microBatches)
  const ops: PipelineOp[] = []
  let f = 0
  let b = 0
  for (; f < warmup; f++) ops.push({ kind: 'F', microBatch: f })
  while (f < microBatches) {
    ops.push({ kind: 'F', microBatch: f++ })
    ops.push({ kind: 'B', microBatch: b++ })
  }
  while (b < microBatches) ops.push({ kind: 'B', microBatch: b++ })
  return ops
}

export function scheduleOps(kind: ScheduleKind, stage: number, stages: number, microBatches: number): PipelineOp[] {
  if (!Number.isInteger(microBatches) || microBatches < 1) throw new RangeError(`microBatches must be a positive integer, got ${microBatches}`)
  if (!Number.isInteger(stages) || stages < 1 || stage < 0 || stage >= stages) {
    throw new RangeError(`stage ${stage} is outside 0..${stages - 1}`)
  }
  return kind === '1f1b' ? oneFOneBOps(stage, stages, microBatches) : gpipeOps(microBatches)
}

/** Measured or planned costs of one step, per stage and per link between stage s and s + 1. */
export interface StepCosts {
  /** Forward time of one micro-batch on stage s, ms. */
  forwardMs: number[]
  /** Backward time of one micro-batch on stage s, ms. */
  backwardMs: number[]
  /** Transfer time of one micro-batch's activations from stage s to s + 1 (length stages - 1), ms. */
  forwardTransferMs: number[]
  /** Transfer time of one micro-batch's activation gradient from s + 1 to s, ms. */
  backwardTransferMs: number[]
  /** Time after the last backward: data-parallel sync + optimizer, per stage, ms. */
  tailMs?: number[]
}

/**
 * Predicts the step time of a schedule: each stage runs its ops in order, one at a time; an op
 * starts when its stage is free and its input has arrived; sends overlap with compute (a link
 * carries one frame at a time per direction). Returns the time the slowest stage finishes its tail.
 */
export function predictStepMs(kind: ScheduleKind, microBatches: number, costs: StepCosts): number {
  const S = costs.forwardMs.length
  const ops = Array.from({ length: S }, (_, s) => scheduleOps(kind, s, S, microBatches))
  // arrival[s][m]: when stage s has the input it needs for F(m) / B(m).
  const fwdArrive = Array.from({ length: S }, (_, s) => new Array<number>(microBatches).fill(s === 0 ? 0 : Number.NaN))
  const bwdArrive = Array.from({ length: S }, () => new Array<number>(microBatches).fill(Number.NaN))
  const fwdDone = Array.from({ length: S }, () => new Array<number>(microBatches).fill(Number.NaN))
  const linkFreeFwd = new Array<number>(S).fill(0)
  const linkFreeBwd = new Array<number>(S).fill(0)
  const stageFree = new Array<number>(S).fill(0)
  const next = new Array<number>(S).fill(0)
  let remaining = ops.reduce((a, o) => a + o.length, 0)
  while (remaining > 0) {
    let progressed = false
    for (let s = 0; s < S; s++) {
      const op = ops[s]![next[s]!]
      if (op === undefined) continue
      const m = op.microBatch
      let ready: number
      if (op.kind === 'F') ready = fwdArrive[s]![m]!
      else ready = s === S - 1 ? fwdDone[s]![m]! : bwdArrive[s]![m]!
      if (Number.isNaN(ready)) continue
      const start = Math.max(stageFree[s]!, ready)
      const end = start + (op.kind === 'F' ? costs.forwardMs[s]! : costs.backwardMs[s]!)
      stageFree[s] = end
      if (op.kind === 'F') {
        fwdDone[s]![m] = end
        if (s < S - 1) {
          const t0 = Math.max(end, linkFreeFwd[s]!)
          linkFreeFwd[s] = t0 + costs.forwardTransferMs[s]!
          fwdArrive[s + 1]![m] = linkFreeFwd[s]!
        }
      } else if (s > 0) {
        const t0 = Math.max(end, linkFreeBwd[s - 1]!)
        linkFreeBwd[s - 1] = t0 + costs.backwardTransferMs[s - 1]!
        bwdArrive[s - 1]![m] = linkFreeBwd[s - 1]!
      }
      next[s]!++
      remaining--
      progressed = true
    }
    if (!progressed) throw new Error('schedule deadlock: no stage can run its next op')
  }
  let total = 0
  for (let s = 0; s < S; s++) total = Math.max(total, stageFree[s]! + (costs.tailMs?.[s] ?? 0))
  return total
}
