// A placement plan as the coordinator stores and publishes it: layer ranges in pipeline order and
// the device id of every (stage, replica). Ids, not indices, so a plan outlives the cluster it was
// made for (members leave and join).
import type { LayerRange } from '@tandem/model'
import type { Cluster } from './cluster.js'
import type { Placement } from './cost-model.js'

export interface PlacementPlan {
  stages: LayerRange[]
  /** devices[s][r]: id of the device running stage s in replica r. */
  devices: string[][]
}

export function planShape(p: { stages: LayerRange[]; devices: unknown[][] }): { stages: number; replicas: number } {
  return { stages: p.stages.length, replicas: p.devices[0]?.length ?? 0 }
}

export function toPlan(cluster: Cluster, p: Placement): PlacementPlan {
  return {
    stages: p.stages.map((r) => ({ ...r })),
    devices: p.devices.map((row) => row.map((i) => cluster.devices[i]!.id)),
  }
}

/** Indices of a plan's devices in `cluster`; null where a device is no longer a member. */
export function indexPlan(cluster: Cluster, plan: PlacementPlan): (number | null)[][] {
  const index = new Map(cluster.devices.map((d, i) => [d.id, i]))
  return plan.devices.map((row) => row.map((id) => index.get(id) ?? null))
}
