// Turns a built graph into ONNX ModelProto bytes (through the ONNX subset schema in @tandem/proto),
// keeping only the nodes, inputs and constants the requested outputs depend on. That pruning is how
// one joint forward+backward graph yields separate forward and backward models.
import { onnx } from '@tandem/proto'
import { ONNX_DTYPE } from './dtype.js'
import type { Graph, Node, Value } from './graph.js'
import { OPS } from './ops.js'

/** ONNX IR version 8 with opset 18: supported by ONNX Runtime's CPU, CUDA and WebGPU providers. */
export const ONNX_IR_VERSION = 8
export const ONNX_OPSET = 18
/** ONNX Runtime's contrib operators (FastGelu): opset 1 of their domain. */
export const CONTRIB_DOMAIN = 'com.microsoft'
export const CONTRIB_OPSET = 1

export interface EmitOptions {
  /** Graph outputs by the name they get in the model. */
  outputs: Record<string, Value>
  /** Values that become graph inputs instead of being computed (saved activations). */
  cut?: readonly Value[]
  /** Graph name (shows up in ONNX Runtime's messages). */
  name?: string
}

export interface EmittedModel {
  bytes: Uint8Array
  /** Input names, in the order of the model's inputs. */
  inputs: string[]
  outputs: string[]
  nodeCount: number
}

function valueInfo(name: string, v: Value): onnx.ValueInfoProto.$Properties {
  return {
    name,
    type: { tensor_type: { elem_type: ONNX_DTYPE[v.dtype], shape: { dim: v.shape.map((d) => ({ dim_value: d })) } } },
  }
}

function tensorBytes(v: Value): Uint8Array {
  const d = v.data!
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
}

export function emitModel(g: Graph, opts: EmitOptions): EmittedModel {
  const cut = new Set((opts.cut ?? []).map((v) => v.id))
  // Names: an output keeps the name it is asked for, so the model's outputs read well.
  const rename = new Map<number, string>()
  const extra: onnx.NodeProto.$Properties[] = []
  for (const [name, v] of Object.entries(opts.outputs)) {
    if (!rename.has(v.id) && v.kind === 'node' && !cut.has(v.id)) rename.set(v.id, name)
    else extra.push({ op_type: 'Identity', input: [v.name], output: [name], name: `out_${name}` })
  }
  const nameOf = (v: Value): string => rename.get(v.id) ?? v.name

  // Walk back from the outputs.
  const needed = new Set<number>()
  const used = new Set<number>()
  const stack: Value[] = Object.values(opts.outputs)
  while (stack.length > 0) {
    const v = stack.pop()!
    if (used.has(v.id)) continue
    used.add(v.id)
    if (cut.has(v.id) || v.kind !== 'node') continue
    const n = v.producer!
    if (needed.has(n.id)) continue
    needed.add(n.id)
    for (const x of n.inputs) if (x) stack.push(x)
  }
  const nodes = g.nodes.filter((n) => needed.has(n.id))
  const inputs = [...g.inputs.filter((v) => used.has(v.id)), ...(opts.cut ?? []).filter((v) => used.has(v.id))]
  const constants = g.constants.filter((v) => used.has(v.id))

  const nodeProto = (n: Node): onnx.NodeProto.$Properties => {
    const spec = OPS[n.op]!
    const attribute: onnx.AttributeProto.$Properties[] = []
    for (const [name, val] of Object.entries(n.attrs)) {
      const kind = spec.attrs[name]
      switch (kind) {
        case 'int':
          attribute.push({ name, type: onnx.AttributeProto.AttributeType.INT, i: val as number })
          break
        case 'float':
          attribute.push({ name, type: onnx.AttributeProto.AttributeType.FLOAT, f: val as number })
          break
        case 'ints':
          attribute.push({ name, type: onnx.AttributeProto.AttributeType.INTS, ints: val as number[] })
          break
        case 'floats':
          attribute.push({ name, type: onnx.AttributeProto.AttributeType.FLOATS, floats: val as number[] })
          break
        case 'string':
          attribute.push({ name, type: onnx.AttributeProto.AttributeType.STRING, s: new TextEncoder().encode(val as string) })
          break
        default:
          throw new Error(`${n.op}: attribute '${name}' has no declared kind`)
      }
    }
    return {
      op_type: n.op,
      domain: n.domain,
      name: n.name,
      input: n.inputs.map((x) => (x ? nameOf(x) : '')),
      output: n.outputs.map(nameOf),
      attribute,
    }
  }

  const model: onnx.ModelProto.$Properties = {
    ir_version: ONNX_IR_VERSION,
    opset_import: [{ domain: '', version: ONNX_OPSET }, ...(nodes.some((n) => n.domain === CONTRIB_DOMAIN) ? [{ domain: CONTRIB_DOMAIN, version: CONTRIB_OPSET }] : [])],
    producer_name: 'tandem',
    producer_version: '0.1.0',
    graph: {
      name: opts.name ?? 'tandem',
      node: [...nodes.map(nodeProto), ...extra],
      input: inputs.map((v) => valueInfo(nameOf(v), v)),
      output: Object.entries(opts.outputs).map(([name, v]) => valueInfo(name, v)),
      initializer: constants.map((v) => ({
        name: v.name,
        data_type: ONNX_DTYPE[v.dtype],
        dims: [...v.shape],
        raw_data: tensorBytes(v),
      })),
    },
  }
  return {
    bytes: onnx.ModelProto.encode(model).finish(),
    inputs: inputs.map(nameOf),
    outputs: Object.keys(opts.outputs),
    nodeCount: nodes.length + extra.length,
  }
}
