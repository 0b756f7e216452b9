// Reverse-mode autodiff over the graph builder: one table of backward rules, one rule per op.
// A rule receives the node (its inputs x, outputs y, the gradient gy of its first output) and
// returns one gradient per input, null where an input has none. Rules may return a gradient with
// the broadcast shape of the op; `reduceTo` brings it back to the input's shape, here and nowhere
// else. An op without a rule throws, naming the op. (tinygrad's gradient.py, micrograd's engine.py.)
import { isFloat } from './dtype.js'
import type { Graph, Node, Value } from './graph.js'
import * as o from './ops.js'

export interface RuleContext {
  node: Node
  x: readonly (Value | null)[]
  y: readonly Value[]
  /** Gradient of output 0 (rules for multi-output ops use only output 0). */
  gy: Value
  /** needs[i]: whether input i wants a gradient (rules may skip work for the others). */
  needs: readonly boolean[]
}

export type BackwardRule = (c: RuleContext) => (Value | null)[]

const X = (c: RuleContext, i: number): Value => c.x[i]!

/** Ops whose outputs carry no gradient to any input (comparisons, logic). */
const noGradient: BackwardRule = (c) => c.x.map(() => null)

function lastTwo(rank: number): number[] {
  const perm = [...Array(rank).keys()]
  perm[rank - 2] = rank - 1
  perm[rank - 1] = rank - 2
  return perm
}

function inversePerm(perm: readonly number[]): number[] {
  const inv: number[] = new Array(perm.length)
  perm.forEach((p, i) => {
    inv[p] = i
  })
  return inv
}

/** The backward rules, one per differentiable primitive op. */
export const RULES: Record<string, BackwardRule> = {
  Add: (c) => [c.gy, c.gy],
  Sub: (c) => [c.gy, c.needs[1] ? o.neg(c.gy) : null],
  Mul: (c) => [c.needs[0] ? o.mul(c.gy, X(c, 1)) : null, c.needs[1] ? o.mul(c.gy, X(c, 0)) : null],
  Div: (c) => [
    c.needs[0] ? o.div(c.gy, X(c, 1)) : null,
    // d(a/b)/db = -(a/b)/b
    c.needs[1] ? o.neg(o.div(o.mul(c.gy, c.y[0]!), X(c, 1))) : null,
  ],
  Pow: (c) => [
    c.needs[0] ? o.mul(c.gy, o.mul(X(c, 1), o.pow(X(c, 0), o.sub(X(c, 1), 1)))) : null,
    c.needs[1] ? o.mul(c.gy, o.mul(c.y[0]!, o.log(X(c, 0)))) : null,
  ],
  Max: (c) => {
    const aWins = o.greater(X(c, 0), X(c, 1))
    const tie = o.equal(X(c, 0), X(c, 1))
    // Ties split the gradient evenly, as PyTorch's maximum does.
    const share = o.where(tie, o.mul(c.gy, 0.5), c.gy)
    return [o.where(o.or(aWins, tie), share, 0), o.where(aWins, 0, share)]
  },
  Sum: (c) => c.x.map(() => c.gy),
  Neg: (c) => [o.neg(c.gy)],
  Identity: (c) => [c.gy],
  Tanh: (c) => [o.mul(c.gy, o.sub(1, o.mul(c.y[0]!, c.y[0]!)))],
  Sigmoid: (c) => [o.mul(c.gy, o.mul(c.y[0]!, o.sub(1, c.y[0]!)))],
  FastGelu: (c) => {
    // With s = sigmoid(2 inner) = (1 + tanh(inner)) / 2 and inner = sqrt(2/pi) (x + 0.044715 x^3):
    // gelu'(x) = s (1 + x (1 - s) d(2 inner)/dx), d(2 inner)/dx = 2a + 6ab x^2, a = sqrt(2/pi),
    // b = 0.044715. Thirteen passes, where differentiating the nine-op chain takes about twice that.
    const x = X(c, 0)
    const a2 = 2 * Math.sqrt(2 / Math.PI)
    const b = 0.044715
    const u = o.mul(x, x)
    const s = o.sigmoid(o.mul(x, o.add(o.mul(u, a2 * b), a2)))
    const k = o.add(o.mul(u, 3 * a2 * b), a2)
    const r = o.mul(o.mul(x, o.sub(1, s)), k)
    return [o.mul(c.gy, o.mul(s, o.add(r, 1)))]
  },
  Exp: (c) => [o.mul(c.gy, c.y[0]!)],
  Log: (c) => [o.div(c.gy, X(c, 0))],
  Sqrt: (c) => [o.div(o.mul(c.gy, 0.5), c.y[0]!)],
  Sin: (c) => [o.mul(c.gy, o.cos(X(c, 0)))],
  Cos: (c) => [o.neg(o.mul(c.gy, o.sin(X(c, 0))))],
  Reciprocal: (c) => [o.neg(o.mul(c.gy, o.mul(c.y[0]!, c.y[0]!)))],
  Equal: noGradient,
  Less: noGradient,
  LessOrEqual: noGradient,
  Greater: noGradient,
  And: noGradient,
  Or: noGradient,
  Not: noGradient,

  MatMul: (c) => {
    const a = X(c, 0)
    const b = X(c, 1)
    const gy = c.gy
    if (b.rank === 2 && a.rank > 2) {
      // A weight shared by every row: fold the batch dims so dB is one Gemm, not a batched
      // product followed by a reduction.
      const [k, n] = b.shape as [number, number]
      const ga = c.needs[0] ? o.reshape(o.gemm(o.reshape(gy, [-1, n]), b, null, { transB: true }), a.shape) : null
      const gb = c.needs[1] ? o.gemm(o.reshape(a, [-1, k]), o.reshape(gy, [-1, n]), null, { transA: true }) : null
      return [ga, gb]
    }
    return [
      c.needs[0] ? o.matmul(gy, o.transpose(b, lastTwo(b.rank))) : null,
      c.needs[1] ? o.matmul(o.transpose(a, lastTwo(a.rank)), gy) : null,
    ]
  },
  Gemm: (c) => {
    const a = X(c, 0)
    const b = X(c, 1)
    const gy = c.gy
    const alpha = (c.node.attrs.alpha as number | undefined) ?? 1
    const beta = (c.node.attrs.beta as number | undefined) ?? 1
    const tA = c.node.attrs.transA === 1
    const tB = c.node.attrs.transB === 1
    const opts = (transA: boolean, transB: boolean): o.GemmOptions => ({ alpha, transA, transB })
    // Y = op(A) op(B): the four transpose cases, each gradient one Gemm with the right flags.
    let ga: Value | null = null
    let gb: Value | null = null
    if (c.needs[0]) ga = tA ? o.gemm(b, gy, null, opts(tB, true)) : o.gemm(gy, b, null, opts(false, !tB))
    if (c.needs[1]) gb = tB ? o.gemm(gy, a, null, opts(true, tA)) : o.gemm(a, gy, null, opts(!tA, false))
    const gc = c.x[2] && c.needs[2] ? (beta === 1 ? gy : o.mul(gy, beta)) : null
    return c.x.length === 3 ? [ga, gb, gc] : [ga, gb]
  },
  Softmax: (c) => {
    const y = c.y[0]!
    const axis = c.node.attrs.axis as number
    return [o.mul(y, o.sub(c.gy, o.reduceSum(o.mul(c.gy, y), [axis])))]
  },
  LogSoftmax: (c) => {
    const axis = c.node.attrs.axis as number
    return [o.sub(c.gy, o.mul(o.exp(c.y[0]!), o.reduceSum(c.gy, [axis])))]
  },
  LayerNormalization: (c) => {
    const x = X(c, 0)
    const scale = X(c, 1)
    const axis = c.node.attrs.axis as number
    const axes = [...Array(x.rank - axis).keys()].map((i) => i + axis)
    // The op's saved statistics are float32 (stash_type 1); a float64 graph recomputes them exactly.
    let mean: Value
    let invStd: Value
    if (x.dtype === 'float64') {
      mean = o.reduceMean(x, axes)
      const centered = o.sub(x, mean)
      invStd = o.reciprocal(o.sqrt(o.add(o.reduceMean(o.mul(centered, centered), axes), c.node.attrs.epsilon as number)))
    } else {
      mean = o.cast(c.y[1]!, x.dtype)
      invStd = o.cast(c.y[2]!, x.dtype)
    }
    const xhat = o.mul(o.sub(x, mean), invStd)
    const gxhat = o.mul(c.gy, scale)
    const gx = c.needs[0]
      ? o.mul(invStd, o.sub(o.sub(gxhat, o.reduceMean(gxhat, axes)), o.mul(xhat, o.reduceMean(o.mul(gxhat, xhat), axes))))
      : null
    // Scale and bias gradients are reduced over the batch dims by reduceTo.
    return [gx, c.needs[1] ? o.mul(c.gy, xhat) : null, c.needs[2] ? c.gy : null]
  },
  ReduceSum: (c) => {
    const x = X(c, 0)
    const axes = Array.from(c.x[1]!.data as BigInt64Array, Number)
    const kept = x.shape.map((d, i) => (axes.includes(i) ? 1 : d))
    return [o.expand(o.reshape(c.gy, kept), x.shape), null]
  },
  ReduceMean: (c) => {
    const x = X(c, 0)
    const axes = Array.from(c.x[1]!.data as BigInt64Array, Number)
    const kept = x.shape.map((d, i) => (axes.includes(i) ? 1 : d))
    const n = axes.reduce((p, a) => p * x.shape[a]!, 1)
    return [o.expand(o.reshape(o.div(c.gy, n), kept), x.shape), null]
  },
  Reshape: (c) => [o.reshape(c.gy, X(c, 0).shape), null],
  Transpose: (c) => [o.transpose(c.gy, inversePerm(c.node.attrs.perm as number[]))],
  Concat: (c) => {
    const axis = c.node.attrs.axis as number
    let at = 0
    return c.x.map((x, i) => {
      const start = at
      at += x!.shape[axis]!
      return c.needs[i] ? o.slice(c.gy, [start], [at], [axis]) : null
    })
  },
  Slice: (c) => {
    const x = X(c, 0)
    const starts = Array.from(c.x[1]!.data as BigInt64Array, Number)
    const ends = Array.from(c.x[2]!.data as BigInt64Array, Number)
    const axes = Array.from(c.x[3]!.data as BigInt64Array, Number)
    const pads = new Array(2 * x.rank).fill(0)
    axes.forEach((ax, i) => {
      const d = x.shape[ax]!
      const s = Math.min(Math.max(starts[i]! < 0 ? starts[i]! + d : starts[i]!, 0), d)
      const e = Math.min(Math.max(ends[i]! < 0 ? ends[i]! + d : ends[i]!, 0), d)
      pads[ax] = s
      pads[ax + x.rank] = d - Math.max(e, s)
    })
    return [o.pad(c.gy, pads), null, null, null]
  },
  Pad: (c) => {
    const x = X(c, 0)
    const pads = Array.from(c.x[1]!.data as BigInt64Array, Number)
    const axes = [...Array(x.rank).keys()]
    return [o.slice(c.gy, axes.map((a) => pads[a]!), axes.map((a) => pads[a]! + x.shape[a]!), axes), null]
  },
  Gather: (c) => {
    const data = X(c, 0)
    const idx = X(c, 1)
    if (c.node.attrs.axis !== 0) throw new Error('backward rule for Gather: only axis 0 is supported')
    // Rows gathered several times receive the sum of their gradients.
    const where = o.reshape(o.cast(idx, 'int64'), [...idx.shape, 1])
    return [o.scatterND(o.zeros(data.graph, data.dtype, data.shape), where, c.gy, 'add'), null]
  },
  GatherElements: (c) => {
    const data = X(c, 0)
    const axis = c.node.attrs.axis as number
    return [o.scatterElements(o.zeros(data.graph, data.dtype, data.shape), X(c, 1), c.gy, axis, 'add'), null]
  },
  SoftmaxCrossEntropyLoss: (c) => {
    // d(sum of -log p[label]) / d scores = p - onehot(label) on rows whose label is not ignored.
    const scores = X(c, 0)
    const labels = X(c, 1)
    const [n] = scores.shape as [number]
    const ignore = c.node.attrs.ignore_index as number
    const col = o.reshape(labels, [n, 1])
    const keep = o.not(o.equal(col, o.scalar(scores.graph, ignore, labels.dtype)))
    const w = o.mul(o.cast(keep, scores.dtype), c.gy) // [N, 1]: the seed on scored rows, 0 elsewhere
    const safe = o.where(keep, col, o.scalar(scores.graph, 0, labels.dtype))
    const pw = o.mul(o.exp(c.y[1]!), w) // [N, C]
    const at = o.gatherElements(pw, safe, 1)
    return [o.scatterElements(pw, safe, o.sub(at, w), 1), null]
  },
  Where: (c) => [null, c.needs[1] ? o.where(X(c, 0), c.gy, 0) : null, c.needs[2] ? o.where(X(c, 0), 0, c.gy) : null],
  Cast: (c) => [isFloat(X(c, 0).dtype) ? o.cast(c.gy, X(c, 0).dtype) : null],
  Expand: (c) => [c.gy, null],
}

/**
 * Sums a gradient over the axes along which its input was broadcast (leading axes, and axes where
 * the input has size 1), giving it the input's shape. The one place broadcasting is undone.
 */
export function reduceTo(gr: Value, shape: readonly number[]): Value {
  if (gr.rank === shape.length && gr.shape.every((d, i) => d === shape[i])) return gr
  const lead = gr.rank - shape.length
  if (lead < 0) throw new Error(`gradient ${gr} has lower rank than its input [${shape}]`)
  const axes: number[] = []
  gr.shape.forEach((d, i) => {
    const j = i - lead
    if (j < 0 || (shape[j] === 1 && d !== 1)) axes.push(i)
    else if (shape[j] !== d) throw new Error(`gradient ${gr} does not broadcast to [${shape}]`)
  })
  const summed = axes.length > 0 ? o.reduceSum(gr, axes, true) : gr
  return o.reshape(summed, shape)
}

/**
 * Appends the backward pass to `g`: given seeds (value, its gradient), returns the gradient of
 * each value in `wrt` (null where no seed depends on it). Gradients flow only through
 * floating-point values.
 */
export function gradients(g: Graph, seeds: readonly [Value, Value][], wrt: readonly Value[]): (Value | null)[] {
  const nodes = g.nodes.slice() // the forward nodes; the backward nodes are appended to g.nodes
  // Values that depend on something in `wrt` (and so may need a gradient).
  const live = new Set<number>(wrt.map((v) => v.id))
  for (const n of nodes) {
    if (n.inputs.some((x) => x && live.has(x.id))) {
      for (const y of n.outputs) if (isFloat(y.dtype)) live.add(y.id)
    }
  }
  const contributions = new Map<number, Value[]>()
  const push = (v: Value, gr: Value): void => {
    const list = contributions.get(v.id)
    if (list) list.push(gr)
    else contributions.set(v.id, [gr])
  }
  for (const [v, gv] of seeds) {
    if (gv.dtype !== v.dtype || gv.rank !== v.rank || gv.shape.some((d, i) => d !== v.shape[i])) {
      throw new Error(`seed gradient ${gv} does not match ${v}`)
    }
    push(v, gv)
  }
  const total = (v: Value): Value | null => {
    const list = contributions.get(v.id)
    if (!list || list.length === 0) return null
    if (list.length === 1) return list[0]!
    const s = o.sum(list, 'grad_sum')
    contributions.set(v.id, [s])
    return s
  }
  for (let k = nodes.length - 1; k >= 0; k--) {
    const n = nodes[k]!
    if (!n.outputs.some((y) => contributions.has(y.id))) continue
    const needs = n.inputs.map((x) => x !== null && live.has(x.id) && isFloat(x.dtype))
    if (!needs.some(Boolean)) continue
    const rule = RULES[n.op]
    if (!rule) throw new Error(`no backward rule for op '${n.op}' (node ${n.name})`)
    const gy = total(n.outputs[0]!)
    if (!gy) throw new Error(`op '${n.op}' (node ${n.name}): only its first output can carry a gradient`)
    const grads = g.scope(`grad/${n.name.replace(/\/.*$/, '')}`, () => rule({ node: n, x: n.inputs, y: n.outputs, gy, needs }))
    if (grads.length !== n.inputs.length) throw new Error(`backward rule for '${n.op}' returned ${grads.length} gradients for ${n.inputs.length} inputs`)
    grads.forEach((gr, i) => {
      const x = n.inputs[i]
      if (!gr || !x || !needs[i]) return
      if (gr.dtype !== x.dtype) throw new Error(`backward rule for '${n.op}' gave ${gr} for input ${x}`)
      push(x, reduceTo(gr, x.shape))
    })
  }
  return wrt.map((v) => total(v))
}

/** Gradients of a scalar `loss` (seed 1, or the given seed value). */
export function grad(loss: Value, wrt: readonly Value[], seed?: Value): (Value | null)[] {
  const s = seed ?? o.scalar(loss.graph, 1, loss.dtype)
  return gradients(loss.graph, [[loss, o.expand(s, loss.shape)]], wrt)
}
