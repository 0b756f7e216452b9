// Placements that ignore the network and the devices' differences, for comparison. Both keep the
// plan's shape and get the planner's memory-aware layer split for their assignment (falling back
// to an even split when nothing fits), so that the comparison is about where devices go:
// - naive: the devices in the order the cluster lists them, data-parallel groups filled first
//   (Megatron's rank order: stage s, replica r gets device s * R + r);
// - random: the same from a seeded shuffle (the network-oblivious baseline of Yuan et al. 2022).
import { evenSplit } from '@tandem/model'
import type { Cluster } from './cluster.js'
import { type CostModel, estimateStep, type Placement, type StepEstimate } from './cost-model.js'
import { splitLayers } from './layer-split.js'
import type { Shape } from './planner.js'
import { mulberry32, shuffle } from './rng.js'

function place(cm: CostModel, cluster: Cluster, order: number[], shape: Shape): Placement {
  const devices = Array.from({ length: shape.stages }, (_, s) =>
    Array.from({ length: shape.replicas }, (_, r) => order[s * shape.replicas + r]!),
  )
  const split = splitLayers(cm, cluster, devices)
  return { stages: split.ok ? split.stages : evenSplit(cm.model.nLayer, shape.stages), devices }
}

export function naivePlacement(cm: CostModel, cluster: Cluster, shape: Shape): Placement {
  return place(
    cm,
    cluster,
    cluster.devices.map((_, i) => i),
    shape,
  )
}

export function randomPlacement(cm: CostModel, cluster: Cluster, shape: Shape, seed: number): Placement {
  const order = shuffle(
    mulberry32(seed),
    cluster.devices.map((_, i) => i),
  )
  return place(cm, cluster, order, shape)
}

/** Median of `samples` seeded random placements by step time (infeasible ones rank as slowest). */
export function randomBaseline(
  cm: CostModel,
  cluster: Cluster,
  shape: Shape,
  seed: number,
  samples: number,
): { median: StepEstimate; feasibleFraction: number } {
  const estimates: StepEstimate[] = []
  for (let k = 0; k < samples; k++) estimates.push(estimateStep(cm, cluster, randomPlacement(cm, cluster, shape, seed + k)))
  const rank = (e: StepEstimate) => (e.feasible ? e.stepS : Number.POSITIVE_INFINITY)
  estimates.sort((a, b) => rank(a) - rank(b) || a.stepS - b.stepS)
  return {
    median: estimates[Math.floor(samples / 2)]!,
    feasibleFraction: estimates.filter((e) => e.feasible).length / samples,
  }
}
