// A scripted worker for the coordinator's tests: a real libp2p node that speaks /tandem/control,
// /tandem/state and /tandem/admin exactly as the wire says, with no training behind it. The real
// worker daemon (packages/worker) is tested against the coordinator in test/e2e at the root.
import { createHash } from 'node:crypto'
import { identify } from '@libp2p/identify'
import type { Libp2p } from '@libp2p/interface'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { type GPTJConfig, stageParams } from '@tandem/model'
import {
  ADMIN_MESSAGE_BYTES_MAX,
  admin,
  control,
  FramedStream,
  PROTOCOL_ADMIN,
  PROTOCOL_CONTROL,
  PROTOCOL_STATE,
  PROTOCOL_VERSION,
  readMessage,
  SOFTWARE_VERSION,
  tensor,
} from '@tandem/proto'
import { createLibp2p } from 'libp2p'

type Msg = control.ControlMessage

export async function createClientNode(): Promise<Libp2p> {
  const node = await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux({ streamOptions: { initialStreamWindowSize: 16 * 1024 * 1024, maxStreamWindowSize: 16 * 1024 * 1024, maxReadBufferLength: 64 * 1024 * 1024 } })],
    services: { identify: identify() },
  })
  return node as unknown as Libp2p
}

export class FakeWorker {
  readonly node: Libp2p
  private framed: FramedStream | undefined
  private readonly inbox: Msg[] = []
  private waiters: (() => void)[] = []
  closed = false
  workerId = ''
  runId = ''

  private constructor(node: Libp2p) {
    this.node = node
  }

  static async create(): Promise<FakeWorker> {
    return new FakeWorker(await createClientNode())
  }

  get peerId(): string {
    return this.node.peerId.toString()
  }

  /** Opens the control stream and sends a join request; returns the answer. */
  async join(addr: string, token: string, extra: Partial<control.IJoinRequest> = {}): Promise<control.IJoinAnswer> {
    const stream = await this.node.dialProtocol(multiaddr(addr), PROTOCOL_CONTROL)
    this.framed = new FramedStream(stream)
    this.closed = false
    void this.readLoop(this.framed)
    await this.send({
      joinRequest: {
        joinToken: token,
        workerPeerId: this.peerId,
        softwareVersion: SOFTWARE_VERSION,
        protocolVersion: PROTOCOL_VERSION,
        capabilities: { deviceKind: control.DeviceKind.DEVICE_KIND_CPU, deviceName: 'fake', layerSecondsFwdBwd: 0.01, selfTestPassed: true },
        multiaddrs: this.node.getMultiaddrs().map((a) => a.toString()),
        ...extra,
      },
    })
    const m = await this.next((x) => x.body === 'joinAnswer')
    const a = m.joinAnswer!
    this.workerId = a.workerId ?? ''
    this.runId = a.runId ?? ''
    if (a.accepted) this.startBeating()
    return a
  }

  private beating: NodeJS.Timeout | undefined
  /** Epoch and state step the heartbeats report (tests set them as the scripted worker moves on). */
  beat = { epoch: 0, step: 0, held: [] as control.IHeldState[] }

  private startBeating(): void {
    clearInterval(this.beating)
    this.beating = setInterval(() => {
      if (!this.closed) void this.heartbeat(this.beat.epoch, this.beat.step, this.beat.held).catch(() => {})
    }, 500)
    this.beating.unref()
  }

  private async readLoop(framed: FramedStream): Promise<void> {
    try {
      for (;;) {
        const m = await framed.readMessage(control.ControlMessage)
        if (m === null) break
        this.inbox.push(m)
        for (const w of this.waiters.splice(0)) w()
      }
    } catch {
      // closed
    }
    if (framed === this.framed) {
      this.closed = true
      for (const w of this.waiters.splice(0)) w()
    }
  }

  async send(m: control.IControlMessage): Promise<void> {
    await this.framed!.writeMessage(control.ControlMessage, m)
  }

  /** The first queued message matching `pred` (removed from the queue), waiting up to `timeoutMs`. */
  async next(pred: (m: Msg) => boolean, timeoutMs = 30_000): Promise<Msg> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const i = this.inbox.findIndex(pred)
      if (i >= 0) return this.inbox.splice(i, 1)[0]!
      if (this.closed) throw new Error('control stream closed')
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`timed out waiting; inbox: ${this.inbox.map((m) => m.body).join(',')}`)
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(t)
          resolve()
        })
      })
    }
  }

  /** The newest plan of at least `epoch`, dropping older ones. */
  async plan(epochMin = 1): Promise<control.IPlan> {
    for (;;) {
      const m = await this.next((x) => x.body === 'plan')
      if (Number(m.plan!.epoch) >= epochMin) return m.plan!
    }
  }

  assignment(plan: control.IPlan): control.IAssignment | undefined {
    return plan.assignments?.find((a) => a.peerId === this.peerId)
  }

  heartbeat(epoch: number, step: number, held: control.IHeldState[] = []): Promise<void> {
    return this.send({ heartbeat: { runId: this.runId, epoch, step, phase: control.Phase.PHASE_IDLE, held } })
  }

  ack(epoch: number, status = control.PlanAckStatus.PLAN_ACK_STATUS_READY): Promise<void> {
    return this.send({ planAck: { runId: this.runId, epoch, status } })
  }

  report(epoch: number, step: number, a: control.IAssignment, loss?: number): Promise<void> {
    return this.send({
      stepReport: {
        runId: this.runId,
        epoch,
        step,
        stageIndex: a.stageIndex ?? 0,
        replicaIndex: a.replicaIndex ?? 0,
        hasLoss: loss !== undefined,
        loss: loss ?? 0,
        lossTokens: 100,
        tokens: 256,
        timings: { totalMs: 10 },
      },
    })
  }

  /** Fetches the tensors of a layer range from the coordinator's checkpoint store. */
  async fetchState(addr: string, req: control.IStateRequest): Promise<{ answer: control.IStateAnswer; tensors: Map<string, Uint8Array> }> {
    const stream = await this.node.dialProtocol(multiaddr(addr), PROTOCOL_STATE)
    const framed = new FramedStream(stream)
    await framed.writeMessage(control.StateMessage, { request: { runId: this.runId, ...req } })
    const m = await framed.readMessage(control.StateMessage)
    const answer = m!.answer!
    const tensors = new Map<string, Uint8Array>()
    for (const e of answer.tensors ?? []) {
      const parts: Uint8Array[] = []
      let got = 0
      while (got < Number(e.byteLength)) {
        const f = await framed.readFrame()
        parts.push(f!.payload)
        got += f!.payload.byteLength
      }
      const all = new Uint8Array(got)
      let o = 0
      for (const p of parts) {
        all.set(p, o)
        o += p.byteLength
      }
      if (createHash('sha256').update(all).digest('hex') !== e.sha256) throw new Error(`sha256 mismatch for ${e.name}`)
      tensors.set(`${e.name}|${e.role}`, all)
    }
    await stream.close()
    return { answer, tensors }
  }

  /**
   * Uploads a stage's state for a checkpoint: every parameter of the range with Adam moments,
   * filled with values derived from `fill`. `corrupt` lies about one tensor's hash.
   */
  async upload(addr: string, model: GPTJConfig, req: control.ICheckpointRequest, a: control.IAssignment, fill: number, corrupt = false): Promise<control.IUploadResult> {
    const specs = stageParams(model, { start: req.layerStart ?? 0, end: req.layerEnd ?? 0 })
    const tensors: { entry: control.ITensorEntry; bytes: Uint8Array }[] = []
    for (const s of specs) {
      const n = s.shape.reduce((x, y) => x * y, 1)
      for (const role of [1, 2, 3]) {
        const values = new Float32Array(n).fill(fill + role / 10)
        const bytes = new Uint8Array(values.buffer)
        const sha = createHash('sha256').update(bytes).digest('hex')
        tensors.push({ entry: { name: s.name, layer: s.layer, role, dtype: control.DType.DTYPE_FLOAT32, shape: s.shape, byteLength: bytes.byteLength, sha256: sha }, bytes })
      }
    }
    if (corrupt) tensors[0]!.entry.sha256 = 'f'.repeat(64)
    const stream = await this.node.dialProtocol(multiaddr(addr), PROTOCOL_STATE)
    const framed = new FramedStream(stream)
    await framed.writeMessage(control.StateMessage, {
      uploadBegin: {
        requestId: req.requestId,
        runId: this.runId,
        epoch: req.epoch,
        step: req.step,
        layerStart: req.layerStart,
        layerEnd: req.layerEnd,
        tensors: tensors.map((t) => t.entry),
        stageIndex: a.stageIndex,
        replicaIndex: a.replicaIndex,
      },
    })
    for (const t of tensors) {
      await framed.writeFrame(
        {
          runId: this.runId,
          epoch: req.epoch,
          step: req.step,
          kind: t.entry.role === 1 ? tensor.FrameKind.FRAME_KIND_WEIGHTS : tensor.FrameKind.FRAME_KIND_OPTIMIZER_STATE,
          codec: 'raw',
          dtype: tensor.DType.DTYPE_FLOAT32,
          shape: t.entry.shape,
          tensorName: t.entry.name,
          index: 0,
          count: 1,
          sender: this.peerId,
        },
        t.bytes,
      )
    }
    const m = await framed.readMessage(control.StateMessage)
    await stream.close()
    return m!.uploadResult!
  }

  /** Drops the control stream without a goodbye (as a killed process would). */
  async disconnect(): Promise<void> {
    await this.node.hangUp(this.node.getConnections()[0]?.remotePeer ?? this.node.peerId).catch(() => {})
  }

  async stop(): Promise<void> {
    clearInterval(this.beating)
    await this.node.stop()
  }
}

/** One admin request over a fresh stream. */
export async function adminRequest(node: Libp2p, addr: string, request: admin.IAdminRequest): Promise<admin.AdminAnswer> {
  const stream = await node.dialProtocol(multiaddr(addr), PROTOCOL_ADMIN)
  const framed = new FramedStream(stream, { messageBytesMax: ADMIN_MESSAGE_BYTES_MAX })
  await framed.writeMessage(admin.AdminRequest, { requestId: 1, ...request })
  // A refusal has no body (ok=false, error, message): read without requiring one.
  const answer = await readMessage(framed.reader, admin.AdminAnswer, { messageBytesMax: ADMIN_MESSAGE_BYTES_MAX, requireBody: false })
  await stream.close()
  return answer!
}
