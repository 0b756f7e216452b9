// The coordinator of one run: accepts workers on /tandem/control, feeds what they say into the
// membership state machine, carries out its decisions (persist, then send: plans, starts,
// checkpoint requests, drains), serves checkpoint state and receives uploads on /tandem/state,
// and answers the operator on /tandem/admin. Everything durable goes through the database first,
// so a coordinator killed at any point restarts into the same run.
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import type { Connection, Stream } from '@libp2p/interface'
import type { GPTJConfig } from '@tandem/model'
import { admin, control, PROTOCOL_ADMIN, PROTOCOL_CONTROL, PROTOCOL_STATE, PROTOCOL_VERSION, protocolCompatible, SOFTWARE_VERSION } from '@tandem/proto'
import type { Logger } from 'pino'
import { type AdminContext, AdminRefusal } from './admin.js'
import { AdminServer } from './admin-server.js'
import type { Auth } from './auth.js'
import type { BlobStore } from './blob-store.js'
import type { CheckpointPin, CheckpointStore } from './checkpoint-store.js'
import {
  ADMIN_REQUEST_TIMEOUT_MS,
  CHECKPOINTS_KEPT_DEFAULT,
  EXPORT_PIN_LEASE_MS,
  EXPORTS_DIR,
  FILL_WAIT_MS,
  HEARTBEAT_INTERVAL_MS,
  HEARTBEAT_TIMEOUT_MS,
  HISTORY_POINTS_MAX,
  JOIN_SETTLE_MS,
  JOIN_TIMEOUT_MS,
  LOG_LINES_MAX,
  PLAN_READY_TIMEOUT_MS,
  PROBE_BYTES,
  PROBE_TARGETS_MAX,
  PROBE_TIMEOUT_MS,
  STEP_REPORTS_KEPT,
  TICK_INTERVAL_MS,
  WORKERS_MAX,
} from './constants.js'
import { ControlSession, type ControlMessage, type ControlMessageInit } from './control-session.js'
import type { RunDataCursor } from './data-cursor.js'
import type { CoordinatorDatabase, RunRow } from './database.js'
import { autoLayout } from './auto-layout.js'
import { fixedLayout, type Layout, type LayoutStrategy } from './layout.js'
import { type Decision, type Holding, MembershipMachine, type PlanDecision } from './membership.js'
import type { CoordinatorNode } from './node.js'
import { buildPlanMessage, codecSettings, type PlanMember, reasonName } from './plan-message.js'
import type { CoordinatorMetrics } from './metrics.js'
import type { RunConfig } from './run-config.js'
import type { RunSnapshot } from './run-snapshot.js'
import { StateServer } from './state-server.js'

const { JoinRefusal, PlanAckStatus, Reachability, DeviceKind, Phase } = control
const E = admin.AdminErrorCode

export interface CoordinatorComponents {
  logger: Logger
  db: CoordinatorDatabase
  auth: Auth
  blobs: BlobStore
  checkpoints: CheckpointStore
  node: CoordinatorNode
  /** The run's data cursor; undefined when the dataset could not be opened (plans carry no cursor). */
  data?: RunDataCursor
  /** Prometheus metrics (served by the dashboard on /metrics). */
  metrics?: CoordinatorMetrics
}

export interface CoordinatorInit {
  dataDir: string
  run: RunConfig
  runRow: RunRow
  model: GPTJConfig
  modelConfigJson: string
  modelConfigSha256: string
  /** `auto` parallelism: the placement planner's strategy (fixed parallelism needs none). */
  autoLayout?: LayoutStrategy
  heartbeatIntervalMs?: number
  heartbeatTimeoutMs?: number
  tickIntervalMs?: number
  planReadyTimeoutMs?: number
  joinSettleMs?: number
  fillWaitMs?: number
  now?: () => number
}

/** What the coordinator knows about one joined worker. */
interface WorkerView {
  workerId: string
  peerId: string
  name: string
  session: ControlSession
  capabilities: control.ICapabilities
  multiaddrs: string[]
  reachability: number
  softwareVersion: string
  joinedAtMs: number
  lastSeenMs: number
  phase: number
  badFrames: number
  bytesOut: number
  bytesIn: number
  bytesUncompressed: number
  stepMs: number
  links: control.ILinkProbe[]
  paused: boolean
  /** Cumulative traffic by kind, as the worker last reported it. */
  traffic: control.IByteCounter[]
  /** The spans of its last step report. */
  lastSpans: { step: number; spans: control.ITimelineSpan[] }
}

/** Step reports gathered until the step completes everywhere. */
interface StepAgg {
  lossSum: number
  lossTokens: number
  tokens: number
  totalMsMax: number
  startedAtMs: number
  /** fp16: the smallest next-step loss scale reported (they agree unless replicas skip apart). */
  lossScaleMin: number
}

export interface HistoryPoint {
  step: number
  timeMs: number
  loss: number
  tokensPerSecond: number
  stepMs: number
  bytesSent: number
  bytesUncompressed: number
}

interface PendingCheckpoint {
  step: number
  epoch: number
  reason: string
  requestedAtMs: number
  waiters: ((r: { committed: boolean; manifestSha256: string }) => void)[]
}

export class Coordinator implements AdminContext {
  private readonly log: Logger
  private readonly c: CoordinatorComponents
  private readonly init: CoordinatorInit
  private readonly now: () => number
  private readonly runId: string
  private readonly machine: MembershipMachine
  private readonly members = new Map<string, WorkerView>()
  private readonly byPeer = new Map<string, string>()
  private readonly steps = new Map<number, StepAgg>()
  private readonly history: HistoryPoint[] = []
  private readonly pendingCheckpoints = new Map<number, PendingCheckpoint>()
  private readonly logWaiters = new Map<number, (a: control.ILogAnswer) => void>()
  private readonly stateServer: StateServer
  private readonly adminServer: AdminServer
  private planMessage: control.IPlan | undefined
  private timers: NodeJS.Timeout[] = []
  private running = false
  private startedAtMs = 0
  private lastStepDoneAtMs = 0
  private tokensSeen = 0
  /** Tokens a resumed run's imported checkpoint had seen (0 for a run started from step 0). */
  private readonly resumedTokens: number
  private requestIds = 1
  /** Counters for metrics and `admin status`. */
  readonly counters = { messagesRefused: 0, messagesStale: 0, joinsRefused: 0, recoveries: 0, rollbacks: 0, bytesIn: 0, bytesOut: 0 }

  constructor(components: CoordinatorComponents, init: CoordinatorInit) {
    this.c = components
    this.init = init
    this.log = components.logger.child({ component: 'coordinator' })
    this.now = init.now ?? Date.now
    this.runId = init.runRow.id
    const run = init.run
    const fixed = run.parallelism === 'auto' ? undefined : run.parallelism
    const layout =
      fixed !== undefined
        ? fixedLayout(fixed.stages, fixed.replicas)
        : (init.autoLayout ?? autoLayout({ model: init.model, run, links: () => this.measuredLinks() }))
    const committed = components.db.listCheckpoints(this.runId).map((r) => r.step)
    this.machine = new MembershipMachine(
      {
        nLayer: init.model.nLayer,
        stepsMax: run.steps,
        checkpointEverySteps: run.checkpoint.everySteps,
        globalBatch: run.globalBatch,
        microBatch: run.microBatch,
        layout,
        ...(fixed !== undefined ? { fullCells: fixed.stages * fixed.replicas } : {}),
        heartbeatTimeoutMs: init.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS,
        planReadyTimeoutMs: init.planReadyTimeoutMs ?? PLAN_READY_TIMEOUT_MS,
        joinSettleMs: init.joinSettleMs ?? JOIN_SETTLE_MS,
        fillWaitMs: init.fillWaitMs ?? FILL_WAIT_MS,
      },
      {
        epoch: init.runRow.epoch,
        completedStep: init.runRow.completedStep,
        committedSteps: committed,
        paused: init.runRow.status === 'paused',
        finished: init.runRow.status === 'finished',
      },
    )
    const latestPlan = components.db.latestPlan(this.runId)
    if (latestPlan !== undefined) this.planMessage = control.Plan.decode(latestPlan.plan)
    // A run resumed from another run's checkpoint counts on from the tokens that checkpoint had seen.
    this.resumedTokens = Number(components.db.listEvents(this.runId, 1, 'resume')[0]?.data.tokensSeen ?? 0)
    this.tokensSeen = this.resumedTokens + components.db.listSteps(this.runId, 1_000_000).reduce((a, s) => a + s.tokens, 0)
    for (const s of components.db.listSteps(this.runId, HISTORY_POINTS_MAX)) {
      this.history.push({ step: s.step, timeMs: s.completedAtMs, loss: s.loss ?? Number.NaN, tokensPerSecond: s.stepMs > 0 ? s.tokens / (s.stepMs / 1000) : 0, stepMs: s.stepMs, bytesSent: 0, bytesUncompressed: 0 })
    }
    this.stateServer = new StateServer(
      { logger: components.logger, checkpoints: components.checkpoints, blobs: components.blobs },
      {
        model: init.model,
        hooks: {
          runId: () => this.runId,
          selfPeerId: () => components.node.peerId.toString(),
          isMember: (peer) => this.byPeer.has(peer),
          checkUpload: (peer, begin) => this.checkUpload(peer, begin),
          uploaded: (peer, begin, bad) => this.onUploaded(peer, begin, bad),
          manifestAt: (step) => components.db.getCheckpoint(this.runId, step)?.manifestSha256,
          isCommittedManifest: (sha) => components.db.listCheckpoints(this.runId).some((r) => r.manifestSha256 === sha),
          countBytes: (dir, n) => {
            if (dir === 'in') this.counters.bytesIn += n
            else this.counters.bytesOut += n
          },
        },
      },
    )
    this.adminServer = new AdminServer({ logger: components.logger, context: this })
    // Recoveries over the whole run, restarts included: plans made because a member failed.
    this.counters.recoveries = components.db.listEvents(this.runId, 1_000_000, 'plan').filter((e) => e.data.reason === 'failure').length
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  async start(): Promise<void> {
    if (this.running) return
    this.running = true
    this.startedAtMs = this.now()
    const node = this.c.node
    await node.handle(PROTOCOL_CONTROL, (stream, conn) => this.onControlStream(stream, conn), { maxInboundStreams: 4, runOnLimitedConnection: true })
    await node.handle(PROTOCOL_STATE, (stream, conn) => this.stateServer.handle(stream, conn), { maxInboundStreams: 64, runOnLimitedConnection: true })
    await node.handle(PROTOCOL_ADMIN, (stream, conn) => this.adminServer.handle(stream, conn), { maxInboundStreams: 8 })
    this.timers.push(setInterval(() => this.apply(this.machine.step({ type: 'tick', nowMs: this.now() })), this.init.tickIntervalMs ?? TICK_INTERVAL_MS))
    this.timers.push(setInterval(() => this.beat(), this.init.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS))
    for (const t of this.timers) t.unref()
    this.c.db.insertEvent(this.runId, this.now(), 'start', { epoch: this.machine.currentEpoch, completedStep: this.machine.completed })
    this.log.info({ runId: this.runId, epoch: this.machine.currentEpoch, completedStep: this.machine.completed }, 'coordinator started')
  }

  /** Stops intake, closes worker sessions. The daemon then stops the node and closes storage. */
  async stop(): Promise<void> {
    if (!this.running) return
    this.running = false
    for (const t of this.timers) clearInterval(t)
    this.timers = []
    for (const p of [PROTOCOL_CONTROL, PROTOCOL_STATE, PROTOCOL_ADMIN]) await this.c.node.unhandle(p).catch(() => {})
    for (const w of this.members.values()) w.session.abort(new Error('coordinator stopping'))
    this.members.clear()
    this.byPeer.clear()
    for (const p of this.pendingCheckpoints.values()) for (const w of p.waiters) w({ committed: false, manifestSha256: '' })
    this.pendingCheckpoints.clear()
  }

  // ---- control protocol -----------------------------------------------------------------------

  private async onControlStream(stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer.toString()
    const session = new ControlSession(
      { logger: this.log },
      {
        stream,
        remotePeerId: peer,
        onRefused: (r) => {
          this.counters.messagesRefused++
          this.c.metrics?.messageRefused(r.code)
        },
      },
    )
    let first: ControlMessage | null
    try {
      first = await session.next(AbortSignal.timeout(JOIN_TIMEOUT_MS))
    } catch (err) {
      this.log.debug({ peer, err: (err as Error).message }, 'no join request')
      session.abort(err instanceof Error ? err : new Error(String(err)))
      return
    }
    if (first === null || first.body !== 'joinRequest') {
      session.abort(new Error('the first control message must be a join request'))
      return
    }
    const admitted = this.admit(peer, first.joinRequest!, connection, session)
    await session.send({ joinAnswer: admitted.answer })
    if (!admitted.answer.accepted) {
      this.counters.joinsRefused++
      this.log.warn({ peer, refusal: admitted.answer.refusal, reason: admitted.answer.reason }, 'join refused')
      await session.close()
      return
    }
    const workerId = admitted.answer.workerId!
    session.workerId = workerId
    // The plan in force (not one read back from the database after a restart: that epoch is over).
    if (this.planMessage !== undefined && this.machine.currentPlan !== undefined) await session.send({ plan: this.planMessage })
    this.apply(this.machine.step({ type: 'join', workerId, nowMs: this.now(), info: admitted.info }))
    this.requestProbes(workerId)
    try {
      for (;;) {
        const m = await session.next()
        if (m === null) break
        this.onMessage(workerId, session, m)
      }
    } catch (err) {
      this.log.info({ workerId, peer, err: (err as Error).message }, 'control stream failed')
    } finally {
      session.abort(new Error('control stream ended'))
      if (this.members.get(workerId)?.session === session) {
        this.apply(this.machine.step({ type: 'disconnect', workerId, nowMs: this.now(), reason: 'control stream closed' }))
        this.forget(workerId)
      }
    }
  }

  private admit(
    peer: string,
    j: control.IJoinRequest,
    connection: Connection,
    session: ControlSession,
  ): { answer: control.IJoinAnswer; info: { peerId: string; layerSeconds?: number; memoryBytes?: number; held?: Holding[] } } {
    const refuse = (refusal: number, reason: string) => ({ answer: { accepted: false, refusal, reason }, info: { peerId: peer } })
    if (!protocolCompatible(j.protocolVersion ?? '')) {
      return refuse(JoinRefusal.JOIN_REFUSAL_PROTOCOL_MISMATCH, `this coordinator speaks protocol ${PROTOCOL_VERSION}; upgrade or downgrade the worker to a matching Tandem.`)
    }
    const token = this.c.auth.checkToken(j.joinToken ?? '', 'join', this.now())
    if (!token.ok) {
      const code =
        token.reason === 'revoked' ? JoinRefusal.JOIN_REFUSAL_TOKEN_REVOKED : token.reason === 'expired' ? JoinRefusal.JOIN_REFUSAL_TOKEN_EXPIRED : JoinRefusal.JOIN_REFUSAL_BAD_TOKEN
      return refuse(code, `the join token is ${token.reason === 'bad' || token.reason === 'wrong-kind' ? 'not valid' : token.reason}; ask the operator for a new one.`)
    }
    if (j.workerPeerId !== peer) return refuse(JoinRefusal.JOIN_REFUSAL_PEER_MISMATCH, 'the worker peer id does not match the connection.')
    if (this.c.db.isBanned(peer)) return refuse(JoinRefusal.JOIN_REFUSAL_BANNED, 'this worker was removed from the run by the operator.')
    if (this.machine.phase === 'finished') return refuse(JoinRefusal.JOIN_REFUSAL_RUN_FINISHED, 'the run has finished.')
    const caps = j.capabilities ?? {}
    if (caps.selfTestPassed === false && (caps.selfTestMaxAbsError ?? 0) > 0) {
      return refuse(JoinRefusal.JOIN_REFUSAL_SELF_TEST_FAILED, `the device's self-test failed (max error ${caps.selfTestMaxAbsError}); it cannot be given a stage.`)
    }
    const codecs = caps.codecs ?? []
    if (codecs.length > 0) {
      const s = codecSettings(this.init.run)
      const needed = [s.activationsForward?.codec, s.activationsBackward?.codec, s.updates?.codec].filter((x): x is string => !!x)
      const missing = needed.filter((n) => !codecs.includes(n))
      if (missing.length > 0) return refuse(JoinRefusal.JOIN_REFUSAL_MISSING_CODEC, `the worker lacks codec ${missing.join(', ')} that this run uses; upgrade it.`)
    }
    if (!this.byPeer.has(peer) && this.members.size >= WORKERS_MAX) return refuse(JoinRefusal.JOIN_REFUSAL_RUN_FULL, 'the run has as many workers as it can take.')
    // The same peer again (a restarted worker whose old stream is not yet seen closed): replace it.
    const oldId = this.byPeer.get(peer)
    if (oldId !== undefined) {
      const old = this.members.get(oldId)
      this.apply(this.machine.step({ type: 'disconnect', workerId: oldId, nowMs: this.now(), reason: 'replaced by a new connection' }))
      this.forget(oldId)
      old?.session.abort(new Error('replaced'))
    }
    const known = (j.previousWorkerId ? this.c.db.getMember(j.previousWorkerId) : undefined) ?? this.c.db.memberByPeer(this.runId, peer)
    const workerId = known !== undefined && known.peerId === peer ? known.workerId : `w-${randomBytes(4).toString('hex')}`
    const nowMs = this.now()
    const multiaddrs = (j.multiaddrs ?? []).slice(0, 32)
    const direct = multiaddrs.some((a) => !a.includes('/p2p-circuit'))
    const claimed = j.reachability ?? Reachability.REACHABILITY_UNKNOWN
    const reachability = connection.remoteAddr.toString().includes('/p2p-circuit')
      ? Reachability.REACHABILITY_RELAYED
      : claimed !== Reachability.REACHABILITY_UNKNOWN
        ? claimed
        : direct
          ? Reachability.REACHABILITY_PUBLIC
          : multiaddrs.length > 0
            ? Reachability.REACHABILITY_RELAYED
            : Reachability.REACHABILITY_UNKNOWN
    const view: WorkerView = {
      workerId,
      peerId: peer,
      name: (j.workerName ?? '').slice(0, 128),
      session,
      capabilities: caps,
      multiaddrs,
      reachability,
      softwareVersion: (j.softwareVersion ?? '').slice(0, 64),
      joinedAtMs: nowMs,
      lastSeenMs: nowMs,
      phase: Phase.PHASE_IDLE,
      badFrames: 0,
      bytesOut: 0,
      bytesIn: 0,
      bytesUncompressed: 0,
      stepMs: 0,
      links: (j.links ?? []).slice(0, 1024),
      paused: false,
      traffic: [],
      lastSpans: { step: -1, spans: [] },
    }
    this.members.set(workerId, view)
    this.byPeer.set(peer, workerId)
    this.c.db.upsertMember({
      workerId,
      runId: this.runId,
      peerId: peer,
      name: view.name,
      capabilities: control.Capabilities.encode(caps).finish(),
      multiaddrs,
      reachability,
      status: 'active',
      joinedAtMs: nowMs,
      lastSeenMs: nowMs,
      reason: '',
    })
    this.c.db.insertEvent(this.runId, nowMs, 'join', { workerId, peerId: peer, reachability })
    this.log.info({ workerId, peer, name: view.name, device: caps.deviceName, reachability }, 'worker joined')
    return {
      answer: {
        accepted: true,
        runId: this.runId,
        workerId,
        coordinatorPeerId: this.c.node.peerId.toString(),
        softwareVersion: SOFTWARE_VERSION,
        protocolVersion: PROTOCOL_VERSION,
        heartbeatIntervalMs: this.init.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS,
        heartbeatTimeoutMs: this.init.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS,
        modelConfigJson: this.init.modelConfigJson,
        modelConfigSha256: this.init.modelConfigSha256,
      },
      info: {
        peerId: peer,
        layerSeconds: caps.layerSecondsFwdBwd ?? 0,
        memoryBytes: Number(caps.deviceMemoryBytes ?? 0),
        ...(caps.benchMicroBatch && caps.benchSeqLen && caps.benchEmbd
          ? { benchmark: { microBatch: caps.benchMicroBatch, seqLen: caps.benchSeqLen, nEmbd: caps.benchEmbd } }
          : {}),
        ...(caps.flopsPerSecond ? { flopsPerS: caps.flopsPerSecond } : {}),
        ...(caps.bandwidthBytesPerSecondMax ? { bandwidthBytesPerSMax: Number(caps.bandwidthBytesPerSecondMax) } : {}),
        held: this.holdings(j.held ?? []),
      },
    }
  }

  private holdings(held: control.IHeldState[]): Holding[] {
    const L = this.init.model.nLayer
    return held
      .filter((h) => h.runId === this.runId && (h.layerStart ?? 0) < (h.layerEnd ?? 0) && (h.layerEnd ?? 0) <= L)
      .map((h) => ({ step: Number(h.step ?? 0), range: { start: h.layerStart ?? 0, end: h.layerEnd ?? 0 } }))
  }

  /**
   * Asks a newcomer to measure its links to the other members (libp2p ping, and with `auto`
   * placement a short throughput probe): the planner's latency/bandwidth matrix, the dashboard's
   * links. Bounded in targets and bytes; the answer arrives as a ProbeReport.
   */
  private requestProbes(workerId: string): void {
    const w = this.members.get(workerId)
    if (w === undefined) return
    const targets = [...this.members.values()]
      .filter((o) => o.workerId !== workerId && o.multiaddrs.length > 0)
      .slice(0, PROBE_TARGETS_MAX)
      .map((o) => ({ peerId: o.peerId, multiaddrs: o.multiaddrs }))
    if (targets.length === 0) return
    const probeBytes = this.init.run.parallelism === 'auto' ? PROBE_BYTES : 0
    void w.session.send({ probeRequest: { requestId: this.requestIds++, targets, probeBytes, timeoutMs: PROBE_TIMEOUT_MS } })
  }

  /** Links the workers measured (join links and probe reports), by worker id, for the planner. */
  private measuredLinks(): { from: string; to: string; bandwidthBytesPerS?: number; rttMs: number }[] {
    const out: { from: string; to: string; bandwidthBytesPerS?: number; rttMs: number }[] = []
    for (const w of this.members.values()) {
      for (const l of w.links) {
        const to = this.byPeer.get(l.peerId ?? '')
        if (to === undefined || l.ok === false) continue
        out.push({ from: w.workerId, to, rttMs: l.latencyMs ?? 0, ...(l.bandwidthBytesPerSecond ? { bandwidthBytesPerS: l.bandwidthBytesPerSecond } : {}) })
      }
    }
    return out
  }

  private forget(workerId: string): void {
    const w = this.members.get(workerId)
    if (w === undefined) return
    this.members.delete(workerId)
    if (this.byPeer.get(w.peerId) === workerId) this.byPeer.delete(w.peerId)
  }

  private stale(session: ControlSession, what: string): void {
    this.counters.messagesStale++
    this.c.metrics?.messageRefused('E_STALE')
    this.log.debug({ peer: session.remotePeerId, what }, 'stale message dropped')
  }

  private onMessage(workerId: string, session: ControlSession, m: ControlMessage): void {
    const w = this.members.get(workerId)
    if (w === undefined) return
    const nowMs = this.now()
    w.lastSeenMs = nowMs
    const wrongRun = (runId: string | null | undefined) => {
      if (runId === undefined || runId === null || runId === '' || runId === this.runId) return false
      session.refuse({ code: 'E_UNKNOWN_RUN', message: `message for run ${runId.slice(0, 64)}, this coordinator runs ${this.runId}` })
      return true
    }
    switch (m.body) {
      case 'heartbeat': {
        const h = m.heartbeat!
        if (wrongRun(h.runId)) return
        this.c.metrics?.heartbeat()
        w.phase = h.phase ?? 0
        w.badFrames = Number(h.badFrames ?? 0)
        this.countBytes(w, h.bytes ?? [])
        this.apply(this.machine.step({ type: 'heartbeat', workerId, nowMs, held: this.holdings(h.held ?? []), stateBytesIn: stateBytesIn(h.bytes ?? []) }))
        return
      }
      case 'planAck': {
        const a = m.planAck!
        if (wrongRun(a.runId)) return
        const status = a.status === PlanAckStatus.PLAN_ACK_STATUS_READY ? 'ready' : a.status === PlanAckStatus.PLAN_ACK_STATUS_FAILED ? 'failed' : 'received'
        if (status === 'failed') this.log.warn({ workerId, epoch: a.epoch, error: a.error }, 'worker could not take its stage')
        this.apply(this.machine.step({ type: 'planAck', workerId, nowMs, epoch: Number(a.epoch ?? 0), status, ...(a.error ? { error: a.error } : {}) }))
        return
      }
      case 'stepReport': {
        const r = m.stepReport!
        if (wrongRun(r.runId)) return
        if (Number(r.epoch ?? 0) !== this.machine.currentEpoch) {
          this.stale(session, `step report of epoch ${r.epoch}`)
          return
        }
        this.recordReport(w, r, nowMs)
        this.apply(
          this.machine.step({ type: 'stepDone', workerId, nowMs, epoch: Number(r.epoch ?? 0), step: Number(r.step ?? 0), stage: r.stageIndex ?? 0, replica: r.replicaIndex ?? 0 }),
        )
        return
      }
      case 'leave': {
        const l = m.leave!
        this.log.info({ workerId, immediate: l.immediate, reason: l.reason }, 'worker leaving')
        this.apply(this.machine.step({ type: 'leave', workerId, nowMs, immediate: l.immediate === true, reason: l.reason || 'leaving' }))
        return
      }
      case 'logAnswer': {
        const a = m.logAnswer!
        const waiter = this.logWaiters.get(Number(a.requestId ?? 0))
        if (waiter !== undefined) waiter(a)
        return
      }
      case 'checkpointUploaded': {
        const u = m.checkpointUploaded!
        if (!u.ok) {
          this.log.warn({ workerId, step: u.step, error: u.error }, 'checkpoint upload failed')
          this.c.metrics?.checkpoint('failed')
        }
        return
      }
      case 'stateAvailable':
        this.apply(this.machine.step({ type: 'heartbeat', workerId, nowMs, held: this.holdings(m.stateAvailable!.held ?? []) }))
        return
      case 'probeReport': {
        // Newer figures replace older ones to the same peer; links to departed peers fall away.
        const links = new Map(w.links.map((l) => [l.peerId ?? '', l]))
        for (const l of m.probeReport!.links ?? []) links.set(l.peerId ?? '', l)
        w.links = [...links.values()].filter((l) => this.byPeer.has(l.peerId ?? '')).slice(0, 1024)
        return
      }
      case 'workerPause': {
        const p = m.workerPause!
        w.paused = p.paused === true
        this.log.info({ workerId, paused: w.paused, reason: p.reason }, 'donor paused or resumed the device')
        if (w.paused) this.apply(this.machine.step({ type: 'drain', workerId, nowMs, release: false, ban: false, reason: p.reason || 'paused by its owner' }))
        else this.apply(this.machine.step({ type: 'undrain', workerId, nowMs }))
        return
      }
      case 'peerReport': {
        const r = m.peerReport!
        if (wrongRun(r.runId)) return
        const reason = r.reason === control.PeerReportReason.PEER_REPORT_REASON_BAD_FRAMES ? 'bad-frames' : 'unreachable'
        this.log.warn({ workerId, target: r.peerId, reason, badFrames: r.badFrames, lastError: r.lastError }, 'peer reported')
        this.apply(this.machine.step({ type: 'peerReport', workerId, nowMs, epoch: Number(r.epoch ?? 0), target: r.peerId ?? '', reason }))
        return
      }
      case 'error':
        this.log.warn({ workerId, code: m.error!.code, message: m.error!.message }, 'worker reported an error')
        return
      default:
        return
    }
  }

  private countBytes(w: WorkerView, counters: control.IByteCounter[]): void {
    let out = 0
    let inn = 0
    let raw = 0
    for (const b of counters) {
      out += Number(b.bytesOut ?? 0)
      inn += Number(b.bytesIn ?? 0)
      raw += Number(b.rawBytesOut ?? 0)
    }
    w.bytesOut = out
    w.bytesIn = inn
    w.bytesUncompressed = raw
    const metrics = this.c.metrics
    if (metrics !== undefined) {
      // Workers report cumulative counters; the metrics take what arrived since the last report.
      const before = new Map(w.traffic.map((b) => [b.kind ?? 0, b]))
      for (const b of counters) {
        const prev = before.get(b.kind ?? 0)
        const kind = trafficName(b.kind ?? 0)
        const d = (x: unknown, y: unknown) => Math.max(0, Number(x ?? 0) - Number(y ?? 0))
        const outBytes = d(b.bytesOut, prev?.bytesOut)
        const inBytes = d(b.bytesIn, prev?.bytesIn)
        if (outBytes > 0) metrics.recordTraffic({ kind, direction: 'out', bytes: outBytes, rawBytes: d(b.rawBytesOut, prev?.rawBytesOut) })
        if (inBytes > 0) metrics.recordTraffic({ kind, direction: 'in', bytes: inBytes, rawBytes: d(b.rawBytesIn, prev?.rawBytesIn) })
      }
    }
    w.traffic = counters.slice(0, 16)
  }

  private recordReport(w: WorkerView, r: control.IStepReport, nowMs: number): void {
    const step = Number(r.step ?? 0)
    const agg = this.steps.get(step) ?? { lossSum: 0, lossTokens: 0, tokens: 0, totalMsMax: 0, startedAtMs: nowMs, lossScaleMin: Number.POSITIVE_INFINITY }
    if (r.hasLoss) {
      const weight = Math.max(1, Number(r.lossTokens ?? 0))
      agg.lossSum += (r.loss ?? 0) * weight
      agg.lossTokens += weight
    }
    if ((r.stageIndex ?? 0) === 0) agg.tokens += Number(r.tokens ?? 0)
    const total = r.timings?.totalMs ?? 0
    agg.totalMsMax = Math.max(agg.totalMsMax, total)
    const scale = r.lossScale ?? 0
    if (Number.isFinite(scale) && scale > 0) agg.lossScaleMin = Math.min(agg.lossScaleMin, scale)
    if (this.steps.size < 1024) this.steps.set(step, agg)
    w.stepMs = total
    w.lastSpans = { step, spans: (r.spans ?? []).slice(0, 1024) }
    this.countBytes(w, r.bytes ?? [])
    this.c.db.insertStepReport({
      runId: this.runId,
      epoch: Number(r.epoch ?? 0),
      step,
      stage: r.stageIndex ?? 0,
      replica: r.replicaIndex ?? 0,
      workerId: w.workerId,
      hasLoss: r.hasLoss === true,
      loss: r.loss ?? 0,
      lossTokens: Number(r.lossTokens ?? 0),
      tokens: Number(r.tokens ?? 0),
      totalMs: total,
      report: control.StepReport.encode(r).finish(),
      atMs: nowMs,
    })
  }

  // ---- decisions ------------------------------------------------------------------------------

  /** Carries out the state machine's decisions, in order. */
  private apply(decisions: Decision[]): void {
    for (const d of decisions) {
      try {
        this.applyOne(d)
      } catch (err) {
        this.log.error({ err, decision: d.type }, 'failed to carry out a decision')
      }
    }
  }

  private applyOne(d: Decision): void {
    const nowMs = this.now()
    switch (d.type) {
      case 'plan':
        this.publishPlan(d.plan, nowMs)
        return
      case 'start': {
        this.log.info({ epoch: d.epoch, step: d.step }, 'plan starts')
        this.lastStepDoneAtMs = nowMs
        this.broadcast({ planStart: { runId: this.runId, epoch: d.epoch, step: d.step } })
        return
      }
      case 'gone': {
        const w = this.members.get(d.workerId)
        this.log.warn({ workerId: d.workerId, peer: w?.peerId, reason: d.reason }, 'worker gone')
        this.c.db.setMemberStatus(d.workerId, d.reason.startsWith('kicked') ? 'kicked' : d.reason.startsWith('left') ? 'left' : 'gone', d.reason, nowMs)
        this.c.db.insertEvent(this.runId, nowMs, 'gone', { workerId: d.workerId, reason: d.reason })
        if (w !== undefined) {
          this.forget(d.workerId)
          void w.session.close()
        }
        return
      }
      case 'stepComplete':
        this.onStepComplete(d.step, d.epoch, nowMs)
        return
      case 'checkpoint':
        this.requestCheckpoint(d, nowMs)
        return
      case 'drain': {
        const w = this.members.get(d.workerId)
        if (w === undefined) return
        if (d.ban) this.c.db.ban(w.peerId, d.reason, nowMs)
        void w.session.send({ drain: { reason: d.reason, afterStep: d.afterStep, release: d.release, ban: d.ban } })
        if (d.release) {
          this.c.db.setMemberStatus(d.workerId, 'left', d.reason, nowMs)
          this.forget(d.workerId)
          const s = w.session
          setTimeout(() => void s.close(), 5_000).unref()
        }
        return
      }
      case 'finished':
        this.log.info({ step: d.step }, 'run finished')
        this.c.db.updateRun(this.runId, { status: 'finished' })
        this.c.db.insertEvent(this.runId, nowMs, 'finished', { step: d.step })
        this.beat()
        return
      case 'waiting':
        this.log.warn({ reason: d.reason }, 'waiting for workers')
        return
      case 'dropped':
        this.counters.messagesStale++
        this.log.debug({ workerId: d.workerId, reason: d.reason }, 'stale message dropped')
        return
    }
  }

  private publishPlan(p: PlanDecision, nowMs: number): void {
    const members = new Map<string, PlanMember>()
    for (const w of this.members.values()) members.set(w.workerId, { peerId: w.peerId, multiaddrs: w.multiaddrs })
    const message = buildPlanMessage(p, {
      runId: this.runId,
      run: this.init.run,
      nLayer: this.init.model.nLayer,
      modelConfigJson: this.init.modelConfigJson,
      modelConfigSha256: this.init.modelConfigSha256,
      coordinatorPeerId: this.c.node.peerId.toString(),
      members,
      manifestAt: (step) => this.c.db.getCheckpoint(this.runId, step)?.manifestSha256,
      data: this.dataSpec(p.resumeStep),
      lossScale: this.c.db.getRun()?.lossScale ?? 1,
      nowMs,
      bandwidth: (from, to) => this.linkBandwidth(from, to),
    })
    const encoded = control.Plan.encode(message).finish()
    this.c.db.transaction(() => {
      this.c.db.insertPlan({ runId: this.runId, epoch: p.epoch, resumeStep: p.resumeStep, reason: message.reason ?? 0, plan: encoded, createdAtMs: nowMs })
      this.c.db.updateRun(this.runId, { epoch: p.epoch, completedStep: p.resumeStep, status: p.paused ? 'paused' : 'running' })
      if (p.rolledBackFrom !== undefined) this.c.db.deleteStepsFrom(this.runId, p.resumeStep)
      this.c.db.insertEvent(this.runId, nowMs, 'plan', { epoch: p.epoch, resumeStep: p.resumeStep, reason: p.reason, origin: p.origin, cells: p.layout.cells.length })
    })
    this.c.metrics?.setPlanEpoch(p.epoch)
    if (p.reason === 'failure') {
      this.counters.recoveries++
      this.c.metrics?.recovery('failure')
    }
    if (p.rolledBackFrom !== undefined) this.c.metrics?.recovery('rollback')
    if (p.rolledBackFrom !== undefined) {
      this.counters.rollbacks++
      for (const s of [...this.steps.keys()]) if (s >= p.resumeStep) this.steps.delete(s)
      while (this.history.length > 0 && this.history.at(-1)!.step >= p.resumeStep) this.history.pop()
    }
    this.planMessage = message
    this.log.info(
      { epoch: p.epoch, resumeStep: p.resumeStep, reason: p.reason, origin: p.origin, stages: p.layout.stages.length, replicas: p.layout.replicas, idle: p.idle.length },
      'plan published',
    )
    this.broadcast({ plan: message })
  }

  /** Measured bytes/s between two members (either one's probe of the other), undefined when unknown. */
  private linkBandwidth(a: string, b: string): number | undefined {
    const wa = this.members.get(a)
    const wb = this.members.get(b)
    if (wa === undefined || wb === undefined) return undefined
    const probe = (w: WorkerView, peer: string) => w.links.find((l) => l.peerId === peer && l.ok !== false && (l.bandwidthBytesPerSecond ?? 0) > 0)
    return (probe(wa, wb.peerId) ?? probe(wb, wa.peerId))?.bandwidthBytesPerSecond ?? undefined
  }

  private dataSpec(step: number): control.IDataSpec {
    const d = this.c.data
    if (d === undefined) return { datasetId: 'sample' in this.init.run.data ? 'sample' : this.init.run.data.prepared, seed: this.init.run.seed }
    try {
      return d.dataSpec(step)
    } catch (err) {
      this.log.error({ err, step }, 'data cursor failed')
      return { datasetId: d.dataset.id, seed: this.init.run.seed }
    }
  }

  private onStepComplete(stateStep: number, epoch: number, nowMs: number): void {
    // State `stateStep` exists everywhere: step `stateStep - 1` is done.
    const step = stateStep - 1
    const agg = this.steps.get(step)
    this.steps.delete(step)
    for (const s of [...this.steps.keys()]) if (s < step - 16) this.steps.delete(s)
    const loss = agg !== undefined && agg.lossTokens > 0 ? agg.lossSum / agg.lossTokens : null
    const tokens = agg?.tokens ?? 0
    const stepMs = this.lastStepDoneAtMs > 0 ? nowMs - this.lastStepDoneAtMs : (agg?.totalMsMax ?? 0)
    this.lastStepDoneAtMs = nowMs
    this.tokensSeen += tokens
    let sent = 0
    let raw = 0
    for (const w of this.members.values()) {
      sent += w.bytesOut
      raw += w.bytesUncompressed
    }
    this.c.db.transaction(() => {
      this.c.db.upsertStep({ runId: this.runId, step, epoch, loss, tokens, stepMs, completedAtMs: nowMs })
      // fp16: the scale the next step runs with, carried by later plans and checkpoints.
      const lossScale = this.init.run.precision === 'fp16' && agg !== undefined && Number.isFinite(agg.lossScaleMin) ? agg.lossScaleMin : undefined
      this.c.db.updateRun(this.runId, { completedStep: stateStep, ...(lossScale !== undefined ? { lossScale } : {}) })
    })
    if (stateStep % 100 === 0) this.c.db.pruneStepReports(this.runId, STEP_REPORTS_KEPT)
    this.history.push({ step, timeMs: nowMs, loss: loss ?? Number.NaN, tokensPerSecond: stepMs > 0 ? tokens / (stepMs / 1000) : 0, stepMs, bytesSent: sent, bytesUncompressed: raw })
    if (this.history.length > HISTORY_POINTS_MAX) this.history.splice(0, this.history.length - HISTORY_POINTS_MAX)
    this.c.metrics?.recordStep({ step, durationMs: stepMs, tokens, loss, planEpoch: epoch })
    this.log.info({ step, loss, tokens, stepMs }, 'step done')
    this.beat()
  }

  private requestCheckpoint(d: Extract<Decision, { type: 'checkpoint' }>, nowMs: number): void {
    if (this.c.db.getCheckpoint(this.runId, d.step) !== undefined) {
      this.resolveCheckpointWaiters(d.step, true)
      return
    }
    const pending = this.pendingCheckpoints.get(d.step) ?? { step: d.step, epoch: d.epoch, reason: d.reason, requestedAtMs: nowMs, waiters: [] }
    pending.epoch = d.epoch
    this.pendingCheckpoints.set(d.step, pending)
    for (const u of d.uploads) {
      const w = this.members.get(u.workerId)
      if (w === undefined) continue
      void w.session.send({
        checkpointRequest: {
          runId: this.runId,
          epoch: d.epoch,
          step: d.step,
          layerStart: u.range.start,
          layerEnd: u.range.end,
          includeOptimizer: d.step > 0,
          includeCompressionState: false,
          requestId: this.requestIds++,
        },
      })
    }
    this.log.info({ step: d.step, reason: d.reason, uploads: d.uploads.length }, 'checkpoint requested')
  }

  private checkUpload(peer: string, begin: control.UploadBegin): { ok: boolean; reason?: string } {
    const workerId = this.byPeer.get(peer)
    if (workerId === undefined) return { ok: false, reason: 'not a member of this run' }
    if (begin.runId !== this.runId) return { ok: false, reason: 'unknown run' }
    const step = Number(begin.step)
    if (this.c.db.getCheckpoint(this.runId, step) !== undefined) return { ok: false, reason: `step ${step} is already committed` }
    if (!this.pendingCheckpoints.has(step)) return { ok: false, reason: `no checkpoint of step ${step} was requested` }
    if (!(begin.layerStart < begin.layerEnd && begin.layerEnd <= this.init.model.nLayer)) return { ok: false, reason: 'bad layer range' }
    return { ok: true }
  }

  /** Commits run one at a time: two stages' uploads finishing together must not both commit a step. */
  private commits: Promise<void> = Promise.resolve()

  private onUploaded(peer: string, begin: control.UploadBegin, bad: string[]): Promise<void> {
    const next = this.commits.then(() => this.commitAfterUpload(peer, begin, bad))
    this.commits = next.catch((err: unknown) => this.log.error({ err }, 'checkpoint commit failed'))
    return this.commits
  }

  private async commitAfterUpload(peer: string, begin: control.UploadBegin, bad: string[]): Promise<void> {
    if (bad.length > 0) {
      this.log.warn({ peer, step: Number(begin.step), bad: bad.slice(0, 10) }, 'upload had bad tensors')
      this.c.metrics?.checkpoint('failed')
    }
    const step = Number(begin.step)
    const pending = this.pendingCheckpoints.get(step)
    const plan = this.machine.currentPlan
    const agg = this.history.filter((h) => h.step >= step - this.init.run.checkpoint.everySteps && h.step < step && Number.isFinite(h.loss))
    const uploaders = new Map<number, { stage: number; replica: number; peerId: string }>()
    const L = this.init.model.nLayer
    for (let l = begin.layerStart; l < begin.layerEnd; l++) uploaders.set(l, { stage: begin.stageIndex, replica: begin.replicaIndex, peerId: peer })
    if (begin.layerStart === 0) uploaders.set(-1, { stage: begin.stageIndex, replica: begin.replicaIndex, peerId: peer })
    if (begin.layerEnd === L) uploaders.set(L, { stage: begin.stageIndex, replica: begin.replicaIndex, peerId: peer })
    const o = this.init.run.optimizer
    const res = await this.c.checkpoints.commitIfComplete(
      step,
      {
        planEpoch: pending?.epoch ?? this.machine.currentEpoch,
        numStages: plan?.layout.stages.length ?? 0,
        numReplicas: plan?.layout.replicas ?? 0,
        optimizer: { kind: 'adamw', stepCount: step, learningRate: o.lr, beta1: o.beta1, beta2: o.beta2, epsilon: o.eps, weightDecay: o.weightDecay },
        ...(this.c.data !== undefined ? { data: this.safeCursorState(step) } : {}),
        rng: { seed: this.init.run.seed },
        lossScale: { dynamic: this.init.run.precision === 'fp16', scale: this.c.db.getRun()?.lossScale ?? 1 },
        tokensSeen: this.tokensSeenAt(step),
        lossAvg: agg.length > 0 ? agg.reduce((a, h) => a + h.loss, 0) / agg.length : 0,
        uploaders,
      },
      this.now(),
    )
    if (res === undefined) return
    this.c.db.insertEvent(this.runId, this.now(), 'checkpoint', { step, manifestSha256: res.manifestSha256, bytes: res.bytes })
    this.c.metrics?.checkpoint('committed')
    this.apply(this.machine.step({ type: 'checkpointCommitted', nowMs: this.now(), step }))
    this.broadcast({ checkpointCommitted: { runId: this.runId, step, manifestSha256: res.manifestSha256, createdAtMs: this.now() } })
    this.resolveCheckpointWaiters(step, true, res.manifestSha256)
    const keep = this.init.run.checkpoint.keep ?? CHECKPOINTS_KEPT_DEFAULT
    this.c.checkpoints.prune(keep).catch((err: unknown) => this.log.warn({ err }, 'pruning checkpoints failed'))
  }

  /**
   * Tokens trained on before state step `step`: a checkpoint's count, exact even when the run has
   * moved past `step` by the time the uploads commit (a resumed run counts on from it).
   */
  private tokensSeenAt(step: number): number {
    return this.resumedTokens + this.c.db.listSteps(this.runId, 1_000_000).reduce((a, s) => a + (s.step < step ? s.tokens : 0), 0)
  }

  private safeCursorState(step: number) {
    try {
      return this.c.data!.checkpointState(step, this.tokensSeenAt(step))
    } catch (err) {
      this.log.error({ err, step }, 'data cursor failed')
      return undefined
    }
  }

  private resolveCheckpointWaiters(step: number, committed: boolean, manifestSha256 = ''): void {
    const p = this.pendingCheckpoints.get(step)
    if (p === undefined) return
    this.pendingCheckpoints.delete(step)
    const sha = manifestSha256 || (this.c.db.getCheckpoint(this.runId, step)?.manifestSha256 ?? '')
    for (const w of p.waiters) w({ committed, manifestSha256: sha })
  }

  private broadcast(message: ControlMessageInit): void {
    for (const w of this.members.values()) void w.session.send(message)
  }

  private beat(): void {
    const committed = this.machine.lastCommitted()
    this.broadcast({
      coordinatorBeat: {
        runId: this.runId,
        epoch: this.machine.currentEpoch,
        step: this.machine.completed,
        committedStep: committed ?? 0,
        paused: this.machine.isPaused,
      },
    })
  }

  // ---- read-only views (admin, dashboard, tests) ------------------------------------------------

  /** Workers by state, for the metrics gauge. */
  workersByState(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const w of this.workers().workers ?? []) out[w.state ?? 'unknown'] = (out[w.state ?? 'unknown'] ?? 0) + 1
    return out
  }

  /** Whether a peer has a live, accepted control session (relay gating, state fetches). */
  isMemberPeer(peerId: string): boolean {
    return this.byPeer.has(peerId)
  }

  get runIdentifier(): string {
    return this.runId
  }

  get phase(): string {
    return this.machine.phase
  }

  get completedStep(): number {
    return this.machine.completed
  }

  get epoch(): number {
    return this.machine.currentEpoch
  }

  roleOf(credential: string) {
    return this.c.auth.roleOf(credential, this.now())
  }

  status(): admin.IStatusAnswer {
    const plan = this.machine.currentPlan
    const last = this.history.at(-1)
    const recent = this.history.slice(-10)
    const ck = this.c.db.latestCheckpoint(this.runId)
    let sent = 0
    let raw = 0
    for (const w of this.members.values()) {
      sent += w.bytesOut
      raw += w.bytesUncompressed
    }
    const phase = this.machine.phase
    return {
      runId: this.runId,
      runName: this.init.run.name,
      state: phase === 'forming' ? 'recovering' : phase,
      stateReason: this.machine.waitingFor,
      step: this.machine.completed,
      stepsMax: this.init.run.steps,
      loss: last?.loss ?? 0,
      tokensPerSecond: recent.length > 0 ? recent.reduce((a, h) => a + h.tokensPerSecond, 0) / recent.length : 0,
      planEpoch: this.machine.currentEpoch,
      lastCheckpointStep: ck?.step ?? 0,
      hasCheckpoint: ck !== undefined,
      workers: this.members.size,
      numStages: plan?.layout.stages.length ?? 0,
      numReplicas: plan?.layout.replicas ?? 0,
      startedAtMs: this.startedAtMs,
      tokensSeen: this.tokensSeen,
      bytesSent: sent,
      bytesUncompressed: raw,
      recoveries: this.counters.recoveries,
      lossScale: this.c.db.getRun()?.lossScale ?? 1,
      coordinatorPeerId: this.c.node.peerId.toString(),
      multiaddrs: this.c.node.getMultiaddrs().map((a) => a.toString()),
      softwareVersion: SOFTWARE_VERSION,
      stepMs: recent.length > 0 ? recent.reduce((a, h) => a + h.stepMs, 0) / recent.length : 0,
    }
  }

  workers(): admin.IWorkersAnswer {
    const plan = this.machine.currentPlan
    const ranked = [...this.members.values()].filter((w) => w.stepMs > 0).sort((a, b) => b.stepMs - a.stepMs)
    const reach: Record<number, string> = { 0: 'unknown', 1: 'public', 2: 'relayed', 3: 'hole-punched' }
    const device: Record<number, string> = { [DeviceKind.DEVICE_KIND_CPU]: 'cpu', [DeviceKind.DEVICE_KIND_CUDA]: 'cuda', [DeviceKind.DEVICE_KIND_WEBGPU]: 'webgpu' }
    return {
      workers: [...this.members.values()].map((w) => {
        const cell = plan?.layout.cells.find((c) => c.workerId === w.workerId)
        const range = cell !== undefined ? plan!.layout.stages[cell.stage]! : undefined
        return {
          peerId: w.peerId,
          workerId: w.workerId,
          name: w.name,
          deviceKind: device[w.capabilities.deviceKind ?? 0] ?? 'unknown',
          deviceName: w.capabilities.deviceName ?? '',
          deviceMemoryBytes: Number(w.capabilities.deviceMemoryBytes ?? 0),
          layerSecondsFwdBwd: w.capabilities.layerSecondsFwdBwd ?? 0,
          assigned: cell !== undefined,
          stageIndex: cell?.stage ?? 0,
          replicaIndex: cell?.replica ?? 0,
          layerStart: range?.start ?? 0,
          layerEnd: range?.end ?? 0,
          reachability: reach[w.reachability] ?? 'unknown',
          links: w.links.map((l) => ({ peerId: l.peerId ?? '', latencyMs: l.latencyMs ?? 0, bandwidthBytesPerSecond: l.bandwidthBytesPerSecond ?? 0, measuredAtMs: Number(l.measuredAtMs ?? 0) })),
          stepMs: w.stepMs,
          stragglerRank: ranked.indexOf(w) + 1,
          lastSeenAtMs: w.lastSeenMs,
          state: w.paused ? 'paused' : this.machine.isDraining(w.workerId) ? 'draining' : phaseName(w.phase),
          softwareVersion: w.softwareVersion,
          multiaddrs: w.multiaddrs,
          badFrames: w.badFrames,
          bytesOut: w.bytesOut,
          bytesIn: w.bytesIn,
          joinedAtMs: w.joinedAtMs,
        }
      }),
    }
  }

  plan(): admin.IPlanAnswer {
    const p = this.machine.currentPlan
    const msg = this.planMessage
    if (p === undefined || msg === undefined) return { epoch: this.machine.currentEpoch, paused: this.machine.isPaused }
    const byWorker = new Map([...this.members.values()].map((w) => [w.workerId, w]))
    const recent = this.history.slice(-10)
    return {
      epoch: p.epoch,
      resumeStep: p.resumeStep,
      numStages: p.layout.stages.length,
      numReplicas: p.layout.replicas,
      cells: p.layout.cells.map((c) => ({
        stageIndex: c.stage,
        replicaIndex: c.replica,
        peerId: byWorker.get(c.workerId)?.peerId ?? '',
        layerStart: p.layout.stages[c.stage]!.start,
        layerEnd: p.layout.stages[c.stage]!.end,
        measuredStepMs: byWorker.get(c.workerId)?.stepMs ?? 0,
      })),
      schedule: this.init.run.schedule,
      microBatchesPerStep: msg.microBatchesPerStep ?? 0,
      predicted: { totalMs: p.layout.predictedStepMs },
      measuredStepMs: recent.length > 0 ? recent.reduce((a, h) => a + h.stepMs, 0) / recent.length : 0,
      reason: reasonName(msg.reason ?? 0),
      createdAtMs: Number(msg.createdAtMs ?? 0),
      paused: p.paused,
      codecsJson: JSON.stringify(this.init.run.compression),
    }
  }

  private workerByPeer(peerId: string): string {
    const id = this.byPeer.get(peerId) ?? [...this.members.values()].find((w) => w.workerId === peerId)?.workerId
    if (id === undefined) throw new AdminRefusal(E.ADMIN_ERROR_CODE_UNKNOWN_PEER, `no worker ${peerId.slice(0, 80)} is connected to this run.`)
    return id
  }

  drain(peerId: string, reason: string): admin.IAckAnswer {
    const workerId = this.workerByPeer(peerId)
    this.apply(this.machine.step({ type: 'drain', workerId, nowMs: this.now(), release: true, ban: false, reason }))
    return { detail: `${peerId} drains at the next step boundary (after step ${this.machine.completed}).`, effectiveStep: this.machine.completed + 1 }
  }

  kick(peerId: string, reason: string, ban: boolean): admin.IAckAnswer {
    const workerId = this.workerByPeer(peerId)
    this.apply(this.machine.step({ type: 'kick', workerId, nowMs: this.now(), ban, reason }))
    return { detail: `${peerId} was removed${ban ? ' and banned' : ''}.`, effectiveStep: this.machine.completed }
  }

  pause(reason: string): admin.IAckAnswer {
    if (this.machine.phase === 'finished') throw new AdminRefusal(E.ADMIN_ERROR_CODE_NOT_RUNNING, 'the run has finished.')
    this.apply(this.machine.step({ type: 'pause', nowMs: this.now(), reason }))
    return { detail: 'the run pauses at the next step boundary.', effectiveStep: this.machine.completed + 1 }
  }

  resume(): admin.IAckAnswer {
    if (this.machine.phase === 'finished') throw new AdminRefusal(E.ADMIN_ERROR_CODE_NOT_RUNNING, 'the run has finished.')
    this.apply(this.machine.step({ type: 'resume', nowMs: this.now() }))
    return { detail: 'the run resumes.', effectiveStep: this.machine.completed }
  }

  async checkpointNow(wait: boolean, signal: AbortSignal): Promise<admin.ICheckpointNowAnswer> {
    const phase = this.machine.phase
    if (phase !== 'running' && phase !== 'paused' && phase !== 'forming') throw new AdminRefusal(E.ADMIN_ERROR_CODE_NOT_RUNNING, `the run is ${phase}: no worker holds state to checkpoint.`)
    const before = new Set(this.pendingCheckpoints.keys())
    this.apply(this.machine.step({ type: 'checkpointNow', nowMs: this.now() }))
    const requested = [...this.pendingCheckpoints.keys()].find((s) => !before.has(s)) ?? this.machine.completed
    const existing = this.c.db.getCheckpoint(this.runId, requested)
    if (existing !== undefined) return { step: requested, committed: true, manifestSha256: existing.manifestSha256 }
    if (!wait) return { step: requested, committed: false }
    const pending = this.pendingCheckpoints.get(requested)
    if (pending === undefined) return { step: requested, committed: false }
    const result = await new Promise<{ committed: boolean; manifestSha256: string }>((resolve) => {
      pending.waiters.push(resolve)
      signal.addEventListener('abort', () => resolve({ committed: false, manifestSha256: '' }), { once: true })
    })
    return { step: requested, ...result }
  }

  async checkpoints(limit: number): Promise<admin.ICheckpointsAnswer> {
    const rows = this.c.db.listCheckpoints(this.runId).reverse()
    const out: admin.ICheckpointInfo[] = []
    for (const r of limit > 0 ? rows.slice(0, limit) : rows) {
      const m = await this.c.checkpoints.manifest(r.step).catch(() => undefined)
      out.push({
        step: r.step,
        manifestSha256: r.manifestSha256,
        createdAtMs: r.createdAtMs,
        bytes: r.bytes,
        blobs: r.tensors,
        verification: m === undefined ? 'corrupt' : 'verified',
        lossAvg: m?.manifest.lossAvg ?? 0,
        numStages: m?.manifest.numStages ?? 0,
        numReplicas: m?.manifest.numReplicas ?? 0,
      })
    }
    return { checkpoints: out }
  }

  rollback(step: number): admin.IAckAnswer {
    if (this.c.db.getCheckpoint(this.runId, step) === undefined) {
      const steps = this.c.db.listCheckpoints(this.runId).map((r) => r.step)
      throw new AdminRefusal(E.ADMIN_ERROR_CODE_NO_CHECKPOINT, `there is no committed checkpoint at step ${step}; committed steps: ${steps.join(', ') || 'none'}.`)
    }
    this.apply(this.machine.step({ type: 'rollback', nowMs: this.now(), step }))
    return { detail: `the run resumes from the checkpoint of step ${step}.`, effectiveStep: step }
  }

  tokenCreate(kind: 'join' | 'viewer', label: string, ttlMs: number): admin.ITokenAnswer {
    const nowMs = this.now()
    const t = this.c.auth.issueToken(kind, label, nowMs, ttlMs > 0 ? nowMs + ttlMs : null)
    return {
      token: t.token,
      info: { tokenId: t.id, kind: kind === 'join' ? admin.TokenKind.TOKEN_KIND_JOIN : admin.TokenKind.TOKEN_KIND_VIEWER, label, createdAtMs: nowMs, expiresAtMs: t.expiresAtMs ?? 0 },
    }
  }

  tokenRevoke(tokenId: string): admin.IAckAnswer {
    if (!this.c.auth.revokeToken(tokenId, this.now())) throw new AdminRefusal(E.ADMIN_ERROR_CODE_UNKNOWN_TOKEN, `no live token has id ${tokenId.slice(0, 40)}.`)
    return { detail: `token ${tokenId} is revoked.` }
  }

  tokensList(): admin.ITokensListAnswer {
    return {
      tokens: this.c.db.listTokens().map((t) => ({
        tokenId: t.id,
        kind: t.kind === 'join' ? admin.TokenKind.TOKEN_KIND_JOIN : admin.TokenKind.TOKEN_KIND_VIEWER,
        label: t.label,
        createdAtMs: t.createdAtMs,
        expiresAtMs: t.expiresAtMs ?? 0,
        revoked: t.revokedAtMs !== null,
      })),
    }
  }

  /** Client-side exports in flight: their checkpoints stay while the client keeps fetching blobs. */
  private readonly exportPins: CheckpointPin[] = []

  async export(step: number, dtype: 'f32' | 'f16', serverOutDir: string): Promise<admin.IExportAnswer> {
    const row = step === 0 ? this.c.db.latestCheckpoint(this.runId) : this.c.db.getCheckpoint(this.runId, step)
    if (row === undefined) throw new AdminRefusal(E.ADMIN_ERROR_CODE_NO_CHECKPOINT, `there is no committed checkpoint${step === 0 ? '' : ` at step ${step}`}.`)
    if (serverOutDir === '') {
      // The client fetches the blobs next (BlobRequest), one request at a time: a checkpoint
      // committed meanwhile must not prune this one. The pin is a lease that each blob request
      // renews, so an abandoned export lets go by itself.
      const pin = await this.c.checkpoints.pin(row.step, { ttlMs: EXPORT_PIN_LEASE_MS })
      if (pin === undefined) throw new AdminRefusal(E.ADMIN_ERROR_CODE_NO_CHECKPOINT, `checkpoint ${row.step} was just pruned; export the latest one.`)
      this.exportPins.push(pin)
      if (this.exportPins.length > 16) this.exportPins.shift()!.release()
      await this.refreshKnownBlobs()
      const m = await this.c.checkpoints.manifest(row.step)
      return { step: row.step, manifestSha256: row.manifestSha256, manifest: m!.bytes }
    }
    const out = isAbsolute(serverOutDir) ? serverOutDir : resolve(this.init.dataDir, EXPORTS_DIR, serverOutDir)
    await mkdir(out, { recursive: true })
    const { files } = await this.c.checkpoints.exportHF(row.step, out, dtype)
    return { step: row.step, manifestSha256: row.manifestSha256, serverOutDir: out, files: files.map((f) => ({ path: f })) }
  }

  async blob(sha256: string, offset: number, length: number): Promise<admin.IBlobAnswer> {
    for (const pin of this.exportPins) pin.touch()
    if (!(await this.isKnownBlob(sha256))) throw new AdminRefusal(E.ADMIN_ERROR_CODE_UNKNOWN_BLOB, 'no committed checkpoint refers to that blob.')
    const n = Math.min(length > 0 ? length : 8 * 1024 * 1024, 8 * 1024 * 1024)
    const { data, totalBytes } = await this.c.blobs.readRange(sha256, offset, n)
    return { sha256, offset, totalBytes, data }
  }

  private knownBlobs: Set<string> | undefined
  private async isKnownBlob(sha256: string): Promise<boolean> {
    if (this.c.db.listCheckpoints(this.runId).some((r) => r.manifestSha256 === sha256)) return true
    if (this.knownBlobs?.has(sha256)) return true
    await this.refreshKnownBlobs()
    return this.knownBlobs?.has(sha256) ?? false
  }

  /** Loads the blob set of every committed manifest (called before serving client-side exports). */
  async refreshKnownBlobs(): Promise<void> {
    const set = new Set<string>()
    for (const r of this.c.db.listCheckpoints(this.runId)) {
      const m = await this.c.checkpoints.manifest(r.step).catch(() => undefined)
      for (const l of m?.manifest.layers ?? []) for (const t of l.tensors ?? []) if (t.blob?.sha256) set.add(t.blob.sha256)
    }
    this.knownBlobs = set
  }

  async logs(peerId: string, linesMax: number, levelMin: string, signal: AbortSignal): Promise<admin.ILogsAnswer> {
    const workerId = this.workerByPeer(peerId)
    const w = this.members.get(workerId)!
    const requestId = this.requestIds++
    const answer = await new Promise<control.ILogAnswer | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), ADMIN_REQUEST_TIMEOUT_MS)
      timer.unref()
      signal.addEventListener('abort', () => resolve(undefined), { once: true })
      this.logWaiters.set(requestId, (a) => {
        clearTimeout(timer)
        resolve(a)
      })
      void w.session.send({ logRequest: { requestId, linesMax: Math.min(linesMax || 100, LOG_LINES_MAX), levelMin: levelMin || 'info' } })
    })
    this.logWaiters.delete(requestId)
    if (answer === undefined) throw new AdminRefusal(E.ADMIN_ERROR_CODE_PEER_UNREACHABLE, `worker ${peerId.slice(0, 80)} did not send its logs in time.`)
    return { peerId, lines: (answer.lines ?? []).slice(0, LOG_LINES_MAX), truncated: answer.truncated === true }
  }

  metrics(sinceStep: number, pointsMax: number): admin.IMetricsAnswer {
    const pts = this.history.filter((h) => h.step >= sinceStep)
    const max = pointsMax > 0 ? Math.min(pointsMax, HISTORY_POINTS_MAX) : HISTORY_POINTS_MAX
    return { points: pts.slice(-max).map((h) => ({ ...h, loss: Number.isFinite(h.loss) ? h.loss : 0 })) }
  }

  /** The dashboard's view of the run (see run-snapshot.ts). */
  snapshot(): RunSnapshot {
    const status = this.status()
    const plan = this.machine.currentPlan
    const workers = this.workers().workers ?? []
    const byWorker = new Map(workers.map((w) => [w.workerId ?? '', w]))
    const cells = (plan?.layout.cells ?? []).map((c) => {
      const w = byWorker.get(c.workerId)
      return {
        stage: c.stage,
        replica: c.replica,
        peerId: w?.peerId ?? '',
        workerId: c.workerId,
        name: w?.name ?? '',
        device: w?.deviceName || w?.deviceKind || '',
        state: w?.state ?? 'gone',
        stepMs: w?.stepMs ?? 0,
        stragglerRank: w?.stragglerRank ?? 0,
        lastSeenMs: Number(w?.lastSeenAtMs ?? 0),
        reachability: w?.reachability ?? 'unknown',
      }
    })
    const assigned = new Set(cells.map((c) => c.workerId))
    const kinds = new Map<string, { kind: string; bytesOut: number; bytesIn: number; rawBytesOut: number; framesDropped: number }>()
    for (const w of this.members.values()) {
      for (const b of w.traffic) {
        const name = trafficName(b.kind ?? 0)
        const k = kinds.get(name) ?? { kind: name, bytesOut: 0, bytesIn: 0, rawBytesOut: 0, framesDropped: 0 }
        k.bytesOut += Number(b.bytesOut ?? 0)
        k.bytesIn += Number(b.bytesIn ?? 0)
        k.rawBytesOut += Number(b.rawBytesOut ?? 0)
        k.framesDropped += Number(b.framesDropped ?? 0)
        kinds.set(name, k)
      }
    }
    const lastStep = Math.max(-1, ...[...this.members.values()].map((w) => w.lastSpans.step))
    const peerOf = new Map([...this.members.values()].map((w) => [w.workerId, w.peerId]))
    const ck = this.c.db.latestCheckpoint(this.runId)
    return {
      run: {
        id: this.runId,
        name: this.init.run.name,
        state: status.state ?? '',
        stateReason: status.stateReason ?? '',
        step: this.machine.completed,
        stepsTotal: this.init.run.steps,
        loss: Number.isFinite(this.history.at(-1)?.loss) ? this.history.at(-1)!.loss : null,
        tokensPerSecond: status.tokensPerSecond ?? 0,
        stepMs: status.stepMs ?? 0,
        planEpoch: this.machine.currentEpoch,
        lastCheckpointStep: ck?.step ?? null,
        workers: this.members.size,
        recoveries: status.recoveries ?? 0,
        startedAtMs: this.startedAtMs,
      },
      history: this.history.map((h) => ({ ...h, loss: Number.isFinite(h.loss) ? h.loss : null })),
      grid: {
        stages: (plan?.layout.stages ?? []).map((r, index) => ({ index, layerStart: r.start, layerEnd: r.end })),
        replicas: plan?.layout.replicas ?? 0,
        cells,
        idle: workers
          .filter((w) => !assigned.has(w.workerId ?? ''))
          .map((w) => ({ peerId: w.peerId ?? '', workerId: w.workerId ?? '', name: w.name ?? '', state: w.state ?? '', lastSeenMs: Number(w.lastSeenAtMs ?? 0) })),
      },
      links: [...this.members.values()].flatMap((w) =>
        w.links
          .filter((l) => l.ok !== false)
          .map((l) => ({ from: w.peerId, to: l.peerId ?? '', bandwidthBytesPerSecond: l.bandwidthBytesPerSecond ?? 0, latencyMs: l.latencyMs ?? 0, measuredAtMs: Number(l.measuredAtMs ?? 0) })),
      ),
      traffic: [...kinds.values()],
      timeline: {
        step: lastStep,
        rows: (plan?.layout.cells ?? []).flatMap((c) => {
          const w = this.members.get(c.workerId)
          if (w === undefined || w.lastSpans.step !== lastStep || peerOf.get(c.workerId) === undefined) return []
          return [{ stage: c.stage, replica: c.replica, spans: w.lastSpans.spans.map((sp) => ({ phase: phaseName(sp.phase ?? 0), microBatch: sp.microBatch ?? 0, startMs: sp.startMs ?? 0, endMs: sp.endMs ?? 0 })) }]
        }),
      },
      checkpoints: this.c.db.listCheckpoints(this.runId).map((r) => ({ step: r.step, bytes: r.bytes, tensors: r.tensors, createdAtMs: r.createdAtMs, manifestSha256: r.manifestSha256 })),
      generatedAtMs: this.now(),
    }
  }

  /** Loss/throughput history (bounded), for the dashboard. */
  historyPoints(): readonly HistoryPoint[] {
    return this.history
  }

  currentLayout(): Layout | undefined {
    return this.machine.currentPlan?.layout
  }
}

function trafficName(kind: number): string {
  const name = control.TrafficKind[kind as control.TrafficKind]
  return typeof name === 'string' ? name.replace(/^TRAFFIC_KIND_/, '').toLowerCase() : 'unknown'
}

function phaseName(phase: number): string {
  const name = Phase[phase as control.Phase]
  return typeof name === 'string' ? name.replace(/^PHASE_/, '').toLowerCase() : 'unknown'
}

/** State-transfer bytes a worker has received (weights and optimizer state), from its cumulative counters. */
export function stateBytesIn(bytes: readonly control.IByteCounter[]): number {
  let n = 0
  for (const c of bytes) {
    if (c.kind === control.TrafficKind.TRAFFIC_KIND_WEIGHTS || c.kind === control.TrafficKind.TRAFFIC_KIND_OPTIMIZER_STATE) n += Number(c.bytesIn ?? 0)
  }
  return n
}
