// GPT-J as graph-builder code, with Hugging Face `GPTJForCausalLM` semantics: token embedding, no
// position embedding; each block x + attn(ln_1(x)) + mlp(ln_1(x)) (parallel residual, one
// LayerNorm); attention without biases, rotary (rotate-every-two, base 10000) on the first
// rotary_dim dims of each head, scale 1/sqrt(head_dim); MLP fc_in -> gelu_new (tanh) -> fc_out;
// final ln_f; untied lm_head with bias; mean cross-entropy over labels != -100 with the shift
// (logits[t] scored against labels[t+1]). Masks and rotary positions are built in the graph from
// the [B, T] segment ids and prefix mask (UL2 prefix-LM, packed sequences).
import type { GPTJConfig } from './config.js'
import type { DType } from './graph/dtype.js'
import type { Graph, Value } from './graph/graph.js'
import * as o from './graph/ops.js'

/** Rotary base of GPT-J (Hugging Face `create_sinusoidal_positions`). */
export const ROTARY_BASE = 10000
/** Added to the scores of keys a query must not see: exp() of it is exactly 0 in float32. */
export const MASKED_SCORE = -1e9
/** Label of positions that are not scored (Hugging Face's ignore_index). */
export const IGNORE_LABEL = -100

export interface GraphPrecision {
  /** Element type of matrix products and activations inside blocks ('float32' or 'float16'). */
  compute: DType
}

/** How a Linear layer is emitted: one Gemm with transB, or MatMul against a Transpose (ORT fuses either). */
export type LinearMode = 'gemm' | 'matmul'

/** Per-graph context shared by every block of a stage. */
export interface AttentionContext {
  batch: number
  seq: number
  /** [B, 1, T, T] float32: 0 where key j is visible to query i, MASKED_SCORE elsewhere. */
  bias: Value
  /**
   * Rotary tables over a whole head, [B, T, 1, D] in the compute type: cos/sin of each pair's
   * angle on the first rotary_dim dims, 1/0 on the others (which pass through unchanged). The
   * query's tables also carry the 1/sqrt(D) attention scale.
   */
  cosK: Value
  sinK: Value
  cosQ: Value
  sinQ: Value
  /** [D, D] rotate-every-two as a matrix: (x @ R) pairs (x1, x2) -> (-x2, x1), zero on pass-through dims. */
  rotate: Value
}

/**
 * Masks and rotary tables from the batch's [B, T] inputs. Key j is visible to query i when both
 * are in the same segment and (j <= i or j is in the prefix); positions count the earlier tokens of
 * the same segment, so they restart at 0 where a segment starts.
 */
export function attentionContext(
  g: Graph,
  config: GPTJConfig,
  segmentIds: Value /* [B, T] int32 */,
  prefixMask: Value /* [B, T] bool */,
  compute: DType,
): AttentionContext {
  const [B, T] = segmentIds.shape as [number, number]
  const D = config.nEmbd / config.nHead
  const R = config.rotaryDim
  return g.scope('mask', () => {
    const same = o.equal(o.reshape(segmentIds, [B, T, 1]), o.reshape(segmentIds, [B, 1, T])) // [B, T, T]
    const idx = Int32Array.from({ length: T }, (_, i) => i)
    const causal = o.lessOrEqual(o.constant(g, idx, 'int32', [1, T]), o.constant(g, idx.slice(), 'int32', [T, 1])) // [T, T]: j <= i
    const visible = o.and(same, o.or(causal, o.reshape(prefixMask, [B, 1, T]))) // [B, T, T]
    const bias = o.where(o.reshape(visible, [B, 1, T, T]), 0, o.scalar(g, MASKED_SCORE, 'float32'), 'attn_bias')
    const before = o.cast(o.and(same, causal), 'float32')
    const pos = o.sub(o.reduceSum(before, [2], false), 1, 'positions') // [B, T]
    // Angle of dim d (pair d >> 1) at position p: p * inv_freq[d >> 1], inv_freq[i] = 10000^(-2i / rotary_dim)
    // (float32, as PyTorch computes it); pass-through dims get angle 0, i.e. cos 1 and sin 0.
    const freq = Float32Array.from({ length: D }, (_, d) => (d < R ? 1 / ROTARY_BASE ** ((2 * (d >> 1)) / R) : 0))
    const angles = o.mul(o.reshape(pos, [B, T, 1, 1]), o.constant(g, freq, 'float32', [D])) // [B, T, 1, D]
    const cos = o.cos(angles)
    const sin = o.sin(angles)
    const scale = 1 / Math.sqrt(D)
    const rot = new Float32Array(D * D)
    for (let i = 0; i < R; i += 2) {
      rot[(i + 1) * D + i] = -1 // out[i] = -x[i + 1]
      rot[i * D + i + 1] = 1 // out[i + 1] = x[i]
    }
    return {
      batch: B,
      seq: T,
      bias,
      cosK: o.cast(cos, compute),
      sinK: o.cast(sin, compute),
      cosQ: o.cast(o.mul(cos, scale), compute),
      sinQ: o.cast(o.mul(sin, scale), compute),
      rotate: o.cast(o.constant(g, rot, 'float32', [D, D]), compute),
    }
  })
}

/**
 * Rotary embedding (rotate-every-two) of x [B, T, H, D] on the first rotary_dim dims of each head:
 * x * cos + rotate_every_two(x) * sin, with rotate_every_two as a [D, D] signed permutation matrix
 * (exact: one nonzero term per output), so the backward is one MatMul instead of slices and pads.
 */
export function rotary(x: Value, cos: Value, sin: Value, rotate: Value): Value {
  return o.add(o.mul(x, cos), o.mul(o.matmul(x, rotate), sin))
}

/** x [N, in] times a PyTorch-layout weight [out, in], plus an optional bias [out]. */
export function linear(x: Value, weight: Value, bias: Value | null, mode: LinearMode): Value {
  if (mode === 'gemm') return o.gemm(x, weight, bias, { transB: true })
  const y = o.matmul(x, o.transpose(weight, [1, 0]))
  return bias ? o.add(y, bias) : y
}

/**
 * How gelu_new is emitted: 'fused' as ONNX Runtime's FastGelu (one pass forward, a
 * thirteen-pass backward rule) or 'primitive' as the chain of ONNX ops (any provider, exact float64).
 */
export type GeluMode = 'fused' | 'primitive'

/** gelu_new (Hugging Face NewGELUActivation): 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). */
export function geluNew(x: Value, mode: GeluMode = 'primitive'): Value {
  // FastGelu computes float64 in float32 arithmetic: float64 graphs (the exactness references) keep the chain.
  if (mode === 'fused' && x.dtype !== 'float64') return o.fastGelu(x, 'gelu_new')
  const cube = o.mul(o.mul(x, x), x)
  const inner = o.mul(o.add(x, o.mul(cube, 0.044715)), Math.sqrt(2 / Math.PI))
  return o.mul(o.mul(x, 0.5), o.add(o.tanh(inner), 1))
}

/** Parameters of one block, as graph values (float32 master weights). */
export interface BlockParams {
  ln1Weight: Value
  ln1Bias: Value
  qWeight: Value
  kWeight: Value
  vWeight: Value
  outWeight: Value
  fcInWeight: Value
  fcInBias: Value
  fcOutWeight: Value
  fcOutBias: Value
}

/** One GPT-J block: x [B, T, C] float32 -> [B, T, C] float32 (the residual stream stays float32). */
export function block(
  x: Value,
  p: BlockParams,
  ctx: AttentionContext,
  config: GPTJConfig,
  prec: GraphPrecision,
  mode: LinearMode,
  gelu: GeluMode = 'primitive',
): Value {
  const [B, T, C] = x.shape as [number, number, number]
  const H = config.nHead
  const D = C / H
  const cdt = prec.compute
  const w = (v: Value): Value => o.cast(v, cdt)
  const h = o.cast(o.layerNorm(x, p.ln1Weight, p.ln1Bias, config.layerNormEpsilon, 'ln_1')[0]!, cdt)
  const h2 = o.reshape(h, [B * T, C]) // [BT, C]

  // Attention. The 1/sqrt(D) scale rides on the query's rotary tables.
  const heads = (v: Value): Value => o.reshape(v, [B, T, H, D])
  const q = rotary(heads(linear(h2, w(p.qWeight), null, mode)), ctx.cosQ, ctx.sinQ, ctx.rotate)
  const k = rotary(heads(linear(h2, w(p.kWeight), null, mode)), ctx.cosK, ctx.sinK, ctx.rotate)
  const v = heads(linear(h2, w(p.vWeight), null, mode))
  const qh = o.transpose(q, [0, 2, 1, 3]) // [B, H, T, D]
  const kt = o.transpose(k, [0, 2, 3, 1]) // [B, H, D, T]
  const vh = o.transpose(v, [0, 2, 1, 3]) // [B, H, T, D]
  // Scores and softmax in float32 whatever the compute type, as Hugging Face does.
  const scores = o.add(o.cast(o.matmul(qh, kt), 'float32'), ctx.bias, 'scores') // [B, H, T, T]
  const probs = o.cast(o.softmax(scores, -1), cdt)
  const att = o.reshape(o.transpose(o.matmul(probs, vh), [0, 2, 1, 3]), [B * T, C]) // [BT, C]
  const attnOut = linear(att, w(p.outWeight), null, mode)

  // MLP from the same ln_1 output.
  const up = geluNew(linear(h2, w(p.fcInWeight), w(p.fcInBias), mode), gelu) // [BT, 4C]
  const mlpOut = linear(up, w(p.fcOutWeight), w(p.fcOutBias), mode)

  const delta = o.cast(o.add(attnOut, mlpOut), 'float32')
  return o.add(o.reshape(delta, [B, T, C]), x, 'residual')
}

/** Token embedding: input_ids [B, T] int32 -> [B, T, C] float32. */
export function embed(wte: Value, inputIds: Value): Value {
  return o.gather(wte, inputIds, 0, 'wte')
}

export interface HeadOutputs {
  /** Mean cross-entropy over scored tokens (0 when none is scored). */
  loss: Value
  /** Number of scored tokens, float32 scalar. */
  tokens: Value
  /** [B, T, V] float32. */
  logits: Value
}

/** ln_f, lm_head and the shifted mean cross-entropy. x [B, T, C] float32, labels [B, T] int32. */
export function head(
  x: Value,
  lnfWeight: Value,
  lnfBias: Value,
  lmWeight: Value,
  lmBias: Value,
  labels: Value,
  config: GPTJConfig,
  prec: GraphPrecision,
  mode: LinearMode,
): HeadOutputs {
  const g = x.graph
  const [B, T, C] = x.shape as [number, number, number]
  const V = config.vocabSize
  const h = o.cast(o.layerNorm(x, lnfWeight, lnfBias, config.layerNormEpsilon, 'ln_f')[0]!, prec.compute)
  const logits2 = o.cast(linear(o.reshape(h, [B * T, C]), o.cast(lmWeight, prec.compute), o.cast(lmBias, prec.compute), mode), 'float32') // [BT, V]
  return g.scope('loss', () => {
    // Position t is scored against labels[t + 1]; the last position has no target.
    const next = o.concat([o.slice(labels, [1], [T], [1]), o.constant(g, new Int32Array(B).fill(IGNORE_LABEL), 'int32', [B, 1])], 1)
    const flat = o.reshape(next, [B * T])
    // One fused kernel for log-softmax + pick + sum; its backward is p - onehot on scored rows.
    const [nll] = o.softmaxCrossEntropy(logits2, flat, IGNORE_LABEL)
    const scored = o.not(o.equal(flat, o.scalar(g, IGNORE_LABEL, 'int32')))
    const tokens = o.reduceSum(o.cast(scored, 'float32'), [0], false, 'tokens')
    const loss = o.div(nll!, o.max(tokens, 1), 'loss')
    return { loss, tokens, logits: o.reshape(logits2, [B, T, V]) }
  })
}
