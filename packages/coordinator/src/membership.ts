// Membership and plan epochs as a pure state machine: events (join, heartbeat, step done, leave,
// timeouts via `tick`, admin commands) and the clock go in, decisions (publish a plan, start it,
// declare a worker gone, checkpoint, drain, finished) come out. No I/O: the daemon persists and
// sends what this decides, so every fault sequence can be replayed in a unit test from a seed.
//
// Rules (issue 6):
// - Membership changes only at step boundaries: every plan resumes from a state step R that some
//   live member holds for every layer (no step lost), else from the last committed checkpoint.
// - A worker in a plan keeps its layers' state at every step from the last globally completed step
//   the coordinator announced up to its current one (the state retention contract; see
//   docs/architecture.md). So the globally completed step C is always recoverable from any
//   surviving replica of each stage.
// - Graceful changes (a join that changes the layout, leave, drain, pause, resume) wait for the next
//   step boundary; failures (a worker gone) re-plan at once from C.
import type { LayerRange } from '@tandem/model'
import { type Cell, type Layout, type LayoutMember, type LayoutStrategy, sameLayout } from './layout.js'

export type PlanReasonName = 'initial' | 'join' | 'leave' | 'failure' | 'rollback' | 'admin' | 'resume' | 'rebalance'

/** A state a member holds: every layer of `range` at state step `step`. */
export interface Holding {
  step: number
  range: LayerRange
}

export interface JoinInfo {
  peerId: string
  layerSeconds?: number
  memoryBytes?: number
  /** Measurement details the placement planner uses (see LayoutMember). */
  benchmark?: LayoutMember['benchmark']
  flopsPerS?: number
  bandwidthBytesPerSMax?: number
  /** States it says it holds (memory or disk), e.g. after a coordinator restart. */
  held?: Holding[]
}

export type MembershipEvent =
  | { type: 'join'; workerId: string; nowMs: number; info: JoinInfo }
  /** `stateBytesIn`: the worker's cumulative state-transfer bytes received (progress while it loads a plan's state). */
  | { type: 'heartbeat'; workerId: string; nowMs: number; held?: Holding[]; stateBytesIn?: number }
  | { type: 'disconnect'; workerId: string; nowMs: number; reason: string }
  | { type: 'leave'; workerId: string; nowMs: number; immediate: boolean; reason: string }
  | { type: 'planAck'; workerId: string; nowMs: number; epoch: number; status: 'received' | 'ready' | 'failed'; error?: string }
  | { type: 'stepDone'; workerId: string; nowMs: number; epoch: number; step: number; stage: number; replica: number }
  | { type: 'tick'; nowMs: number }
  | { type: 'checkpointCommitted'; nowMs: number; step: number }
  | { type: 'drain'; workerId: string; nowMs: number; release: boolean; ban: boolean; reason: string }
  | { type: 'kick'; workerId: string; nowMs: number; ban: boolean; reason: string }
  /** A member drained without release (its owner paused it) is available again. */
  | { type: 'undrain'; workerId: string; nowMs: number }
  | { type: 'pause'; nowMs: number; reason: string }
  | { type: 'resume'; nowMs: number }
  | { type: 'checkpointNow'; nowMs: number }
  | { type: 'rollback'; nowMs: number; step: number }
  /** A member says a peer of its plan sends bad frames, or cannot be reached. */
  | { type: 'peerReport'; workerId: string; nowMs: number; epoch: number; target: string; reason: 'bad-frames' | 'unreachable' }

export type StateOriginName = 'keep' | 'peers' | 'checkpoint' | 'init'

/** Where one worker gets the state of part of its range. */
export interface SourcePiece {
  range: LayerRange
  origin: StateOriginName
  /** Holders to fetch from, best first (origin 'peers'). */
  peers: string[]
  /** State step to fetch. */
  step: number
}

export interface PlanDecision {
  epoch: number
  resumeStep: number
  reason: PlanReasonName
  paused: boolean
  layout: Layout
  /** Members with no cell (standby). */
  idle: string[]
  /** Per assigned worker, pieces covering its stage's range exactly, in layer order. */
  sources: Map<string, SourcePiece[]>
  /** Per stage, the replica that uploads the stage's layers at checkpoints. */
  designated: string[]
  /** Where the resume state comes from as a whole. */
  origin: 'peers' | 'checkpoint' | 'init'
  /** Set when this plan goes back past the completed step (a rollback): steps >= resumeStep are redone. */
  rolledBackFrom?: number
}

export interface CheckpointUpload {
  workerId: string
  stage: number
  range: LayerRange
}

export type Decision =
  | { type: 'plan'; plan: PlanDecision }
  | { type: 'start'; epoch: number; step: number }
  | { type: 'gone'; workerId: string; reason: string }
  | { type: 'stepComplete'; step: number; epoch: number }
  | { type: 'checkpoint'; step: number; epoch: number; uploads: CheckpointUpload[]; reason: 'interval' | 'admin' | 'final' }
  | { type: 'drain'; workerId: string; afterStep: number; release: boolean; ban: boolean; reason: string }
  | { type: 'finished'; step: number }
  | { type: 'waiting'; reason: string }
  | { type: 'dropped'; workerId: string; reason: string }

export interface MembershipConfig {
  nLayer: number
  /** The run ends at state `stepsMax`. */
  stepsMax: number
  checkpointEverySteps: number
  globalBatch: number
  microBatch: number
  layout: LayoutStrategy
  /** Cells of a full layout (fixed parallelism: stages x replicas); undefined for auto. */
  fullCells?: number
  heartbeatTimeoutMs: number
  planReadyTimeoutMs: number
  /** Joins within this window are planned together. */
  joinSettleMs: number
  /** While a layout is short of fullCells, wait this long after it first became viable for more joiners. */
  fillWaitMs: number
}

/** What survives a coordinator restart (from the database). */
export interface MembershipRestore {
  epoch: number
  completedStep: number
  committedSteps: number[]
  paused: boolean
  finished: boolean
}

interface Member {
  workerId: string
  peerId: string
  joinedAtMs: number
  lastSeenMs: number
  layerSeconds: number
  memoryBytes: number
  measured: Pick<LayoutMember, 'benchmark' | 'flopsPerS' | 'bandwidthBytesPerSMax'>
  /** States it reported holding (join or heartbeat). */
  held: Holding[]
  /** What the coordinator knows it holds from plans it ran: `range` at every step in [fromStep, toStep]. */
  implicit?: { range: LayerRange; fromStep: number; toStep: number }
  draining?: { release: boolean; ban: boolean; reason: string }
}

interface CurrentPlan {
  decision: PlanDecision
  createdAtMs: number
  ready: Set<string>
  started: boolean
  /** Per cell key `stage/replica`: the state step its worker reached in this epoch. */
  progress: Map<string, number>
  /**
   * Per worker not yet ready: its state bytes received at the last heartbeat, and when that figure
   * last grew. A worker still loading (GPT-J-6B's stages take minutes over 1 Gbps) is not ready
   * late, only one whose transfer stalled for planReadyTimeoutMs.
   */
  loading: Map<string, { bytes: number; grewAtMs: number }>
}

interface PendingReplan {
  reason: PlanReasonName
  /** Re-plan at this time (settled joins, failures: now). */
  dueAtMs: number
  /** Or at the next step boundary of a running plan (graceful changes), whichever is later. */
  atBoundary: boolean
}

export type RunPhase = 'waiting' | 'forming' | 'running' | 'paused' | 'finished'

const cellKey = (stage: number, replica: number): string => `${stage}/${replica}`

/** Unreachability reports about one peer count together within this window. */
export const PEER_REPORT_WINDOW_MS = 60_000

export class MembershipMachine {
  private readonly cfg: MembershipConfig
  private readonly members = new Map<string, Member>()
  private epoch = 0
  private completedStep = 0
  private committedSteps: number[] = []
  private plan: CurrentPlan | undefined
  private pending: PendingReplan | undefined
  private paused = false
  private finished = false
  private viableSinceMs: number | undefined
  private waitingReason = 'waiting for workers to join'
  /** A checkpoint asked for by the admin, taken at the next boundary where the plan is running. */
  private checkpointWanted = false
  /** Unreachability reports per target: who said so, since when (cleared after PEER_REPORT_WINDOW_MS). */
  private readonly unreachable = new Map<string, { reporters: Set<string>; count: number; sinceMs: number }>()

  constructor(config: MembershipConfig, restore?: MembershipRestore) {
    this.cfg = config
    if (restore !== undefined) {
      this.epoch = restore.epoch
      this.completedStep = restore.completedStep
      this.committedSteps = [...restore.committedSteps].sort((a, b) => a - b)
      this.paused = restore.paused
      this.finished = restore.finished
    }
  }

  // ---- read-only views ------------------------------------------------------------------------

  get currentEpoch(): number {
    return this.epoch
  }

  /** The latest state step every stage has completed. */
  get completed(): number {
    return this.completedStep
  }

  get phase(): RunPhase {
    if (this.finished) return 'finished'
    if (this.plan === undefined || this.plan.decision.layout.cells.length === 0) return 'waiting'
    if (this.plan.decision.paused) return 'paused'
    return this.plan.started ? 'running' : 'forming'
  }

  get waitingFor(): string {
    return this.phase === 'waiting' ? this.waitingReason : ''
  }

  get currentPlan(): PlanDecision | undefined {
    return this.plan?.decision
  }

  get isPaused(): boolean {
    return this.paused
  }

  memberIds(): string[] {
    return [...this.members.keys()]
  }

  hasMember(workerId: string): boolean {
    return this.members.has(workerId)
  }

  cellOf(workerId: string): Cell | undefined {
    return this.plan?.decision.layout.cells.find((c) => c.workerId === workerId)
  }

  isDraining(workerId: string): boolean {
    return this.members.get(workerId)?.draining !== undefined
  }

  lastCommitted(): number | undefined {
    return this.committedSteps.at(-1)
  }

  // ---- the transition function ----------------------------------------------------------------

  step(event: MembershipEvent): Decision[] {
    const out: Decision[] = []
    // Any message from a member shows it is alive.
    if ('workerId' in event && (event.type === 'stepDone' || event.type === 'planAck')) {
      const m = this.members.get(event.workerId)
      if (m !== undefined) m.lastSeenMs = Math.max(m.lastSeenMs, event.nowMs)
    }
    switch (event.type) {
      case 'join':
        this.onJoin(event, out)
        break
      case 'heartbeat': {
        const m = this.members.get(event.workerId)
        if (m === undefined) {
          out.push({ type: 'dropped', workerId: event.workerId, reason: 'heartbeat from a non-member' })
          break
        }
        m.lastSeenMs = Math.max(m.lastSeenMs, event.nowMs)
        if (event.held !== undefined) m.held = event.held
        const p = this.plan
        if (event.stateBytesIn !== undefined && p !== undefined && !p.started && !p.ready.has(m.workerId)) {
          const seen = p.loading.get(m.workerId)
          if (seen === undefined) p.loading.set(m.workerId, { bytes: event.stateBytesIn, grewAtMs: p.createdAtMs })
          else if (event.stateBytesIn > seen.bytes) p.loading.set(m.workerId, { bytes: event.stateBytesIn, grewAtMs: event.nowMs })
        }
        break
      }
      case 'disconnect':
        this.removeMember(event.workerId, event.reason, event.nowMs, out)
        break
      case 'leave':
        if (event.immediate) this.removeMember(event.workerId, `left: ${event.reason}`, event.nowMs, out)
        else this.startDrain(event.workerId, { release: true, ban: false, reason: event.reason }, event.nowMs, out)
        break
      case 'drain':
        this.startDrain(event.workerId, { release: event.release, ban: event.ban, reason: event.reason }, event.nowMs, out)
        break
      case 'undrain': {
        const m = this.members.get(event.workerId)
        if (m?.draining === undefined || m.draining.release) break
        m.draining = undefined
        const running = this.plan?.started === true && !this.plan.decision.paused
        this.requestReplan('join', event.nowMs + this.cfg.joinSettleMs, running)
        break
      }
      case 'kick': {
        const m = this.members.get(event.workerId)
        if (m === undefined) break
        out.push({ type: 'drain', workerId: event.workerId, afterStep: this.completedStep, release: true, ban: event.ban, reason: event.reason })
        this.removeMember(event.workerId, `kicked: ${event.reason}`, event.nowMs, out)
        break
      }
      case 'planAck':
        this.onPlanAck(event, out)
        break
      case 'stepDone':
        this.onStepDone(event, out)
        break
      case 'tick':
        this.onTick(event.nowMs, out)
        break
      case 'checkpointCommitted':
        if (!this.committedSteps.includes(event.step)) {
          this.committedSteps.push(event.step)
          this.committedSteps.sort((a, b) => a - b)
        }
        break
      case 'pause':
        if (!this.paused && !this.finished) {
          this.paused = true
          this.requestReplan('admin', event.nowMs, true)
          this.maybeReplanNow(event.nowMs, out)
        }
        break
      case 'resume':
        if (this.paused && !this.finished) {
          this.paused = false
          this.requestReplan('admin', event.nowMs, false)
          this.maybeReplanNow(event.nowMs, out)
        }
        break
      case 'checkpointNow':
        this.checkpointWanted = true
        this.maybeCheckpointNow(out)
        break
      case 'rollback':
        this.onRollback(event.step, event.nowMs, out)
        break
      case 'peerReport':
        this.onPeerReport(event, out)
        break
    }
    return out
  }

  /**
   * Bad frames: the sender leaves the plan at once (it can rejoin; it will be re-planned). An
   * unreachable peer is declared gone when it is also silent towards the coordinator, when a second
   * member says so, or when it is reported again within the window; a single first report only
   * re-plans (a new epoch re-opens every stream).
   */
  private onPeerReport(e: Extract<MembershipEvent, { type: 'peerReport' }>, out: Decision[]): void {
    const p = this.plan
    const target = [...this.members.values()].find((m) => m.peerId === e.target)
    if (p === undefined || e.epoch !== p.decision.epoch || target === undefined || target.workerId === e.workerId || this.cellOf(e.workerId) === undefined) {
      out.push({ type: 'dropped', workerId: e.workerId, reason: 'peer report for another epoch or a non-member' })
      return
    }
    if (e.reason === 'bad-frames') {
      this.removeMember(target.workerId, `sent bad frames (reported by ${e.workerId})`, e.nowMs, out)
      return
    }
    let r = this.unreachable.get(target.workerId)
    if (r === undefined || e.nowMs - r.sinceMs > PEER_REPORT_WINDOW_MS) {
      r = { reporters: new Set(), count: 0, sinceMs: e.nowMs }
      this.unreachable.set(target.workerId, r)
    }
    r.reporters.add(e.workerId)
    r.count++
    const silent = e.nowMs - target.lastSeenMs > this.cfg.heartbeatTimeoutMs / 2
    if (silent || r.reporters.size >= 2 || r.count >= 2) {
      this.unreachable.delete(target.workerId)
      this.removeMember(target.workerId, `unreachable (reported by ${[...r.reporters].join(', ')})`, e.nowMs, out)
      return
    }
    this.requestReplan('failure', e.nowMs, false)
    this.maybeReplanNow(e.nowMs, out)
  }

  // ---- events ---------------------------------------------------------------------------------

  private onJoin(e: Extract<MembershipEvent, { type: 'join' }>, out: Decision[]): void {
    if (this.members.has(e.workerId)) {
      // The same worker again (a reconnect the daemon did not see close): the old session is gone.
      this.removeMember(e.workerId, 'rejoined', e.nowMs, out)
    }
    this.members.set(e.workerId, {
      workerId: e.workerId,
      peerId: e.info.peerId,
      joinedAtMs: e.nowMs,
      lastSeenMs: e.nowMs,
      layerSeconds: e.info.layerSeconds ?? 0,
      memoryBytes: e.info.memoryBytes ?? 0,
      measured: {
        ...(e.info.benchmark !== undefined ? { benchmark: e.info.benchmark } : {}),
        ...(e.info.flopsPerS !== undefined ? { flopsPerS: e.info.flopsPerS } : {}),
        ...(e.info.bandwidthBytesPerSMax !== undefined ? { bandwidthBytesPerSMax: e.info.bandwidthBytesPerSMax } : {}),
      },
      held: e.info.held ?? [],
    })
    if (this.finished) return
    // A running plan whose layout this member would not change keeps going; the member is standby.
    if (this.plan !== undefined && this.plan.decision.layout.cells.length > 0) {
      const next = this.cfg.layout({ ...this.layoutInputBase(), current: this.plan.decision.layout })
      if (next.ok && sameLayout(next.layout, this.plan.decision.layout)) return
      if (!next.ok) return
    }
    const running = this.plan?.started === true && !this.plan.decision.paused
    if (!running && this.viableSinceMs === undefined && this.cfg.layout(this.layoutInputBase()).ok) this.viableSinceMs = e.nowMs
    this.requestReplan('join', e.nowMs + this.cfg.joinSettleMs, running)
  }

  private startDrain(workerId: string, d: NonNullable<Member['draining']>, nowMs: number, out: Decision[]): void {
    const m = this.members.get(workerId)
    if (m === undefined || m.draining !== undefined) return
    m.draining = d
    if (this.cellOf(workerId) === undefined) {
      // Standby: nothing to hand over.
      out.push({ type: 'drain', workerId, afterStep: this.completedStep, release: d.release, ban: d.ban, reason: d.reason })
      if (d.release) this.members.delete(workerId)
      return
    }
    this.requestReplan('leave', nowMs, true)
    this.maybeReplanNow(nowMs, out)
  }

  private onPlanAck(e: Extract<MembershipEvent, { type: 'planAck' }>, out: Decision[]): void {
    const p = this.plan
    if (p === undefined || e.epoch !== p.decision.epoch || !this.members.has(e.workerId)) {
      out.push({ type: 'dropped', workerId: e.workerId, reason: `plan ack for epoch ${e.epoch}, current ${this.epoch}` })
      return
    }
    const cell = this.cellOf(e.workerId)
    if (cell === undefined) return
    if (e.status === 'failed') {
      this.removeMember(e.workerId, `could not take its stage: ${e.error ?? 'no reason given'}`, e.nowMs, out)
      return
    }
    if (e.status !== 'ready') return
    p.ready.add(e.workerId)
    const m = this.members.get(e.workerId)!
    const range = p.decision.layout.stages[cell.stage]!
    m.implicit = { range, fromStep: p.decision.resumeStep, toStep: p.decision.resumeStep }
    this.maybeStart(out)
  }

  private onStepDone(e: Extract<MembershipEvent, { type: 'stepDone' }>, out: Decision[]): void {
    const p = this.plan
    if (p === undefined || e.epoch !== p.decision.epoch) {
      out.push({ type: 'dropped', workerId: e.workerId, reason: `step report for epoch ${e.epoch}, current ${this.epoch}` })
      return
    }
    const cell = this.cellOf(e.workerId)
    if (cell === undefined || cell.stage !== e.stage || cell.replica !== e.replica) {
      out.push({ type: 'dropped', workerId: e.workerId, reason: `step report for stage ${e.stage} replica ${e.replica}, not its cell` })
      return
    }
    if (!p.started || e.step < p.decision.resumeStep || e.step >= this.cfg.stepsMax) {
      out.push({ type: 'dropped', workerId: e.workerId, reason: `step ${e.step} outside the running range` })
      return
    }
    const key = cellKey(e.stage, e.replica)
    const reached = e.step + 1
    // A duplicate changes nothing. A report that skips a step is taken (a lost report must not stall
    // the run); the completed step is the minimum over every cell, so one cell cannot run ahead.
    if (reached <= (p.progress.get(key) ?? p.decision.resumeStep)) return
    p.progress.set(key, reached)
    const m = this.members.get(e.workerId)
    if (m?.implicit !== undefined) m.implicit.toStep = Math.max(m.implicit.toStep, reached)
    let c = Number.POSITIVE_INFINITY
    for (const cl of p.decision.layout.cells) c = Math.min(c, p.progress.get(cellKey(cl.stage, cl.replica)) ?? p.decision.resumeStep)
    if (c <= this.completedStep) return
    for (let s = this.completedStep + 1; s <= c; s++) {
      this.completedStep = s
      out.push({ type: 'stepComplete', step: s, epoch: p.decision.epoch })
      const final = s >= this.cfg.stepsMax
      const interval = this.cfg.checkpointEverySteps > 0 && s % this.cfg.checkpointEverySteps === 0
      if (final || interval || this.checkpointWanted) {
        this.checkpointWanted = false
        this.pushCheckpoint(s, final ? 'final' : interval ? 'interval' : 'admin', out)
      }
      if (final) {
        this.finished = true
        this.pending = undefined
        out.push({ type: 'finished', step: s })
        return
      }
    }
    this.maybeReplanNow(e.nowMs, out, true)
  }

  private onTick(nowMs: number, out: Decision[]): void {
    for (const m of [...this.members.values()]) {
      if (nowMs - m.lastSeenMs > this.cfg.heartbeatTimeoutMs) {
        this.removeMember(m.workerId, `no heartbeat for ${nowMs - m.lastSeenMs} ms`, nowMs, out)
      }
    }
    const p = this.plan
    if (p !== undefined && !p.started && !p.decision.paused && nowMs - p.createdAtMs > this.cfg.planReadyTimeoutMs) {
      for (const c of p.decision.layout.cells) {
        if (p.ready.has(c.workerId)) continue
        const since = Math.max(p.createdAtMs, p.loading.get(c.workerId)?.grewAtMs ?? 0)
        if (nowMs - since <= this.cfg.planReadyTimeoutMs) continue
        const why = since > p.createdAtMs ? `its state transfer stalled for ${nowMs - since} ms` : `not ready within ${this.cfg.planReadyTimeoutMs} ms`
        this.removeMember(c.workerId, `${why} (plan ${p.decision.epoch})`, nowMs, out)
      }
    }
    this.maybeReplanNow(nowMs, out)
  }

  private onRollback(step: number, nowMs: number, out: Decision[]): void {
    if (!this.committedSteps.includes(step)) return
    this.finished = false
    this.pending = undefined
    this.publish('rollback', nowMs, out, step)
  }

  // ---- helpers --------------------------------------------------------------------------------

  private removeMember(workerId: string, reason: string, nowMs: number, out: Decision[]): void {
    const m = this.members.get(workerId)
    if (m === undefined) return
    this.members.delete(workerId)
    out.push({ type: 'gone', workerId, reason })
    if (this.finished) return
    if (this.plan?.decision.layout.cells.some((c) => c.workerId === workerId)) {
      // Its stage loses a replica: re-plan now from the completed step (or a checkpoint).
      this.requestReplan('failure', nowMs, false)
      this.maybeReplanNow(nowMs, out)
    }
  }

  private requestReplan(reason: PlanReasonName, dueAtMs: number, atBoundary: boolean): void {
    const cur = this.pending
    if (cur === undefined) {
      this.pending = { reason, dueAtMs, atBoundary }
      return
    }
    // A failure overrides a graceful change: it must not wait for a boundary that may never come.
    const urgent = reason === 'failure' || reason === 'rollback'
    this.pending = {
      reason: urgent ? reason : cur.reason,
      dueAtMs: urgent ? Math.min(cur.dueAtMs, dueAtMs) : Math.max(cur.dueAtMs, dueAtMs),
      atBoundary: urgent ? false : cur.atBoundary && atBoundary,
    }
  }

  private maybeReplanNow(nowMs: number, out: Decision[], boundary = false): void {
    const pend = this.pending
    if (pend === undefined || this.finished) return
    if (nowMs < pend.dueAtMs) return
    const running = this.plan?.started === true && !this.plan.decision.paused && this.plan.decision.layout.cells.length > 0
    if (pend.atBoundary && running && !boundary) return
    // While short of a full layout and no plan runs, give late joiners a moment.
    if (!running && this.cfg.fullCells !== undefined) {
      const r = this.cfg.layout(this.layoutInputBase())
      if (r.ok) {
        this.viableSinceMs ??= nowMs
        if (r.layout.cells.length < this.cfg.fullCells && nowMs < this.viableSinceMs + this.cfg.fillWaitMs) return
      }
    }
    this.pending = undefined
    this.publish(pend.reason, nowMs, out)
  }

  private layoutInputBase() {
    const members: LayoutMember[] = [...this.members.values()]
      .filter((m) => m.draining === undefined)
      .map((m) => ({ workerId: m.workerId, layerSeconds: m.layerSeconds, memoryBytes: m.memoryBytes, ...m.measured }))
    return { nLayer: this.cfg.nLayer, globalBatch: this.cfg.globalBatch, microBatch: this.cfg.microBatch, members }
  }

  /** Builds and emits the next plan epoch (or an empty one when no layout is possible). */
  private publish(reason: PlanReasonName, nowMs: number, out: Decision[], rollbackTo?: number): void {
    const current = this.plan?.decision.layout.cells.length ? this.plan.decision.layout : undefined
    const r = this.cfg.layout({ ...this.layoutInputBase(), ...(current ? { current } : {}) })
    const oldC = this.completedStep
    let resume: { step: number; origin: 'peers' | 'checkpoint' | 'init' }
    if (rollbackTo !== undefined) resume = { step: rollbackTo, origin: 'checkpoint' }
    else resume = this.chooseResume()
    if (!r.ok) {
      this.waitingReason = r.reason
      this.viableSinceMs = undefined
      out.push({ type: 'waiting', reason: r.reason })
      // Stop the workers of a broken plan (an empty epoch); keep waiting for members.
      if (this.plan !== undefined && this.plan.decision.layout.cells.length > 0) {
        this.emitPlan(
          {
            epoch: this.epoch + 1,
            resumeStep: this.completedStep,
            reason,
            paused: this.paused,
            layout: { stages: [], replicas: 0, cells: [], predictedStepMs: 0 },
            idle: [...this.members.keys()],
            sources: new Map(),
            designated: [],
            origin: 'peers',
          },
          nowMs,
          out,
        )
      }
      return
    }
    const layout = r.layout
    const sources = new Map<string, SourcePiece[]>()
    for (const cell of layout.cells) {
      sources.set(cell.workerId, this.sourcesFor(cell.workerId, layout.stages[cell.stage]!, resume.step, resume.origin))
    }
    const designated = layout.stages.map((_, s) => {
      const cells = layout.cells.filter((c) => c.stage === s).sort((a, b) => a.replica - b.replica)
      return cells[0]!.workerId
    })
    const assigned = new Set(layout.cells.map((c) => c.workerId))
    const decision: PlanDecision = {
      epoch: this.epoch + 1,
      resumeStep: resume.step,
      reason,
      paused: this.paused,
      layout,
      idle: [...this.members.keys()].filter((w) => !assigned.has(w)),
      sources,
      designated,
      origin: resume.origin,
    }
    if (resume.step < oldC) decision.rolledBackFrom = oldC
    if (resume.origin !== 'peers') {
      // Going back to a checkpoint: what members held past it is no longer part of the run.
      for (const m of this.members.values()) {
        m.implicit = undefined
        m.held = []
      }
    }
    this.completedStep = resume.step
    this.emitPlan(decision, nowMs, out)
    // Draining members that are no longer assigned are released once the new plan starts (they may
    // serve state until then); standby ones at once.
    this.maybeStart(out)
  }

  private emitPlan(decision: PlanDecision, nowMs: number, out: Decision[]): void {
    this.epoch = decision.epoch
    this.plan = { decision, createdAtMs: nowMs, ready: new Set(), started: false, progress: new Map(), loading: new Map() }
    this.viableSinceMs = undefined
    out.push({ type: 'plan', plan: decision })
  }

  /**
   * The newest state step >= the last checkpoint that live members hold for every layer; else the
   * last committed checkpoint; else a fresh initialisation at step 0.
   */
  private chooseResume(): { step: number; origin: 'peers' | 'checkpoint' | 'init' } {
    const floor = this.committedSteps.filter((s) => s <= this.completedStep).at(-1)
    const candidates = new Set<number>([this.completedStep])
    for (const m of this.members.values()) for (const h of m.held) if (h.step <= this.completedStep || this.plan === undefined) candidates.add(h.step)
    const sorted = [...candidates].filter((s) => floor === undefined || s >= floor).sort((a, b) => b - a)
    for (const s of sorted) if (this.coveredByMembers(s)) return { step: s, origin: 'peers' }
    if (floor !== undefined) return { step: floor, origin: 'checkpoint' }
    return { step: 0, origin: 'init' }
  }

  /** Ranges that live members hold at state `step`. */
  private holdersAt(step: number): { workerId: string; range: LayerRange; leaving: boolean; current: boolean }[] {
    const out: { workerId: string; range: LayerRange; leaving: boolean; current: boolean }[] = []
    for (const m of this.members.values()) {
      const leaving = m.draining !== undefined
      // Retention contract: a plan member holds every state from the completed step to its latest.
      const imp = m.implicit
      if (imp !== undefined && step >= Math.max(imp.fromStep, this.completedStep) && step <= imp.toStep) {
        out.push({ workerId: m.workerId, range: imp.range, leaving, current: true })
      }
      for (const h of m.held) if (h.step === step) out.push({ workerId: m.workerId, range: h.range, leaving, current: false })
    }
    return out
  }

  private coveredByMembers(step: number): boolean {
    const holders = this.holdersAt(step)
    for (let l = 0; l < this.cfg.nLayer; l++) {
      if (!holders.some((h) => h.range.start <= l && l < h.range.end)) return false
    }
    return true
  }

  /** Pieces covering `range`: keep what the worker holds, fetch the rest from holders or the checkpoint. */
  private sourcesFor(workerId: string, range: LayerRange, step: number, origin: 'peers' | 'checkpoint' | 'init'): SourcePiece[] {
    if (origin === 'init') return [{ range, origin: 'init', peers: [], step }]
    if (origin === 'checkpoint') return [{ range, origin: 'checkpoint', peers: [], step }]
    const holders = this.holdersAt(step)
    const own = holders.find((h) => h.workerId === workerId && h.range.start <= range.start && range.end <= h.range.end)
    if (own !== undefined) return [{ range, origin: 'keep', peers: [], step }]
    // Cut the range at every holder boundary inside it; each piece lists the holders covering it.
    const cuts = new Set<number>([range.start, range.end])
    for (const h of holders) {
      if (h.range.start > range.start && h.range.start < range.end) cuts.add(h.range.start)
      if (h.range.end > range.start && h.range.end < range.end) cuts.add(h.range.end)
    }
    const points = [...cuts].sort((a, b) => a - b)
    const pieces: SourcePiece[] = []
    for (let i = 0; i + 1 < points.length; i++) {
      const piece = { start: points[i]!, end: points[i + 1]! }
      const peers = holders
        .filter((h) => h.workerId !== workerId && h.range.start <= piece.start && piece.end <= h.range.end)
        // Staying members first, then exact-range holders (their state is ready to send), then leaving ones.
        .sort((a, b) => Number(a.leaving) - Number(b.leaving) || Number(b.current) - Number(a.current))
        .map((h) => h.workerId)
      pieces.push({ range: piece, origin: 'peers', peers: [...new Set(peers)], step })
    }
    // Adjacent pieces with the same holders are one fetch.
    const merged: SourcePiece[] = []
    for (const p of pieces) {
      const last = merged.at(-1)
      if (last !== undefined && last.peers.join() === p.peers.join()) last.range = { start: last.range.start, end: p.range.end }
      else merged.push(p)
    }
    return merged
  }

  private maybeStart(out: Decision[]): void {
    const p = this.plan
    if (p === undefined || p.started || p.decision.layout.cells.length === 0) return
    if (!p.decision.layout.cells.every((c) => p.ready.has(c.workerId))) return
    // Release drained members that this plan no longer needs (they may have served state).
    for (const m of [...this.members.values()]) {
      if (m.draining === undefined || this.cellOf(m.workerId) !== undefined) continue
      out.push({ type: 'drain', workerId: m.workerId, afterStep: p.decision.resumeStep, release: m.draining.release, ban: m.draining.ban, reason: m.draining.reason })
      if (m.draining.release) this.members.delete(m.workerId)
    }
    if (p.decision.paused) {
      this.maybeCheckpointNow(out)
      return
    }
    p.started = true
    out.push({ type: 'start', epoch: p.decision.epoch, step: p.decision.resumeStep })
    // An interval checkpoint whose upload was lost (its uploader died, the coordinator restarted)
    // is taken now if the plan resumes exactly there: every member holds that state.
    const r = p.decision.resumeStep
    const K = this.cfg.checkpointEverySteps
    if (r > 0 && K > 0 && r % K === 0 && !this.committedSteps.includes(r)) this.pushCheckpoint(r, 'interval', out)
    this.maybeCheckpointNow(out)
  }

  /** An admin checkpoint is taken at once when every worker of the plan holds the completed step. */
  private maybeCheckpointNow(out: Decision[]): void {
    if (!this.checkpointWanted) return
    const p = this.plan
    if (p === undefined || p.decision.layout.cells.length === 0) return
    if (!p.decision.layout.cells.every((c) => p.ready.has(c.workerId))) return
    this.checkpointWanted = false
    this.pushCheckpoint(this.completedStep, 'admin', out)
  }

  private pushCheckpoint(step: number, reason: 'interval' | 'admin' | 'final', out: Decision[]): void {
    const p = this.plan
    if (p === undefined) return
    const uploads = p.decision.designated.map((workerId, stage) => ({ workerId, stage, range: p.decision.layout.stages[stage]! }))
    out.push({ type: 'checkpoint', step, epoch: p.decision.epoch, uploads, reason })
  }
}
