import { PRESETS } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import { bestLinkCluster, computeFloorS, networkFreeCluster } from '../../../src/placement/baselines.js'
import { costModel, estimateStep } from '../../../src/placement/cost-model.js'
import { planReport, placementOf, replanReport } from '../../../src/placement/report.js'
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

describe('network-free bound', () => {
  it('lies between the compute floor and the plan, and naive is no further above it than reported', () => {
    const c = alternating()
    const r = planReport(c, small, w, { seed: 3, iterations: 1500 }, { bound: true })
    const b = r.bound!
    // Over 2 MB/s between sites the network costs most of the step: the bound is far below it.
    expect(b.stepS).toBeLessThan(r.tandem!.stepS / 2)
    expect(b.computeFloorS).toBeLessThanOrEqual(b.stepS)
    // Every link at the best one's figures (1 GB/s, 1 ms here) sits between the two.
    expect(b.bestLink.stepS).toBeGreaterThanOrEqual(b.stepS)
    expect(b.bestLink.stepS).toBeLessThanOrEqual(r.tandem!.stepS)
    expect(b.bestLink.naiveOverBound!).toBeCloseTo(r.naive!.stepS / b.bestLink.stepS, 12)
    expect(b.breakdown.transferS).toBe(0)
    expect(b.tandemOverBound).toBeCloseTo(r.tandem!.stepS / b.stepS, 12)
    expect(b.naiveOverBound!).toBeCloseTo(r.naive!.stepS / b.stepS, 12)
    // Tandem's own placement on free links is no faster than the bound.
    const cm = costModel(small, w)
    const plan = { stages: r.tandem!.stages.map((s) => ({ start: s.layers[0], end: s.layers[1] + 1 })), devices: r.tandem!.stages.map((s) => s.devices) }
    const free = networkFreeCluster(c)
    expect(estimateStep(cm, free, placementOf(free, plan)).stepS).toBeGreaterThanOrEqual(b.stepS)
  })

  it('best-link cluster: every pair gets the highest bandwidth and the lowest latency of any pair', () => {
    const c = alternating()
    const best = bestLinkCluster(c)
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 5; j++) {
        expect(best.bandwidthBytesPerS[i * 5 + j]).toBe(i === j ? Number.POSITIVE_INFINITY : 1e9)
        expect(best.latencyS[i * 5 + j]).toBe(i === j ? 0 : 0.001)
      }
    }
  })

  it('compute floor: all the FLOPs of a step over all the devices', () => {
    // small: 8 blocks; 16 micro-batches of 128 tokens; 5 devices of 2 TFLOP/s. Forward + backward = 3x forward.
    const cm = costModel(small, w)
    const C = small.nEmbd
    const N = 128
    const block = 3 * (2 * N * (4 * C * C + 2 * C * small.nInner) + 4 * N * 128 * C)
    const head = 3 * 2 * N * C * small.vocabSize
    expect(computeFloorS(cm, alternating())).toBeCloseTo((16 * (8 * block + head)) / (5 * 2e12), 12)
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
