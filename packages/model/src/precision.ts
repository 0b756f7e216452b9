// Mixed precision: fp16 compute (the stage graphs' `precision: 'fp16'`, GPU providers) with fp32
// master weights and optimizer state; fp32 throughout on CPU. One optimizer step under dynamic
// loss scaling: the backward ran on loss * scale, so gradients are divided by the scale; if any
// stage saw a non-finite gradient, every stage skips the update and the scale backs off.
import { type AdamW, type StepResult, gradSqSum } from './adamw.js'
import type { DynamicLossScaler } from './loss-scaler.js'

export interface ScaledStepOptions {
  /**
   * Whether any stage of the pipeline overflowed this step (the coordinator's decision, so all
   * stages skip together). Default: whether this stage's gradients are non-finite.
   */
  overflowAnywhere?: boolean
  /** Sum of squared unscaled gradients over all stages (see StepOptions.gradSqSumGlobal). */
  gradSqSumGlobal?: number
  /** Extra gradient factor, e.g. 1/k for k accumulated micro-batches (default 1). */
  gradScale?: number
}

export interface ScaledStepResult extends StepResult {
  /** The loss scale the gradients carried. */
  lossScale: number
  /** The loss scale for the next step. */
  nextLossScale: number
}

/** Squared norm of this stage's gradients with the loss scale removed: what a stage reports for the global norm. */
export function unscaledGradSqSum(grads: ReadonlyMap<string, Float32Array>, scaler: DynamicLossScaler, gradScale = 1): number {
  return gradSqSum(grads.values(), gradScale / scaler.scale)
}

/** Unscale, check, then update or skip; advances the loss scaler either way. */
export function scaledStep(optimizer: AdamW, scaler: DynamicLossScaler, grads: ReadonlyMap<string, Float32Array>, opts: ScaledStepOptions = {}): ScaledStepResult {
  const lossScale = scaler.scale
  const gradScale = (opts.gradScale ?? 1) / lossScale
  const overflow = opts.overflowAnywhere ?? !Number.isFinite(gradSqSum(grads.values()))
  const { skip, scale: nextLossScale } = scaler.update(overflow)
  if (skip) return { applied: false, gradNorm: Number.NaN, clipFactor: 1, lr: 0, lossScale, nextLossScale }
  const r = optimizer.step(grads, { gradScale, gradSqSumGlobal: opts.gradSqSumGlobal })
  return { ...r, lossScale, nextLossScale }
}
