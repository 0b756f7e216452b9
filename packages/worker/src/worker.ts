// The worker daemon: joins a run through the coordinator's control stream, takes the stage the
// plan gives it (state from its own memory, a data-parallel peer, the coordinator's checkpoint
// store or a fresh initialisation), runs the pipeline schedule step after step with its
// neighbours, syncs its stage's update with the other replicas, reports every step, serves its
// layers to peers that need them, uploads checkpoints when it is the designated replica, and goes
// back to waiting whenever a new plan epoch arrives (membership changes only at step boundaries).
import type { Logger } from 'pino'
import { configFromHF, type Device, type GPTJConfig, initParams, type LayerRange, stageParams } from '@tandem/model'
import { control, type Frame, PROTOCOL_ACTIVATIONS, PROTOCOL_PROBE, PROTOCOL_STATE, PROTOCOL_UPDATES, PROTOCOL_VERSION, SOFTWARE_VERSION, tensor } from '@tandem/proto'
import { BAD_FRAME_REPORT_THRESHOLD, EARLY_FRAME_BYTES_MAX } from './constants.js'
import { ControlClient, errText, type MessageChannel } from './control-client.js'
import { FrameLinks } from './frame-links.js'
import { answerProbeRequest, serveProbe } from './link-probe.js'
import { LinkEmulation, type LinkEmulationTable } from './link-shaper.js'
import { uploadCapShaper } from './upload-cap.js'
import { Inbox } from './inbox.js'
import type { WorkerNode } from './node.js'
import type { WorkerMetrics } from './metrics.js'
import type { StageCompute } from './stage-compute.js'
import { BadFrameError } from './stage-links.js'
import { StageState, type StateTensor } from './stage-state.js'
import { fetchState, serveState, type StateHolder, uploadCheckpoint } from './state-transfer.js'
import type { SyncReport } from './codecs/cocktail-sgd.js'
import { SkipReason } from './codecs/update-messages.js'
import { type BatchSource, buildStepContext, inboxKind, lossScaleOf, optimizerInit, type StepContext, type StepOutcome, trainStep } from './step-runner.js'
import { TRAINING_TRAFFIC, TrafficCounters, TrafficKind } from './traffic.js'

export type { BatchSource } from './step-runner.js'

const { Phase, PlanAckStatus, StateOrigin } = control
const { FrameKind } = tensor

type ControlMessage = control.ControlMessage.$Properties
type Plan = control.IPlan
type Assignment = control.IAssignment

export interface RuntimeSpec {
  config: GPTJConfig
  range: LayerRange
  microBatch: number
  seq: number
  device: Device
  precision: 'fp32' | 'fp16'
  /** ONNX Runtime intra-op threads (undefined: every core). */
  threads?: number
}

export interface WorkerComponents {
  logger: Logger
  node: WorkerNode
  /** Builds a stage runtime (StageRuntime.create in the daemon; fakes in tests). */
  createRuntime(spec: RuntimeSpec, params: Map<string, Float32Array>): Promise<StageCompute>
  /** Opens the run's data stream at the plan's cursor (stage 0 only). */
  openBatches(data: control.IDataSpec): Promise<BatchSource>
  /** Dials the coordinator's control protocol. */
  openControl(signal: AbortSignal): Promise<MessageChannel<ControlMessage>>
  /** Recent log lines for `tandem admin logs`. */
  recentLogs?(linesMax: number): control.ILogLine[]
  /** Prometheus figures (./metrics.ts). */
  metrics?: WorkerMetrics
}

export interface WorkerInit {
  token: string
  device: Device
  /** ONNX Runtime intra-op threads per session (undefined: every core). */
  threads?: number
  capabilities: control.ICapabilities
  name?: string
  reachability?: number
  /** Multiaddrs of the coordinator (for state fetches and uploads), and its peer id. */
  coordinatorPeer: string
  coordinatorAddrs: string[]
  /** Called when the worker is done for good: refused, released, or left. */
  onExit?(code: number, reason: string): void
  /** Shape outgoing tensor frames per peer (experiments only: TANDEM_EMULATE_LINKS, ./link-shaper.ts). */
  emulateLinks?: LinkEmulationTable
  /** The owner's cap on outgoing tensor frames, all peers together (./upload-cap.ts). */
  uploadBytesPerSMax?: number
}

/** The plan epoch this worker is set up for. */
interface EpochSetup {
  plan: Plan
  me: Assignment
  ctx: StepContext
}

/** What the worker is doing, for the donor's status screen and status file (./local-control.ts). */
export interface WorkerActivity {
  connected: boolean
  runId: string
  epoch: number
  /** The control protocol's phase, lower case without the prefix: idle, forward, sync, paused… */
  phase: string
  paused: boolean
  pauseReason: string
  /** Undefined while this worker is in no plan. */
  assignment?: { stage: number; stages: number; replica: number; replicas: number; layerStart: number; layerEnd: number }
  step: number
  stepsMax: number
  /** Latest loss this worker computed (last stage only). */
  loss?: number
  tokens: number
  lastStep?: { step: number; ms: number; tokens: number; atMs: number }
  /** Every kind of traffic since the start, on the wire and before compression. */
  bytesIn: number
  bytesOut: number
  rawBytesOut: number
}

interface Loop {
  abort: AbortController
  done: Promise<void>
  /** Stop before running this step (a graceful plan change or a drain). */
  stopAt: number
  running: number | undefined
}

export class Worker {
  private readonly components: WorkerComponents
  private readonly init: WorkerInit
  private readonly log: Logger
  private readonly control: ControlClient
  private readonly activations: FrameLinks
  private readonly updates: FrameLinks
  private readonly inbox = new Inbox<Frame>({ bytesMax: EARLY_FRAME_BYTES_MAX })
  readonly traffic = new TrafficCounters()
  private started = false
  private runId = ''
  private self = ''
  /** Newest plan epoch seen. */
  private epoch = 0
  private plan: Plan | undefined
  private setup: EpochSetup | undefined
  private preparing: AbortController | undefined
  private state: StageState | undefined
  private runtime: StageCompute | undefined
  private runtimeKey = ''
  private loop: Loop | undefined
  private phase: number = Phase.PHASE_IDLE
  private tokens = 0
  private lastLoss = Number.NaN
  private lastTimings: control.IStepTimings | undefined
  private badFrames = 0
  private readonly badInARow = new Map<string, number>()
  private readonly reported = new Set<string>()
  private draining = false
  /** Set by leave(): unlike a drain for a pause, a later plan does not clear it. */
  private leaving = false
  /** The owner's pause (tandem worker pause, --schedule), told to the coordinator on every (re)join. */
  private ownerPause = { paused: false, reason: '' }
  private lastStep: WorkerActivity['lastStep']
  private checkpointQueue: control.ICheckpointRequest[] = []
  /** Peers' state requests waiting for a step boundary. */
  private stateRequests: { step: number; range: LayerRange; includeOptimizer: boolean; resolve: (v: Awaited<ReturnType<StateHolder['stateAt']>>) => void }[] = []
  /** Serialises plan handling: one plan (or start, drain) at a time. */
  private queue: Promise<void> = Promise.resolve()
  private exiting = false
  /** Traffic counters at the last metrics update, by kind. */
  private readonly metricsSeen = new Map<number, { bytesOut: number; rawBytesOut: number; bytesIn: number; rawBytesIn: number }>()

  constructor(components: WorkerComponents, init: WorkerInit) {
    this.components = components
    this.init = init
    this.log = components.logger.child({ component: 'worker' })
    const expectation = () => ({ ...(this.runId !== '' ? { runId: this.runId } : {}) })
    const emulation = init.emulateLinks === undefined ? undefined : new LinkEmulation({}, { table: init.emulateLinks, self: components.node.peerId.toString() })
    const cap = init.uploadBytesPerSMax === undefined ? undefined : uploadCapShaper(init.uploadBytesPerSMax)
    const shaping = emulation === undefined && cap === undefined ? {} : { shaperFor: (peer: string) => emulation?.shaperFor(peer) ?? cap }
    this.activations = new FrameLinks(components, {
      protocol: PROTOCOL_ACTIVATIONS,
      expectation: () => ({ ...expectation(), kinds: [FrameKind.FRAME_KIND_ACTIVATION, FrameKind.FRAME_KIND_ACTIVATION_GRAD, FrameKind.FRAME_KIND_AUX] }),
      onFrame: (f, peer) => this.onFrame(f, peer),
      onBadFrame: (peer, err) => this.onBadFrame(peer, err),
      onLinkError: (peer, err) => this.reportPeer(peer, control.PeerReportReason.PEER_REPORT_REASON_UNREACHABLE, errText(err)),
      ...shaping,
    })
    this.updates = new FrameLinks(components, {
      protocol: PROTOCOL_UPDATES,
      expectation: () => ({ ...expectation(), kinds: [FrameKind.FRAME_KIND_UPDATE] }),
      onFrame: (f, peer) => this.onFrame(f, peer),
      onBadFrame: (peer, err) => this.onBadFrame(peer, err),
      onLinkError: (peer, err) => this.reportPeer(peer, control.PeerReportReason.PEER_REPORT_REASON_UNREACHABLE, errText(err)),
      ...shaping,
    })
    this.control = new ControlClient(
      { logger: components.logger, openChannel: (signal) => components.openControl(signal) },
      {
        joinRequest: () => this.joinRequest(),
        heartbeat: () => this.heartbeat(),
        onMessage: (m) => this.onControl(m),
        onJoined: (answer, rejoin) => this.onJoined(answer, rejoin),
        onRefused: (answer) => this.exit(2, `the coordinator refused this worker: ${answer.reason ?? 'no reason given'}`),
      },
    )
  }

  async start(): Promise<void> {
    if (this.started) return
    this.started = true
    this.self = this.components.node.peerId.toString()
    await this.activations.start()
    await this.updates.start()
    await this.components.node.handle(PROTOCOL_STATE, (stream, connection) => {
      const peer = connection.remotePeer.toString()
      serveState(stream, peer, this.stateHolder(), (bytes) => this.traffic.sent(TrafficKind.WEIGHTS, bytes, bytes)).catch((err: unknown) => {
        this.log.warn({ peer, err: errText(err) }, 'serving state failed')
      })
    }, { runOnLimitedConnection: true, maxInboundStreams: 8 })
    await this.components.node.handle(PROTOCOL_PROBE, (stream) => serveProbe(stream), { runOnLimitedConnection: true, maxInboundStreams: 4 })
    this.control.start()
  }

  /** Stops at once (reverse order): control, loop, links, runtime. Safe twice. */
  async stop(): Promise<void> {
    if (!this.started) return
    this.started = false
    await this.control.stop()
    this.preparing?.abort(new Error('stopping'))
    await this.stopLoop('abort')
    this.inbox.clear(new Error('stopping'))
    await this.components.node.unhandle([PROTOCOL_STATE, PROTOCOL_PROBE]).catch(() => {})
    await this.updates.stop()
    await this.activations.stop()
    await this.runtime?.close()
    this.runtime = undefined
  }

  /** Leaves the run: at the next step boundary (the coordinator drains us), or at once. */
  leave(immediate: boolean, reason: string): void {
    this.draining = true
    this.leaving = true
    this.control.send({ leave: { reason, immediate, lastCompletedStep: this.state?.step ?? 0 } })
    if (immediate || this.setup === undefined) {
      // Nothing to hand over, or no time: go now (give the message a moment to leave).
      setTimeout(() => this.exit(0, reason), 200).unref?.()
    } else if (this.loop !== undefined) {
      this.loop.stopAt = Math.min(this.loop.stopAt, (this.loop.running ?? this.state?.step ?? 0) + 1)
    }
  }

  /**
   * The owner pauses or resumes this device. The coordinator drains a paused worker at the next step
   * boundary (its work moves to the others) and places it again on resume.
   */
  setPaused(paused: boolean, reason: string): void {
    if (paused === this.ownerPause.paused && reason === this.ownerPause.reason) return
    this.ownerPause = { paused, reason }
    this.log.info({ paused, reason }, paused ? 'paused by the owner: leaving the plan at the next step boundary' : 'resumed by the owner')
    if (this.control.connected) this.control.send({ workerPause: { paused, reason } })
  }

  /** A snapshot of what the worker is doing (cheap: read once a second by the status screen). */
  activity(): WorkerActivity {
    const setup = this.setup
    const t = this.traffic.totals()
    const me = setup?.me
    return {
      connected: this.control.connected,
      runId: this.runId,
      epoch: this.epoch,
      phase: phaseName(this.heartbeatPhase()),
      paused: this.ownerPause.paused,
      pauseReason: this.ownerPause.reason,
      ...(me !== undefined && setup !== undefined
        ? { assignment: { stage: me.stageIndex ?? 0, stages: setup.plan.numStages ?? 1, replica: me.replicaIndex ?? 0, replicas: setup.plan.numReplicas ?? 1, layerStart: me.layerStart ?? 0, layerEnd: me.layerEnd ?? 0 } }
        : {}),
      step: this.state?.step ?? 0,
      stepsMax: Number(this.plan?.stepsMax ?? 0),
      ...(Number.isFinite(this.lastLoss) ? { loss: this.lastLoss } : {}),
      tokens: this.tokens,
      ...(this.lastStep !== undefined ? { lastStep: this.lastStep } : {}),
      bytesIn: t.bytesIn,
      bytesOut: t.bytesOut,
      rawBytesOut: t.rawBytesOut,
    }
  }

  /** A paused worker out of the plan says so; otherwise the phase of its step loop. */
  private heartbeatPhase(): number {
    return this.ownerPause.paused && this.loop === undefined ? Phase.PHASE_PAUSED : this.phase
  }

  // ---- control ----------------------------------------------------------------------------------

  private joinRequest(): control.IJoinRequest {
    return {
      joinToken: this.init.token,
      workerPeerId: this.self,
      softwareVersion: SOFTWARE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      capabilities: this.init.capabilities,
      multiaddrs: this.components.node.getMultiaddrs().map((a) => a.toString()),
      reachability: this.init.reachability ?? control.Reachability.REACHABILITY_UNKNOWN,
      workerName: this.init.name ?? '',
      held: this.held(),
    }
  }

  private held(): control.IHeldState[] {
    const s = this.state
    if (s === undefined || this.runId === '') return []
    return s.heldSteps().map((step) => ({ runId: this.runId, step, layerStart: s.range.start, layerEnd: s.range.end, hasOptimizer: true }))
  }

  private heartbeat(): control.IHeartbeat {
    this.components.metrics?.heartbeat()
    return {
      runId: this.runId,
      epoch: this.epoch,
      step: this.state?.step ?? 0,
      phase: this.heartbeatPhase(),
      loss: this.lastLoss,
      tokens: this.tokens,
      bytes: this.traffic.toProto(),
      memory: { hostRssBytes: process.memoryUsage().rss },
      badFrames: this.badFrames,
      staleFrames: this.inbox.stale,
      held: this.held(),
      ...(this.lastTimings !== undefined ? { lastStepTimings: this.lastTimings } : {}),
    }
  }

  private onJoined(answer: control.IJoinAnswer, rejoin: boolean): void {
    if (this.runId !== '' && answer.runId !== this.runId) {
      this.log.warn({ runId: answer.runId, previous: this.runId }, 'the coordinator runs another run now: dropping local state')
      this.enqueue(async () => {
        await this.stopLoop('abort')
        this.state = undefined
        this.setup = undefined
      })
    }
    this.runId = answer.runId ?? ''
    if (rejoin) this.log.info({ runId: this.runId }, 'rejoined after a lost coordinator connection')
    // The coordinator forgets a pause with the connection: say it again.
    if (this.ownerPause.paused) this.control.send({ workerPause: { paused: true, reason: this.ownerPause.reason } })
  }

  private onControl(m: ControlMessage): void {
    if (m.plan != null) this.onPlan(m.plan)
    else if (m.planStart != null) this.onPlanStart(m.planStart)
    else if (m.drain != null) this.onDrain(m.drain)
    else if (m.checkpointRequest != null) this.onCheckpointRequest(m.checkpointRequest)
    else if (m.checkpointCommitted != null) {
      const c = m.checkpointCommitted
      this.log.info({ step: Number(c.step ?? 0), manifest: c.manifestSha256 }, 'checkpoint committed')
    } else if (m.logRequest != null) {
      const lines = this.components.recentLogs?.(m.logRequest.linesMax || 200) ?? []
      this.control.send({ logAnswer: { requestId: m.logRequest.requestId ?? 0, lines } })
    } else if (m.probeRequest != null) {
      const req = m.probeRequest
      answerProbeRequest(this.components.node, req)
        .then((probeReport) => this.control.send({ probeReport }))
        .catch((err: unknown) => this.log.warn({ err: errText(err) }, 'link probe failed'))
    } else if (m.error != null) {
      this.log.warn({ code: m.error.code, message: m.error.message }, 'the coordinator refused a message')
    }
    // coordinatorBeat only keeps the connection alive.
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((err: unknown) => this.log.error({ err: errText(err) }, 'plan task failed'))
  }

  // ---- plans ------------------------------------------------------------------------------------

  private onPlan(plan: Plan): void {
    const epoch = Number(plan.epoch ?? 0)
    if (plan.runId !== this.runId || epoch <= this.epoch) {
      this.log.debug({ epoch, runId: plan.runId }, 'stale plan dropped')
      return
    }
    this.epoch = epoch
    this.plan = plan
    if (plan.reason === control.PlanReason.PLAN_REASON_FAILURE || plan.reason === control.PlanReason.PLAN_REASON_ROLLBACK) {
      this.components.metrics?.recovery(plan.reason === control.PlanReason.PLAN_REASON_FAILURE ? 'failure' : 'rollback')
    }
    // A newer plan supersedes whatever is being prepared.
    this.preparing?.abort(new Error(`superseded by plan ${epoch}`))
    const prep = new AbortController()
    this.preparing = prep
    // Stop the running step now when the new plan resumes at or before it: that step cannot finish
    // under the old plan (a member is gone or the layout changed).
    const resume = Number(plan.resumeStep ?? 0)
    const loop = this.loop
    if (loop !== undefined && (loop.running === undefined || resume <= loop.running)) loop.abort.abort(new Error(`plan ${epoch}`))
    else if (loop !== undefined) loop.stopAt = Math.min(loop.stopAt, resume)
    this.enqueue(() => this.takePlan(plan, prep.signal))
  }

  private async takePlan(plan: Plan, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return
    const epoch = Number(plan.epoch)
    await this.stopLoop('wait')
    this.inbox.advance(epoch, 0)
    const me = (plan.assignments ?? []).find((a) => a.peerId === this.self)
    if (me === undefined) {
      this.setup = undefined
      this.phase = Phase.PHASE_IDLE
      this.log.info({ epoch, reason: plan.reason }, 'not in this plan: standing by')
      return
    }
    // Placed again (after a pause, a drain): only a leave keeps the loop stopping early.
    this.draining = this.leaving
    this.control.send({ planAck: { runId: this.runId, epoch, status: PlanAckStatus.PLAN_ACK_STATUS_RECEIVED } })
    const t0 = performance.now()
    try {
      const fetched = await this.prepare(plan, me, signal)
      if (signal.aborted) return
      this.control.send({
        planAck: { runId: this.runId, epoch, status: PlanAckStatus.PLAN_ACK_STATUS_READY, stateBytesFetched: fetched, stateFetchMs: performance.now() - t0 },
      })
      this.log.info({ epoch, stage: me.stageIndex, replica: me.replicaIndex, layers: [me.layerStart, me.layerEnd], resumeStep: Number(plan.resumeStep ?? 0), fetchedBytes: fetched }, 'plan ready')
      this.phase = Phase.PHASE_WAITING
    } catch (err) {
      if (signal.aborted) return
      this.log.error({ epoch, err: errText(err) }, 'could not take the planned stage')
      this.setup = undefined
      this.control.send({ planAck: { runId: this.runId, epoch, status: PlanAckStatus.PLAN_ACK_STATUS_FAILED, error: errText(err).slice(0, 500) } })
    }
  }

  /** Gets the state of `me`'s layers at the resume step and sets up the epoch's links. Returns bytes fetched. */
  private async prepare(plan: Plan, me: Assignment, signal: AbortSignal): Promise<number> {
    this.phase = Phase.PHASE_FETCHING_STATE
    const config = configFromHF(JSON.parse(plan.modelConfigJson ?? '{}'), 'the plan')
    const range = { start: me.layerStart ?? 0, end: me.layerEnd ?? 0 }
    const resume = Number(plan.resumeStep ?? 0)
    const hyper = plan.hyper ?? {}
    const stages = plan.numStages ?? 1
    const replicas = plan.numReplicas ?? 1
    const microBatches = plan.microBatchesPerStep ?? 1
    const rows = hyper.microBatchSequences ?? 1
    const seq = hyper.seqLen ?? 0
    const sources = me.stateSources ?? []
    const sameRange = this.state !== undefined && this.state.range.start === range.start && this.state.range.end === range.end && this.state.config.nEmbd === config.nEmbd && this.state.config.vocabSize === config.vocabSize
    let fetchedBytes = 0
    // 1. The state at `resume`, piece by piece.
    let tensors: StateTensor[] | undefined
    let adamStep = 0
    const keepAll = sameRange && sources.length > 0 && sources.every((s) => s.origin === StateOrigin.STATE_ORIGIN_KEEP) && this.state!.holds(resume)
    if (!keepAll) {
      tensors = []
      for (const src of sources) {
        signal.throwIfAborted()
        const piece = { start: src.layerStart ?? 0, end: src.layerEnd ?? 0 }
        const got = await this.obtain(plan, config, piece, src, signal)
        tensors.push(...got.tensors)
        adamStep = got.adamStep
        fetchedBytes += got.bytes
      }
      const names = new Set(tensors.filter((t) => t.role === 'param').map((t) => t.name))
      for (const spec of stageParams(config, range)) {
        if (!names.has(spec.name)) throw new Error(`the plan's state sources do not cover parameter ${spec.name}`)
      }
    }
    signal.throwIfAborted()
    // 2. The runtime for this range and shape (kept when nothing changed).
    const spec: RuntimeSpec = { config, range, microBatch: rows, seq, device: this.init.device, precision: hyper.computeDtype === 'fp16' ? 'fp16' : 'fp32', ...(this.init.threads !== undefined ? { threads: this.init.threads } : {}) }
    const key = JSON.stringify({ c: plan.modelConfigSha256, range, rows, seq, p: spec.precision })
    if (this.runtime === undefined || key !== this.runtimeKey) {
      await this.runtime?.close()
      this.runtime = undefined
      this.state = undefined
      const params = new Map<string, Float32Array>()
      for (const s of stageParams(config, range)) params.set(s.name, new Float32Array(s.shape.reduce((a, b) => a * b, 1)))
      this.runtime = await this.components.createRuntime(spec, params)
      this.runtimeKey = key
    }
    const rt = this.runtime
    rt.setLossScale(1 / microBatches)
    if (this.state === undefined || !sameRange) this.state = new StageState(config, range, rt.params(), resume, optimizerInit(hyper))
    if (tensors !== undefined) this.state.load(resume, adamStep, tensors)
    else this.state.rollbackTo(resume)
    // 3. Links of this epoch.
    const assignments = plan.assignments ?? []
    for (const a of assignments) {
      this.activations.setAddresses(a.peerId ?? '', a.multiaddrs ?? [])
      this.updates.setAddresses(a.peerId ?? '', a.multiaddrs ?? [])
    }
    const stage = me.stageIndex ?? 0
    const replica = me.replicaIndex ?? 0
    const chain = assignments.filter((a) => a.replicaIndex === replica).sort((a, b) => (a.stageIndex ?? 0) - (b.stageIndex ?? 0)).map((a) => a.peerId ?? '')
    const group = assignments.filter((a) => a.stageIndex === stage).sort((a, b) => (a.replicaIndex ?? 0) - (b.replicaIndex ?? 0)).map((a) => a.peerId ?? '')
    this.activations.retain(new Set([me.prevPeerId ?? '', me.nextPeerId ?? '', ...chain]))
    this.updates.retain(new Set(group))
    const batches = stage === 0 ? await this.components.openBatches(plan.data ?? {}) : undefined
    const ctx = buildStepContext(
      {
        runId: this.runId, epoch: Number(plan.epoch), self: this.self, config, stage, stages, replica, replicas, range,
        prevPeer: me.prevPeerId ?? '', nextPeer: me.nextPeerId ?? '', microBatches, rows, seq,
        schedule: plan.schedule === control.Schedule.SCHEDULE_1F1B ? '1f1b' : 'gpipe',
        replicaChain: chain, group, codecs: plan.codecs ?? {}, seed: Number(hyper.seed ?? 0),
        lossScale: lossScaleOf(plan),
      },
      { activations: this.activations, updates: this.updates, inbox: this.inbox, traffic: this.traffic },
      this.state.params,
      batches,
    )
    this.setup = { plan, me, ctx }
    return fetchedBytes
  }

  /** One state source: keep, init, fetch from peers (best first) or from the checkpoint store. */
  private async obtain(plan: Plan, config: GPTJConfig, piece: LayerRange, src: control.IStateSource, signal: AbortSignal): Promise<{ tensors: StateTensor[]; adamStep: number; bytes: number }> {
    const step = Number(src.step ?? plan.resumeStep ?? 0)
    switch (src.origin) {
      case StateOrigin.STATE_ORIGIN_KEEP: {
        const s = this.state
        if (s === undefined || !s.holds(step) || piece.start < s.range.start || piece.end > s.range.end) throw new Error(`the plan says to keep layers [${piece.start}, ${piece.end}) at step ${step}, which this worker does not hold`)
        const tensors = s.tensorsOfRange(step, piece, true).map((t) => ({ ...t, data: t.data.slice() }))
        return { tensors, adamStep: s.adamStepAt(step), bytes: 0 }
      }
      case StateOrigin.STATE_ORIGIN_INIT: {
        const params = initParams(config, Number(plan.hyper?.seed ?? 0), piece)
        const tensors = stageParams(config, piece).map((sp) => ({ name: sp.name, layer: sp.layer, role: 'param' as const, shape: sp.shape, data: params.get(sp.name)! }))
        return { tensors, adamStep: 0, bytes: 0 }
      }
      case StateOrigin.STATE_ORIGIN_PEERS: {
        const errors: string[] = []
        for (const peer of src.peerIds ?? []) {
          if (peer === this.self) continue
          const addrs = (plan.assignments ?? []).find((a) => a.peerId === peer)?.multiaddrs ?? []
          try {
            const got = await fetchState(this.components.node, { peer, multiaddrs: addrs }, config, { runId: this.runId, epoch: Number(plan.epoch), step, layerStart: piece.start, layerEnd: piece.end, includeOptimizer: true, requestId: Date.now() }, { signal, onBytes: this.countStateBytes })
            this.log.info({ peer, layers: [piece.start, piece.end], step, bytes: got.bytes }, 'state fetched from a peer')
            return got
          } catch (err) {
            if (signal.aborted) throw err
            errors.push(`${peer}: ${errText(err)}`)
            this.log.warn({ peer, err: errText(err) }, 'state fetch from a peer failed; trying the next source')
          }
        }
        throw new Error(`no peer could send layers [${piece.start}, ${piece.end}) at step ${step}: ${errors.join('; ') || 'no peers listed'}`)
      }
      case StateOrigin.STATE_ORIGIN_CHECKPOINT: {
        const got = await fetchState(
          this.components.node,
          { peer: this.init.coordinatorPeer, multiaddrs: this.init.coordinatorAddrs },
          config,
          { runId: this.runId, epoch: Number(plan.epoch), step, layerStart: piece.start, layerEnd: piece.end, includeOptimizer: true, manifestSha256: src.manifestSha256 ?? '', requestId: Date.now() },
          { signal, onBytes: this.countStateBytes },
        )
        this.log.info({ layers: [piece.start, piece.end], step, bytes: got.bytes }, 'state fetched from the checkpoint store')
        return got
      }
      default:
        throw new Error(`unknown state origin ${src.origin}`)
    }
  }

  /** State bytes count as they arrive: heartbeats show the coordinator a long transfer progressing. */
  private readonly countStateBytes = (n: number): void => this.traffic.received(TrafficKind.WEIGHTS, n, n)

  private onPlanStart(start: control.IPlanStart): void {
    const epoch = Number(start.epoch ?? 0)
    const step = Number(start.step ?? 0)
    this.enqueue(async () => {
      const setup = this.setup
      if (setup === undefined || Number(setup.plan.epoch) !== epoch || epoch !== this.epoch) {
        this.log.debug({ epoch, current: this.epoch }, 'plan start for another epoch dropped')
        return
      }
      await this.stopLoop('wait')
      this.startLoop(setup, step)
    })
  }

  private onDrain(d: control.IDrain): void {
    this.log.info({ afterStep: Number(d.afterStep ?? 0), release: d.release, reason: d.reason }, 'drain')
    this.draining = true
    if (this.loop !== undefined) this.loop.stopAt = Math.min(this.loop.stopAt, Number(d.afterStep ?? 0) + 1)
    if (d.release === true) {
      this.enqueue(async () => {
        await this.stopLoop('wait')
        this.exit(0, `released by the coordinator: ${d.reason ?? ''}`)
      })
    }
  }

  private exit(code: number, reason: string): void {
    if (this.exiting) return
    this.exiting = true
    this.log.info({ code, reason }, 'worker exiting')
    this.init.onExit?.(code, reason)
  }

  // ---- the step loop ------------------------------------------------------------------------------

  private startLoop(setup: EpochSetup, from: number): void {
    const abort = new AbortController()
    const loop: Loop = { abort, stopAt: Number(setup.plan.stepsMax ?? 0), running: undefined, done: Promise.resolve() }
    loop.done = this.runLoop(setup, from, loop).catch((err: unknown) => {
      if (abort.signal.aborted) return
      if (err instanceof BadFrameError) {
        this.onBadFrame(err.peer, err)
      }
      this.log.warn({ err: errText(err), step: loop.running }, 'step failed: waiting for a new plan')
    }).finally(() => {
      if (this.loop === loop) this.loop = undefined
      this.serveStateRequests()
      this.phase = this.setup === undefined ? Phase.PHASE_IDLE : Phase.PHASE_WAITING
    })
    this.loop = loop
  }

  private async stopLoop(how: 'abort' | 'wait'): Promise<void> {
    const loop = this.loop
    if (loop === undefined) return
    if (how === 'abort') loop.abort.abort(new Error('stopping'))
    await loop.done
  }

  private async runLoop(setup: EpochSetup, from: number, loop: Loop): Promise<void> {
    const signal = loop.abort.signal
    const state = this.state!
    const rt = this.runtime!
    if (state.step !== from) state.rollbackTo(from)
    const epoch = Number(setup.plan.epoch)
    for (let step = from; step < loop.stopAt && !signal.aborted; step++) {
      this.serveStateRequests()
      await this.serveCheckpoints(setup)
      if (this.draining && step > from) break
      while (!this.control.connected && !signal.aborted) {
        // Without a coordinator, hold at the step boundary (our state stays the one it planned with).
        this.phase = Phase.PHASE_WAITING
        await new Promise((r) => setTimeout(r, 100))
        this.serveStateRequests()
      }
      if (signal.aborted) break
      loop.running = step
      this.inbox.advance(epoch, step)
      const out = await trainStep(setup.ctx, state, rt, step, this.traffic, {
        signal,
        onPhase: (p) => {
          this.phase = p === 'pipeline' ? Phase.PHASE_FORWARD : p === 'sync' ? Phase.PHASE_SYNC : Phase.PHASE_OPTIMIZER
        },
      })
      loop.running = undefined
      if (!Number.isNaN(out.pipeline.loss)) this.lastLoss = out.pipeline.loss
      this.tokens += out.pipeline.tokens
      this.reportStep(setup, step, out)
    }
    await this.serveCheckpoints(setup)
    if (!signal.aborted && (this.state?.step ?? 0) >= Number(setup.plan.stepsMax ?? 0)) {
      this.log.info({ step: this.state?.step }, 'run finished: holding the final state')
    }
  }

  private reportStep(setup: EpochSetup, step: number, out: StepOutcome): void {
    const { ctx } = setup
    const res = out.pipeline
    const last = ctx.stage === ctx.stages - 1
    const timings: control.IStepTimings = {
      totalMs: out.totalMs,
      computeMs: res.forwardMs + res.backwardMs + out.optimizerMs,
      forwardMs: res.forwardMs,
      backwardMs: res.backwardMs,
      sendMs: res.sendMs,
      recvMs: res.recvMs,
      syncMs: out.syncMs,
      optimizerMs: out.optimizerMs,
      waitMs: res.recvMs,
      dataMs: res.dataMs,
    }
    this.lastTimings = timings
    this.lastStep = { step, ms: out.totalMs, tokens: res.tokens, atMs: Date.now() }
    this.recordMetrics(step, out, hasLossOf(ctx, res))
    this.logSyncTrouble(ctx, step, 'parameter update', out.sync)
    this.logSyncTrouble(ctx, step, 'second-moment share', out.moments)
    const t = this.traffic.totals(TRAINING_TRAFFIC)
    // An overflowed step's loss may come from zeros sent in place of non-finite activations.
    const hasLoss = last && Number.isFinite(res.loss) && !out.overflow
    this.control.send(
      {
        stepReport: {
          runId: this.runId,
          epoch: ctx.epoch,
          step,
          stageIndex: ctx.stage,
          replicaIndex: ctx.replica,
          hasLoss,
          loss: hasLoss ? res.loss : 0,
          lossTokens: res.lossTokens,
          tokens: res.tokens,
          gradNormSquared: Number.isFinite(out.globalSq) ? out.globalSq : 0,
          overflow: !out.applied,
          lossScale: out.nextLossScale,
          timings,
          spans: res.spans.map((sp) => ({ phase: PHASE_OF[sp.phase], microBatch: sp.microBatch, startMs: sp.startMs, endMs: sp.endMs })),
          bytes: this.traffic.toProto(),
          finishedAtMs: Date.now(),
        },
      },
      { keep: true },
    )
    this.log.info(
      {
        step, epoch: ctx.epoch, stage: ctx.stage, replica: ctx.replica,
        ...(hasLoss ? { loss: res.loss } : {}),
        tokens: res.tokens, stepMs: Math.round(out.totalMs), fwdMs: Math.round(res.forwardMs), bwdMs: Math.round(res.backwardMs),
        recvMs: Math.round(res.recvMs), sendMs: Math.round(res.sendMs), syncMs: Math.round(out.syncMs), optMs: Math.round(out.optimizerMs),
        bytesOut: t.bytesOut, rawBytesOut: t.rawBytesOut, applied: out.applied,
      },
      'step done',
    )
  }

  // A refused message names its sender; a skipped sync (NaN/Inf, a bad message anywhere in the group)
  // names the replica that caused it. Nothing was applied on any replica in either case.
  private logSyncTrouble(ctx: EpochSetup['ctx'], step: number, what: string, r: SyncReport | undefined): void {
    if (r === undefined) return
    for (const x of r.refused) {
      this.log.warn({ step, peer: ctx.group[x.from] ?? `rank ${x.from}`, round: x.round, err: x.error.message }, `refused a data-parallel ${what} message`)
    }
    if (!r.applied && r.skip !== undefined) {
      const culprit = ctx.group[r.skip.culprit] ?? 'unknown'
      this.log.warn({ step, reason: SKIP_REASON_NAMES[r.skip.reason] ?? r.skip.reason, culprit }, `data-parallel ${what} not applied on any replica`)
    }
  }

  private recordMetrics(step: number, out: StepOutcome, loss: number | null): void {
    const m = this.components.metrics
    if (m === undefined) return
    const res = out.pipeline
    m.recordStep({
      step, durationMs: out.totalMs, tokens: res.tokens, loss,
      phasesMs: { forward: res.forwardMs, backward: res.backwardMs, recv: res.recvMs, send: res.sendMs, sync: out.syncMs, optimizer: out.optimizerMs, data: res.dataMs },
    })
    for (const c of this.traffic.toProto()) {
      const kind = Number(c.kind ?? 0)
      const prev = this.metricsSeen.get(kind) ?? { bytesOut: 0, rawBytesOut: 0, bytesIn: 0, rawBytesIn: 0 }
      const name = TRAFFIC_NAMES[kind] ?? `kind-${kind}`
      const cur = { bytesOut: Number(c.bytesOut ?? 0), rawBytesOut: Number(c.rawBytesOut ?? 0), bytesIn: Number(c.bytesIn ?? 0), rawBytesIn: Number(c.rawBytesIn ?? 0) }
      if (cur.bytesOut > prev.bytesOut) m.recordTraffic(name, 'out', cur.bytesOut - prev.bytesOut, Math.max(0, cur.rawBytesOut - prev.rawBytesOut))
      if (cur.bytesIn > prev.bytesIn) m.recordTraffic(name, 'in', cur.bytesIn - prev.bytesIn, Math.max(0, cur.rawBytesIn - prev.rawBytesIn))
      this.metricsSeen.set(kind, cur)
    }
  }

  // ---- frames -------------------------------------------------------------------------------------

  private onFrame(frame: Frame, peer: string): void {
    const h = frame.header
    const kind = inboxKind(h)
    const result = this.inbox.put({ epoch: Number(h.epoch ?? 0), step: Number(h.step ?? 0), kind, microBatch: h.microBatch ?? 0, from: peer }, frame, frame.payload.byteLength)
    if (result === 'stale' || result === 'overflow' || result === 'duplicate') {
      this.traffic.dropped(kind)
      this.components.metrics?.frameDropped(TRAFFIC_NAMES[kind] ?? `kind-${kind}`, result)
      this.log.debug({ peer, kind, step: Number(h.step), epoch: Number(h.epoch), result }, 'frame dropped')
    } else {
      this.badInARow.delete(peer)
    }
  }

  private onBadFrame(peer: string, err: unknown): void {
    this.badFrames++
    this.components.metrics?.frameDropped('tensor', (err as { code?: string }).code ?? 'invalid')
    const n = (this.badInARow.get(peer) ?? 0) + 1
    this.badInARow.set(peer, n)
    this.log.warn({ peer, code: (err as { code?: string }).code, err: errText(err), inARow: n }, 'bad frame dropped')
    if (n >= BAD_FRAME_REPORT_THRESHOLD || err instanceof BadFrameError) {
      this.reportPeer(peer, control.PeerReportReason.PEER_REPORT_REASON_BAD_FRAMES, errText(err), n)
    }
  }

  private reportPeer(peer: string, reason: number, lastError: string, badFrames = 0): void {
    if (this.runId === '') return
    // Once per peer, reason and epoch: a dead neighbour fails every link at once.
    const key = `${this.epoch}/${peer}/${reason}`
    if (this.reported.has(key)) return
    this.reported.add(key)
    if (this.reported.size > 1024) this.reported.clear()
    this.control.send({ peerReport: { runId: this.runId, epoch: this.epoch, peerId: peer, reason, badFrames, lastError: lastError.slice(0, 500) } })
  }

  // ---- state serving and checkpoints --------------------------------------------------------------

  private stateHolder(): StateHolder {
    return {
      runId: () => this.runId,
      config: () => this.state?.config,
      selfPeer: () => this.self,
      mayFetch: (peer: string) => (this.plan?.assignments ?? []).some((a) => a.peerId === peer),
      stateAt: (step: number, range: LayerRange, includeOptimizer: boolean) =>
        new Promise((resolve) => {
          this.stateRequests.push({ step, range, includeOptimizer, resolve })
          // Earlier states sit in snapshots and can be copied now; the live one only between passes.
          if (this.loop === undefined || this.state?.step !== step) this.serveStateRequests()
        }),
    }
  }

  /** Copies requested states out (called where no pass holds the live parameters). */
  private serveStateRequests(): void {
    const s = this.state
    const pending = this.stateRequests
    this.stateRequests = []
    for (const r of pending) {
      if (s === undefined || !s.holds(r.step) || r.range.start < s.range.start || r.range.end > s.range.end) {
        r.resolve(undefined)
        continue
      }
      r.resolve({ tensors: s.tensorsOfRange(r.step, r.range, r.includeOptimizer).map((t) => ({ ...t, data: t.data.slice() })), adamStep: s.adamStepAt(r.step) })
    }
  }

  private onCheckpointRequest(r: control.ICheckpointRequest): void {
    this.checkpointQueue.push(r)
    if (this.loop === undefined) this.enqueue(async () => this.serveCheckpoints(this.setup))
  }

  /** Uploads requested checkpoints whose state is held (called at step boundaries, never mid-pass). */
  private async serveCheckpoints(setup: EpochSetup | undefined): Promise<void> {
    if (this.checkpointQueue.length === 0) return
    const s = this.state
    const pending = this.checkpointQueue
    this.checkpointQueue = []
    for (const r of pending) {
      const step = Number(r.step ?? 0)
      const range = { start: r.layerStart ?? 0, end: r.layerEnd ?? 0 }
      const base = { requestId: r.requestId ?? 0, runId: this.runId, step, layerStart: range.start, layerEnd: range.end }
      if (s === undefined || !s.holds(step) || range.start < s.range.start || range.end > s.range.end) {
        if (s !== undefined && step > s.step && this.loop !== undefined) {
          this.checkpointQueue.push(r) // not reached yet
          continue
        }
        this.control.send({ checkpointUploaded: { ...base, ok: false, error: `this worker does not hold layers [${range.start}, ${range.end}) at step ${step}` } }, { keep: true })
        continue
      }
      const tensors = s.tensorsOfRange(step, range, r.includeOptimizer !== false).map((t) => ({ ...t, data: t.data.slice() }))
      const adamStep = s.adamStepAt(step)
      const begin = { ...base, epoch: Number(r.epoch ?? this.epoch), stageIndex: setup?.ctx.stage ?? 0, replicaIndex: setup?.ctx.replica ?? 0, optimizerStepCount: adamStep }
      const t0 = performance.now()
      // The upload runs beside training: the tensors are copies.
      uploadCheckpoint(this.components.node, { peer: this.init.coordinatorPeer, multiaddrs: this.init.coordinatorAddrs }, begin, tensors, this.self)
        .then((res) => {
          this.traffic.sent(TrafficKind.WEIGHTS, res.bytes, res.bytes)
          this.log.info({ step, layers: [range.start, range.end], bytes: res.bytes, ok: res.ok, error: res.error || undefined }, 'checkpoint uploaded')
          this.control.send({ checkpointUploaded: { ...base, ok: res.ok, error: res.error, bytes: res.bytes, uploadMs: performance.now() - t0 } }, { keep: true })
        })
        .catch((err: unknown) => {
          this.log.warn({ step, err: errText(err) }, 'checkpoint upload failed')
          this.control.send({ checkpointUploaded: { ...base, ok: false, error: errText(err).slice(0, 500) } }, { keep: true })
        })
    }
  }
}

const TRAFFIC_NAMES: Record<number, string> = {
  [TrafficKind.ACTIVATION]: 'activation',
  [TrafficKind.ACTIVATION_GRAD]: 'activation_grad',
  [TrafficKind.UPDATE]: 'update',
  [TrafficKind.WEIGHTS]: 'weights',
  [TrafficKind.OPTIMIZER_STATE]: 'optimizer_state',
  [TrafficKind.AUX]: 'aux',
}

function hasLossOf(ctx: StepContext, res: StepOutcome['pipeline']): number | null {
  return ctx.stage === ctx.stages - 1 && Number.isFinite(res.loss) ? res.loss : null
}

const PHASE_OF: Record<string, number> = {
  forward: Phase.PHASE_FORWARD,
  backward: Phase.PHASE_BACKWARD,
  recv: Phase.PHASE_RECV,
  send: Phase.PHASE_SEND,
  data: Phase.PHASE_DATA,
}

/** control.Phase value -> 'forward', 'paused', … */
function phaseName(phase: number): string {
  const name = (Phase as unknown as Record<number, string | undefined>)[phase] ?? 'PHASE_UNSPECIFIED'
  return name.replace(/^PHASE_/, '').toLowerCase()
}

/** Log names of the sync's skip reasons. */
const SKIP_REASON_NAMES: Record<number, string> = Object.fromEntries(Object.entries(SkipReason).map(([k, v]) => [v, k.toLowerCase()]))
