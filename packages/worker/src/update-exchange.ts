// The data-parallel exchange of one plan epoch over libp2p (the codecs' UpdateExchange): each
// round, message j goes to replica j of this stage as one UPDATE frame (the codec's params in
// codec_params, its payload as bytes), and the messages of the other replicas come out of the
// inbox. The codecs check every message's own fields; here only its route is checked.
import { type Frame, tensor } from '@tandem/proto'
import type { EncodedTensor } from './codecs/codec.js'
import { SYNC_ROUNDS, type SyncRound, type UpdateExchange } from './codecs/exchange.js'
import type { FrameSender } from './frame-links.js'
import type { Inbox } from './inbox.js'
import { type TrafficCounters, TrafficKind } from './traffic.js'

const { FrameKind, DType } = tensor

export interface LinkExchangeInit {
  runId: string
  epoch: number
  self: string
  stage: number
  /** Peer ids of the group in rank order (this worker included). */
  group: readonly string[]
  /** The codec id every message of this sync carries (the sync's own: 'cocktail', 'fp32', 'fp16'). */
  codec: string
}

export class LinkExchange implements UpdateExchange {
  readonly size: number
  readonly rank: number
  private readonly init: LinkExchangeInit
  private readonly links: FrameSender
  private readonly inbox: Inbox<Frame>
  private readonly traffic: TrafficCounters

  constructor(init: LinkExchangeInit, links: FrameSender, inbox: Inbox<Frame>, traffic: TrafficCounters) {
    this.init = init
    this.links = links
    this.inbox = inbox
    this.traffic = traffic
    this.size = init.group.length
    this.rank = init.group.indexOf(init.self)
    if (this.rank < 0) throw new RangeError('this worker is not in its data-parallel group')
  }

  async exchange(step: number, round: SyncRound, outgoing: readonly EncodedTensor[], options: { signal?: AbortSignal } = {}): Promise<EncodedTensor[]> {
    const { group, runId, epoch, self, stage } = this.init
    const r = SYNC_ROUNDS.indexOf(round)
    const sends: Promise<void>[] = []
    for (let j = 0; j < this.size; j++) {
      if (j === this.rank) continue
      const m = outgoing[j]!
      const header: tensor.ITensorFrameHeader = {
        runId, epoch, step, microBatch: r, kind: FrameKind.FRAME_KIND_UPDATE, codec: 'raw', codecParams: m.params,
        dtype: DType.DTYPE_UINT8, shape: [m.payload.byteLength], sender: self, stageIndex: stage, replicaIndex: this.rank, tensorName: m.codec,
      }
      sends.push(this.links.send(group[j]!, header, m.payload))
      this.traffic.sent(TrafficKind.UPDATE, m.payload.byteLength + m.params.byteLength, 0)
    }
    const signal = options.signal ?? new AbortController().signal
    const incoming = await Promise.all(
      group.map(async (peer, j): Promise<EncodedTensor> => {
        if (j === this.rank) return outgoing[j]!
        const f = await this.inbox.take({ epoch, step, kind: FrameKind.FRAME_KIND_UPDATE, microBatch: r, from: peer }, { signal })
        this.traffic.received(TrafficKind.UPDATE, f.payload.byteLength + (f.header.codecParams?.byteLength ?? 0), 0)
        // The codec id the sender claims is checked by the sync against its own (a mismatch is refused).
        return { codec: f.header.tensorName || this.init.codec, params: f.header.codecParams ?? new Uint8Array(0), payload: f.payload }
      }),
    )
    await Promise.all(sends)
    return incoming
  }
}
