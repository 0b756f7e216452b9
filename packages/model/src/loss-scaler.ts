// Dynamic loss scaling for fp16 compute (Micikevicius et al. 2018; torch.cuda.amp.GradScaler's
// rule): multiply the loss by `scale` before backward, divide the gradients by it before the
// update; on a non-finite gradient skip the step and halve the scale, after `growthInterval`
// clean steps in a row double it. In a pipeline every stage must use the same scale: each stage
// reports whether it overflowed, and the coordinator applies one decision to all (the minimum
// scale wins); this object only holds and advances the state.

export interface LossScalerInit {
  /** Starting scale (GradScaler: 2^16). */
  initScale?: number
  /** Multiplier after `growthInterval` clean steps (2). */
  growthFactor?: number
  /** Multiplier after an overflow (0.5). */
  backoffFactor?: number
  /** Clean steps before growing (GradScaler: 2000). */
  growthInterval?: number
  /** Bounds of the scale: below 1 fp16 underflows instead, above 2^24 nothing is gained. */
  minScale?: number
  maxScale?: number
}

export interface LossScalerState {
  scale: number
  /** Clean steps since the last change of scale. */
  goodSteps: number
}

export interface LossScaleDecision {
  /** Skip this step's update (the gradients overflowed). */
  skip: boolean
  /** Scale for the next step. */
  scale: number
}

export class DynamicLossScaler {
  private readonly growthFactor: number
  private readonly backoffFactor: number
  private readonly growthInterval: number
  private readonly minScale: number
  private readonly maxScale: number
  private current: LossScalerState

  constructor(init: LossScalerInit = {}) {
    this.growthFactor = init.growthFactor ?? 2
    this.backoffFactor = init.backoffFactor ?? 0.5
    this.growthInterval = init.growthInterval ?? 2000
    this.minScale = init.minScale ?? 1
    this.maxScale = init.maxScale ?? 2 ** 24
    const scale = init.initScale ?? 2 ** 16
    if (!(this.growthFactor > 1 && this.backoffFactor > 0 && this.backoffFactor < 1 && this.growthInterval >= 1 && this.minScale > 0 && this.maxScale >= this.minScale)) {
      throw new RangeError('DynamicLossScaler: need growthFactor > 1, 0 < backoffFactor < 1, growthInterval >= 1, 0 < minScale <= maxScale')
    }
    this.current = { scale: clamp(scale, this.minScale, this.maxScale), goodSteps: 0 }
  }

  /** Multiply the loss (or the last stage's output gradient) by this. */
  get scale(): number {
    return this.current.scale
  }

  /** Divide the gradients by the scale: the AdamW `gradScale`. */
  get gradScale(): number {
    return 1 / this.current.scale
  }

  /** Advances after a backward pass: `overflow` is whether any gradient (of any stage) was non-finite. */
  update(overflow: boolean): LossScaleDecision {
    if (overflow) {
      this.current = { scale: clamp(this.current.scale * this.backoffFactor, this.minScale, this.maxScale), goodSteps: 0 }
      return { skip: true, scale: this.current.scale }
    }
    const goodSteps = this.current.goodSteps + 1
    if (goodSteps >= this.growthInterval) {
      this.current = { scale: clamp(this.current.scale * this.growthFactor, this.minScale, this.maxScale), goodSteps: 0 }
    } else {
      this.current = { scale: this.current.scale, goodSteps }
    }
    return { skip: false, scale: this.current.scale }
  }

  state(): LossScalerState {
    return { ...this.current }
  }

  loadState(state: LossScalerState): void {
    if (!(Number.isFinite(state.scale) && state.scale > 0 && Number.isSafeInteger(state.goodSteps) && state.goodSteps >= 0)) {
      throw new RangeError(`DynamicLossScaler.loadState: invalid state ${JSON.stringify(state)}`)
    }
    this.current = { scale: clamp(state.scale, this.minScale, this.maxScale), goodSteps: state.goodSteps }
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x))
}
