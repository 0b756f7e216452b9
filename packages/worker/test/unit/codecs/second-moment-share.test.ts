import { describe, expect, it } from 'vitest'
import type { EncodedTensor } from '../../../src/codecs/codec.js'
import { InProcessExchangeHub, type SyncRound, type UpdateExchange } from '../../../src/codecs/exchange.js'
import { SecondMomentShare } from '../../../src/codecs/second-moment-share.js'
import { denseMessage, SkipReason } from '../../../src/codecs/update-messages.js'

// Two tensors: 2 rows of 3, then 1 row of 4 (the layout of a stage's parameters, in order).
const LAYOUT = [
  { length: 6, rowLength: 3 },
  { length: 4, rowLength: 4 },
]

function rowMeans(v: Float32Array[]): number[] {
  const out: number[] = []
  v.forEach((x, t) => {
    const len = LAYOUT[t]!.rowLength
    for (let a = 0; a < x.length; a += len) out.push(x.subarray(a, a + len).reduce((s, y) => s + y, 0) / len)
  })
  return out
}

function shares(size: number, every = 1, wrap: (e: UpdateExchange, rank: number) => UpdateExchange = (e) => e): SecondMomentShare[] {
  const hub = new InProcessExchangeHub(size)
  return Array.from({ length: size }, (_, r) => new SecondMomentShare({ exchange: wrap(hub.endpoint(r), r) }, LAYOUT, { every }))
}

describe('SecondMomentShare', () => {
  it("sets every row's mean to the replicas' mean row mean and keeps each replica's row shape", async () => {
    const vs = [
      [new Float32Array([1, 2, 3, 0, 0, 0]), new Float32Array([4, 4, 4, 4])],
      [new Float32Array([3, 6, 9, 2, 4, 6]), new Float32Array([1e-9, 3e-9, 1e-9, 3e-9])],
      [new Float32Array([2, 2, 2, 1, 1, 1]), new Float32Array([8, 0, 0, 0])],
    ]
    const before = vs.map((v) => rowMeans(v))
    const want = before[0]!.map((_, k) => before.reduce((s, m) => s + m[k]!, 0) / 3)
    const ss = shares(3)
    const reports = await Promise.all(ss.map((s, r) => s.share(vs[r]!, 4)))
    expect(reports.every((r) => r.applied)).toBe(true)
    for (const v of vs) {
      const got = rowMeans(v)
      // bf16 carries 8 significant bits: the mean arrives within 2^-8 of its value.
      for (let k = 0; k < want.length; k++) expect(Math.abs(got[k]! - want[k]!) / want[k]!).toBeLessThan(2 ** -8)
    }
    // Replica 0's first row keeps its 1 : 2 : 3 shape; its all-zero second row takes the mean, flat.
    const [a, b, c] = vs[0]![0]!
    expect(b! / a!).toBeCloseTo(2, 6)
    expect(c! / a!).toBeCloseTo(3, 6)
    expect(vs[0]![0]![3]).toBe(vs[0]![0]![5])
    expect(vs[0]![0]![3]).toBeGreaterThan(0)
    // Every value stays a valid second moment.
    for (const v of vs) for (const x of v) for (const y of x) expect(y).toBeGreaterThanOrEqual(0)
    // One bf16 value per row crosses the wire, in two rounds.
    expect(ss[0]!.rows).toBe(3)
  })

  it('decides alike from the step alone: after steps every-1, 2*every-1, ...; 0 never shares', () => {
    const [s] = shares(2, 10)
    expect([8, 9, 10, 19, 20].map((k) => s!.due(k))).toEqual([false, true, false, true, false])
    const [never] = shares(2, 0)
    expect([0, 9, 99].some((k) => never!.due(k))).toBe(false)
  })

  it("changes nobody's moments when a replica's v holds NaN", async () => {
    const vs = [
      [new Float32Array([1, 2, 3, 4, 5, 6]), new Float32Array([1, 1, 1, 1])],
      [new Float32Array([1, 2, Number.NaN, 4, 5, 6]), new Float32Array([2, 2, 2, 2])],
    ]
    const copies = vs.map((v) => v.map((x) => x.slice()))
    const reports = await Promise.all(shares(2).map((s, r) => s.share(vs[r]!, 0)))
    expect(reports.map((r) => r.applied)).toEqual([false, false])
    expect(reports[0]!.skip?.reason).toBe(SkipReason.NON_FINITE)
    expect(reports[0]!.skip?.culprit).toBe(1)
    expect(vs[0]).toEqual(copies[0])
    expect(vs[1]![1]).toEqual(copies[1]![1])
  })

  it('refuses a negative mean from an owner on every replica, naming that owner, and changes nothing', async () => {
    // Replica 1 owns the last rows and sends everyone a negative "mean" in the gather round.
    const hostile = (e: UpdateExchange, rank: number): UpdateExchange => ({
      size: e.size,
      rank: e.rank,
      exchange: (step: number, round: SyncRound, out: readonly EncodedTensor[], o?: { signal?: AbortSignal }) => {
        if (rank !== 1 || round !== 'moment-gather') return e.exchange(step, round, out, o)
        const bad = denseMessage('bf16', { step, round, chunk: 1, chunkLength: 1 }, new Float32Array([-5]), 'bf16')
        return e.exchange(step, round, out.map(() => bad), o)
      },
    })
    const vs = [
      [new Float32Array([1, 2, 3, 4, 5, 6]), new Float32Array([1, 1, 1, 1])],
      [new Float32Array([6, 5, 4, 3, 2, 1]), new Float32Array([2, 2, 2, 2])],
    ]
    const copies = vs.map((v) => v.map((x) => x.slice()))
    const reports = await Promise.all(shares(2, 1, hostile).map((s, r) => s.share(vs[r]!, 0)))
    for (const r of reports) {
      expect(r.applied).toBe(false)
      expect(r.skip).toEqual({ reason: SkipReason.BAD_MESSAGE, culprit: 1, chunk: 1 })
    }
    expect(vs).toEqual(copies)
  })

  it('refuses a layout whose tensors do not split into rows, and tensors that differ from it', async () => {
    const hub = new InProcessExchangeHub(2)
    expect(() => new SecondMomentShare({ exchange: hub.endpoint(0) }, [{ length: 7, rowLength: 3 }], { every: 1 })).toThrow(/rows of 3/)
    expect(() => new SecondMomentShare({ exchange: hub.endpoint(0) }, LAYOUT, { every: -1 })).toThrow(RangeError)
    const [s] = shares(2)
    await expect(s!.share([new Float32Array(6)], 0)).rejects.toThrow(/layout/)
  })
})
