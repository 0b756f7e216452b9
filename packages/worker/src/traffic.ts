// Byte counters by traffic kind (control.proto TrafficKind numbers): on the wire vs uncompressed,
// cumulative since start, as heartbeats and step reports carry them.
import type { control } from '@tandem/proto'

export const TrafficKind = {
  ACTIVATION: 1,
  ACTIVATION_GRAD: 2,
  UPDATE: 3,
  WEIGHTS: 4,
  OPTIMIZER_STATE: 5,
  COMPRESSION_STATE: 6,
  AUX: 7,
  CONTROL: 16,
  PROBE: 17,
} as const

/** The traffic of training itself (what compression shrinks); state transfer and checkpoints aside. */
export const TRAINING_TRAFFIC: readonly number[] = [TrafficKind.ACTIVATION, TrafficKind.ACTIVATION_GRAD, TrafficKind.UPDATE, TrafficKind.AUX]

interface Counter {
  bytesOut: number
  bytesIn: number
  rawBytesOut: number
  rawBytesIn: number
  framesOut: number
  framesIn: number
  framesDropped: number
}

const zero = (): Counter => ({ bytesOut: 0, bytesIn: 0, rawBytesOut: 0, rawBytesIn: 0, framesOut: 0, framesIn: 0, framesDropped: 0 })

export class TrafficCounters {
  private readonly byKind = new Map<number, Counter>()

  private get(kind: number): Counter {
    let c = this.byKind.get(kind)
    if (c === undefined) {
      c = zero()
      this.byKind.set(kind, c)
    }
    return c
  }

  sent(kind: number, bytes: number, rawBytes: number): void {
    const c = this.get(kind)
    c.bytesOut += bytes
    c.rawBytesOut += rawBytes
    c.framesOut++
  }

  received(kind: number, bytes: number, rawBytes: number): void {
    const c = this.get(kind)
    c.bytesIn += bytes
    c.rawBytesIn += rawBytes
    c.framesIn++
  }

  /** Adds to what sent frames would have weighed uncompressed (when known only after the fact). */
  addRaw(kind: number, rawBytesOut: number): void {
    this.get(kind).rawBytesOut += rawBytesOut
  }

  dropped(kind: number): void {
    this.get(kind).framesDropped++
  }

  /** Totals over `kinds` (default: every kind): wire bytes and what they would weigh uncompressed. */
  totals(kinds?: readonly number[]): { bytesOut: number; rawBytesOut: number; bytesIn: number; rawBytesIn: number } {
    let bytesOut = 0
    let rawBytesOut = 0
    let bytesIn = 0
    let rawBytesIn = 0
    for (const [kind, c] of this.byKind) {
      if (kinds !== undefined && !kinds.includes(kind)) continue
      bytesOut += c.bytesOut
      rawBytesOut += c.rawBytesOut
      bytesIn += c.bytesIn
      rawBytesIn += c.rawBytesIn
    }
    return { bytesOut, rawBytesOut, bytesIn, rawBytesIn }
  }

  toProto(): control.ByteCounter.$Properties[] {
    return [...this.byKind].map(([kind, c]) => ({ kind, ...c }))
  }
}
