// In-memory stand-ins for a libp2p stream's two halves, for tests without a network.

/** Yields `bytes` cut at the given offsets (sorted, deduplicated, clipped). */
export async function* chunked(bytes: Uint8Array, cuts: number[] = []): AsyncGenerator<Uint8Array> {
  const points = [...new Set(cuts.filter((c) => c > 0 && c < bytes.byteLength))].sort((a, b) => a - b)
  let start = 0
  for (const p of [...points, bytes.byteLength]) {
    if (p > start) yield bytes.subarray(start, p)
    start = p
  }
}

/** Concatenates buffers. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.byteLength
  }
  return out
}

/**
 * A sink that records what is sent. With `capacityBytes`, send() returns false once that many
 * bytes are pending, and 'drain' fires (asynchronously) after the test calls flush(); sending
 * while `writableNeedsDrain` is set counts as a backpressure violation.
 */
export class MemorySink extends EventTarget {
  readonly parts: Uint8Array[] = []
  writableNeedsDrain = false
  pending = 0
  violations = 0
  peakPending = 0

  constructor(
    readonly capacityBytes = Number.POSITIVE_INFINITY,
    /** Drain by itself on the next turn of the event loop after send() returns false. */
    readonly autoDrain = true,
  ) {
    super()
  }

  send(data: Uint8Array): boolean {
    if (this.writableNeedsDrain) this.violations++
    this.parts.push(data.slice())
    this.pending += data.byteLength
    this.peakPending = Math.max(this.peakPending, this.pending)
    if (this.pending >= this.capacityBytes) {
      this.writableNeedsDrain = true
      if (this.autoDrain) setImmediate(() => this.flush())
      return false
    }
    return true
  }

  /** The peer consumed everything: clear the buffer and emit 'drain' if it was needed. */
  flush(): void {
    this.pending = 0
    if (this.writableNeedsDrain) {
      this.writableNeedsDrain = false
      this.dispatchEvent(new Event('drain'))
    }
  }

  bytes(): Uint8Array {
    return concat(this.parts)
  }
}
