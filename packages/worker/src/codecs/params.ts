// A tiny little-endian reader/writer for codec_params: fixed fields, bounds-checked, so a short or
// garbage params blob ends in a typed DecodeError rather than a RangeError or a silent zero.
import { paramsError } from './errors.js'

export class ParamsWriter {
  private readonly bytes: Uint8Array
  private readonly view: DataView
  private pos = 0

  constructor(size: number) {
    this.bytes = new Uint8Array(size)
    this.view = new DataView(this.bytes.buffer)
  }

  u8(v: number): this {
    this.view.setUint8(this.pos, v)
    this.pos += 1
    return this
  }

  u32(v: number): this {
    this.view.setUint32(this.pos, v >>> 0, true)
    this.pos += 4
    return this
  }

  /** Unsigned integer up to 2^53 (steps, element counts). */
  u64(v: number): this {
    this.view.setUint32(this.pos, v % 2 ** 32, true)
    this.view.setUint32(this.pos + 4, Math.floor(v / 2 ** 32), true)
    this.pos += 8
    return this
  }

  f64(v: number): this {
    this.view.setFloat64(this.pos, v, true)
    this.pos += 8
    return this
  }

  finish(): Uint8Array {
    if (this.pos !== this.bytes.length) throw new Error(`params writer: wrote ${this.pos} of ${this.bytes.length} bytes`)
    return this.bytes
  }
}

export class ParamsReader {
  private readonly view: DataView
  private pos = 0

  constructor(
    private readonly bytes: Uint8Array,
    private readonly codec: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  private need(n: number): void {
    if (this.pos + n > this.bytes.length) {
      throw paramsError(`${this.codec}: codec params truncated (${this.bytes.length} bytes)`, {
        codec: this.codec,
        length: this.bytes.length,
      })
    }
  }

  u8(): number {
    this.need(1)
    const v = this.view.getUint8(this.pos)
    this.pos += 1
    return v
  }

  u32(): number {
    this.need(4)
    const v = this.view.getUint32(this.pos, true)
    this.pos += 4
    return v
  }

  u64(): number {
    this.need(8)
    const lo = this.view.getUint32(this.pos, true)
    const hi = this.view.getUint32(this.pos + 4, true)
    this.pos += 8
    if (hi >= 2 ** 21) throw paramsError(`${this.codec}: integer beyond 2^53 in codec params`, { codec: this.codec })
    return hi * 2 ** 32 + lo
  }

  f64(): number {
    this.need(8)
    const v = this.view.getFloat64(this.pos, true)
    this.pos += 8
    return v
  }

  /** Every byte must have been read: trailing garbage is refused too. */
  end(): void {
    if (this.pos !== this.bytes.length) {
      throw paramsError(`${this.codec}: ${this.bytes.length - this.pos} unexpected trailing bytes in codec params`, {
        codec: this.codec,
      })
    }
  }
}
