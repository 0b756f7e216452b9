// Placements that ignore the network and the devices' differences, for comparison. Both keep the
// plan's shape and get the planner's memory-aware layer split for their assignment (falling back
// to an even split when nothing fits), so that the comparison is about where devices go:
// - naive: the devices in the order the cluster lists them, data-parallel groups filled first
//   (Megatron's rank order: stage s, replica r gets device s * R + r);
// - random: the same from a seeded shuffle (the network-oblivious baseline of Yuan et al. 2022).
// And floors no placement can beat on the described devices: the best-link cluster (every link as
// fast as the cluster's best, with its lowest latency) and the network-free cluster (every link
// infinitely fast, zero latency), which the planner searches like any other, and the compute floor
// (every FLOP of the step spread over all devices in proportion to their speed).
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

/** The median of `samples` seeded random placements by step time (infeasible ones rank as slowest). */
export function randomBaseline(
  cm: CostModel,
  cluster: Cluster,
  shape: Shape,
  seed: number,
  samples: number,
): { median: StepEstimate; placement: Placement; feasibleFraction: number } {
  const tried: { e: StepEstimate; p: Placement }[] = []
  for (let k = 0; k < samples; k++) {
    const p = randomPlacement(cm, cluster, shape, seed + k)
    tried.push({ e: estimateStep(cm, cluster, p), p })
  }
  const rank = (e: StepEstimate) => (e.feasible ? e.stepS : Number.POSITIVE_INFINITY)
  tried.sort((a, b) => rank(a.e) - rank(b.e) || a.e.stepS - b.e.stepS)
  const mid = tried[Math.floor(samples / 2)]!
  return { median: mid.e, placement: mid.p, feasibleFraction: tried.filter((t) => t.e.feasible).length / samples }
}

/**
 * The same devices with every link infinitely fast and without latency (access-link caps lifted):
 * what is left of a step is compute, the pipeline bubble and the per-parameter work.
 */
export function networkFreeCluster(cluster: Cluster): Cluster {
  const n = cluster.devices.length
  return {
    name: `${cluster.name} (network-free)`,
    devices: cluster.devices.map((d) => ({ ...d, uplinkBytesPerS: Number.POSITIVE_INFINITY, downlinkBytesPerS: Number.POSITIVE_INFINITY })),
    bandwidthBytesPerS: new Float64Array(n * n).fill(Number.POSITIVE_INFINITY),
    latencyS: new Float64Array(n * n),
  }
}

/**
 * The same devices with every link as good as the cluster's best one: the highest bandwidth and
 * the lowest latency of any pair of distinct devices, access-link caps lifted. The cost model only
 * gets faster with faster links, so no placement on the real cluster beats this cluster's best.
 */
export function bestLinkCluster(cluster: Cluster): Cluster {
  const n = cluster.devices.length
  let bw = 0
  let lat = Number.POSITIVE_INFINITY
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue
      bw = Math.max(bw, cluster.bandwidthBytesPerS[i * n + j]!)
      lat = Math.min(lat, cluster.latencyS[i * n + j]!)
    }
  }
  const free = networkFreeCluster(cluster)
  const bandwidth = new Float64Array(n * n).fill(n > 1 ? bw : Number.POSITIVE_INFINITY)
  const latency = new Float64Array(n * n).fill(n > 1 ? lat : 0)
  for (let i = 0; i < n; i++) {
    bandwidth[i * n + i] = Number.POSITIVE_INFINITY
    latency[i * n + i] = 0
  }
  return { ...free, name: `${cluster.name} (best link everywhere)`, bandwidthBytesPerS: bandwidth, latencyS: latency }
}

/**
 * Seconds below which no placement's step can go: every micro-batch of the global batch passes
 * every block and the head once (forward + backward), and the busiest device is at least as busy
 * as the speed-weighted mean of all of them. Ignores memory, bubbles and the network.
 */
export function computeFloorS(cm: CostModel, cluster: Cluster): number {
  const microBatches = cm.workload.globalBatch / cm.workload.microBatch
  const flops = microBatches * (cm.model.nLayer * cm.blockFlops + cm.headFlops)
  return flops / cluster.devices.reduce((sum, d) => sum + d.flopsPerS, 0)
}
