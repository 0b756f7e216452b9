import { PRESETS } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import { subCluster } from '../../../src/placement/cluster.js'
import { MOVED_BYTES_PER_PARAM } from '../../../src/placement/constants.js'
import { costModel } from '../../../src/placement/cost-model.js'
import { planPlacement } from '../../../src/placement/planner.js'
import { holdingsOf, moveEstimate } from '../../../src/placement/state-moves.js'
import { paramSizes } from '../../../src/placement/workload.js'
import { cluster, device, toyWorkload } from './helpers.js'

const GB = 1e9
const small = { ...PRESETS.small }
const w = toyWorkload({ seqLen: 128, globalBatch: 16, microBatch: 1, schedule: '1f1b', parallelism: { stages: 2, replicas: 2 } })

function five() {
  const devices = Array.from({ length: 5 }, (_, i) => device(`d${i}`, 2e12, { site: 'one', memoryBytes: 16 * GB }))
  return cluster(devices, () => [1e9, 0.001])
}

describe('re-planning', () => {
  it('keeps an intact current plan and moves nothing', () => {
    const c = five()
    const first = planPlacement(c, small, w, { seed: 1, iterations: 1000 })
    const again = planPlacement(c, small, w, { seed: 2, iterations: 1000, current: first.plan! })
    expect(again.replan!.decision).toBe('kept')
    expect(again.plan).toEqual(first.plan)
    expect(again.replan!.move.peerBytes + again.replan!.move.checkpointBytes).toBe(0)
  })

  it('after a member leaves, moves only the departed member state to a spare', () => {
    const c = five()
    const first = planPlacement(c, small, w, { seed: 1, iterations: 1000 })
    const gone = first.plan!.devices[1]![0]!
    const after = subCluster(c, (d) => d.id !== gone)
    const res = planPlacement(after, small, w, { seed: 1, iterations: 1000, current: first.plan! })
    expect(res.ok).toBe(true)
    expect(res.replan!.decision).toBe('repaired')
    // Stage 1 = its blocks + ln_f/lm_head, 12 B/param (fp32 weights + Adam m, v), from its surviving replica.
    const sizes = paramSizes(small)
    const range = first.plan!.stages[1]!
    const params = (range.end - range.start) * sizes.block + sizes.head
    expect(res.replan!.move.peerBytes).toBe(params * MOVED_BYTES_PER_PARAM)
    expect(res.replan!.move.checkpointBytes).toBe(0)
    const spare = c.devices.map((d) => d.id).find((id) => !first.plan!.devices.flat().includes(id))!
    expect(res.plan!.devices[1]).toContain(spare)
  })

  it('hysteresis: a plan only slightly better does not replace the current one', () => {
    const c = five()
    const first = planPlacement(c, small, w, { seed: 1, iterations: 1000 })
    // Make one unused device 5% faster: a swap would gain under the 10% margin.
    const spare = c.devices.findIndex((d) => !first.plan!.devices.flat().includes(d.id))
    const faster = { ...c, devices: c.devices.map((d, i) => (i === spare ? { ...d, flopsPerS: d.flopsPerS * 1.05 } : d)) }
    const res = planPlacement(faster, small, w, { seed: 1, iterations: 1000, current: first.plan! })
    expect(res.replan!.decision).toBe('kept')
    // With no margin and no cost for moving, the planner does take the gain.
    const eager = planPlacement(faster, small, w, { seed: 1, iterations: 1000, current: first.plan!, margin: 0, amortizeSteps: 1e12 })
    expect(eager.estimate!.stepS).toBeLessThanOrEqual(res.estimate!.stepS)
  })

  it('counts state no member holds as fetched from the checkpoint store', () => {
    const c = five()
    const cm = costModel(small, w)
    const current = { stages: [{ start: 0, end: 4 }, { start: 4, end: 8 }], devices: [['d0', 'd1'], ['d2', 'd3']] }
    const h = holdingsOf(cm, c, current)
    // d4 takes stage 0 in place of d0: all of stage 0 comes from d1 over 1e9 B/s.
    const sizes = paramSizes(small)
    const stage0 = (4 * sizes.block + sizes.embedding) * MOVED_BYTES_PER_PARAM
    const m = moveEstimate(cm, c, h, { stages: current.stages, devices: [[4, 1], [2, 3]] }, 1e8)
    expect(m.peerBytes).toBe(stage0)
    expect(m.seconds).toBeCloseTo(stage0 / 1e9, 9)
    // Without d0 and d1, nobody holds stage 0: it comes from the checkpoint store at 1e8 B/s.
    const h2 = holdingsOf(cm, subCluster(c, (d) => d.id !== 'd0' && d.id !== 'd1'), current)
    const c2 = subCluster(c, (d) => d.id !== 'd0' && d.id !== 'd1')
    const m2 = moveEstimate(cm, c2, h2, { stages: current.stages, devices: [[2], [0]] }, 1e8)
    expect(m2.checkpointBytes).toBe(stage0)
  })
})
