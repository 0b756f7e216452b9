// The coordinator's Prometheus metrics: names, values after a few records, the compression ratio.
import { describe, expect, it } from 'vitest'
import { CoordinatorMetrics } from '../../../src/metrics.js'

describe('CoordinatorMetrics', () => {
  it('exposes steps, traffic, heartbeats, recoveries and connections', async () => {
    let connections = 3
    const m = new CoordinatorMetrics({ processMetrics: false, defaultLabels: { run: 'r1' }, connections: () => connections, workersByState: () => ({ running: 2, idle: 1 }) })
    m.recordStep({ step: 7, durationMs: 2_000, tokens: 8_192, loss: 3.25, planEpoch: 2 })
    m.recordStep({ step: 8, durationMs: Number.NaN, tokens: 1 }) // ignored
    m.recordTraffic({ kind: 'activation', direction: 'out', bytes: 100, rawBytes: 400 })
    m.recordTraffic({ kind: 'activation', direction: 'out', bytes: 100, rawBytes: 400 })
    m.recordTraffic({ kind: 'update', direction: 'in', bytes: 50 })
    m.heartbeat()
    m.heartbeat()
    m.recovery('worker-lost')
    m.checkpoint('committed')
    connections = 5
    const text = await m.registry.metrics()
    expect(text).toContain('tandem_step_seconds_bucket{le="2",run="r1"} 1')
    expect(text).toContain('tandem_step_seconds_bucket{le="1",run="r1"} 0')
    expect(text).toContain('tandem_step{run="r1"} 7')
    expect(text).toContain('tandem_loss{run="r1"} 3.25')
    expect(text).toContain('tandem_tokens_per_second{run="r1"} 4096')
    expect(text).toContain('tandem_plan_epoch{run="r1"} 2')
    expect(text).toContain('tandem_bytes_total{kind="activation",direction="out",run="r1"} 200')
    expect(text).toContain('tandem_uncompressed_bytes_total{kind="activation",direction="out",run="r1"} 800')
    expect(text).toContain('tandem_uncompressed_bytes_total{kind="update",direction="in",run="r1"} 50')
    expect(text).toContain('tandem_compression_ratio{kind="activation",run="r1"} 4')
    expect(text).toContain('tandem_heartbeats_received_total{run="r1"} 2')
    expect(text).toContain('tandem_recoveries_total{reason="worker-lost",run="r1"} 1')
    expect(text).toContain('tandem_checkpoints_total{outcome="committed",run="r1"} 1')
    expect(text).toContain('tandem_libp2p_connections{run="r1"} 5')
    expect(text).toContain('tandem_workers{state="running",run="r1"} 2')
  })

  it('keeps each daemon in its own registry', async () => {
    const a = new CoordinatorMetrics({ processMetrics: false })
    const b = new CoordinatorMetrics({ processMetrics: false })
    a.heartbeat()
    expect(await b.registry.metrics()).toContain('tandem_heartbeats_received_total 0')
  })
})
