// The worker's Prometheus metrics and the --metrics-port server.
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { MetricsServer, WorkerMetrics } from '../../src/metrics.js'

describe('WorkerMetrics', () => {
  it('records steps, phases, traffic and drops, and serves them on /metrics only', async () => {
    const m = new WorkerMetrics({ processMetrics: false, connections: () => 2 })
    m.recordStep({ step: 4, durationMs: 500, tokens: 1024, loss: 4.5, phasesMs: { forward: 100, sync: 30 } })
    m.recordTraffic('activation', 'out', 1_000, 2_000)
    m.recordTraffic('activation', 'in', 1_000, 2_000)
    m.frameDropped('activation', 'stale')
    m.heartbeat()
    const server = new MetricsServer({ registry: m.registry, logger: pino({ level: 'silent' }) })
    await server.start()
    try {
      const res = await fetch(server.url)
      expect(res.status).toBe(200)
      const text = await res.text()
      expect(text).toContain('tandem_step_seconds_count 1')
      expect(text).toContain('tandem_phase_seconds_count{phase="sync"} 1')
      expect(text).toContain('tandem_tokens_per_second 2048')
      expect(text).toContain('tandem_compression_ratio{kind="activation"} 2')
      expect(text).toContain('tandem_bytes_total{kind="activation",direction="in"} 1000')
      expect(text).toContain('tandem_frames_dropped_total{kind="activation",reason="stale"} 1')
      expect(text).toContain('tandem_heartbeats_sent_total 1')
      expect(text).toContain('tandem_libp2p_connections 2')
      expect((await fetch(server.url.replace('/metrics', '/'))).status).toBe(404)
    } finally {
      await server.stop()
      await server.stop()
    }
  })
})
