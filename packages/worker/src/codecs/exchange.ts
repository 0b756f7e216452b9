// The injected transport of the data-parallel sync: one all-to-all round among the replicas of a
// stage. The daemons implement it over libp2p streams (one UPDATE tensor frame per message, codec
// and codec_params in the header); tests and the convergence experiment use the in-process hub.
import type { EncodedTensor } from './codec.js'

/**
 * 'scatter': each replica sends chunk j to its owner j; 'gather': each owner sends its chunk to all.
 * The 'embedding-' rounds are the same two for the token embedding's own sync (split-sync.ts) and
 * the 'moment-' rounds for the shared second-moment statistics (second-moment-share.ts): each runs
 * in the same step as the parameter sync, on rounds of its own.
 */
export type SyncRound = 'scatter' | 'gather' | 'moment-scatter' | 'moment-gather' | 'embedding-scatter' | 'embedding-gather'

/** Wire index of each round (the update header's round byte, the UPDATE frame's micro-batch field). */
export const SYNC_ROUNDS: readonly SyncRound[] = ['scatter', 'gather', 'moment-scatter', 'moment-gather', 'embedding-scatter', 'embedding-gather']

export interface UpdateExchange {
  /** Replicas in the group. */
  readonly size: number
  /** This replica's position in the group, 0..size-1 (owner of chunk `rank`). */
  readonly rank: number
  /**
   * One round of step `step`: `outgoing[j]` goes to replica j (`outgoing[rank]` stays here).
   * Resolves with `incoming`, where `incoming[j]` is what replica j sent to this replica and
   * `incoming[rank] === outgoing[rank]`. Messages must arrive unchanged (the frame checksum's job);
   * the sync still validates every one. Rejects when a peer is gone or `signal` aborts: the caller
   * gives up the step.
   */
  exchange(
    step: number,
    round: SyncRound,
    outgoing: readonly EncodedTensor[],
    options?: { signal?: AbortSignal },
  ): Promise<EncodedTensor[]>
}

/** Bytes a message takes on the wire, not counting the frame header's fixed fields. */
export function messageBytes(m: EncodedTensor): number {
  return m.payload.length + m.params.length + m.codec.length
}

interface Pending {
  posted: (readonly EncodedTensor[] | undefined)[]
  waiting: ((incoming: EncodedTensor[]) => void)[]
  count: number
}

/**
 * All replicas of a group in one process: each `endpoint(rank)` is an UpdateExchange; a round
 * completes when every endpoint has posted it. Counts the bytes that would cross the network.
 */
export class InProcessExchangeHub {
  readonly size: number
  bytesSent = 0
  messagesSent = 0
  private readonly pending = new Map<string, Pending>()

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`exchange hub: size must be >= 1, got ${size}`)
    this.size = size
  }

  endpoint(rank: number): UpdateExchange {
    if (!Number.isInteger(rank) || rank < 0 || rank >= this.size) throw new RangeError(`exchange hub: no rank ${rank}`)
    return {
      size: this.size,
      rank,
      exchange: (step, round, outgoing, options) => this.post(rank, step, round, outgoing, options?.signal),
    }
  }

  private post(
    rank: number,
    step: number,
    round: SyncRound,
    outgoing: readonly EncodedTensor[],
    signal: AbortSignal | undefined,
  ): Promise<EncodedTensor[]> {
    if (outgoing.length !== this.size) {
      return Promise.reject(new RangeError(`exchange hub: ${outgoing.length} messages for ${this.size} replicas`))
    }
    signal?.throwIfAborted()
    const key = `${step}:${round}`
    let p = this.pending.get(key)
    if (p === undefined) {
      p = { posted: new Array(this.size).fill(undefined), waiting: new Array(this.size), count: 0 }
      this.pending.set(key, p)
    }
    if (p.posted[rank] !== undefined) return Promise.reject(new Error(`exchange hub: rank ${rank} posted ${key} twice`))
    p.posted[rank] = outgoing
    p.count++
    for (let j = 0; j < this.size; j++) {
      if (j === rank) continue
      this.bytesSent += messageBytes(outgoing[j]!)
      this.messagesSent++
    }
    const result = new Promise<EncodedTensor[]>((resolve) => {
      p.waiting[rank] = resolve
    })
    if (p.count === this.size) {
      this.pending.delete(key)
      const posted = p.posted as (readonly EncodedTensor[])[]
      for (let r = 0; r < this.size; r++) p.waiting[r]!(posted.map((from) => from[r]!))
    }
    return result
  }
}
