// The training graphs of one pipeline stage: a contiguous range of global layers (stage 0 also
// holds the embedding, the last stage ln_f, lm_head and the loss). One joint graph is built
// (forward, then the backward appended by autodiff) and emitted as up to three ONNX models:
//   forward   batch inputs (+ hidden_in) -> hidden_out, or loss + tokens (+ logits) on the last stage
//   backward  the same inputs + grad_hidden_out (or loss_scale) -> grad.<param>, grad_hidden_in
//             (recomputes the stage's forward from its input, or reads saved activations)
//   fused     forward and backward in one run (the last stage needs no gradient from downstream)
import type { GPTJConfig, LayerRange, ParamSpec } from './config.js'
import { stageParams } from './config.js'
import { type EmittedModel, emitModel } from './graph/emit-onnx.js'
import { Graph, type Value } from './graph/graph.js'
import { gradients } from './graph/gradients.js'
import { attentionContext, block, embed, type GeluMode, type GraphPrecision, head, type LinearMode } from './gptj-graph.js'

export type Precision = 'fp32' | 'fp16'

/** How the backward model gets the forward's intermediate values. */
export type ActivationMode = 'recompute' | 'saved'

export interface StageGraphOptions {
  config: GPTJConfig
  range: LayerRange
  /** Rows per micro-batch (B) and tokens per row (T): the graphs have static shapes. */
  batch: number
  seq: number
  /** fp32: everything float32. fp16: matrix products in float16, master weights, LayerNorm, softmax, loss and the residual stream in float32. */
  precision?: Precision
  /** Also output the logits [B, T, V] (last stage). */
  logits?: boolean
  linear?: LinearMode
  /** gelu_new as ONNX Runtime's FastGelu ('fused', default) or as primitive ops (providers without it). */
  gelu?: GeluMode
}

/** Names of the models' inputs and outputs (parameters are fed and differentiated under their Hugging Face names). */
export const IO = {
  inputIds: 'input_ids',
  segmentIds: 'segment_ids',
  prefixMask: 'prefix_mask',
  labels: 'labels',
  hiddenIn: 'hidden_in',
  hiddenOut: 'hidden_out',
  gradHiddenOut: 'grad_hidden_out',
  gradHiddenIn: 'grad_hidden_in',
  lossScale: 'loss_scale',
  loss: 'loss',
  tokens: 'tokens',
  logits: 'logits',
  gradPrefix: 'grad.',
} as const

export interface StageGraphs {
  first: boolean
  last: boolean
  params: ParamSpec[]
  forward: EmittedModel
  /** Recompute variant: forward inputs + seed -> gradients. */
  backward: EmittedModel
  /** Forward and backward in one model (outputs of both). */
  fused: EmittedModel
  /** Saved-activations variant: the forward also outputs `saved`, the backward reads them. */
  savedForward: EmittedModel
  savedBackward: EmittedModel
  saved: string[]
}

export function isFirstStage(range: LayerRange): boolean {
  return range.start === 0
}

export function isLastStage(config: GPTJConfig, range: LayerRange): boolean {
  return range.end === config.nLayer
}

/** Builds and emits the stage's models. */
export function buildStageGraphs(opts: StageGraphOptions): StageGraphs {
  const { config, range, batch: B, seq: T } = opts
  if (range.start < 0 || range.end > config.nLayer || range.start >= range.end) {
    throw new Error(`stage range [${range.start}, ${range.end}) is not inside 0..${config.nLayer}`)
  }
  const prec: GraphPrecision = { compute: opts.precision === 'fp16' ? 'float16' : 'float32' }
  const mode = opts.linear ?? 'gemm'
  const first = isFirstStage(range)
  const last = isLastStage(config, range)
  const C = config.nEmbd
  const g = new Graph()
  const specs = stageParams(config, range)
  const p = new Map<string, Value>(specs.map((s) => [s.name, g.input(s.name, 'float32', s.shape)]))
  const P = (name: string): Value => {
    const v = p.get(name)
    if (!v) throw new Error(`stage graph: no parameter ${name}`)
    return v
  }
  const segmentIds = g.input(IO.segmentIds, 'int32', [B, T])
  const prefixMask = g.input(IO.prefixMask, 'bool', [B, T])
  const inputIds = first ? g.input(IO.inputIds, 'int32', [B, T]) : null
  const hiddenIn = first ? null : g.input(IO.hiddenIn, 'float32', [B, T, C])
  const labels = last ? g.input(IO.labels, 'int32', [B, T]) : null

  const ctx = attentionContext(g, config, segmentIds, prefixMask, prec.compute)
  let x = first ? g.scope('wte', () => embed(P('transformer.wte.weight'), inputIds!)) : hiddenIn!
  for (let i = range.start; i < range.end; i++) {
    const n = `transformer.h.${i}.`
    x = g.scope(`h.${i}`, () =>
      block(
        x,
        {
          ln1Weight: P(`${n}ln_1.weight`),
          ln1Bias: P(`${n}ln_1.bias`),
          qWeight: P(`${n}attn.q_proj.weight`),
          kWeight: P(`${n}attn.k_proj.weight`),
          vWeight: P(`${n}attn.v_proj.weight`),
          outWeight: P(`${n}attn.out_proj.weight`),
          fcInWeight: P(`${n}mlp.fc_in.weight`),
          fcInBias: P(`${n}mlp.fc_in.bias`),
          fcOutWeight: P(`${n}mlp.fc_out.weight`),
          fcOutBias: P(`${n}mlp.fc_out.bias`),
        },
        ctx,
        config,
        prec,
        mode,
        opts.gelu ?? 'fused',
      ),
    )
  }
  const fwdOutputs: Record<string, Value> = {}
  let seed: [Value, Value]
  if (last) {
    const out = g.scope('head', () =>
      head(x, P('transformer.ln_f.weight'), P('transformer.ln_f.bias'), P('lm_head.weight'), P('lm_head.bias'), labels!, config, prec, mode),
    )
    fwdOutputs[IO.loss] = out.loss
    fwdOutputs[IO.tokens] = out.tokens
    if (opts.logits) fwdOutputs[IO.logits] = out.logits
    seed = [out.loss, g.input(IO.lossScale, 'float32', [])]
  } else {
    fwdOutputs[IO.hiddenOut] = x
    seed = [x, g.input(IO.gradHiddenOut, 'float32', [B, T, C])]
  }
  const forwardNodeCount = g.nodes.length

  const wrt = [...specs.map((s) => P(s.name)), ...(hiddenIn ? [hiddenIn] : [])]
  const grads = gradients(g, [seed], wrt)
  const bwdOutputs: Record<string, Value> = {}
  specs.forEach((s, i) => {
    const gr = grads[i]
    if (!gr) throw new Error(`stage graph: ${s.name} gets no gradient`)
    bwdOutputs[`${IO.gradPrefix}${s.name}`] = gr
  })
  if (hiddenIn) bwdOutputs[IO.gradHiddenIn] = grads[specs.length]!

  // Forward values the backward nodes read: what a saved-activations backward needs as inputs.
  const forwardNodes = new Set(g.nodes.slice(0, forwardNodeCount).map((n) => n.id))
  const savedSet = new Map<number, Value>()
  for (const n of g.nodes.slice(forwardNodeCount)) {
    for (const v of n.inputs) {
      if (v && v.kind === 'node' && forwardNodes.has(v.producer!.id)) savedSet.set(v.id, v)
    }
  }
  const saved = [...savedSet.values()]
  const savedBackward = emitModel(g, { outputs: bwdOutputs, cut: saved, name: 'stage_backward_saved' })
  // Only values the pruned backward model still reads travel from forward to backward, under their own names.
  const savedNeeded = saved.filter((v) => savedBackward.inputs.includes(v.name))
  const savedForwardOutputs: Record<string, Value> = { ...fwdOutputs }
  for (const v of savedNeeded) savedForwardOutputs[v.name] = v

  return {
    first,
    last,
    params: specs,
    forward: emitModel(g, { outputs: fwdOutputs, name: 'stage_forward' }),
    backward: emitModel(g, { outputs: bwdOutputs, name: 'stage_backward' }),
    fused: emitModel(g, { outputs: { ...fwdOutputs, ...bwdOutputs }, name: 'stage_fused' }),
    savedForward: emitModel(g, { outputs: savedForwardOutputs, name: 'stage_forward_saved' }),
    savedBackward,
    saved: savedNeeded.map((v) => v.name),
  }
}
