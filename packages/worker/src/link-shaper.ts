// Link emulation for experiments (the placement validation bench, shaped e2e tests): holds each
// outgoing tensor frame back as a link of bandwidth B and one-way latency L would, so real workers
// on loopback behave like a heterogeneous cluster without root, netns or tc. Never on in a real
// run: only the TANDEM_EMULATE_LINKS table, which a bench or a test sets, turns it on.
//
// A link is a serializer plus a pipe: a message handed over at t starts leaving when the link is
// free (the messages before it have left), takes bytes / B to leave, and arrives L later. Arrival
// times are fixed when the message is handed over, so propagation overlaps the next messages'
// serialization as on a real link, and messages arrive in the order they were sent.
//
// A worker may also have an egress cap (a home uplink): one more serializer that all of its
// outgoing links share, in front of them. A message then leaves when both the egress and its own
// link have carried it (bytes flow through the two at the slower one's pace), the egress taking
// the worker's messages first come, first served across peers.
import { readFileSync } from 'node:fs'
import { LimitError, UserError } from '@tandem/proto'

/** Environment variable naming the emulation table (a JSON file, see `LinkEmulationTable`). */
export const EMULATE_LINKS_ENV = 'TANDEM_EMULATE_LINKS'

/** A message may wait at most this long for its turn on an emulated link (a runaway sender is refused, not queued forever). */
export const SHAPER_BACKLOG_MS_MAX = 10 * 60_000

export interface LinkFigures {
  bandwidthBytesPerS: number
  /** One-way propagation delay. */
  latencyMs: number
}

/** A time source: the wall clock in the daemon, a manual one in tests. */
export interface ShaperClock {
  nowMs(): number
  /** Resolves once `nowMs() >= atMs` (rejects on abort). */
  sleepUntil(atMs: number, signal?: AbortSignal): Promise<void>
}

export const wallClock: ShaperClock = {
  nowMs: () => performance.now(),
  sleepUntil(atMs, signal) {
    const ms = atMs - performance.now()
    if (ms <= 0 && signal?.aborted !== true) return Promise.resolve()
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason)
        return
      }
      const onAbort = () => {
        clearTimeout(t)
        reject(signal!.reason)
      }
      const t = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  },
}

export interface LinkShaperComponents {
  clock?: ShaperClock
}

export interface LinkShaperInit extends LinkFigures {
  backlogMsMax?: number
  /** The worker's egress cap, shared by all of its outgoing links (none: only this link shapes). */
  egress?: EgressCap
}

/** A worker's uplink: one serializer that every outgoing emulated link of the worker passes through. */
export class EgressCap {
  readonly bandwidthBytesPerS: number
  /** When the last admitted message has finished leaving through the cap. */
  freeAtMs = Number.NEGATIVE_INFINITY

  constructor(bandwidthBytesPerS: number) {
    if (!(bandwidthBytesPerS > 0)) throw new RangeError(`an emulated uplink needs bandwidth > 0 (got ${bandwidthBytesPerS} B/s)`)
    this.bandwidthBytesPerS = bandwidthBytesPerS
  }
}

/** One directed emulated link (this worker to one peer). */
export class LinkShaper {
  readonly figures: LinkFigures
  private readonly clock: ShaperClock
  private readonly backlogMsMax: number
  private readonly egress: EgressCap | undefined
  /** When the last admitted message has finished leaving (serialization done). */
  private freeAtMs = Number.NEGATIVE_INFINITY
  bytesAdmitted = 0
  messagesAdmitted = 0

  constructor(components: LinkShaperComponents, init: LinkShaperInit) {
    if (!(init.bandwidthBytesPerS > 0) || !(init.latencyMs >= 0)) {
      throw new RangeError(`an emulated link needs bandwidth > 0 and latency >= 0 (got ${init.bandwidthBytesPerS} B/s, ${init.latencyMs} ms)`)
    }
    this.clock = components.clock ?? wallClock
    this.figures = { bandwidthBytesPerS: init.bandwidthBytesPerS, latencyMs: init.latencyMs }
    this.backlogMsMax = init.backlogMsMax ?? SHAPER_BACKLOG_MS_MAX
    this.egress = init.egress
  }

  /**
   * Hands a message of `bytes` to the link now; returns when it arrives at the far end (ms on the
   * shaper's clock). Call in send order: later calls never arrive earlier.
   */
  admit(bytes: number): number {
    const now = this.clock.nowMs()
    const start = Math.max(now, this.freeAtMs)
    const egressStart = this.egress === undefined ? now : Math.max(now, this.egress.freeAtMs)
    const wait = Math.max(start, egressStart) - now
    if (wait > this.backlogMsMax) {
      throw new LimitError('E_LINK_BACKLOG', `emulated link backlog of ${Math.round(wait)} ms exceeds ${this.backlogMsMax} ms`, { backlogMs: wait })
    }
    const linkMs = (bytes / this.figures.bandwidthBytesPerS) * 1000
    if (this.egress === undefined) {
      this.freeAtMs = start + linkMs
    } else {
      // Through the egress first come, first served; the bytes then cross this link as they come,
      // so the message is out when the slower of the two has carried it.
      const egressDone = egressStart + (bytes / this.egress.bandwidthBytesPerS) * 1000
      this.egress.freeAtMs = egressDone
      this.freeAtMs = Math.max(egressDone, Math.max(start, egressStart) + linkMs)
    }
    this.bytesAdmitted += bytes
    this.messagesAdmitted++
    return this.freeAtMs + this.figures.latencyMs
  }

  /** Waits until a message admitted with arrival time `atMs` has arrived. */
  arrive(atMs: number, signal?: AbortSignal): Promise<void> {
    return this.clock.sleepUntil(atMs, signal)
  }
}

/**
 * The emulation table (JSON). Peers are libp2p peer ids, each in a site; a link entry names two
 * sites or two peer ids (`a === b` for a site: inside that site). The most specific entry wins (a
 * peer pair over a site pair); a pair that no entry covers is not shaped. `uplinks` (optional)
 * gives a peer an egress cap in bytes/s that all of its outgoing links share (a home connection);
 * a peer with one has even its unlisted pairs shaped, by the cap alone.
 *
 * { "peers": { "12D3KooW…": "east", … },
 *   "links": [ { "a": "east", "b": "east", "bandwidthBytesPerS": 25e6, "latencyMs": 1 },
 *              { "a": "east", "b": "west", "bandwidthBytesPerS": 3e6, "latencyMs": 30, "oneWay": false } ],
 *   "uplinks": { "12D3KooW…": 7.5e6 } }
 */
export interface LinkEmulationTable {
  peers: Record<string, string>
  links: (LinkFigures & { a: string; b: string; oneWay?: boolean })[]
  /** Per peer id: egress cap in bytes/s shared by all of that peer's outgoing links. */
  uplinks?: Record<string, number>
}

/** Per-peer shapers of one worker, made lazily from the table. */
export class LinkEmulation {
  private readonly table: LinkEmulationTable
  private readonly self: string
  private readonly clock: ShaperClock | undefined
  private readonly shapers = new Map<string, LinkShaper | null>()
  private readonly egress: EgressCap | undefined

  constructor(components: LinkShaperComponents, init: { table: LinkEmulationTable; self: string }) {
    this.table = init.table
    this.self = init.self
    this.clock = components.clock
    const up = init.table.uplinks?.[init.self]
    this.egress = up === undefined ? undefined : new EgressCap(up)
  }

  /** The shaper for frames from this worker to `peer`, or undefined when that link is not emulated. */
  shaperFor(peer: string): LinkShaper | undefined {
    let s = this.shapers.get(peer)
    if (s === undefined) {
      // With an egress cap, a pair no entry covers is shaped by the cap alone.
      const figures = linkFigures(this.table, this.self, peer) ?? (this.egress === undefined ? undefined : { bandwidthBytesPerS: Number.POSITIVE_INFINITY, latencyMs: 0 })
      s =
        figures === undefined
          ? null
          : new LinkShaper(this.clock === undefined ? {} : { clock: this.clock }, { ...figures, ...(this.egress === undefined ? {} : { egress: this.egress }) })
      this.shapers.set(peer, s)
    }
    return s ?? undefined
  }
}

/** The figures of the directed link from -> to in `table`, or undefined when none applies. */
export function linkFigures(table: LinkEmulationTable, from: string, to: string): LinkFigures | undefined {
  const siteFrom = table.peers[from]
  const siteTo = table.peers[to]
  let best: LinkFigures | undefined
  let rank = 0
  for (const l of table.links) {
    for (const [a, b] of l.oneWay === true ? [[l.a, l.b]] : [[l.a, l.b], [l.b, l.a]]) {
      const specific = a === from && b === to ? 2 : a === siteFrom && b === siteTo ? 1 : 0
      // Later entries of equal specificity win, as in a cluster file.
      if (specific > 0 && specific >= rank) {
        rank = specific
        best = { bandwidthBytesPerS: l.bandwidthBytesPerS, latencyMs: l.latencyMs }
      }
    }
  }
  return best
}

/** Checks a parsed table; refuses with one sentence naming the problem. */
export function parseLinkEmulationTable(o: unknown, source: string): LinkEmulationTable {
  const bad = (what: string): never => {
    throw new UserError(`link emulation table ${source}: ${what}.`)
  }
  if (typeof o !== 'object' || o === null) bad('is not a JSON object')
  const t = o as Record<string, unknown>
  for (const k of Object.keys(t)) if (k !== 'peers' && k !== 'links' && k !== 'uplinks') bad(`unknown field ${k} (expected peers, links, uplinks)`)
  const peers = t.peers ?? {}
  if (typeof peers !== 'object' || peers === null || Array.isArray(peers)) bad('peers must map peer ids to site names')
  for (const [p, s] of Object.entries(peers as object)) if (typeof s !== 'string') bad(`the site of peer ${p} is not a string`)
  if (!Array.isArray(t.links)) bad('links must be a list')
  const links = (t.links as unknown[]).map((l, i) => {
    if (typeof l !== 'object' || l === null) bad(`links[${i}] is not an object`)
    const e = l as Record<string, unknown>
    for (const k of Object.keys(e)) if (!['a', 'b', 'bandwidthBytesPerS', 'latencyMs', 'oneWay'].includes(k)) bad(`links[${i}] has unknown field ${k}`)
    if (typeof e.a !== 'string' || typeof e.b !== 'string') bad(`links[${i}] needs endpoints a and b (site names or peer ids)`)
    if (typeof e.bandwidthBytesPerS !== 'number' || !(e.bandwidthBytesPerS > 0)) bad(`links[${i}].bandwidthBytesPerS must be a positive number`)
    if (typeof e.latencyMs !== 'number' || !(e.latencyMs >= 0)) bad(`links[${i}].latencyMs must be a number >= 0`)
    if (e.oneWay !== undefined && typeof e.oneWay !== 'boolean') bad(`links[${i}].oneWay must be true or false`)
    return { a: e.a as string, b: e.b as string, bandwidthBytesPerS: e.bandwidthBytesPerS as number, latencyMs: e.latencyMs as number, ...(e.oneWay === true ? { oneWay: true } : {}) }
  })
  const uplinks = t.uplinks
  if (uplinks !== undefined) {
    if (typeof uplinks !== 'object' || uplinks === null || Array.isArray(uplinks)) bad('uplinks must map peer ids to bytes per second')
    for (const [p, v] of Object.entries(uplinks as object)) if (typeof v !== 'number' || !(v > 0)) bad(`the uplink of peer ${p} must be a positive number of bytes per second`)
  }
  return { peers: peers as Record<string, string>, links, ...(uplinks === undefined ? {} : { uplinks: uplinks as Record<string, number> }) }
}

/** The table named by TANDEM_EMULATE_LINKS, or undefined when the variable is unset (every real run). */
export function emulationTableFromEnv(env: NodeJS.ProcessEnv = process.env): LinkEmulationTable | undefined {
  const path = env[EMULATE_LINKS_ENV]
  if (path === undefined || path === '') return undefined
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new UserError(`${EMULATE_LINKS_ENV}=${path} cannot be read (${(err as Error).message}); unset it or point it at a link emulation table.`)
  }
  let o: unknown
  try {
    o = JSON.parse(text)
  } catch {
    throw new UserError(`link emulation table ${path} is not valid JSON.`)
  }
  return parseLinkEmulationTable(o, path)
}
