// The narrow interface the worker needs from the model's stage runtime (`StageRuntime` in
// @tandem/model): forward and backward of one micro-batch for a contiguous layer range, gradients
// accumulated across micro-batches, live parameter maps. Tests inject fakes through it.
import type { TokenBatch } from '@tandem/proto'

export type StageInput = { batch: TokenBatch } | { hidden: Float32Array; batch: TokenBatch }

export interface StageForwardResult {
  /** Hidden states [b, T, C] for the next stage (every stage but the last). */
  hidden?: Float32Array
  /** Mean loss over the micro-batch's scored tokens (last stage). */
  loss?: number
  /** Scored tokens behind that loss (last stage). */
  tokens?: number
}

export interface StageCompute {
  forward(microBatch: number, input: StageInput): Promise<StageForwardResult>
  /** The last stage needs no gradOutput; stage 0 returns no gradInput. */
  backward(microBatch: number, gradOutput?: Float32Array): Promise<{ gradInput?: Float32Array }>
  /** Live parameters by Hugging Face name (touch only between passes). */
  params(): Map<string, Float32Array>
  /** Parameter gradients accumulated since the last zeroGrad (live). */
  gradients(): Map<string, Float32Array>
  zeroGrad(): void
  /** Last stage: the backward seed (1 / micro-batches averages them). */
  setLossScale(scale: number): void
  /** Micro-batches whose forward ran without their backward (an abandoned step). */
  inFlight(): number[]
  discard(microBatch: number): Promise<void>
  close(): Promise<void>
}
