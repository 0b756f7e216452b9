// `parallelism: "auto"`: the placement planner (placement/) as a layout strategy. Members'
// measured speed, memory and links become a cluster; the planner picks pipeline depth, replica
// count, grouping, order and layer split, and re-plans from the current layout with a cost for
// moving state and hysteresis. Results are memoised: the membership machine asks again with the
// same members, and the answer must not change (nor take another search).
import type { GPTJConfig } from '@tandem/model'
import type { Cell, LayoutMember, LayoutStrategy } from './layout.js'
import { clusterFromMeasurements, type MeasuredLink, type MeasuredMember, planPlacement, workloadFromRun } from './placement/index.js'
import type { RunConfig } from './run-config.js'

/** Memory assumed for a member that did not report any (a small GPU). */
const DEFAULT_MEMORY_BYTES = 8 * 1024 ** 3

/** The planner's time bound per call: the machine calls it on joins and failures, at step boundaries. */
const PLAN_TIME_MS = 2_000

/** Distinct inputs remembered. */
const MEMO_MAX = 32

export interface AutoLayoutInit {
  model: GPTJConfig
  run: RunConfig
  /** Link figures measured so far (worker ids). */
  links(): MeasuredLink[]
  timeBoundMs?: number
}

export function autoLayout(init: AutoLayoutInit): LayoutStrategy {
  const workload = workloadFromRun(init.run)
  const memo = new Map<string, ReturnType<LayoutStrategy>>()
  return (input) => {
    const key = JSON.stringify([input.members.map((m) => m.workerId), input.current?.cells ?? null, input.current?.stages ?? null])
    const hit = memo.get(key)
    if (hit !== undefined) return hit
    if (input.members.length === 0) return { ok: false, reason: 'waiting for workers to join' }
    const measured: MeasuredMember[] = input.members.map((m) => toMeasured(m))
    const cluster = clusterFromMeasurements(init.model, workload, measured, init.links())
    const current =
      input.current !== undefined && input.current.cells.length > 0
        ? {
            stages: input.current.stages,
            devices: input.current.stages.map((_, s) =>
              input.current!.cells
                .filter((c) => c.stage === s)
                .sort((a, b) => a.replica - b.replica)
                .map((c) => c.workerId),
            ),
          }
        : undefined
    const res = planPlacement(cluster, init.model, workload, {
      seed: init.run.seed,
      timeBoundMs: init.timeBoundMs ?? PLAN_TIME_MS,
      ...(current !== undefined ? { current } : {}),
    })
    let out: ReturnType<LayoutStrategy>
    if (!res.ok || res.plan === undefined) {
      out = { ok: false, reason: res.reasons.join(' ') || 'no feasible placement' }
    } else {
      const cells: Cell[] = []
      for (const [stage, row] of res.plan.devices.entries()) for (const [replica, workerId] of row.entries()) cells.push({ stage, replica, workerId })
      out = {
        ok: true,
        layout: { stages: res.plan.stages, replicas: res.plan.devices[0]?.length ?? 0, cells, predictedStepMs: (res.estimate?.stepS ?? 0) * 1000 },
      }
    }
    if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!)
    memo.set(key, out)
    return out
  }
}

function toMeasured(m: LayoutMember): MeasuredMember {
  return {
    id: m.workerId,
    memoryBytes: m.memoryBytes > 0 ? m.memoryBytes : DEFAULT_MEMORY_BYTES,
    ...(m.layerSeconds > 0 && m.benchmark !== undefined ? { benchmark: { layerSeconds: m.layerSeconds, ...m.benchmark } } : {}),
    ...(m.flopsPerS !== undefined && m.flopsPerS > 0 ? { flopsPerS: m.flopsPerS } : {}),
    ...(m.bandwidthBytesPerSMax ? { bandwidthBytesPerSMax: m.bandwidthBytesPerSMax } : {}),
  }
}
