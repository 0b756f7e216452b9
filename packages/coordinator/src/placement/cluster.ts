// A cluster as the planner sees it: devices (speed, memory, site, access-link caps) and a dense
// matrix of directed link bandwidth and latency. Built from a CLUSTER.json description (what-if
// planning) or from the figures workers measured (the coordinator's `auto` parallelism): both go
// through `ClusterSpec` and `resolveCluster`.
import type { GPTJConfig } from '@tandem/model'
import { UserError } from '@tandem/proto'
import { DEVICES_MAX } from './constants.js'
import { E_CONFIG } from './json-fields.js'
import { flopsFromLayerSeconds, type Workload } from './workload.js'

/**
 * How fast a device computes: seconds per block forward+backward of the run's model at the run's
 * micro-batch and seqLen; sustained TFLOP/s per precision (described clusters); or effective
 * FLOP/s (measured at another shape, see `flopsFromBenchmark`).
 */
export type DeviceSpeed = { secondsPerLayer: number } | { tflops: { fp16?: number; fp32?: number } } | { flopsPerS: number }

export interface DeviceSpec {
  id: string
  site: string
  memoryBytes: number
  speed: DeviceSpeed
  /** Access-link caps (a home connection): everything the device sends / receives shares them. */
  uplinkBytesPerS?: number
  downlinkBytesPerS?: number
  /** Free text for people ("RTX 3090"). */
  kind?: string
  /**
   * Seconds per parameter of the per-step work that scales with a stage's parameters, not its
   * tokens: the optimizer step and the state snapshot. Measured (the workers report optimizer
   * time); 0 when unknown.
   */
  optimizerSecondsPerParam?: number
  /**
   * Seconds per parameter of the update exchange's own work, outside the network: gathering the
   * gradients, encoding, decoding and summing the chunks. Measured; 0 when unknown.
   */
  syncSecondsPerParam?: number
}

/** A link figure between two endpoints, each a device id or a site name; `a === b` (a site) means inside that site. */
export interface LinkSpec {
  a: string
  b: string
  bandwidthBytesPerS: number
  latencyMs: number
  /** Only a -> b (for asymmetric measurements); otherwise both directions. */
  oneWay?: boolean
}

export interface ClusterSpec {
  name: string
  devices: DeviceSpec[]
  links: LinkSpec[]
  /** Used for device pairs no link entry covers; without it such a pair is an error. */
  defaultLink?: { bandwidthBytesPerS: number; latencyMs: number }
}

export interface Device {
  id: string
  site: string
  kind?: string
  /** Effective FLOP/s for the run's blocks at the run's precision. */
  flopsPerS: number
  memoryBytes: number
  uplinkBytesPerS: number
  downlinkBytesPerS: number
  /** See DeviceSpec; 0 when unknown. */
  optimizerSecondsPerParam?: number
  syncSecondsPerParam?: number
}

/** Devices plus dense link matrices; entry i * n + j describes i sending to j. */
export interface Cluster {
  name: string
  devices: Device[]
  bandwidthBytesPerS: Float64Array
  latencyS: Float64Array
}

function refuse(sentence: string, data: Record<string, unknown> = {}): never {
  throw new UserError(sentence, data, E_CONFIG)
}

/**
 * Turns a description into matrices for one run. A pair's bandwidth is the most specific entry
 * (device pair, then site pair, then the default), capped by the sender's uplink and the
 * receiver's downlink. Refuses with one sentence: a device without a speed for the run's
 * precision, a pair without any link figure, duplicate ids, unknown endpoints.
 */
export function resolveCluster(spec: ClusterSpec, model: GPTJConfig, w: Workload): Cluster {
  const n = spec.devices.length
  if (n === 0) refuse(`cluster ${spec.name} has no devices.`)
  if (n > DEVICES_MAX) refuse(`cluster ${spec.name} has ${n} devices; the planner takes at most ${DEVICES_MAX}.`)
  const index = new Map<string, number>()
  const sites = new Set<string>()
  spec.devices.forEach((d, i) => {
    if (index.has(d.id)) refuse(`cluster ${spec.name}: device id ${d.id} appears twice.`)
    index.set(d.id, i)
    sites.add(d.site)
  })
  for (const s of sites) {
    // A site named like a device is fine while that device is all it holds (a home, a lone machine).
    const only = index.get(s)
    if (only !== undefined && spec.devices.some((d, i) => d.site === s && i !== only)) {
      refuse(`cluster ${spec.name}: ${s} is both a device id and the site of other devices, so links to it are ambiguous.`)
    }
  }
  const devices: Device[] = spec.devices.map((d) => ({
    id: d.id,
    site: d.site,
    ...(d.kind === undefined ? {} : { kind: d.kind }),
    flopsPerS: deviceFlops(spec.name, d, model, w),
    memoryBytes: d.memoryBytes,
    uplinkBytesPerS: d.uplinkBytesPerS ?? Number.POSITIVE_INFINITY,
    downlinkBytesPerS: d.downlinkBytesPerS ?? Number.POSITIVE_INFINITY,
    ...(d.optimizerSecondsPerParam === undefined ? {} : { optimizerSecondsPerParam: d.optimizerSecondsPerParam }),
    ...(d.syncSecondsPerParam === undefined ? {} : { syncSecondsPerParam: d.syncSecondsPerParam }),
  }))

  // Specificity: 2 = device pair, 1 = site pair; later entries of equal specificity win.
  const bw = new Float64Array(n * n).fill(Number.NaN)
  const lat = new Float64Array(n * n).fill(Number.NaN)
  const rank = new Int8Array(n * n)
  const members = (name: string): { ids: number[]; specific: 1 | 2 } => {
    const i = index.get(name)
    if (i !== undefined) return { ids: [i], specific: 2 }
    if (!sites.has(name)) refuse(`cluster ${spec.name}: link endpoint ${name} is neither a device id nor a site.`)
    return { ids: devices.flatMap((d, k) => (d.site === name ? [k] : [])), specific: 1 }
  }
  for (const link of spec.links) {
    const a = members(link.a)
    const b = members(link.b)
    const specific = Math.min(a.specific, b.specific)
    const set = (i: number, j: number) => {
      if (i === j || rank[i * n + j]! > specific) return
      rank[i * n + j] = specific
      bw[i * n + j] = link.bandwidthBytesPerS
      lat[i * n + j] = link.latencyMs / 1000
    }
    for (const i of a.ids) {
      for (const j of b.ids) {
        set(i, j)
        if (!link.oneWay) set(j, i)
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const k = i * n + j
      if (i === j) {
        bw[k] = Number.POSITIVE_INFINITY
        lat[k] = 0
        continue
      }
      if (Number.isNaN(bw[k]!)) {
        if (spec.defaultLink === undefined) {
          const di = devices[i]!
          const dj = devices[j]!
          refuse(
            `cluster ${spec.name} gives no link from ${di.id} (site ${di.site}) to ${dj.id} (site ${dj.site}): add a links entry for these sites or a defaultLink.`,
          )
        }
        bw[k] = spec.defaultLink.bandwidthBytesPerS
        lat[k] = spec.defaultLink.latencyMs / 1000
      }
      bw[k] = Math.min(bw[k]!, devices[i]!.uplinkBytesPerS, devices[j]!.downlinkBytesPerS)
    }
  }
  return { name: spec.name, devices, bandwidthBytesPerS: bw, latencyS: lat }
}

function deviceFlops(cluster: string, d: DeviceSpec, model: GPTJConfig, w: Workload): number {
  if ('secondsPerLayer' in d.speed) return flopsFromLayerSeconds(model, w, d.speed.secondsPerLayer)
  if ('flopsPerS' in d.speed) return d.speed.flopsPerS
  const t = d.speed.tflops[w.precision]
  if (t === undefined) {
    refuse(`cluster ${cluster}: device ${d.id} has no tflops.${w.precision} figure, which this ${w.precision} run needs.`)
  }
  return t * 1e12
}

/** A cluster with only the devices whose ids pass `keep` (a member left): the matrices are sliced, not re-resolved. */
export function subCluster(c: Cluster, keep: (d: Device) => boolean): Cluster {
  const idx = c.devices.flatMap((d, i) => (keep(d) ? [i] : []))
  const n = c.devices.length
  const m = idx.length
  const bw = new Float64Array(m * m)
  const lat = new Float64Array(m * m)
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      bw[a * m + b] = c.bandwidthBytesPerS[idx[a]! * n + idx[b]!]!
      lat[a * m + b] = c.latencyS[idx[a]! * n + idx[b]!]!
    }
  }
  return { name: c.name, devices: idx.map((i) => c.devices[i]!), bandwidthBytesPerS: bw, latencyS: lat }
}
