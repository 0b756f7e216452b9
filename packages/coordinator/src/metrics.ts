// The coordinator's Prometheus metrics (issue 8 item 3): one prom-client registry per daemon, behind
// a small typed object the coordinator calls at the points where things happen. The dashboard
// serves the registry on /metrics. Names follow Prometheus conventions (base units, _total counters).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

/** Step time buckets in seconds: 50 ms (tiny CPU runs) to 2 min (GPT-J over 1 Gbps). */
const STEP_SECONDS_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40, 80, 120]

export interface CoordinatorMetricsInit {
  /** Labels on every metric, e.g. `{ run: 'run-…' }`. */
  defaultLabels?: Record<string, string>
  /** Node's process metrics (CPU, memory, event loop lag); on by default. */
  processMetrics?: boolean
  /** Read when scraped: libp2p connections now open. */
  connections?: () => number
  /** Read when scraped: workers by state ("running", "idle", "draining", …). */
  workersByState?: () => Record<string, number>
}

export interface StepRecord {
  step: number
  durationMs: number
  tokens: number
  loss?: number | null
  planEpoch?: number
}

export interface TrafficRecord {
  /** "activation", "activation_grad", "update", "weights", … */
  kind: string
  direction: 'in' | 'out'
  /** Bytes on the wire. */
  bytes: number
  /** Bytes before compression (equal to `bytes` for uncompressed traffic). */
  rawBytes?: number
}

export class CoordinatorMetrics {
  readonly registry: Registry
  private readonly stepSeconds: Histogram
  private readonly step: Gauge
  private readonly loss: Gauge
  private readonly tokensPerSecond: Gauge
  private readonly tokens: Counter
  private readonly planEpoch: Gauge
  private readonly bytes: Counter<'kind' | 'direction'>
  private readonly rawBytes: Counter<'kind' | 'direction'>
  private readonly heartbeats: Counter
  private readonly recoveries: Counter<'reason'>
  private readonly checkpoints: Counter<'outcome'>
  private readonly messagesRefused: Counter<'reason'>
  /** Cumulative bytes by kind, for the compression ratio gauge (counters cannot be read back cheaply). */
  private readonly totals = new Map<string, { bytes: number; raw: number }>()

  constructor(init: CoordinatorMetricsInit = {}) {
    const registry = new Registry()
    this.registry = registry
    if (init.defaultLabels !== undefined) registry.setDefaultLabels(init.defaultLabels)
    if (init.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'tandem_coordinator_' })
    const registers = [registry]
    this.stepSeconds = new Histogram({ name: 'tandem_step_seconds', help: 'Wall time of a completed training step.', buckets: STEP_SECONDS_BUCKETS, registers })
    this.step = new Gauge({ name: 'tandem_step', help: 'Last completed step.', registers })
    this.loss = new Gauge({ name: 'tandem_loss', help: 'Training loss of the last completed step.', registers })
    this.tokensPerSecond = new Gauge({ name: 'tandem_tokens_per_second', help: 'Trained tokens per second over the last step.', registers })
    this.tokens = new Counter({ name: 'tandem_tokens_total', help: 'Tokens trained since the coordinator started.', registers })
    this.planEpoch = new Gauge({ name: 'tandem_plan_epoch', help: 'Current plan epoch.', registers })
    this.bytes = new Counter({ name: 'tandem_bytes_total', help: 'Bytes on the wire reported by workers, by traffic kind and direction.', labelNames: ['kind', 'direction'], registers })
    this.rawBytes = new Counter({
      name: 'tandem_uncompressed_bytes_total',
      help: 'Bytes before compression reported by workers, by traffic kind and direction.',
      labelNames: ['kind', 'direction'],
      registers,
    })
    const totals = this.totals
    new Gauge({
      name: 'tandem_compression_ratio',
      help: 'Uncompressed over on-the-wire bytes sent, by traffic kind (1: no compression).',
      labelNames: ['kind'],
      registers,
      collect() {
        this.reset()
        for (const [kind, t] of totals) if (t.bytes > 0) this.set({ kind }, t.raw / t.bytes)
      },
    })
    this.heartbeats = new Counter({ name: 'tandem_heartbeats_received_total', help: 'Worker heartbeats received.', registers })
    this.recoveries = new Counter({ name: 'tandem_recoveries_total', help: 'Recoveries: re-plans after a lost worker, rollbacks.', labelNames: ['reason'], registers })
    this.checkpoints = new Counter({ name: 'tandem_checkpoints_total', help: 'Checkpoints by outcome (committed, failed).', labelNames: ['outcome'], registers })
    this.messagesRefused = new Counter({ name: 'tandem_messages_refused_total', help: 'Invalid or stale messages dropped, by reason.', labelNames: ['reason'], registers })
    const connections = init.connections
    new Gauge({
      name: 'tandem_libp2p_connections',
      help: 'libp2p connections open now.',
      registers,
      collect() {
        if (connections !== undefined) this.set(connections())
      },
    })
    const workersByState = init.workersByState
    new Gauge({
      name: 'tandem_workers',
      help: 'Workers known to the coordinator, by state.',
      labelNames: ['state'],
      registers,
      collect() {
        if (workersByState === undefined) return
        this.reset()
        for (const [state, n] of Object.entries(workersByState())) this.set({ state }, n)
      },
    })
  }

  recordStep(r: StepRecord): void {
    if (!(r.durationMs >= 0) || !Number.isFinite(r.durationMs)) return
    this.stepSeconds.observe(r.durationMs / 1000)
    this.step.set(r.step)
    if (r.tokens > 0) this.tokens.inc(r.tokens)
    this.tokensPerSecond.set(r.durationMs > 0 ? (r.tokens * 1000) / r.durationMs : 0)
    if (typeof r.loss === 'number' && Number.isFinite(r.loss)) this.loss.set(r.loss)
    if (r.planEpoch !== undefined) this.planEpoch.set(r.planEpoch)
  }

  /** Adds traffic deltas (not cumulative values: pass what arrived since the last report). */
  recordTraffic(r: TrafficRecord): void {
    if (!(r.bytes >= 0)) return
    const raw = r.rawBytes !== undefined && r.rawBytes >= 0 ? r.rawBytes : r.bytes
    this.bytes.inc({ kind: r.kind, direction: r.direction }, r.bytes)
    this.rawBytes.inc({ kind: r.kind, direction: r.direction }, raw)
    if (r.direction === 'out') {
      const t = this.totals.get(r.kind) ?? { bytes: 0, raw: 0 }
      t.bytes += r.bytes
      t.raw += raw
      this.totals.set(r.kind, t)
    }
  }

  setPlanEpoch(epoch: number): void {
    this.planEpoch.set(epoch)
  }

  heartbeat(): void {
    this.heartbeats.inc()
  }

  recovery(reason: string): void {
    this.recoveries.inc({ reason })
  }

  checkpoint(outcome: 'committed' | 'failed'): void {
    this.checkpoints.inc({ outcome })
  }

  messageRefused(reason: string): void {
    this.messagesRefused.inc({ reason })
  }
}
