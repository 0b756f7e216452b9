// The bridge from what workers measure (issue 7 item 1: device benchmark, memory, link probes) to
// the planner's cluster: the coordinator collects these figures from join messages and probe
// reports and calls `clusterFromMeasurements`, then `planPlacement`.
import type { GPTJConfig } from '@tandem/model'
import { type ClusterSpec, type DeviceSpec, resolveCluster, type Cluster, type LinkSpec } from './cluster.js'
import { blockFlops, type Workload } from './workload.js'

/** One member as the coordinator knows it. */
export interface MeasuredMember {
  /** Worker id (peer id). */
  id: string
  /** Memory the stage may use on the device, in bytes. */
  memoryBytes: number
  /**
   * Seconds per GPT-J block forward + backward at the shape the worker benchmarked (the run's
   * shape is best; any shape works, scaled by FLOPs). Leave out if unmeasured.
   */
  benchmark?: { layerSeconds: number; microBatch: number; seqLen: number; nEmbd: number; nInner?: number }
  /** Measured matmul FLOP/s, used when there is no block benchmark. */
  flopsPerS?: number
  /** Donor's bandwidth cap (bytes/s), applied to everything the device sends and receives. */
  bandwidthBytesPerSMax?: number
  /** Group for reporting and seeding (a region or a NAT'd home); the member's own id if unknown. */
  site?: string
}

/** One probe result: `from` measured `to`. */
export interface MeasuredLink {
  from: string
  to: string
  /** Throughput probe result; 0 or absent when only latency was measured. */
  bandwidthBytesPerS?: number
  /** Round trip (libp2p ping); the planner uses half of it per direction. */
  rttMs: number
}

export interface MeasurementDefaults {
  /** For pairs never probed (and bandwidth never measured): be conservative. 100 Mbps unless told. */
  bandwidthBytesPerS?: number
  /** 50 ms one way unless told. */
  latencyMs?: number
}

/** Effective FLOP/s from a block benchmark at any shape (FLOPs of that shape's block over its time). */
export function flopsFromBenchmark(b: NonNullable<MeasuredMember['benchmark']>): number {
  const config = { nEmbd: b.nEmbd, nInner: b.nInner ?? 4 * b.nEmbd, vocabSize: 0 } as GPTJConfig
  const shape = { microBatch: b.microBatch, seqLen: b.seqLen } as Workload
  return blockFlops(config, shape) / b.layerSeconds
}

/**
 * A cluster spec from measurements. Members without any speed figure get the slowest measured
 * speed (so the planner does not bet on them). A link measured in both directions keeps each
 * direction's own bandwidth; a missing bandwidth takes the reverse direction's, else the default.
 */
export function clusterSpecFromMeasurements(
  members: MeasuredMember[],
  links: MeasuredLink[],
  defaults: MeasurementDefaults = {},
): ClusterSpec {
  const speeds = members.map((m) => (m.benchmark ? flopsFromBenchmark(m.benchmark) : (m.flopsPerS ?? 0)))
  const known = speeds.filter((s) => s > 0)
  const slowest = known.length > 0 ? Math.min(...known) : 1e12
  const devices: DeviceSpec[] = members.map((m, i) => ({
    id: m.id,
    site: m.site ?? m.id,
    memoryBytes: m.memoryBytes,
    speed: { flopsPerS: speeds[i]! > 0 ? speeds[i]! : slowest },
    ...(m.bandwidthBytesPerSMax ? { uplinkBytesPerS: m.bandwidthBytesPerSMax, downlinkBytesPerS: m.bandwidthBytesPerSMax } : {}),
  }))
  const ids = new Set(members.map((m) => m.id))
  const measured = new Map<string, MeasuredLink>()
  for (const l of links) if (ids.has(l.from) && ids.has(l.to) && l.from !== l.to) measured.set(`${l.from}\n${l.to}`, l)
  const fallbackBw = defaults.bandwidthBytesPerS ?? 12.5e6
  const out: LinkSpec[] = []
  for (const l of measured.values()) {
    const reverse = measured.get(`${l.to}\n${l.from}`)
    const bw = l.bandwidthBytesPerS || reverse?.bandwidthBytesPerS || fallbackBw
    out.push({ a: l.from, b: l.to, bandwidthBytesPerS: bw, latencyMs: l.rttMs / 2, oneWay: true })
    if (!reverse) out.push({ a: l.to, b: l.from, bandwidthBytesPerS: bw, latencyMs: l.rttMs / 2, oneWay: true })
  }
  return {
    name: 'measured',
    devices,
    links: out,
    defaultLink: { bandwidthBytesPerS: fallbackBw, latencyMs: defaults.latencyMs ?? 50 },
  }
}

export function clusterFromMeasurements(
  model: GPTJConfig,
  workload: Workload,
  members: MeasuredMember[],
  links: MeasuredLink[],
  defaults: MeasurementDefaults = {},
): Cluster {
  return resolveCluster(clusterSpecFromMeasurements(members, links, defaults), model, workload)
}
