// The layer state a worker holds for its stage: fp32 master weights and AdamW moments at a known
// state step, plus a copy of the state one step earlier. The copy is what lets a worker that
// finished step S roll back when a neighbour stage could not (the plan resumes at S), and serve a
// joining peer the step the plan names even after it moved on.
import { AdamW, type AdamWInit, type AdamWParamState, type GPTJConfig, type LayerRange, stageParams } from '@tandem/model'

/** One tensor of a layer state, as transferred and checkpointed. */
export interface StateTensor {
  name: string
  /** -1 embedding, 0..nLayer-1 blocks, nLayer head. */
  layer: number
  role: 'param' | 'adam_m' | 'adam_v'
  shape: number[]
  data: Float32Array
}

interface Snapshot {
  step: number
  adamStep: number
  params: Map<string, Float32Array>
  m: Map<string, Float32Array>
  v: Map<string, Float32Array>
}

function copyInto(src: ReadonlyMap<string, Float32Array>, into: Map<string, Float32Array> | undefined): Map<string, Float32Array> {
  const out = into ?? new Map<string, Float32Array>()
  for (const [name, t] of src) {
    const dst = out.get(name)
    if (dst !== undefined && dst.length === t.length) dst.set(t)
    else out.set(name, t.slice())
  }
  return out
}

export interface StageStateInit {
  /** Earlier states kept besides the current one (the coordinator's retention contract). */
  retainSteps?: number
}

/** Two earlier states: stages run at most one step apart, plus one for a report still in flight. */
export const RETAIN_STEPS_DEFAULT = 2

export class StageState {
  readonly config: GPTJConfig
  readonly range: LayerRange
  /** Live fp32 master weights, updated in place by the optimizer. */
  readonly params: Map<string, Float32Array>
  readonly optimizer: AdamW
  /** State step of `params` (updates applied so far). */
  step: number
  private readonly retain: number
  /** Earlier states, newest first. */
  private ring: Snapshot[] = []

  constructor(config: GPTJConfig, range: LayerRange, params: Map<string, Float32Array>, step: number, optimizerInit: AdamWInit, init: StageStateInit = {}) {
    this.config = config
    this.range = range
    for (const spec of stageParams(config, range)) {
      const p = params.get(spec.name)
      const n = spec.shape.reduce((a, b) => a * b, 1)
      if (p === undefined || p.length !== n) throw new RangeError(`state for layers [${range.start}, ${range.end}) lacks '${spec.name}' or has the wrong size`)
    }
    this.params = params
    this.optimizer = new AdamW(params, optimizerInit)
    this.step = step
    this.retain = init.retainSteps ?? RETAIN_STEPS_DEFAULT
  }

  private moments(): { m: Map<string, Float32Array>; v: Map<string, Float32Array> } {
    const st = this.optimizer.state()
    return { m: new Map([...st].map(([n, s]) => [n, s.m])), v: new Map([...st].map(([n, s]) => [n, s.v])) }
  }

  private capture(into?: Snapshot): Snapshot {
    const { m, v } = this.moments()
    return {
      step: this.step,
      adamStep: this.optimizer.stepCount,
      params: copyInto(this.params, into?.params),
      m: copyInto(m, into?.m),
      v: copyInto(v, into?.v),
    }
  }

  /** Copies the current state aside (before an optimizer step), reusing the oldest copy's buffers. */
  snapshot(): void {
    if (this.retain <= 0) return
    const reuse = this.ring.length >= this.retain ? this.ring.pop() : undefined
    this.ring.unshift(this.capture(reuse))
  }

  private find(step: number): Snapshot | undefined {
    return this.ring.find((s) => s.step === step)
  }

  /**
   * Puts back the snapshot taken at the start of the current step: an update was applied locally
   * but the step did not complete (its data-parallel sync failed).
   */
  revertStep(): void {
    const snap = this.ring[0]
    if (snap === undefined || snap.step !== this.step) throw new RangeError(`no snapshot of step ${this.step} to revert to`)
    this.restore(snap)
  }

  private restore(snap: Snapshot): void {
    for (const [name, t] of snap.params) this.params.get(name)!.set(t)
    const state = new Map<string, AdamWParamState>()
    for (const name of snap.params.keys()) state.set(name, { m: snap.m.get(name)!, v: snap.v.get(name)!, step: snap.adamStep })
    this.optimizer.loadState(state)
  }

  /** Steps whose state this worker can serve or resume from, newest first. */
  heldSteps(): number[] {
    const steps = new Set<number>([this.step, ...this.ring.map((s) => s.step)])
    return [...steps].sort((a, b) => b - a)
  }

  holds(step: number): boolean {
    return step === this.step || this.find(step) !== undefined
  }

  /** Goes back to a held earlier state; later states are forgotten. */
  rollbackTo(step: number): void {
    if (step === this.step) return
    const snap = this.find(step)
    if (snap === undefined) throw new RangeError(`no state of step ${step} held (have ${this.heldSteps().join(', ')})`)
    this.restore(snap)
    this.step = step
    this.ring = this.ring.filter((s) => s.step < step)
  }

  /** Adam's update count at `step` (below the step when updates were skipped). */
  adamStepAt(step: number): number {
    if (step === this.step) return this.optimizer.stepCount
    const snap = this.find(step)
    if (snap === undefined) throw new RangeError(`no state of step ${step} held`)
    return snap.adamStep
  }

  /** The tensors of `step` (views, not copies: serialise them before the next optimizer step). */
  tensorsAt(step: number, includeOptimizer: boolean): StateTensor[] {
    let params: ReadonlyMap<string, Float32Array>
    let m: ReadonlyMap<string, Float32Array>
    let v: ReadonlyMap<string, Float32Array>
    if (step === this.step) {
      params = this.params
      ;({ m, v } = this.moments())
    } else {
      const snap = this.find(step)
      if (snap === undefined) throw new RangeError(`no state of step ${step} held (have ${this.heldSteps().join(', ')})`)
      ;({ params, m, v } = snap)
    }
    return tensorsOf(this.config, this.range, params, includeOptimizer ? { m, v } : undefined)
  }

  /** Tensors of a sub-range of this stage at `step` (state transfer of part of the layers). */
  tensorsOfRange(step: number, range: LayerRange, includeOptimizer: boolean): StateTensor[] {
    const names = new Set(stageParams(this.config, range).map((s) => s.name))
    return this.tensorsAt(step, includeOptimizer).filter((t) => names.has(t.name))
  }

  /** Replaces the state by `tensors` of `step` (every parameter; moments where given, else zero). */
  load(step: number, adamStep: number, tensors: readonly StateTensor[]): void {
    const m = new Map<string, Float32Array>()
    const v = new Map<string, Float32Array>()
    const seen = new Set<string>()
    for (const t of tensors) {
      const p = this.params.get(t.name)
      if (p === undefined || p.length !== t.data.length) throw new RangeError(`tensor '${t.name}' does not belong to layers [${this.range.start}, ${this.range.end}) or has the wrong size`)
      if (t.role === 'param') {
        p.set(t.data)
        seen.add(t.name)
      } else (t.role === 'adam_m' ? m : v).set(t.name, t.data)
    }
    for (const name of this.params.keys()) if (!seen.has(name)) throw new RangeError(`no value for parameter '${name}'`)
    const state = new Map<string, AdamWParamState>()
    for (const [name, p] of this.params) {
      const hasMoments = m.has(name) && v.has(name)
      state.set(name, { m: hasMoments ? m.get(name)! : new Float32Array(p.length), v: hasMoments ? v.get(name)! : new Float32Array(p.length), step: hasMoments ? adamStep : 0 })
    }
    this.optimizer.loadState(state)
    this.step = step
    this.ring = []
  }
}

/** The state tensors of `range` from parameter (and moment) maps, in stageParams order. */
export function tensorsOf(
  config: GPTJConfig,
  range: LayerRange,
  params: ReadonlyMap<string, Float32Array>,
  moments?: { m: ReadonlyMap<string, Float32Array>; v: ReadonlyMap<string, Float32Array> },
): StateTensor[] {
  const out: StateTensor[] = []
  for (const spec of stageParams(config, range)) {
    out.push({ name: spec.name, layer: spec.layer, role: 'param', shape: spec.shape, data: params.get(spec.name)! })
    if (moments !== undefined) {
      out.push({ name: spec.name, layer: spec.layer, role: 'adam_m', shape: spec.shape, data: moments.m.get(spec.name)! })
      out.push({ name: spec.name, layer: spec.layer, role: 'adam_v', shape: spec.shape, data: moments.v.get(spec.name)! })
    }
  }
  return out
}
