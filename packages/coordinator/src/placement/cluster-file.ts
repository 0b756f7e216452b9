// CLUSTER.json: a described cluster for what-if planning (`tandem plan`, `tandem bench plan`).
//
// {
//   "name": "world-wide",
//   "description": "free text",
//   "devices": [
//     { "id": "oregon", "count": 8, "site": "oregon", "kind": "V100 16GB",
//       "memoryGiB": 16,                        // or "memoryBytes"
//       "tflops": { "fp16": 50, "fp32": 12 },   // sustained, per precision; or "secondsPerLayer": 0.05
//                                               //   (one block fwd+bwd of the run's model at its micro-batch and seqLen)
//       "uplinkMbps": 40, "downlinkMbps": 300   // optional access-link caps (home connections)
//     }
//   ],
//   "links": [
//     { "between": ["oregon", "oregon"], "bandwidthGbps": 2, "latencyMs": 0.5 },   // inside a site
//     { "between": ["oregon", "tokyo"], "bandwidthGbps": 0.6, "latencyMs": 95 },   // both directions
//     { "from": "a-0", "to": "b-3", "bandwidthBytesPerS": 5e7, "latencyMs": 30 }   // one way, device ids
//   ],
//   "defaultLink": { "bandwidthMbps": 100, "latencyMs": 50 }   // optional: pairs no entry covers
// }
// A device with "count": k stands for k devices with ids ID-0 .. ID-(k-1). Endpoints are device ids
// or site names; a device-pair entry beats a site-pair entry, which beats defaultLink. Bandwidth is
// given in exactly one of bandwidthBytesPerS, bandwidthMbps, bandwidthGbps (decimal bits).
import type { ClusterSpec, DeviceSpec, LinkSpec } from './cluster.js'
import { DEVICES_MAX } from './constants.js'
import {
  array,
  child,
  type FieldPath,
  fail,
  type JsonObject,
  NON_NEGATIVE,
  number,
  object,
  POSITIVE,
  POSITIVE_INT,
  readJsonFile,
  string,
} from './json-fields.js'

const DEVICE_KEYS = [
  'id',
  'count',
  'site',
  'kind',
  'memoryGiB',
  'memoryBytes',
  'tflops',
  'secondsPerLayer',
  'uplinkBytesPerS',
  'uplinkMbps',
  'uplinkGbps',
  'downlinkBytesPerS',
  'downlinkMbps',
  'downlinkGbps',
] as const
const RATE_UNITS = { BytesPerS: 1, Mbps: 1e6 / 8, Gbps: 1e9 / 8 } as const
const BANDWIDTH_KEYS = ['bandwidthBytesPerS', 'bandwidthMbps', 'bandwidthGbps'] as const

/** Validates a parsed CLUSTER.json; `source` names the file in error messages. */
export function parseClusterFile(json: unknown, source: string): ClusterSpec {
  const root: FieldPath = { source, path: '' }
  const o = object(json, root, ['name', 'description', 'devices', 'links', 'defaultLink'])
  const name = string(o, 'name', root, source)
  if (o.description !== undefined && typeof o.description !== 'string') {
    fail(child(root, 'description'), 'must be a string.')
  }
  const devices: DeviceSpec[] = []
  const rawDevices = array(o.devices, child(root, 'devices'), { minLength: 1 })
  rawDevices.forEach((raw, i) => {
    devices.push(...parseDevice(raw, child(child(root, 'devices'), i), DEVICES_MAX - devices.length))
  })
  const links: LinkSpec[] = []
  if (o.links !== undefined) {
    array(o.links, child(root, 'links')).forEach((raw, i) => {
      links.push(parseLink(raw, child(child(root, 'links'), i)))
    })
  }
  const spec: ClusterSpec = { name, devices, links }
  if (o.defaultLink !== undefined) {
    const at = child(root, 'defaultLink')
    const d = object(o.defaultLink, at, [...BANDWIDTH_KEYS, 'latencyMs'])
    spec.defaultLink = { bandwidthBytesPerS: bandwidth(d, at), latencyMs: number(d, 'latencyMs', at, ...NON_NEGATIVE) }
  }
  return spec
}

export async function loadClusterFile(path: string): Promise<ClusterSpec> {
  return parseClusterFile(await readJsonFile(path, '--cluster'), path)
}

function parseDevice(raw: unknown, at: FieldPath, room: number): DeviceSpec[] {
  const o = object(raw, at, DEVICE_KEYS)
  const id = string(o, 'id', at)
  const count = number(o, 'count', at, ...POSITIVE_INT, 1)
  if (count > room) fail(child(at, 'count'), `(${count}) takes the cluster past ${DEVICES_MAX} devices.`)
  const site = string(o, 'site', at, id)
  const kind = o.kind === undefined ? undefined : string(o, 'kind', at)
  const memoryBytes = exactlyOne(o, at, ['memoryGiB', 'memoryBytes'], (key) =>
    key === 'memoryGiB' ? number(o, key, at, ...POSITIVE) * 1024 ** 3 : number(o, key, at, ...POSITIVE),
  )
  const speed = exactlyOne(o, at, ['tflops', 'secondsPerLayer'], (key): DeviceSpec['speed'] => {
    if (key === 'secondsPerLayer') return { secondsPerLayer: number(o, key, at, ...POSITIVE) }
    const t = child(at, 'tflops')
    const to = object(o.tflops, t, ['fp16', 'fp32'])
    if (to.fp16 === undefined && to.fp32 === undefined) fail(t, 'must give fp16, fp32 or both.')
    const tflops: { fp16?: number; fp32?: number } = {}
    if (to.fp16 !== undefined) tflops.fp16 = number(to, 'fp16', t, ...POSITIVE)
    if (to.fp32 !== undefined) tflops.fp32 = number(to, 'fp32', t, ...POSITIVE)
    return { tflops }
  })
  const uplink = optionalRate(o, at, 'uplink')
  const downlink = optionalRate(o, at, 'downlink')
  const one = (deviceId: string): DeviceSpec => ({
    id: deviceId,
    site,
    memoryBytes,
    speed,
    ...(kind === undefined ? {} : { kind }),
    ...(uplink === undefined ? {} : { uplinkBytesPerS: uplink }),
    ...(downlink === undefined ? {} : { downlinkBytesPerS: downlink }),
  })
  if (o.count === undefined) return [one(id)]
  return Array.from({ length: count }, (_, k) => one(`${id}-${k}`))
}

function parseLink(raw: unknown, at: FieldPath): LinkSpec {
  const o = object(raw, at, ['between', 'from', 'to', ...BANDWIDTH_KEYS, 'latencyMs'])
  const bandwidthBytesPerS = bandwidth(o, at)
  const latencyMs = number(o, 'latencyMs', at, ...NON_NEGATIVE)
  if (o.between !== undefined) {
    if (o.from !== undefined || o.to !== undefined) fail(at, 'must use either "between" or "from"/"to", not both.')
    const b = child(at, 'between')
    const pair = array(o.between, b)
    if (pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      fail(b, 'must be two names (device ids or sites), e.g. ["oregon", "tokyo"].')
    }
    return { a: pair[0] as string, b: pair[1] as string, bandwidthBytesPerS, latencyMs }
  }
  return { a: string(o, 'from', at), b: string(o, 'to', at), bandwidthBytesPerS, latencyMs, oneWay: true }
}

/** The value of the one key of `keys` present in `o`; none or several is refused. */
function exactlyOne<T>(o: JsonObject, at: FieldPath, keys: readonly string[], read: (key: string) => T): T {
  const present = keys.filter((k) => o[k] !== undefined)
  if (present.length !== 1) {
    fail(at, `must give exactly one of ${keys.join(', ')}${present.length > 1 ? `, got ${present.join(' and ')}` : ''}.`)
  }
  return read(present[0]!)
}

function bandwidth(o: JsonObject, at: FieldPath): number {
  return exactlyOne(o, at, BANDWIDTH_KEYS, (key) => {
    const unit = RATE_UNITS[key.slice('bandwidth'.length) as keyof typeof RATE_UNITS]
    return number(o, key, at, ...POSITIVE) * unit
  })
}

function optionalRate(o: JsonObject, at: FieldPath, prefix: 'uplink' | 'downlink'): number | undefined {
  const keys = Object.keys(RATE_UNITS).map((u) => `${prefix}${u}`)
  if (keys.every((k) => o[k] === undefined)) return undefined
  return exactlyOne(o, at, keys, (key) => {
    const unit = RATE_UNITS[key.slice(prefix.length) as keyof typeof RATE_UNITS]
    return number(o, key, at, ...POSITIVE) * unit
  })
}
