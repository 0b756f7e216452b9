// The closed set of primitive ops the builder emits: for each, its ONNX attributes and its static
// shape inference, and a typed function that adds it to a graph. Backward rules live in one table
// in ./gradients.ts; ONNX emission in ./emit-onnx.ts. Opset: ./constants.ts (ONNX_OPSET).
import { type AnyTypedArray, type DType, isFloat, ONNX_DTYPE } from './dtype.js'
import type { Attrs, Graph, OutputSpec, Value } from './graph.js'

export type AttrKind = 'int' | 'float' | 'ints' | 'floats' | 'string'

interface OpSpec {
  /** Operator domain: '' (ONNX) unless the op is one of ONNX Runtime's contrib ops ('com.microsoft'). */
  domain?: string
  attrs: Record<string, AttrKind>
  infer(inputs: readonly (Value | null)[], attrs: Attrs): OutputSpec[]
}

/** numpy-style broadcasting of static shapes. */
export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  const rank = Math.max(...shapes.map((s) => s.length))
  const out: number[] = []
  for (let i = 0; i < rank; i++) {
    let d = 1
    for (const s of shapes) {
      const x = s[s.length - rank + i] ?? 1
      if (x === d || x === 1) continue
      if (d !== 1) throw new Error(`cannot broadcast shapes ${shapes.map((s) => `[${s.join(',')}]`).join(' and ')}`)
      d = x
    }
    out.push(d)
  }
  return out
}

function req(v: Value | null | undefined, op: string, i: number): Value {
  if (!v) throw new Error(`${op}: input ${i} is required`)
  return v
}

function constInts(v: Value | null | undefined, op: string, what: string): number[] {
  if (v?.kind !== 'const' || !v.data) throw new Error(`${op}: ${what} must be a constant`)
  return Array.from(v.data as ArrayLike<number | bigint>, (x) => Number(x))
}

const elementwise = (op: string, outBool = false): OpSpec => ({
  attrs: {},
  infer: (ins) => {
    const xs = ins.map((v, i) => req(v, op, i))
    const dtype = xs[0]!.dtype
    for (const x of xs) if (x.dtype !== dtype) throw new Error(`${op}: mixed dtypes ${xs.map(String).join(', ')}`)
    return [{ dtype: outBool ? 'bool' : dtype, shape: broadcastShapes(...xs.map((x) => x.shape)) }]
  },
})

const unary = (op: string): OpSpec => ({
  attrs: {},
  infer: (ins) => {
    const x = req(ins[0], op, 0)
    return [{ dtype: x.dtype, shape: x.shape }]
  },
})

function reduceInfer(op: string): OpSpec['infer'] {
  return (ins, attrs) => {
    const x = req(ins[0], op, 0)
    const axes = constInts(ins[1], op, 'axes')
    const keep = (attrs.keepdims ?? 1) === 1
    const shape: number[] = []
    x.shape.forEach((d, i) => {
      if (!axes.includes(i)) shape.push(d)
      else if (keep) shape.push(1)
    })
    return [{ dtype: x.dtype, shape }]
  }
}

function matmulShape(a: readonly number[], b: readonly number[]): number[] {
  if (a.length < 2 || b.length < 2) throw new Error(`MatMul: operands need rank >= 2, got [${a}] and [${b}]`)
  const [m, k] = a.slice(-2) as [number, number]
  const [k2, n] = b.slice(-2) as [number, number]
  if (k !== k2) throw new Error(`MatMul: inner dimensions differ, [${a}] x [${b}]`)
  return [...broadcastShapes(a.slice(0, -2), b.slice(0, -2)), m, n]
}

/** Every op the builder can emit. An op missing here cannot be built; one missing in gradients.ts cannot be differentiated. */
export const OPS: Record<string, OpSpec> = {
  Add: elementwise('Add'),
  Sub: elementwise('Sub'),
  Mul: elementwise('Mul'),
  Div: elementwise('Div'),
  Pow: elementwise('Pow'),
  Max: elementwise('Max'),
  Sum: elementwise('Sum'),
  Equal: elementwise('Equal', true),
  Less: elementwise('Less', true),
  LessOrEqual: elementwise('LessOrEqual', true),
  Greater: elementwise('Greater', true),
  And: elementwise('And', true),
  Or: elementwise('Or', true),
  Not: unary('Not'),
  Neg: unary('Neg'),
  Tanh: unary('Tanh'),
  Sigmoid: unary('Sigmoid'),
  /**
   * ONNX Runtime's fused gelu_new, 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), one pass
   * instead of nine (CPU, CUDA; float32 and float16 kernels, float64 through float32 arithmetic).
   */
  FastGelu: { domain: 'com.microsoft', attrs: {}, infer: unary('FastGelu').infer },
  Exp: unary('Exp'),
  Log: unary('Log'),
  Sqrt: unary('Sqrt'),
  Sin: unary('Sin'),
  Cos: unary('Cos'),
  Reciprocal: unary('Reciprocal'),
  Identity: unary('Identity'),
  MatMul: {
    attrs: {},
    infer: (ins) => {
      const a = req(ins[0], 'MatMul', 0)
      const b = req(ins[1], 'MatMul', 1)
      if (a.dtype !== b.dtype) throw new Error(`MatMul: mixed dtypes ${a} and ${b}`)
      return [{ dtype: a.dtype, shape: matmulShape(a.shape, b.shape) }]
    },
  },
  Gemm: {
    attrs: { alpha: 'float', beta: 'float', transA: 'int', transB: 'int' },
    infer: (ins, attrs) => {
      const a = req(ins[0], 'Gemm', 0)
      const b = req(ins[1], 'Gemm', 1)
      if (a.rank !== 2 || b.rank !== 2) throw new Error(`Gemm: operands must be 2-D, got ${a} and ${b}`)
      const [m, k] = attrs.transA ? [a.shape[1]!, a.shape[0]!] : [a.shape[0]!, a.shape[1]!]
      const [k2, n] = attrs.transB ? [b.shape[1]!, b.shape[0]!] : [b.shape[0]!, b.shape[1]!]
      if (k !== k2) throw new Error(`Gemm: inner dimensions differ, ${a} x ${b}`)
      const c = ins[2]
      if (c) broadcastShapes(c.shape, [m, n])
      return [{ dtype: a.dtype, shape: [m, n] }]
    },
  },
  Softmax: { attrs: { axis: 'int' }, infer: unary('Softmax').infer },
  LogSoftmax: { attrs: { axis: 'int' }, infer: unary('LogSoftmax').infer },
  LayerNormalization: {
    attrs: { axis: 'int', epsilon: 'float', stash_type: 'int' },
    infer: (ins, attrs) => {
      const x = req(ins[0], 'LayerNormalization', 0)
      const axis = attrs.axis as number
      const stat = x.shape.map((d, i) => (i < axis ? d : 1))
      // Mean and InvStdDev are computed in float32 (stash_type 1) whatever the input type.
      const statType: DType = 'float32'
      return [
        { dtype: x.dtype, shape: x.shape },
        { dtype: statType, shape: stat },
        { dtype: statType, shape: stat },
      ]
    },
  },
  ReduceSum: { attrs: { keepdims: 'int' }, infer: reduceInfer('ReduceSum') },
  ReduceMean: { attrs: { keepdims: 'int' }, infer: reduceInfer('ReduceMean') },
  ReduceMax: { attrs: { keepdims: 'int' }, infer: reduceInfer('ReduceMax') },
  Reshape: {
    attrs: {},
    infer: (ins) => {
      const x = req(ins[0], 'Reshape', 0)
      const shape = constInts(ins[1], 'Reshape', 'shape')
      const n = shape.reduce((a, b) => a * b, 1)
      if (n !== x.size) throw new Error(`Reshape: ${x} cannot become [${shape}]`)
      return [{ dtype: x.dtype, shape }]
    },
  },
  Transpose: {
    attrs: { perm: 'ints' },
    infer: (ins, attrs) => {
      const x = req(ins[0], 'Transpose', 0)
      const perm = attrs.perm as number[]
      return [{ dtype: x.dtype, shape: perm.map((p) => x.shape[p]!) }]
    },
  },
  Concat: {
    attrs: { axis: 'int' },
    infer: (ins, attrs) => {
      const xs = ins.map((v, i) => req(v, 'Concat', i))
      const axis = attrs.axis as number
      const shape = [...xs[0]!.shape]
      shape[axis] = xs.reduce((s, x) => s + x.shape[axis]!, 0)
      for (const x of xs) {
        if (x.dtype !== xs[0]!.dtype || x.rank !== shape.length) throw new Error(`Concat: mismatched inputs ${xs.map(String)}`)
        x.shape.forEach((d, i) => {
          if (i !== axis && d !== shape[i]) throw new Error(`Concat: mismatched inputs ${xs.map(String)}`)
        })
      }
      return [{ dtype: xs[0]!.dtype, shape }]
    },
  },
  Slice: {
    attrs: {},
    infer: (ins) => {
      const x = req(ins[0], 'Slice', 0)
      const starts = constInts(ins[1], 'Slice', 'starts')
      const ends = constInts(ins[2], 'Slice', 'ends')
      const axes = constInts(ins[3], 'Slice', 'axes')
      const shape = [...x.shape]
      axes.forEach((ax, i) => {
        const d = x.shape[ax]!
        const s = Math.min(Math.max(starts[i]! < 0 ? starts[i]! + d : starts[i]!, 0), d)
        const e = Math.min(Math.max(ends[i]! < 0 ? ends[i]! + d : ends[i]!, 0), d)
        shape[ax] = Math.max(e - s, 0)
      })
      return [{ dtype: x.dtype, shape }]
    },
  },
  Pad: {
    attrs: { mode: 'string' },
    infer: (ins) => {
      const x = req(ins[0], 'Pad', 0)
      const pads = constInts(ins[1], 'Pad', 'pads')
      return [{ dtype: x.dtype, shape: x.shape.map((d, i) => d + pads[i]! + pads[i + x.rank]!) }]
    },
  },
  Gather: {
    attrs: { axis: 'int' },
    infer: (ins, attrs) => {
      const data = req(ins[0], 'Gather', 0)
      const idx = req(ins[1], 'Gather', 1)
      const axis = attrs.axis as number
      return [{ dtype: data.dtype, shape: [...data.shape.slice(0, axis), ...idx.shape, ...data.shape.slice(axis + 1)] }]
    },
  },
  GatherElements: {
    attrs: { axis: 'int' },
    infer: (ins) => [{ dtype: req(ins[0], 'GatherElements', 0).dtype, shape: req(ins[1], 'GatherElements', 1).shape }],
  },
  ScatterND: {
    attrs: { reduction: 'string' },
    infer: (ins) => [{ dtype: req(ins[0], 'ScatterND', 0).dtype, shape: req(ins[0], 'ScatterND', 0).shape }],
  },
  ScatterElements: {
    attrs: { axis: 'int', reduction: 'string' },
    infer: (ins) => [{ dtype: req(ins[0], 'ScatterElements', 0).dtype, shape: req(ins[0], 'ScatterElements', 0).shape }],
  },
  SoftmaxCrossEntropyLoss: {
    attrs: { reduction: 'string', ignore_index: 'int' },
    infer: (ins, attrs) => {
      const scores = req(ins[0], 'SoftmaxCrossEntropyLoss', 0)
      const labels = req(ins[1], 'SoftmaxCrossEntropyLoss', 1)
      if (scores.rank !== 2 || labels.rank !== 1 || labels.shape[0] !== scores.shape[0]) {
        throw new Error(`SoftmaxCrossEntropyLoss: expects scores [N, C] and labels [N], got ${scores} and ${labels}`)
      }
      if (attrs.reduction === 'none') throw new Error('SoftmaxCrossEntropyLoss: only sum and mean reductions are supported')
      return [
        { dtype: scores.dtype, shape: [] },
        { dtype: scores.dtype, shape: scores.shape },
      ]
    },
  },
  Where: {
    attrs: {},
    infer: (ins) => {
      const c = req(ins[0], 'Where', 0)
      const a = req(ins[1], 'Where', 1)
      const b = req(ins[2], 'Where', 2)
      if (c.dtype !== 'bool' || a.dtype !== b.dtype) throw new Error(`Where: bad operand types ${c}, ${a}, ${b}`)
      return [{ dtype: a.dtype, shape: broadcastShapes(c.shape, a.shape, b.shape) }]
    },
  },
  Cast: {
    attrs: { to: 'int' },
    infer: (ins, attrs) => {
      const x = req(ins[0], 'Cast', 0)
      const to = Object.entries(ONNX_DTYPE).find(([, code]) => code === attrs.to)?.[0] as DType | undefined
      if (!to) throw new Error(`Cast: unknown target type ${attrs.to}`)
      return [{ dtype: to, shape: x.shape }]
    },
  },
  Expand: {
    attrs: {},
    infer: (ins) => {
      const x = req(ins[0], 'Expand', 0)
      return [{ dtype: x.dtype, shape: broadcastShapes(x.shape, constInts(ins[1], 'Expand', 'shape')) }]
    },
  },
}

/** Adds one node of a known op, inferring its outputs. */
export function node(g: Graph, op: string, inputs: readonly (Value | null)[], attrs: Attrs = {}, hint?: string): Value[] {
  const spec = OPS[op]
  if (!spec) throw new Error(`the graph builder has no op '${op}'`)
  for (const k of Object.keys(attrs)) {
    if (!(k in spec.attrs)) throw new Error(`${op}: unknown attribute '${k}'`)
  }
  return g.addNode(op, inputs, attrs, spec.infer(inputs, attrs), spec.domain ?? '', hint)
}

function one(g: Graph, op: string, inputs: readonly (Value | null)[], attrs: Attrs = {}, hint?: string): Value {
  return node(g, op, inputs, attrs, hint)[0]!
}

// ---------------------------------------------------------------------------------------------
// Typed builder functions. Numbers are scalar constants of the other operand's type.

export type Operand = Value | number

function typedArray(dtype: DType, values: readonly number[]): AnyTypedArray {
  switch (dtype) {
    case 'float32':
      return Float32Array.from(values)
    case 'float64':
      return Float64Array.from(values)
    case 'float16':
      throw new Error('float16 constants are built as float32 + Cast (see constant())')
    case 'int32':
      return Int32Array.from(values)
    case 'int64':
      return BigInt64Array.from(values, (v) => BigInt(v))
    case 'bool':
    case 'uint8':
      return Uint8Array.from(values)
  }
}

export function constant(g: Graph, values: readonly number[] | AnyTypedArray, dtype: DType, shape: readonly number[]): Value {
  // Half-precision constants are float32 initializers behind a Cast, which ONNX Runtime folds.
  if (dtype === 'float16' && !ArrayBuffer.isView(values)) return cast(constant(g, values, 'float32', shape), 'float16')
  const data = ArrayBuffer.isView(values) ? (values as AnyTypedArray) : typedArray(dtype, values as number[])
  return g.constant(data, dtype, shape)
}

export function scalar(g: Graph, value: number, dtype: DType): Value {
  return constant(g, [value], dtype, [])
}

function int64s(g: Graph, values: readonly number[]): Value {
  return g.constant(BigInt64Array.from(values, (v) => BigInt(v)), 'int64', [values.length])
}

function operands(a: Operand, b: Operand): [Value, Value] {
  if (typeof a === 'number' && typeof b === 'number') throw new Error('at least one operand must be a graph value')
  const g = (typeof a === 'number' ? (b as Value) : a).graph
  const dtype = (typeof a === 'number' ? (b as Value) : a).dtype
  return [typeof a === 'number' ? scalar(g, a, dtype) : a, typeof b === 'number' ? scalar(g, b, dtype) : b]
}

const binary = (op: string) => (a: Operand, b: Operand, hint?: string): Value => {
  const [x, y] = operands(a, b)
  return one(x.graph, op, [x, y], {}, hint)
}

export const add = binary('Add')
export const sub = binary('Sub')
export const mul = binary('Mul')
export const div = binary('Div')
export const pow = binary('Pow')
export const max = binary('Max')
export const equal = binary('Equal')
export const less = binary('Less')
export const lessOrEqual = binary('LessOrEqual')
export const greater = binary('Greater')
export const and = binary('And')
export const or = binary('Or')

const unaryFn = (op: string) => (x: Value, hint?: string): Value => one(x.graph, op, [x], {}, hint)
export const not = unaryFn('Not')
export const neg = unaryFn('Neg')
export const tanh = unaryFn('Tanh')
export const sigmoid = unaryFn('Sigmoid')
export const fastGelu = unaryFn('FastGelu')
export const exp = unaryFn('Exp')
export const log = unaryFn('Log')
export const sqrt = unaryFn('Sqrt')
export const sin = unaryFn('Sin')
export const cos = unaryFn('Cos')
export const reciprocal = unaryFn('Reciprocal')
export const identity = unaryFn('Identity')

/** Elementwise sum of any number of same-typed values (broadcasting). */
export function sum(xs: readonly Value[], hint?: string): Value {
  if (xs.length === 0) throw new Error('sum of nothing')
  if (xs.length === 1) return xs[0]!
  return one(xs[0]!.graph, 'Sum', xs, {}, hint)
}

export function matmul(a: Value, b: Value, hint?: string): Value {
  return one(a.graph, 'MatMul', [a, b], {}, hint)
}

export interface GemmOptions {
  alpha?: number
  beta?: number
  transA?: boolean
  transB?: boolean
}

/** Y = alpha * op(A) op(B) + beta * C for 2-D A and B (op = transpose when asked). */
export function gemm(a: Value, b: Value, c: Value | null = null, opts: GemmOptions = {}, hint?: string): Value {
  const attrs: Attrs = {}
  if (opts.alpha !== undefined && opts.alpha !== 1) attrs.alpha = opts.alpha
  if (opts.beta !== undefined && opts.beta !== 1) attrs.beta = opts.beta
  if (opts.transA) attrs.transA = 1
  if (opts.transB) attrs.transB = 1
  return one(a.graph, 'Gemm', c ? [a, b, c] : [a, b], attrs, hint)
}

function axisOf(x: Value, axis: number): number {
  const a = axis < 0 ? axis + x.rank : axis
  if (a < 0 || a >= Math.max(x.rank, 1)) throw new Error(`axis ${axis} out of range for ${x}`)
  return a
}

export function softmax(x: Value, axis = -1, hint?: string): Value {
  return one(x.graph, 'Softmax', [x], { axis: axisOf(x, axis) }, hint)
}

export function logSoftmax(x: Value, axis = -1, hint?: string): Value {
  return one(x.graph, 'LogSoftmax', [x], { axis: axisOf(x, axis) }, hint)
}

/** LayerNormalization over the last axis: returns [Y, Mean, InvStdDev]. */
export function layerNorm(x: Value, scale: Value, bias: Value, epsilon: number, hint?: string): Value[] {
  return node(x.graph, 'LayerNormalization', [x, scale, bias], { axis: x.rank - 1, epsilon, stash_type: 1 }, hint)
}

const reduce = (op: string) => (x: Value, axes: readonly number[], keepdims = true, hint?: string): Value => {
  const ax = [...new Set(axes.map((a) => axisOf(x, a)))].sort((p, q) => p - q)
  return one(x.graph, op, [x, int64s(x.graph, ax)], { keepdims: keepdims ? 1 : 0 }, hint)
}
export const reduceSum = reduce('ReduceSum')
export const reduceMean = reduce('ReduceMean')
export const reduceMax = reduce('ReduceMax')

/** Reshape to a static shape; one -1 is inferred. */
export function reshape(x: Value, shape: readonly number[], hint?: string): Value {
  const known = shape.reduce((a, d) => (d === -1 ? a : a * d), 1)
  const full = shape.map((d) => (d === -1 ? x.size / known : d))
  if (full.length === x.rank && full.every((d, i) => d === x.shape[i])) return x
  return one(x.graph, 'Reshape', [x, int64s(x.graph, full)], {}, hint)
}

export function transpose(x: Value, perm: readonly number[], hint?: string): Value {
  if (perm.every((p, i) => p === i)) return x
  return one(x.graph, 'Transpose', [x], { perm: [...perm] }, hint)
}

export function concat(xs: readonly Value[], axis: number, hint?: string): Value {
  if (xs.length === 1) return xs[0]!
  return one(xs[0]!.graph, 'Concat', xs, { axis: axisOf(xs[0]!, axis) }, hint)
}

/** x[starts:ends] along `axes` (step 1). */
export function slice(x: Value, starts: readonly number[], ends: readonly number[], axes: readonly number[], hint?: string): Value {
  const g = x.graph
  const ax = axes.map((a) => axisOf(x, a))
  return one(g, 'Slice', [x, int64s(g, starts), int64s(g, ends), int64s(g, ax)], {}, hint)
}

/** Zero padding; pads = [begin_0, …, begin_n, end_0, …, end_n]. */
export function pad(x: Value, pads: readonly number[], hint?: string): Value {
  if (pads.every((p) => p === 0)) return x
  return one(x.graph, 'Pad', [x, int64s(x.graph, pads)], { mode: 'constant' }, hint)
}

export function gather(data: Value, indices: Value, axis = 0, hint?: string): Value {
  return one(data.graph, 'Gather', [data, indices], { axis: axisOf(data, axis) }, hint)
}

export function gatherElements(data: Value, indices: Value, axis: number, hint?: string): Value {
  return one(data.graph, 'GatherElements', [data, indices], { axis: axisOf(data, axis) }, hint)
}

export function scatterND(data: Value, indices: Value, updates: Value, reduction: 'none' | 'add' = 'none', hint?: string): Value {
  return one(data.graph, 'ScatterND', [data, indices, updates], reduction === 'none' ? {} : { reduction }, hint)
}

export function scatterElements(data: Value, indices: Value, updates: Value, axis: number, reduction: 'none' | 'add' = 'none', hint?: string): Value {
  const attrs: Attrs = { axis: axisOf(data, axis) }
  if (reduction !== 'none') attrs.reduction = reduction
  return one(data.graph, 'ScatterElements', [data, indices, updates], attrs, hint)
}

/**
 * Summed softmax cross-entropy of scores [N, C] against labels [N] (int32/int64), skipping labels
 * equal to `ignoreIndex`: returns [loss (scalar), log_prob [N, C]]. One fused ONNX Runtime kernel.
 */
export function softmaxCrossEntropy(scores: Value, labels: Value, ignoreIndex: number, hint?: string): Value[] {
  return node(scores.graph, 'SoftmaxCrossEntropyLoss', [scores, labels], { reduction: 'sum', ignore_index: ignoreIndex }, hint)
}

export function where(cond: Value, a: Operand, b: Operand, hint?: string): Value {
  const [x, y] = operands(a, b)
  return one(cond.graph, 'Where', [cond, x, y], {}, hint)
}

export function cast(x: Value, to: DType, hint?: string): Value {
  if (x.dtype === to) return x
  return one(x.graph, 'Cast', [x], { to: ONNX_DTYPE[to] }, hint)
}

export function expand(x: Value, shape: readonly number[], hint?: string): Value {
  if (x.rank === shape.length && x.shape.every((d, i) => d === shape[i])) return x
  return one(x.graph, 'Expand', [x, int64s(x.graph, shape)], {}, hint)
}

/** A float zero tensor of `shape` (a broadcast scalar, materialised by Expand). */
export function zeros(g: Graph, dtype: DType, shape: readonly number[]): Value {
  return expand(scalar(g, 0, dtype), shape)
}

export function assertFloat(x: Value, what: string): void {
  if (!isFloat(x.dtype)) throw new Error(`${what}: expected a floating-point value, got ${x}`)
}
