import { PRESETS } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import { subCluster } from '../../../src/placement/cluster.js'
import { CHECKPOINT_BYTES_PER_S, MOVED_BYTES_PER_PARAM, REPLAN_AMORTIZE_STEPS, REPLAN_MARGIN } from '../../../src/placement/constants.js'
import { costModel, estimateStep } from '../../../src/placement/cost-model.js'
import type { PlacementPlan } from '../../../src/placement/plan.js'
import { planPlacement } from '../../../src/placement/planner.js'
import { placementOf } from '../../../src/placement/report.js'
import { holdingsOf, moveEstimate } from '../../../src/placement/state-moves.js'
import { paramSizes } from '../../../src/placement/workload.js'
import { cluster, device, toyWorkload } from './helpers.js'

const GB = 1e9
const small = { ...PRESETS.small }
const w = toyWorkload({ seqLen: 128, globalBatch: 16, microBatch: 1, schedule: '1f1b', parallelism: { stages: 2, replicas: 2 } })

/**
 * Sixteen devices of four speeds and memories over three sites, one of them a slow home site:
 * enough shapes and placements that annealing runs of one budget end in different optima.
 */
function sixteen() {
  const sites = ['east', 'west', 'home']
  const devices = Array.from({ length: 16 }, (_, i) =>
    device(`d${i}`, [4e11, 2e11, 1e11, 3e11][i % 4]!, { site: sites[i % 3]!, memoryBytes: [16, 8, 4, 2][i % 4]! * GB }),
  )
  return cluster(devices, (i, j) => {
    const a = devices[i]!.site
    const b = devices[j]!.site
    if (a === b) return a === 'home' ? [5e7, 0.001] : [1e9, 0.001]
    return a === 'home' || b === 'home' ? [2e7, 0.03] : [2e8, 0.03]
  })
}

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

  it('is never worse than planning the reduced cluster from scratch, under the re-plan objective', () => {
    // Before the from-scratch optimum was a candidate, seeds 4, 6, 9 and 12 ended worse than it
    // (at 2000 evaluations): replaced by a slower plan (by 0.004% to 11%), or the repaired plan
    // kept although the from-scratch plan was better by more than the margin.
    const c = sixteen()
    const wa = toyWorkload({ seqLen: 128, globalBatch: 16, microBatch: 1, schedule: '1f1b', activations: { forward: 'fp16', backward: 'fp16' } })
    const cm = costModel(small, wa)
    for (let seed = 1; seed <= 12; seed++) {
      const opts = { seed, iterations: 2000 }
      const first = planPlacement(c, small, wa, opts)
      const leaving = first.plan!.devices[Math.floor(first.plan!.devices.length / 2)]![0]!
      const after = subCluster(c, (d) => d.id !== leaving)
      const h = holdingsOf(cm, after, first.plan!)
      const objective = (plan: PlacementPlan) => {
        const p = placementOf(after, plan)
        return estimateStep(cm, after, p).stepS + moveEstimate(cm, after, h, p, CHECKPOINT_BYTES_PER_S).seconds / REPLAN_AMORTIZE_STEPS
      }
      const scratch = planPlacement(after, small, wa, opts)
      const re = planPlacement(after, small, wa, { ...opts, current: first.plan! })
      const scratchS = objective(scratch.plan!)
      const chosenS = objective(re.plan!)
      if (re.replan!.decision === 'replaced') {
        expect(chosenS, `seed ${seed}`).toBeLessThanOrEqual(scratchS * (1 + 1e-12))
      } else {
        // Hysteresis: the current plan stays only while nothing is better by the margin.
        expect(chosenS * (1 - REPLAN_MARGIN), `seed ${seed}`).toBeLessThanOrEqual(scratchS * (1 + 1e-12))
      }
      // The result reports the from-scratch plan it was judged against, and the figures agree.
      expect(re.replan!.fromScratch!.plan).toEqual(scratch.plan)
      expect(re.replan!.fromScratch!.objectiveS).toBeCloseTo(scratchS, 9)
      expect(re.replan!.objectiveS).toBeCloseTo(chosenS, 9)
    }
  })
})
