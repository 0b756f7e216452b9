// One training step of one stage: runs the schedule's forward and backward passes, taking inputs
// from the pipeline neighbours (or the data cursor on stage 0) and handing outputs to them without
// waiting for the sends, so transfers overlap the next micro-batch's compute.
import { type TokenBatch, ValidationError } from '@tandem/proto'
import { CodecErrorCode } from './codecs/errors.js'
import { scheduleOps, type ScheduleKind } from './schedule.js'
import type { StageCompute } from './stage-compute.js'

/**
 * What the step needs from the network: sends are fire-and-forget until `flush`. A send refuses a
 * tensor holding NaN/Inf with the codecs' ValidationError E_NON_FINITE, before anything leaves.
 */
export interface PipelineTransport {
  sendActivation(step: number, microBatch: number, hidden: Float32Array, batch: TokenBatch): void
  sendGradient(step: number, microBatch: number, grad: Float32Array): void
  recvActivation(step: number, microBatch: number, signal: AbortSignal): Promise<{ hidden: Float32Array; batch: TokenBatch }>
  recvGradient(step: number, microBatch: number, signal: AbortSignal): Promise<Float32Array>
  /** Resolves when every send of this step has left (rejects when one failed). */
  flush(signal: AbortSignal): Promise<void>
}

export interface StepShape {
  stage: number
  stages: number
  microBatches: number
  schedule: ScheduleKind
}

/** Phase of a timeline span (same names as control.proto's Phase, lower-case). */
export type SpanPhase = 'forward' | 'backward' | 'recv' | 'data' | 'send'

export interface Span {
  phase: SpanPhase
  microBatch: number
  startMs: number
  endMs: number
}

export interface PipelineStepResult {
  /** Mean of the micro-batch losses (last stage), else NaN. */
  loss: number
  /** Scored tokens behind the loss (last stage). */
  lossTokens: number
  /** Tokens this stage processed (every stage). */
  tokens: number
  forwardMs: number
  backwardMs: number
  /** Time spent waiting for a neighbour's frame (bubble + transfer not hidden by compute). */
  recvMs: number
  /** Time spent waiting for the last sends to leave after the last op. */
  sendMs: number
  dataMs: number
  spans: Span[]
  /**
   * A tensor this stage was to send held NaN/Inf (an fp16 overflow, or divergence): zeros went in
   * its place so the neighbours' schedule completes, and the step must be skipped everywhere
   * (trainStep reports it through the gradient-norm exchange).
   */
  overflow: boolean
}

/**
 * Sends `t`; when the transport's codec refuses it for NaN/Inf (every codec scans its input and
 * throws before any of its state changes), sends zeros of its size instead and marks the step
 * overflowed.
 */
function sendOrZeros(send: (t: Float32Array) => void, t: Float32Array, result: PipelineStepResult): void {
  try {
    send(t)
  } catch (err) {
    if (!(err instanceof ValidationError && err.code === CodecErrorCode.NON_FINITE)) throw err
    result.overflow = true
    send(new Float32Array(t.length))
  }
}

/**
 * Runs the forward/backward half of step `step` on one stage; gradients are left accumulated in
 * `compute` for the data-parallel sync. `batchesFor` is called on stage 0 only.
 */
export async function runPipelineStep(
  step: number,
  shape: StepShape,
  compute: StageCompute,
  transport: PipelineTransport,
  batchesFor: ((step: number) => TokenBatch[] | Promise<TokenBatch[]>) | undefined,
  options: { signal: AbortSignal; now?: () => number },
): Promise<PipelineStepResult> {
  const now = options.now ?? (() => performance.now())
  const { signal } = options
  const first = shape.stage === 0
  const last = shape.stage === shape.stages - 1
  const t0 = now()
  const spans: Span[] = []
  const span = (phase: SpanPhase, microBatch: number, start: number, end: number): number => {
    spans.push({ phase, microBatch, startMs: start - t0, endMs: end - t0 })
    return end - start
  }
  const result: PipelineStepResult = {
    loss: Number.NaN, lossTokens: 0, tokens: 0, forwardMs: 0, backwardMs: 0, recvMs: 0, sendMs: 0, dataMs: 0, spans, overflow: false,
  }
  for (const mb of compute.inFlight()) await compute.discard(mb)
  compute.zeroGrad()
  let batches: TokenBatch[] | undefined
  if (first) {
    if (batchesFor === undefined) throw new Error('stage 0 needs a data source')
    const d0 = now()
    batches = await batchesFor(step)
    result.dataMs = span('data', 0, d0, now())
    if (batches.length !== shape.microBatches) throw new Error(`the data source gave ${batches.length} micro-batches, the plan says ${shape.microBatches}`)
  }
  let lossSum = 0
  let lossCount = 0
  for (const op of scheduleOps(shape.schedule, shape.stage, shape.stages, shape.microBatches)) {
    signal.throwIfAborted()
    const m = op.microBatch
    if (op.kind === 'F') {
      let input: { batch: TokenBatch } | { hidden: Float32Array; batch: TokenBatch }
      if (first) {
        input = { batch: batches![m]! }
      } else {
        const r0 = now()
        input = await transport.recvActivation(step, m, signal)
        result.recvMs += span('recv', m, r0, now())
      }
      const f0 = now()
      const out = await compute.forward(m, input)
      result.forwardMs += span('forward', m, f0, now())
      result.tokens += input.batch.batch * input.batch.seq
      if (last) {
        if (out.loss === undefined) throw new Error('the last stage returned no loss')
        lossSum += out.loss
        lossCount++
        result.lossTokens += out.tokens ?? 0
      } else {
        if (out.hidden === undefined) throw new Error(`stage ${shape.stage} returned no hidden states`)
        const batch = input.batch
        sendOrZeros((t) => transport.sendActivation(step, m, t, batch), out.hidden, result)
      }
    } else {
      let gradOutput: Float32Array | undefined
      if (!last) {
        const r0 = now()
        gradOutput = await transport.recvGradient(step, m, signal)
        result.recvMs += span('recv', m, r0, now())
      }
      const b0 = now()
      const out = await compute.backward(m, gradOutput)
      result.backwardMs += span('backward', m, b0, now())
      if (!first) {
        if (out.gradInput === undefined) throw new Error(`stage ${shape.stage} returned no input gradient`)
        sendOrZeros((t) => transport.sendGradient(step, m, t), out.gradInput, result)
      }
    }
  }
  const s0 = now()
  await transport.flush(signal)
  result.sendMs = span('send', 0, s0, now())
  if (lossCount > 0) result.loss = lossSum / lossCount
  return result
}
