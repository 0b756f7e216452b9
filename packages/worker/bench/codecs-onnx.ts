// The in-graph encoding path, measured: block-wise int8 quantization (one fp16 scale per 64 values,
// like q8) as an ONNX graph run by ONNX Runtime on the CPU with one thread, next to the JavaScript
// codec on the same tensor. If a stage's graph emitted these outputs itself, the fp32 activation
// would never leave ONNX Runtime (and, on a GPU provider, only the compressed bytes would).
import { onnx } from '@tandem/proto'
import * as ort from 'onnxruntime-node'

export interface OnnxQuantizeResult {
  graph: string
  elements: number
  /** Best of the repetitions, CPU time of one run (one intra-op thread). */
  ms: number
  GBps: number
}

const T = onnx.TensorProto.DataType

function i64(name: string, vals: number[]): onnx.TensorProto {
  return onnx.TensorProto.create({ name, dims: [vals.length], data_type: T.INT64, raw_data: new Uint8Array(new BigInt64Array(vals.map(BigInt)).buffer) })
}

function f32(name: string, v: number): onnx.TensorProto {
  return onnx.TensorProto.create({ name, dims: [], data_type: T.FLOAT, raw_data: new Uint8Array(new Float32Array([v]).buffer) })
}

function node(op: string, input: string[], output: string[], attrs: Record<string, number> = {}): onnx.NodeProto {
  const attribute = Object.entries(attrs).map(([name, i]) => onnx.AttributeProto.create({ name, type: onnx.AttributeProto.AttributeType.INT, i }))
  return onnx.NodeProto.create({ op_type: op, input, output, attribute })
}

function valueInfo(name: string, elem: number, dims: number[]): onnx.ValueInfoProto {
  return onnx.ValueInfoProto.create({ name, type: { tensor_type: { elem_type: elem, shape: { dim: dims.map((d) => ({ dim_value: d })) } } } })
}

/** x [rows * group] -> q int8 [rows, group], s16 fp16 [rows]: per-row scale max|x| / 127 in fp16. */
export function q8BlockModel(rows: number, group: number): Uint8Array {
  const graph = onnx.GraphProto.create({
    name: 'q8_block',
    input: [valueInfo('x', T.FLOAT, [rows * group])],
    output: [valueInfo('q', T.INT8, [rows, group]), valueInfo('s16', T.FLOAT16, [rows])],
    initializer: [
      onnx.TensorProto.create({ name: 'zp', dims: [rows], data_type: T.INT8, raw_data: new Uint8Array(rows) }),
      i64('shape', [rows, group]),
      i64('axes', [1]),
      f32('qmax', 127),
      f32('tiny', 2 ** -24),
    ],
    node: [
      node('Reshape', ['x', 'shape'], ['xr']),
      node('Abs', ['xr'], ['a']),
      node('ReduceMax', ['a', 'axes'], ['m'], { keepdims: 0 }),
      node('Div', ['m', 'qmax'], ['s']),
      node('Max', ['s', 'tiny'], ['s1']),
      node('Cast', ['s1'], ['s16'], { to: T.FLOAT16 }),
      node('Cast', ['s16'], ['sf'], { to: T.FLOAT }),
      node('QuantizeLinear', ['xr', 'sf', 'zp'], ['q'], { axis: 0 }),
    ],
  })
  const model = onnx.ModelProto.create({ ir_version: 8, opset_import: [{ domain: '', version: 18 }], graph })
  return onnx.ModelProto.encode(model).finish()
}

export async function benchOnnxQuantize(x: Float32Array, group: number, repeat: number): Promise<OnnxQuantizeResult> {
  const rows = Math.floor(x.length / group)
  const n = rows * group
  const session = await ort.InferenceSession.create(q8BlockModel(rows, group), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  })
  try {
    const feeds = { x: new ort.Tensor('float32', x.subarray(0, n), [n]) }
    await session.run(feeds)
    let best = Number.POSITIVE_INFINITY
    for (let r = 0; r < repeat; r++) {
      const t0 = performance.now()
      await session.run(feeds)
      best = Math.min(best, performance.now() - t0)
    }
    return { graph: `int8, one fp16 scale per ${group} (Reshape, Abs, ReduceMax, Div, Cast x2, QuantizeLinear)`, elements: n, ms: best, GBps: (n * 4) / best / 1e6 }
  } finally {
    await session.release()
  }
}
