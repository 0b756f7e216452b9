// The graph under construction: symbolic values with static shapes, nodes in topological order
// (a node can only use values that already exist), graph inputs and constant initializers.
// Ops are added through the functions in ./ops.ts; gradients through ./gradients.ts.
import { type AnyTypedArray, type DType, numel } from './dtype.js'

/** Attribute values as ONNX stores them; each op's spec in ./ops.ts says which kind each name is. */
export type AttrValue = number | number[] | string

export type Attrs = Record<string, AttrValue>

export type ValueKind = 'input' | 'const' | 'node'

/** A symbolic tensor: an input, a constant or one output of a node. Shapes are static. */
export class Value {
  readonly graph: Graph
  readonly id: number
  readonly name: string
  readonly dtype: DType
  readonly shape: readonly number[]
  readonly kind: ValueKind
  /** The node computing this value (kind 'node'). */
  readonly producer: Node | null
  /** The data of a constant (kind 'const'). */
  readonly data: AnyTypedArray | null

  constructor(
    graph: Graph,
    id: number,
    name: string,
    dtype: DType,
    shape: readonly number[],
    kind: ValueKind,
    producer: Node | null,
    data: AnyTypedArray | null,
  ) {
    this.graph = graph
    this.id = id
    this.name = name
    this.dtype = dtype
    this.shape = Object.freeze([...shape])
    this.kind = kind
    this.producer = producer
    this.data = data
  }

  get rank(): number {
    return this.shape.length
  }

  get size(): number {
    return numel(this.shape)
  }

  toString(): string {
    return `${this.name}:${this.dtype}[${this.shape.join(',')}]`
  }
}

export interface Node {
  readonly id: number
  readonly op: string
  /** ONNX operator domain; '' is the default ONNX domain. */
  readonly domain: string
  /** Optional inputs are null (ONNX writes them as empty names). */
  readonly inputs: readonly (Value | null)[]
  readonly outputs: readonly Value[]
  readonly attrs: Readonly<Attrs>
  readonly name: string
}

export interface OutputSpec {
  dtype: DType
  shape: readonly number[]
}

/** A builder for one ONNX graph. */
export class Graph {
  readonly nodes: Node[] = []
  readonly inputs: Value[] = []
  readonly constants: Value[] = []
  readonly #names = new Set<string>()
  readonly #constCache = new Map<string, Value>()
  #nextId = 0
  #scope: string[] = []

  /** Declares a graph input (fed at run time). */
  input(name: string, dtype: DType, shape: readonly number[]): Value {
    this.#claim(name)
    for (const d of shape) {
      if (!Number.isInteger(d) || d < 0) throw new Error(`input ${name}: bad dimension ${d} in [${shape.join(',')}]`)
    }
    const v = new Value(this, this.#nextId++, name, dtype, shape, 'input', null, null)
    this.inputs.push(v)
    return v
  }

  /**
   * A constant tensor, emitted as an initializer. Small constants with equal content share one
   * value, so repeated scalars and shapes do not bloat the model.
   */
  constant(data: AnyTypedArray, dtype: DType, shape: readonly number[], name?: string): Value {
    if (data.length !== numel(shape)) throw new Error(`constant: ${data.length} elements for shape [${shape.join(',')}]`)
    const small = data.length <= 64 && name === undefined
    const key = small ? `${dtype}|${shape.join(',')}|${Array.from(data as ArrayLike<number | bigint>).join(',')}` : ''
    if (small) {
      const hit = this.#constCache.get(key)
      if (hit) return hit
    }
    const id = this.#nextId++
    const n = name ?? `const_${id}`
    this.#claim(n)
    const v = new Value(this, id, n, dtype, shape, 'const', null, data)
    this.constants.push(v)
    if (small) this.#constCache.set(key, v)
    return v
  }

  /** Adds a node; `outputs` come from the op's shape inference in ./ops.ts. */
  addNode(op: string, inputs: readonly (Value | null)[], attrs: Attrs, outputs: readonly OutputSpec[], domain = '', hint?: string): Value[] {
    for (const x of inputs) {
      if (x && x.graph !== this) throw new Error(`${op}: input ${x.name} belongs to another graph`)
    }
    const id = this.#nextId++
    const base = `${this.#scope.length > 0 ? `${this.#scope.join('.')}/` : ''}${hint ?? op.toLowerCase()}_${id}`
    const outs: Value[] = []
    const node: Node = { id, op, domain, inputs: [...inputs], outputs: outs, attrs: { ...attrs }, name: base }
    outputs.forEach((spec, i) => {
      const name = outputs.length === 1 ? base : `${base}:${i}`
      this.#claim(name)
      outs.push(new Value(this, this.#nextId++, name, spec.dtype, spec.shape, 'node', node, null))
    })
    this.nodes.push(node)
    return outs
  }

  /** Runs `fn` with `name` prepended to the names of the values it creates (readable ONNX dumps). */
  scope<T>(name: string, fn: () => T): T {
    this.#scope.push(name)
    try {
      return fn()
    } finally {
      this.#scope.pop()
    }
  }

  #claim(name: string): void {
    if (this.#names.has(name)) throw new Error(`graph: the name '${name}' is already used`)
    this.#names.add(name)
  }
}
