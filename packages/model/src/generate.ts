// Text continuation with a GPT-J model: repeated forward passes of the whole model (one evaluation
// graph for the longest length, padded; causal attention makes padding invisible to earlier
// positions), top-k sampling with temperature (top-k 1 = greedy). Token ids in, token ids out:
// tokenization belongs to @tandem/data.
import { UserError } from '@tandem/proto'
import type { GPTJConfig } from './config.js'
import type { Device } from './session/ort-options.js'
import { StageRuntime } from './stage-runtime.js'

export interface GenerateOptions {
  maxNewTokens?: number
  /** Sample among the k most likely tokens (1: greedy). */
  topK?: number
  temperature?: number
  /** Seed of the sampler (top-k > 1). */
  seed?: number
  /** Stop after this token (not included in the result). */
  stopToken?: number
  /** Only ids below this are generated (the tokenizer's vocabulary; GPT-J pads its embedding to 50400). */
  vocabLimit?: number
  device?: Device
  threads?: number
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Picks the next token from one row of logits. */
export function sampleToken(logits: Float32Array, opts: { topK: number; temperature: number; limit: number; random: () => number }): number {
  const k = Math.max(1, Math.min(opts.topK, opts.limit))
  // The k best ids, by partial selection (k is small).
  const best: number[] = []
  for (let i = 0; i < opts.limit; i++) {
    const v = logits[i]!
    if (best.length < k) {
      best.push(i)
      best.sort((a, b) => logits[b]! - logits[a]!)
    } else if (v > logits[best[k - 1]!]!) {
      best[k - 1] = i
      best.sort((a, b) => logits[b]! - logits[a]!)
    }
  }
  if (k === 1 || opts.temperature <= 0) return best[0]!
  const top = logits[best[0]!]!
  const w = best.map((i) => Math.exp((logits[i]! - top) / opts.temperature))
  let r = opts.random() * w.reduce((a, b) => a + b, 0)
  for (let j = 0; j < best.length; j++) {
    r -= w[j]!
    if (r <= 0) return best[j]!
  }
  return best[best.length - 1]!
}

/** Continues `prompt` (token ids); returns the new ids. */
export async function generate(config: GPTJConfig, params: Map<string, Float32Array>, prompt: readonly number[], opts: GenerateOptions = {}): Promise<number[]> {
  const maxNew = opts.maxNewTokens ?? 5
  if (prompt.length === 0) throw new UserError('the prompt is empty: give at least one token of text.')
  const T = prompt.length + maxNew
  if (T > config.nPositions) throw new UserError(`prompt (${prompt.length} tokens) plus ${maxNew} new tokens exceed the model's ${config.nPositions} positions.`)
  const V = config.vocabSize
  const outside = prompt.findIndex((t) => !(Number.isInteger(t) && t >= 0 && t < V))
  if (outside >= 0) throw new UserError(`prompt token ${outside} (id ${prompt[outside]}) is outside the model's vocabulary 0..${V - 1}: the tokenizer does not fit this model.`)
  const limit = Math.min(opts.vocabLimit ?? V, V)
  const random = mulberry32(opts.seed ?? 0)
  const rt = await StageRuntime.create(
    { config, range: { start: 0, end: config.nLayer }, microBatch: 1, seq: T, device: opts.device, threads: opts.threads, logits: true, train: false },
    params,
  )
  try {
    const ids = new Int32Array(T).fill(opts.stopToken ?? 0)
    ids.set(prompt)
    const batch = { batch: 1, seq: T, inputIds: ids, labels: new Int32Array(T).fill(-100), segmentIds: new Int32Array(T), prefixMask: new Uint8Array(T) }
    const out: number[] = []
    for (let n = prompt.length; n < T; n++) {
      const { logits } = await rt.evaluate({ batch })
      const row = logits!.subarray((n - 1) * V, n * V)
      const next = sampleToken(row, { topK: opts.topK ?? 1, temperature: opts.temperature ?? 1, limit, random })
      if (next === opts.stopToken) break
      out.push(next)
      ids[n] = next
    }
    return out
  } finally {
    await rt.close()
  }
}
