// safetensors files (the Hugging Face tensor format): an 8-byte little-endian header length, a
// JSON header {name: {dtype, shape, data_offsets}, __metadata__?}, then the raw little-endian
// tensor bytes. Reads go header first, then one tensor at a time by offset, so a 12 GB shard is
// never held whole; writes stream tensor by tensor into a temporary file that is fsynced and
// renamed. Every header is validated before a byte of data is trusted.
import { type FileHandle, open } from 'node:fs/promises'
import { endianness } from 'node:os'
import { UserError } from '@tandem/proto'
import { bf16ToF32, f16ToF32, f32ToF16 } from './fp16.js'
import { withAtomicFile } from './atomic-write.js'

/** The dtypes of the safetensors format that Tandem recognises (it converts the float ones to fp32). */
export type SafetensorsDtype = 'F64' | 'F32' | 'F16' | 'BF16' | 'I64' | 'I32' | 'I16' | 'I8' | 'U8' | 'BOOL'
/** The dtypes Tandem writes. */
export type SafetensorsWriteDtype = 'F32' | 'F16'

export const DTYPE_BYTES: Record<SafetensorsDtype, number> = {
  F64: 8, F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, I16: 2, I8: 1, U8: 1, BOOL: 1,
}

/** The format's own limit on the header (the reference implementation refuses larger ones). */
export const HEADER_BYTES_MAX = 100_000_000
/** One read or write call moves at most this much (fs calls are limited to 2 GiB). */
const IO_CHUNK_BYTES = 1 << 30

export interface TensorInfo {
  name: string
  dtype: SafetensorsDtype
  shape: number[]
  /** Byte range inside the data section (after the header). */
  begin: number
  end: number
}

export interface SafetensorsHeader {
  /** Tensors in file order (by offset). */
  tensors: Map<string, TensorInfo>
  metadata: Record<string, string> | undefined
  /** Absolute file offset of the data section. */
  dataStart: number
}

function formatError(source: string, problem: string, data: Record<string, unknown> = {}): UserError {
  return new UserError(`${source} is not a valid safetensors file: ${problem}.`, { source, ...data }, 'E_SAFETENSORS')
}

function assertLittleEndianHost(): void {
  // safetensors is little-endian; Tandem reads and writes it with typed arrays in host order.
  if (endianness() !== 'LE') throw new Error('safetensors I/O needs a little-endian host')
}

export function numelOf(shape: readonly number[]): number {
  let n = 1
  for (const d of shape) n *= d
  return n
}

function isDtype(x: unknown): x is SafetensorsDtype {
  return typeof x === 'string' && Object.hasOwn(DTYPE_BYTES, x)
}

/**
 * Validates a header (the JSON bytes after the length) against the size of the data section.
 * Offsets must tile the data section exactly, in order, as the reference implementation requires.
 */
export function parseSafetensorsHeader(json: Uint8Array, dataStart: number, dataBytes: number, source: string): SafetensorsHeader {
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json))
  } catch {
    throw formatError(source, 'the header is not UTF-8 JSON')
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw formatError(source, 'the header is not a JSON object')
  }
  let metadata: Record<string, string> | undefined
  const list: TensorInfo[] = []
  for (const [name, v] of Object.entries(raw as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string')) {
        throw formatError(source, '__metadata__ must map strings to strings')
      }
      metadata = v as Record<string, string>
      continue
    }
    const e = v as { dtype?: unknown; shape?: unknown; data_offsets?: unknown } | null
    if (e === null || typeof e !== 'object') throw formatError(source, `entry '${name}' is not an object`, { tensor: name })
    if (!isDtype(e.dtype)) {
      throw formatError(source, `tensor '${name}' has dtype ${JSON.stringify(e.dtype)}, which Tandem does not know (known: ${Object.keys(DTYPE_BYTES).join(', ')})`, { tensor: name })
    }
    const shape = e.shape
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      throw formatError(source, `tensor '${name}' has an invalid shape ${JSON.stringify(shape)}`, { tensor: name })
    }
    const off = e.data_offsets
    if (!Array.isArray(off) || off.length !== 2 || !off.every((x) => Number.isSafeInteger(x) && x >= 0) || off[0] > off[1]) {
      throw formatError(source, `tensor '${name}' has invalid data_offsets ${JSON.stringify(off)}`, { tensor: name })
    }
    const [begin, end] = off as [number, number]
    if (end > dataBytes) {
      throw formatError(source, `tensor '${name}' ends at byte ${end} of a ${dataBytes}-byte data section (truncated file?)`, { tensor: name })
    }
    const want = numelOf(shape) * DTYPE_BYTES[e.dtype]
    if (end - begin !== want) {
      throw formatError(source, `tensor '${name}' spans ${end - begin} bytes but ${e.dtype} ${JSON.stringify(shape)} needs ${want}`, { tensor: name })
    }
    list.push({ name, dtype: e.dtype, shape: shape as number[], begin, end })
  }
  list.sort((a, b) => a.begin - b.begin || a.end - b.end)
  let at = 0
  for (const t of list) {
    if (t.begin !== at) {
      throw formatError(source, t.begin < at ? `tensor '${t.name}' overlaps the tensor before it` : `there is a gap before tensor '${t.name}'`, { tensor: t.name })
    }
    at = t.end
  }
  if (at !== dataBytes) throw formatError(source, `${dataBytes - at} bytes after the last tensor belong to none`)
  return { tensors: new Map(list.map((t) => [t.name, t])), metadata, dataStart }
}

async function readFully(fh: FileHandle, into: Uint8Array, position: number, source: string): Promise<void> {
  let done = 0
  while (done < into.length) {
    const len = Math.min(IO_CHUNK_BYTES, into.length - done)
    const { bytesRead } = await fh.read(into, done, len, position + done)
    if (bytesRead === 0) throw formatError(source, 'the file ended early (it changed while being read?)')
    done += bytesRead
  }
}

async function writeFully(fh: FileHandle, bytes: Uint8Array): Promise<void> {
  let done = 0
  while (done < bytes.length) {
    const len = Math.min(IO_CHUNK_BYTES, bytes.length - done)
    const { bytesWritten } = await fh.write(bytes, done, len)
    done += bytesWritten
  }
}

/** An open safetensors file: the header is parsed on open, tensors are read one at a time. */
export class SafetensorsReader {
  private constructor(
    private readonly fh: FileHandle,
    readonly path: string,
    readonly header: SafetensorsHeader,
  ) {}

  static async open(path: string): Promise<SafetensorsReader> {
    assertLittleEndianHost()
    let fh: FileHandle
    try {
      fh = await open(path, 'r')
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT') throw new UserError(`${path} does not exist.`, { path }, 'E_NOT_FOUND')
      throw err
    }
    try {
      const fileBytes = (await fh.stat()).size
      if (fileBytes < 8) throw formatError(path, `the file has ${fileBytes} bytes, fewer than the 8-byte header length`)
      const lenBytes = new Uint8Array(8)
      await readFully(fh, lenBytes, 0, path)
      const n = Number(new DataView(lenBytes.buffer).getBigUint64(0, true))
      if (n < 2 || n > HEADER_BYTES_MAX || n > fileBytes - 8) {
        throw formatError(path, `the header length ${n} is out of bounds (2..${Math.min(HEADER_BYTES_MAX, fileBytes - 8)})`)
      }
      const json = new Uint8Array(n)
      await readFully(fh, json, 8, path)
      return new SafetensorsReader(fh, path, parseSafetensorsHeader(json, 8 + n, fileBytes - 8 - n, path))
    } catch (err) {
      await fh.close()
      throw err
    }
  }

  names(): string[] {
    return [...this.header.tensors.keys()]
  }

  info(name: string): TensorInfo {
    const t = this.header.tensors.get(name)
    if (!t) throw new UserError(`${this.path} has no tensor '${name}'.`, { path: this.path, tensor: name }, 'E_SAFETENSORS')
    return t
  }

  /** The tensor's bytes as stored (little-endian), in a fresh 8-byte-aligned buffer. */
  async readRaw(name: string): Promise<Uint8Array> {
    const t = this.info(name)
    const bytes = new Uint8Array(new ArrayBuffer(Math.ceil((t.end - t.begin) / 8) * 8), 0, t.end - t.begin)
    await readFully(this.fh, bytes, this.header.dataStart + t.begin, this.path)
    return bytes
  }

  /** A float tensor (F32, F16, BF16 or F64) converted to fp32; `out` may be given to avoid an allocation. */
  async readFloat32(name: string, out?: Float32Array): Promise<Float32Array> {
    const t = this.info(name)
    const n = numelOf(t.shape)
    if (out && out.length !== n) throw new RangeError(`readFloat32('${name}'): out has ${out.length} elements, the tensor ${n}`)
    if (t.dtype === 'F32') {
      const dst = out ?? new Float32Array(n)
      await readFully(this.fh, new Uint8Array(dst.buffer, dst.byteOffset, n * 4), this.header.dataStart + t.begin, this.path)
      return dst
    }
    const raw = await this.readRaw(name)
    switch (t.dtype) {
      case 'F16':
        return f16ToF32(new Uint16Array(raw.buffer, 0, n), out)
      case 'BF16':
        return bf16ToF32(new Uint16Array(raw.buffer, 0, n), out)
      case 'F64': {
        const dst = out ?? new Float32Array(n)
        dst.set(new Float64Array(raw.buffer, 0, n))
        return dst
      }
      default:
        throw new UserError(`${this.path}: tensor '${name}' has dtype ${t.dtype}, not a float type Tandem can load as weights.`, { path: this.path, tensor: name }, 'E_SAFETENSORS')
    }
  }

  async close(): Promise<void> {
    await this.fh.close().catch(() => {})
  }
}

/** A tensor to write: its data may be produced lazily, so a large file is written one tensor at a time. */
export interface TensorToWrite {
  name: string
  shape: number[]
  dtype: SafetensorsWriteDtype
  data: Float32Array | (() => Float32Array | Promise<Float32Array>)
}

/** Bytes a file of these tensors occupies (header excluded). */
export function tensorBytes(t: Pick<TensorToWrite, 'shape' | 'dtype'>): number {
  return numelOf(t.shape) * DTYPE_BYTES[t.dtype]
}

/** The header bytes (length prefix included) for tensors laid out in the given order. */
function encodeHeader(tensors: readonly TensorToWrite[], metadata: Record<string, string> | undefined): Uint8Array {
  const header: Record<string, unknown> = {}
  if (metadata) header.__metadata__ = metadata
  let at = 0
  for (const t of tensors) {
    if (t.name === '__metadata__' || Object.hasOwn(header, t.name)) throw new RangeError(`tensor name '${t.name}' is reserved or repeated`)
    const bytes = tensorBytes(t)
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [at, at + bytes] }
    at += bytes
  }
  const json = new TextEncoder().encode(JSON.stringify(header))
  const padded = Math.ceil(json.length / 8) * 8 // data section starts 8-byte aligned, as the reference writer does
  const out = new Uint8Array(8 + padded).fill(0x20)
  new DataView(out.buffer).setBigUint64(0, BigInt(padded), true)
  out.set(json, 8)
  return out
}

/**
 * Writes tensors to `path` atomically: a temporary file beside it, fsynced, then renamed over
 * `path` (and the directory fsynced). Data providers are called one at a time, in order.
 */
export async function writeSafetensors(
  path: string,
  tensors: readonly TensorToWrite[],
  opts: { metadata?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<void> {
  assertLittleEndianHost()
  const header = encodeHeader(tensors, opts.metadata)
  await withAtomicFile(path, async (fh) => {
    await writeFully(fh, header)
    for (const t of tensors) {
      opts.signal?.throwIfAborted()
      const data = typeof t.data === 'function' ? await t.data() : t.data
      const n = numelOf(t.shape)
      if (data.length !== n) throw new RangeError(`tensor '${t.name}': ${data.length} values for shape [${t.shape}] (${n})`)
      const bytes = t.dtype === 'F32' ? new Uint8Array(data.buffer, data.byteOffset, n * 4) : new Uint8Array(f32ToF16(data).buffer)
      await writeFully(fh, bytes)
    }
  })
}
