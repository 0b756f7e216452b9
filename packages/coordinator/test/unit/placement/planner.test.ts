import { PRESETS } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import { naivePlacement, randomBaseline } from '../../../src/placement/baselines.js'
import { costModel, estimateStep } from '../../../src/placement/cost-model.js'
import { planPlacement } from '../../../src/placement/planner.js'
import { cluster, device, TOY, toyWorkload } from './helpers.js'

const GB = 1e9
const small = { ...PRESETS.small }
/** `small` (8 layers, width 512) at seq 128, micro-batch 1, global batch 16. */
const smallWorkload = (over = {}) =>
  toyWorkload({ seqLen: 128, globalBatch: 16, microBatch: 1, schedule: '1f1b', activations: { forward: 'fp16', backward: 'fp16' }, ...over })

/** Two sites of 4 devices each, listed alternately: fast inside a site, slow between. */
function twoSites(interBytesPerS = 1e6) {
  const devices = Array.from({ length: 8 }, (_, i) => device(`d${i}`, 2e12, { site: i % 2 === 0 ? 'east' : 'west', memoryBytes: 16 * GB }))
  return cluster(devices, (i, j) => (devices[i]!.site === devices[j]!.site ? [1e9, 0.0005] : [interBytesPerS, 0.05]))
}

describe('planPlacement', () => {
  it('is reproducible from its seed', () => {
    const c = twoSites()
    const a = planPlacement(c, small, smallWorkload(), { seed: 7, iterations: 2000 })
    const b = planPlacement(c, small, smallWorkload(), { seed: 7, iterations: 2000 })
    expect(a.ok).toBe(true)
    expect(a.plan).toEqual(b.plan)
    expect(a.estimate!.stepS).toBe(b.estimate!.stepS)
  })

  it('beats the naive and random placements when sites alternate in the listing', () => {
    const c = twoSites()
    const w = smallWorkload({ parallelism: { stages: 2, replicas: 4 } })
    const res = planPlacement(c, small, w, { seed: 1, iterations: 3000 })
    expect(res.ok).toBe(true)
    const cm = costModel(small, w)
    const naive = estimateStep(cm, c, naivePlacement(cm, c, { stages: 2, replicas: 4 }))
    const random = randomBaseline(cm, c, { stages: 2, replicas: 4 }, 1, 9).median
    expect(res.estimate!.stepS).toBeLessThan(naive.stepS / 2)
    expect(res.estimate!.stepS).toBeLessThan(random.stepS)
    // Each data-parallel group ends up inside one site (the update exchange is the heavy flow here).
    for (const row of res.plan!.devices) {
      const sites = new Set(row.map((id) => c.devices.find((d) => d.id === id)!.site))
      expect(sites.size).toBe(1)
    }
  })

  it('gives faster devices more layers', () => {
    // A small vocabulary keeps lm_head cheap, so the split follows the devices' speeds: 3x faster
    // takes 6 of the 8 layers.
    const model = { ...small, vocabSize: 512 }
    const devices = [device('slow', 1e12, { memoryBytes: 64 * GB }), device('fast', 3e12, { memoryBytes: 64 * GB })]
    const c = cluster(devices, () => [1e10, 0])
    const w = smallWorkload({ parallelism: { stages: 2, replicas: 1 } })
    const res = planPlacement(c, model, w, { seed: 1, iterations: 500 })
    const layers = res.plan!.stages.map((r) => r.end - r.start)
    const fastStage = res.plan!.devices.findIndex((row) => row[0] === 'fast')
    expect(layers[fastStage]).toBe(6)
    expect(layers[1 - fastStage]).toBe(2)
  })

  it('leaves out a device too small for any stage', () => {
    const devices = [
      device('a', 1e12, { memoryBytes: 16 * GB }),
      device('b', 1e12, { memoryBytes: 16 * GB }),
      device('tiny', 1e13, { memoryBytes: 0.1 * GB }),
    ]
    const c = cluster(devices, () => [1e9, 0.001])
    const res = planPlacement(c, small, smallWorkload(), { seed: 1, iterations: 500 })
    expect(res.ok).toBe(true)
    expect(res.plan!.devices.flat()).not.toContain('tiny')
  })

  it('says which constraint fails when nothing fits', () => {
    const devices = [device('a', 1e12, { memoryBytes: 2 * GB }), device('b', 1e12, { memoryBytes: 2 * GB })]
    const c = cluster(devices, () => [1e9, 0.001])
    const w = toyWorkload({ seqLen: 2048, globalBatch: 64, precision: 'fp16', schedule: '1f1b' })
    const res = planPlacement(c, PRESETS['gptj-6b'], w, { seed: 1, iterations: 200 })
    expect(res.ok).toBe(false)
    expect(res.reasons[0]).toMatch(
      /^no placement fits in memory: at best \(2 stages x 1 replica\) the largest stage needs [\d.]+ GiB, and the biggest device has 1\.9 GiB\.$/,
    )
    const fixed = planPlacement(c, TOY, toyWorkload({ parallelism: { stages: 2, replicas: 2 }, globalBatch: 4 }), { iterations: 10 })
    expect(fixed.reasons).toEqual(['the run asks for 2 stages x 2 replicas = 4 devices, and the cluster has 2.'])
  })

  it('stops at the time bound and says so', () => {
    let t = 0
    const res = planPlacement(twoSites(), small, smallWorkload(), { iterations: 1e6, timeBoundMs: 100, now: () => (t += 1) })
    expect(res.ok).toBe(true)
    expect(res.search.stoppedEarly).toBe(true)
  })
})
