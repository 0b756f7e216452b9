import { describe, expect, it } from 'vitest'
import { EgressCap, LinkEmulation, LinkShaper, linkFigures, parseLinkEmulationTable, type ShaperClock } from '../../src/link-shaper.js'

/** A manual clock: sleepers wake, in time order, as `advance` passes their time. */
class FakeClock implements ShaperClock {
  t = 0
  private sleepers: { at: number; wake: () => void }[] = []
  nowMs(): number {
    return this.t
  }
  sleepUntil(atMs: number): Promise<void> {
    if (atMs <= this.t) return Promise.resolve()
    return new Promise((wake) => this.sleepers.push({ at: atMs, wake }))
  }
  /** Moves to `to`, waking each sleeper at its own time (and letting its continuation run). */
  async advance(to: number): Promise<void> {
    for (;;) {
      this.sleepers.sort((a, b) => a.at - b.at)
      const next = this.sleepers[0]
      if (next === undefined || next.at > to) break
      this.sleepers.shift()
      this.t = next.at
      next.wake()
      for (let i = 0; i < 5; i++) await Promise.resolve()
    }
    this.t = to
  }
}

describe('LinkShaper', () => {
  it('delivers back-to-back messages at the link rate, each one latency after it has left', async () => {
    const clock = new FakeClock()
    const link = new LinkShaper({ clock }, { bandwidthBytesPerS: 1_000_000, latencyMs: 40 })
    const arrivals: { i: number; at: number }[] = []
    // Ten 10 kB messages handed over at t = 0: 10 ms of serialization each.
    const done = Array.from({ length: 10 }, (_, i) => {
      const at = link.admit(10_000)
      return link.arrive(at).then(() => arrivals.push({ i, at: clock.nowMs() }))
    })
    await clock.advance(1_000)
    await Promise.all(done)
    expect(arrivals.map((a) => a.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    arrivals.forEach((a, i) => {
      expect(a.at).toBeCloseTo((i + 1) * 10 + 40, 6)
    })
    // Delivered rate over the burst: 100 kB in 100 ms of serialization.
    const rate = (9 * 10_000) / ((arrivals[9]!.at - arrivals[0]!.at) / 1000)
    expect(rate / 1_000_000).toBeGreaterThan(0.99)
    expect(rate / 1_000_000).toBeLessThan(1.01)
  })

  it('does not bank idle time as a burst, and overlaps latency with later serialization', () => {
    const clock = new FakeClock()
    const link = new LinkShaper({ clock }, { bandwidthBytesPerS: 1_000_000, latencyMs: 30 })
    expect(link.admit(5_000)).toBeCloseTo(35, 6)
    clock.t = 1_000
    // The link was idle for a second: the next message still takes size / B, not 0.
    expect(link.admit(5_000)).toBeCloseTo(1_035, 6)
    // Handed over while the previous one is still leaving: it queues behind it.
    clock.t = 1_001
    expect(link.admit(2_000)).toBeCloseTo(1_037, 6)
  })

  it('refuses a message whose wait would exceed the backlog limit', () => {
    const clock = new FakeClock()
    const link = new LinkShaper({ clock }, { bandwidthBytesPerS: 1_000, latencyMs: 0, backlogMsMax: 5_000 })
    link.admit(6_000)
    expect(() => link.admit(1)).toThrow(expect.objectContaining({ name: 'LimitError', code: 'E_LINK_BACKLOG' }))
  })

  it('keeps order even when a small message follows a big one', async () => {
    const clock = new FakeClock()
    const link = new LinkShaper({ clock }, { bandwidthBytesPerS: 100_000, latencyMs: 5 })
    const seen: string[] = []
    const big = link.admit(50_000)
    const small = link.admit(10)
    expect(small).toBeGreaterThan(big)
    const p = Promise.all([link.arrive(small).then(() => seen.push('small')), link.arrive(big).then(() => seen.push('big'))])
    await clock.advance(10_000)
    await p
    expect(seen).toEqual(['big', 'small'])
  })
})

describe('egress cap (a device uplink shared by its links)', () => {
  it('serializes a worker\'s messages to different peers through its uplink, then each crosses its own link', async () => {
    const clock = new FakeClock()
    const up = new EgressCap(1_000_000)
    const fast = new LinkShaper({ clock }, { bandwidthBytesPerS: 10_000_000, latencyMs: 1, egress: up })
    const slow = new LinkShaper({ clock }, { bandwidthBytesPerS: 400_000, latencyMs: 30, egress: up })
    const arrivals: { name: string; at: number }[] = []
    const send = (link: LinkShaper, name: string) => {
      const at = link.admit(10_000)
      return link.arrive(at).then(() => arrivals.push({ name, at: clock.nowMs() }))
    }
    // Three 10 kB messages handed over at t = 0, 10 ms each through the 1 MB/s uplink:
    // 1. fast: uplink 0-10, its own link (1 ms) keeps up: out at 10, arrives 11.
    // 2. slow: uplink 10-20, but its 400 kB/s link takes 25 ms from 10: out at 35, arrives 65.
    // 3. fast: uplink 20-30, out at 30, arrives 31 (without the cap it would arrive at 3).
    const done = [send(fast, 'fast 1'), send(slow, 'slow'), send(fast, 'fast 2')]
    await clock.advance(1_000)
    await Promise.all(done)
    expect(arrivals.map((a) => a.name)).toEqual(['fast 1', 'fast 2', 'slow'])
    expect(arrivals[0]!.at).toBeCloseTo(11, 6)
    expect(arrivals[1]!.at).toBeCloseTo(31, 6)
    expect(arrivals[2]!.at).toBeCloseTo(65, 6)
    // The uplink carried 30 kB in 30 ms: the sum of the sends binds, not any one link.
    expect(up.freeAtMs).toBeCloseTo(30, 6)
  })

  it('gives a worker with an uplink in the table one cap shared by all its shapers, unlisted peers included', () => {
    const clock = new FakeClock()
    const table = parseLinkEmulationTable(
      { peers: { pA: 'east', pB: 'east', pC: 'west' }, links: [{ a: 'east', b: 'east', bandwidthBytesPerS: 1e9, latencyMs: 0 }], uplinks: { pA: 1_000_000 } },
      'test',
    )
    const em = new LinkEmulation({ clock }, { table, self: 'pA' })
    // 5 kB to pB (listed, 1 GB/s) then 5 kB to pC (no entry: shaped by the cap alone), both at t = 0.
    expect(em.shaperFor('pB')!.admit(5_000)).toBeCloseTo(5, 6)
    expect(em.shaperFor('pC')!.admit(5_000)).toBeCloseTo(10, 6)
    // Another worker without an uplink entry shapes only its listed pairs.
    const other = new LinkEmulation({ clock }, { table, self: 'pB' })
    expect(other.shaperFor('pC')).toBeUndefined()
    expect(other.shaperFor('pA')!.admit(5_000)).toBeCloseTo(0.005, 6)
  })

  it('refuses an uplink that is not a positive number', () => {
    expect(() => parseLinkEmulationTable({ peers: {}, links: [], uplinks: { pA: 0 } }, 't.json')).toThrow(/uplink of peer pA must be a positive number/)
    expect(() => parseLinkEmulationTable({ peers: {}, links: [], uplinks: [1] }, 't.json')).toThrow(/uplinks must map peer ids/)
  })
})

describe('LinkEmulation table', () => {
  const table = parseLinkEmulationTable(
    {
      peers: { pA: 'east', pB: 'east', pC: 'west' },
      links: [
        { a: 'east', b: 'east', bandwidthBytesPerS: 25e6, latencyMs: 1 },
        { a: 'east', b: 'west', bandwidthBytesPerS: 3e6, latencyMs: 30 },
        { a: 'pA', b: 'pC', bandwidthBytesPerS: 1e6, latencyMs: 50, oneWay: true },
      ],
    },
    'test',
  )

  it('picks the most specific entry, per direction', () => {
    expect(linkFigures(table, 'pA', 'pB')).toEqual({ bandwidthBytesPerS: 25e6, latencyMs: 1 })
    expect(linkFigures(table, 'pB', 'pC')).toEqual({ bandwidthBytesPerS: 3e6, latencyMs: 30 })
    expect(linkFigures(table, 'pC', 'pB')).toEqual({ bandwidthBytesPerS: 3e6, latencyMs: 30 })
    expect(linkFigures(table, 'pA', 'pC')).toEqual({ bandwidthBytesPerS: 1e6, latencyMs: 50 })
    expect(linkFigures(table, 'pC', 'pA')).toEqual({ bandwidthBytesPerS: 3e6, latencyMs: 30 })
    expect(linkFigures(table, 'pA', 'unknown')).toBeUndefined()
  })

  it('gives one shaper per peer and none for unlisted peers', () => {
    const em = new LinkEmulation({}, { table, self: 'pA' })
    expect(em.shaperFor('pB')).toBe(em.shaperFor('pB'))
    expect(em.shaperFor('pC')!.figures.latencyMs).toBe(50)
    expect(em.shaperFor('nobody')).toBeUndefined()
  })

  it('refuses bad tables with a sentence', () => {
    expect(() => parseLinkEmulationTable({ peers: {}, links: [{ a: 'x', b: 'y', bandwidthBytesPerS: -1, latencyMs: 0 }] }, 't.json')).toThrow(/bandwidthBytesPerS must be a positive number/)
    expect(() => parseLinkEmulationTable({ peers: {}, links: [], extra: 1 }, 't.json')).toThrow(/unknown field extra/)
  })
})
