// The cost of adopting a new placement while a run is under way: which state (weights + Adam
// moments, by global layer; the embedding and the head count as units of their own) each device
// lacks, and how long fetching it takes from the best surviving holder, or from the coordinator's
// checkpoint store when no member holds it any more.
import type { LayerRange } from '@tandem/model'
import type { Cluster } from './cluster.js'
import type { CostModel, Placement } from './cost-model.js'
import type { PlacementPlan } from './plan.js'
import { movedBytesPerParam } from './workload.js'

/** Units 0 = embedding, 1..L = blocks 0..L-1, L+1 = ln_f + lm_head. */
function unitsOf(range: LayerRange, nLayer: number): number[] {
  const out: number[] = []
  if (range.start === 0) out.push(0)
  for (let l = range.start; l < range.end; l++) out.push(l + 1)
  if (range.end === nLayer) out.push(nLayer + 1)
  return out
}

/** Who holds what now: for each cluster device, the units it holds (empty for newcomers and spares). */
export interface Holdings {
  /** held[i]: bitmap over units for cluster device i. */
  held: Uint8Array[]
  /** holders[u]: cluster indices holding unit u. */
  holders: number[][]
  unitBytes: number[]
}

export function holdingsOf(cm: CostModel, cluster: Cluster, current: PlacementPlan): Holdings {
  const L = cm.model.nLayer
  const units = L + 2
  const index = new Map(cluster.devices.map((d, i) => [d.id, i]))
  const held = cluster.devices.map(() => new Uint8Array(units))
  const holders: number[][] = Array.from({ length: units }, () => [])
  current.stages.forEach((range, s) => {
    for (const id of current.devices[s] ?? []) {
      const i = index.get(id)
      if (i === undefined) continue
      for (const u of unitsOf(range, L)) {
        held[i]![u] = 1
        holders[u]!.push(i)
      }
    }
  })
  const per = movedBytesPerParam()
  const unitBytes: number[] = []
  for (let u = 0; u < units; u++) {
    const params = u === 0 ? cm.sizes.embedding : u === L + 1 ? cm.sizes.head : cm.sizes.block
    unitBytes.push(params * per)
  }
  return { held, holders, unitBytes }
}

export interface MoveEstimate {
  /** Bytes fetched from surviving members. */
  peerBytes: number
  /** Bytes fetched from the checkpoint store (no member holds them). */
  checkpointBytes: number
  /** Seconds until the slowest device has its state (each device fetches its missing units one after another). */
  seconds: number
  /** Devices that fetch anything. */
  devicesFetching: number
}

/**
 * State movement to go from `h` to `p`. Each missing unit comes from the holder with the fastest
 * link to the receiver, or from the checkpoint store at `checkpointBytesPerS` (capped by the
 * receiver's downlink).
 */
export function moveEstimate(cm: CostModel, cluster: Cluster, h: Holdings, p: Placement, checkpointBytesPerS: number): MoveEstimate {
  const n = cluster.devices.length
  const L = cm.model.nLayer
  let peerBytes = 0
  let checkpointBytes = 0
  let seconds = 0
  let devicesFetching = 0
  p.stages.forEach((range, s) => {
    const units = unitsOf(range, L)
    for (const d of p.devices[s]!) {
      let t = 0
      for (const u of units) {
        if (h.held[d]![u]) continue
        const bytes = h.unitBytes[u]!
        let best = 0
        for (const src of h.holders[u]!) best = Math.max(best, cluster.bandwidthBytesPerS[src * n + d]!)
        if (best > 0) {
          peerBytes += bytes
        } else {
          checkpointBytes += bytes
          best = Math.min(checkpointBytesPerS, cluster.devices[d]!.downlinkBytesPerS)
        }
        t += bytes / best
      }
      if (t > 0) devicesFetching++
      seconds = Math.max(seconds, t)
    }
  })
  return { peerBytes, checkpointBytes, seconds, devicesFetching }
}
