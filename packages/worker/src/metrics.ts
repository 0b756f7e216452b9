// The worker's Prometheus metrics (issue 8 item 3): a prom-client registry behind a small typed
// object the worker calls, and an optional tiny HTTP server for `--metrics-port` that serves only
// GET /metrics (loopback by default: the figures describe the donor's machine).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

/** Step time buckets in seconds: 50 ms (tiny CPU runs) to 2 min (GPT-J over 1 Gbps). */
const STEP_SECONDS_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40, 80, 120]

/** Phase time buckets in seconds: sends and syncs of a few ms up to a minute. */
const PHASE_SECONDS_BUCKETS = [0.001, 0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60]

export interface WorkerMetricsInit {
  defaultLabels?: Record<string, string>
  processMetrics?: boolean
  /** Read when scraped: libp2p connections now open. */
  connections?: () => number
}

export interface WorkerStepRecord {
  step: number
  durationMs: number
  /** Tokens this worker's replica processed in the step (0 on stages that do not count them). */
  tokens: number
  loss?: number | null
  /** Time per phase in the step ("forward", "backward", "send", "recv", "sync", "waiting", …). */
  phasesMs?: Record<string, number>
}

export class WorkerMetrics {
  readonly registry: Registry
  private readonly stepSeconds: Histogram
  private readonly phaseSeconds: Histogram<'phase'>
  private readonly step: Gauge
  private readonly loss: Gauge
  private readonly tokensPerSecond: Gauge
  private readonly bytes: Counter<'kind' | 'direction'>
  private readonly rawBytes: Counter<'kind' | 'direction'>
  private readonly framesDropped: Counter<'kind' | 'reason'>
  private readonly heartbeats: Counter
  private readonly recoveries: Counter<'reason'>
  private readonly totals = new Map<string, { bytes: number; raw: number }>()

  constructor(init: WorkerMetricsInit = {}) {
    const registry = new Registry()
    this.registry = registry
    if (init.defaultLabels !== undefined) registry.setDefaultLabels(init.defaultLabels)
    if (init.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'tandem_worker_' })
    const registers = [registry]
    this.stepSeconds = new Histogram({ name: 'tandem_step_seconds', help: 'Wall time of a step on this worker.', buckets: STEP_SECONDS_BUCKETS, registers })
    this.phaseSeconds = new Histogram({ name: 'tandem_phase_seconds', help: 'Time per phase within a step.', labelNames: ['phase'], buckets: PHASE_SECONDS_BUCKETS, registers })
    this.step = new Gauge({ name: 'tandem_step', help: 'Last step this worker completed.', registers })
    this.loss = new Gauge({ name: 'tandem_loss', help: 'Loss of the last step (last stage only).', registers })
    this.tokensPerSecond = new Gauge({ name: 'tandem_tokens_per_second', help: "Tokens per second through this worker's replica.", registers })
    this.bytes = new Counter({ name: 'tandem_bytes_total', help: 'Bytes on the wire, by traffic kind and direction.', labelNames: ['kind', 'direction'], registers })
    this.rawBytes = new Counter({ name: 'tandem_uncompressed_bytes_total', help: 'Bytes before compression, by traffic kind and direction.', labelNames: ['kind', 'direction'], registers })
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
    this.framesDropped = new Counter({ name: 'tandem_frames_dropped_total', help: 'Received frames dropped (invalid, stale), by kind and reason.', labelNames: ['kind', 'reason'], registers })
    this.heartbeats = new Counter({ name: 'tandem_heartbeats_sent_total', help: 'Heartbeats sent to the coordinator.', registers })
    this.recoveries = new Counter({ name: 'tandem_recoveries_total', help: 'Re-plans and state re-fetches this worker went through.', labelNames: ['reason'], registers })
    const connections = init.connections
    new Gauge({
      name: 'tandem_libp2p_connections',
      help: 'libp2p connections open now.',
      registers,
      collect() {
        if (connections !== undefined) this.set(connections())
      },
    })
  }

  recordStep(r: WorkerStepRecord): void {
    if (!(r.durationMs >= 0) || !Number.isFinite(r.durationMs)) return
    this.stepSeconds.observe(r.durationMs / 1000)
    this.step.set(r.step)
    this.tokensPerSecond.set(r.durationMs > 0 ? (r.tokens * 1000) / r.durationMs : 0)
    if (typeof r.loss === 'number' && Number.isFinite(r.loss)) this.loss.set(r.loss)
    for (const [phase, ms] of Object.entries(r.phasesMs ?? {})) if (ms >= 0 && Number.isFinite(ms)) this.phaseSeconds.observe({ phase }, ms / 1000)
  }

  /** Adds one transfer (or a delta of several). `rawBytes` defaults to `bytes` (uncompressed). */
  recordTraffic(kind: string, direction: 'in' | 'out', bytes: number, rawBytes: number = bytes): void {
    if (!(bytes >= 0) || !(rawBytes >= 0)) return
    this.bytes.inc({ kind, direction }, bytes)
    this.rawBytes.inc({ kind, direction }, rawBytes)
    if (direction === 'out') {
      const t = this.totals.get(kind) ?? { bytes: 0, raw: 0 }
      t.bytes += bytes
      t.raw += rawBytes
      this.totals.set(kind, t)
    }
  }

  frameDropped(kind: string, reason: string): void {
    this.framesDropped.inc({ kind, reason })
  }

  heartbeat(): void {
    this.heartbeats.inc()
  }

  recovery(reason: string): void {
    this.recoveries.inc({ reason })
  }
}

export interface MetricsServerInit {
  /** Default 127.0.0.1: expose it wider only behind your own firewall. */
  host?: string
  /** 0: an ephemeral port. */
  port?: number
}

/** GET /metrics and nothing else, for `tandem worker start --metrics-port N`. */
export class MetricsServer {
  private readonly registry: Registry
  private readonly log: Logger
  private readonly host: string
  private readonly port: number
  private server: Server | undefined

  constructor(components: { registry: Registry; logger: Logger }, init: MetricsServerInit = {}) {
    this.registry = components.registry
    this.log = components.logger.child({ component: 'metrics' })
    this.host = init.host ?? '127.0.0.1'
    this.port = init.port ?? 0
  }

  get url(): string {
    const a = this.server?.address() as AddressInfo | null | undefined
    if (a == null) return ''
    return `http://${a.address.includes(':') ? `[${a.address}]` : a.address}:${a.port}/metrics`
  }

  async start(): Promise<void> {
    if (this.server !== undefined) return
    const server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0]
      if (req.method !== 'GET' || path !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('only GET /metrics is served here.\n')
        return
      }
      this.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' })
          res.end(text)
        },
        (err: unknown) => {
          this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'metrics collection failed')
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
          res.end('metrics collection failed.\n')
        },
      )
    })
    server.maxConnections = 16
    server.headersTimeout = 10_000
    server.requestTimeout = 30_000
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, this.host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    this.server = server
    this.log.info({ url: this.url }, 'metrics listening')
  }

  async stop(): Promise<void> {
    const server = this.server
    if (server === undefined) return
    this.server = undefined
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }
}
