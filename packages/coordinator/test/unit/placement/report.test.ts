import { PRESETS } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import { planReport, replanReport } from '../../../src/placement/report.js'
import { cluster, device, toyWorkload } from './helpers.js'

const GB = 1e9
const small = { ...PRESETS.small }
const w = toyWorkload({ seqLen: 128, globalBatch: 16, microBatch: 1, schedule: '1f1b', parallelism: { stages: 2, replicas: 2 } })

/** Two sites listed alternately, one spare: the listing order is the worst for naive placement. */
function alternating() {
  const devices = Array.from({ length: 5 }, (_, i) => device(`d${i}`, 2e12, { site: i % 2 === 0 ? 'east' : 'west', memoryBytes: 16 * GB }))
  return cluster(devices, (i, j) => (devices[i]!.site === devices[j]!.site ? [1e9, 0.001] : [2e6, 0.05]))
}

describe('planReport', () => {
  it('puts the plan next to the naive and random placements of the same shape', () => {
    const r = planReport(alternating(), small, w, { seed: 3, iterations: 1500 })
    expect(r.ok).toBe(true)
    expect(r.shape).toEqual({ stages: 2, replicas: 2 })
    expect(r.tandem!.layers.reduce((a, b) => a + b, 0)).toBe(8)
    expect(r.tandem!.stages.every((s) => s.devices.length === 2)).toBe(true)
    expect(r.speedup!.vsNaive).toBeCloseTo(r.naive!.stepS / r.tandem!.stepS, 12)
    expect(r.speedup!.vsNaive!).toBeGreaterThan(1.5)
    const { computeS, transferS, bubbleS, syncS } = r.tandem!.breakdown
    expect(computeS + transferS + bubbleS + syncS).toBeCloseTo(r.tandem!.stepS, 9)
  })
})

describe('replanReport', () => {
  it('moves less state than adopting a from-scratch plan', () => {
    const c = alternating()
    const r = planReport(c, small, w, { seed: 3, iterations: 1500 })
    const plan = {
      stages: r.tandem!.stages.map((s) => ({ start: s.layers[0], end: s.layers[1] + 1 })),
      devices: r.tandem!.stages.map((s) => s.devices),
    }
    const out = replanReport(c, small, w, plan, plan.devices[1]![0]!, { seed: 3, iterations: 1500 })
    if ('error' in out) throw new Error(out.error)
    expect(out.replan.movedBytes).toBeGreaterThan(0)
    expect(out.replan.movedBytes).toBeLessThanOrEqual(out.fromScratch.movedBytes)
    expect(out.replan.checkpointBytes).toBe(0)
  })
})
