// Loss, logits and every parameter gradient of GPT-J on one batch: the whole model as one stage,
// or split into N stages (evenSplit) whose graphs are chained exactly as a pipeline chains them.
// Used by `tandem model grad` and by the exactness test against the PyTorch reference.
import type { TokenBatch } from '@tandem/proto'
import { evenSplit, type GPTJConfig } from './config.js'
import type { Device } from './session/ort-options.js'
import type { Precision } from './stage-graph.js'
import { StageRuntime } from './stage-runtime.js'

export interface ModelGradOptions {
  /** Split the layers into this many stages (default 1). */
  stages?: number
  device?: Device
  precision?: Precision
  threads?: number
}

export interface ModelGradResult {
  /** Mean cross-entropy over scored tokens (labels != -100, shifted). */
  loss: number
  /** [B, T, V] */
  logits: Float32Array
  /** Hugging Face parameter name -> gradient of the loss. */
  grads: Map<string, Float32Array>
  /** Scored tokens. */
  tokens: number
}

export async function modelGrad(config: GPTJConfig, params: Map<string, Float32Array>, batch: TokenBatch, opts: ModelGradOptions = {}): Promise<ModelGradResult> {
  const stages = opts.stages ?? 1
  if (!Number.isInteger(stages) || stages < 1 || stages > config.nLayer) {
    throw new RangeError(`stages must be a whole number in 1..${config.nLayer} (one layer per stage at least), got ${stages}`)
  }
  const ranges = evenSplit(config.nLayer, stages)
  const runtimes: StageRuntime[] = []
  try {
    // Stages start side by side (graph building and session creation are mostly single-threaded).
    const started = await Promise.allSettled(
      ranges.map((range) =>
        StageRuntime.create(
          { config, range, microBatch: batch.batch, seq: batch.seq, device: opts.device, precision: opts.precision, threads: opts.threads, logits: true },
          params,
        ),
      ),
    )
    for (const s of started) if (s.status === 'fulfilled') runtimes.push(s.value)
    const failed = started.find((s) => s.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
    let hidden: Float32Array | undefined
    let loss = 0
    let tokens = 0
    let logits: Float32Array | undefined
    for (const rt of runtimes) {
      const f = await rt.forward(0, hidden ? { batch, hidden } : { batch }, { transfer: true })
      hidden = f.hidden
      if (rt.last) {
        loss = f.loss!
        tokens = f.tokens!
        logits = f.logits!
      }
    }
    let grad: Float32Array | undefined
    for (const rt of [...runtimes].reverse()) {
      grad = (await rt.backward(0, grad, { transfer: true })).gradInput
    }
    const grads = new Map<string, Float32Array>()
    for (const rt of runtimes) for (const [name, g] of rt.gradients()) grads.set(name, g)
    return { loss, logits: logits!, grads, tokens }
  } finally {
    await Promise.all(runtimes.map((rt) => rt.close()))
  }
}
