import { describe, expect, it } from 'vitest'
import { InProcessExchangeHub, type SyncRound } from '../../../src/codecs/exchange.js'
import { CocktailSgd } from '../../../src/codecs/cocktail-sgd.js'
import { cocktailSyncFor, SplitCocktailSgd } from '../../../src/codecs/split-sync.js'
import { SkipReason } from '../../../src/codecs/update-messages.js'
import { gaussian, recordRounds } from './helpers.js'

function pair(paramCount: number, range: { start: number; end: number }, ratio: number, warmupSteps: number) {
  const hub = new InProcessExchangeHub(2)
  const rounds: SyncRound[] = []
  const exchangeOf = (r: number) => (r === 0 ? recordRounds(hub.endpoint(r), rounds) : hub.endpoint(r))
  return { syncs: [0, 1].map((r) => new SplitCocktailSgd({ exchange: exchangeOf(r) }, paramCount, range, ratio, { warmupSteps })), rounds }
}

describe('SplitCocktailSgd', () => {
  it('syncs the embedding by its largest blocks and the rest by the random subset, on rounds of their own', async () => {
    // A stage laid out as [ln 100 | embedding 64 x 40 | rest 200].
    const range = { start: 100, end: 100 + 64 * 40 }
    const P = range.end + 200
    const { syncs, rounds } = pair(P, range, 0.05, 0)
    const init = gaussian(P, 1)
    for (const s of syncs) s.reset(init)
    // Each replica moved one embedding row a lot, and every other value a little.
    const params = [7, 30].map((row, r) =>
      Float32Array.from(init, (x, i) => x + (i >= range.start + row * 64 && i < range.start + row * 64 + 64 ? 0.5 : 1e-3 * (r + 1))),
    )
    const reports = await Promise.all(syncs.map((s, r) => s.sync(params[r]!, 0)))
    expect(reports.every((r) => r.applied && r.compressed)).toBe(true)
    expect(new Set(rounds)).toEqual(new Set(['embedding-scatter', 'embedding-gather', 'scatter', 'gather']))
    const synced = syncs.map((s) => [s.embedding.state().synced, s.rest.state().synced])
    expect(synced[1]).toEqual(synced[0])
    // Both moved rows arrived in one step, averaged.
    for (const row of [7, 30]) {
      for (let k = 0; k < 64; k++) expect(synced[0]![0]![row * 64 + k]! - init[range.start + row * 64 + k]!).toBeCloseTo(0.25, 3)
    }
    // Every replica's model is the synced model plus its own residual, in the stage's own layout.
    const e = syncs[0]!.embedding.state()
    const rest = syncs[0]!.rest.state()
    expect(params[0]![range.start + 5]).toBe(Math.fround(e.synced[5]! + e.senderError[5]!))
    expect(params[0]![3]).toBe(Math.fround(rest.synced[3]! + rest.senderError[3]!))
    expect(params[0]![range.end + 3]).toBe(Math.fround(rest.synced[range.start + 3]! + rest.senderError[range.start + 3]!))
  })

  it('skips only the part whose update holds NaN, on every replica, and says so', async () => {
    const range = { start: 0, end: 64 * 10 }
    const P = range.end + 300
    const { syncs } = pair(P, range, 0.2, 0)
    const init = gaussian(P, 2)
    for (const s of syncs) s.reset(init)
    const params = [0, 1].map((r) => Float32Array.from(init, (x, i) => x + 1e-2 * Math.sin(i + r)))
    params[1]![5] = Number.NaN
    const reports = await Promise.all(syncs.map((s, r) => s.sync(params[r]!, 0)))
    for (const r of reports) {
      expect(r.applied).toBe(false)
      expect(r.skip).toMatchObject({ reason: SkipReason.NON_FINITE, culprit: 1 })
    }
    // The embedding stays where it was; the rest was averaged as usual.
    expect(syncs[0]!.embedding.state().synced).toEqual(init.subarray(range.start, range.end))
    expect(syncs[0]!.rest.state().synced).not.toEqual(init.subarray(range.end))
    expect(params[0]!.subarray(0, range.end)).toEqual(init.subarray(0, range.end))
  })

  it('keeps the 80x against fp16 at the default settings when half the stage is the embedding', async () => {
    const P = 1 << 20
    const range = { start: 0, end: P / 2 }
    const hub = new InProcessExchangeHub(4)
    const syncs = [0, 1, 2, 3].map((r) => new SplitCocktailSgd({ exchange: hub.endpoint(r) }, P, range, 0.1375, { warmupSteps: 0 }))
    const init = gaussian(P, 3)
    for (const s of syncs) s.reset(init)
    const reports = await Promise.all(
      syncs.map((s, r) => {
        const d = gaussian(P, 10 + r, 1e-3)
        return s.sync(Float32Array.from(init, (x, i) => x + d[i]!), 0)
      }),
    )
    for (const r of reports) expect(r.bytesFp16 / r.bytesSent).toBeGreaterThan(80)
  })

  it('refuses an embedding range outside the vector and a block share outside (0, 1]', () => {
    const hub = new InProcessExchangeHub(2)
    expect(() => new SplitCocktailSgd({ exchange: hub.endpoint(0) }, 100, { start: 50, end: 101 }, 0.1)).toThrow(/range/)
    expect(() => new SplitCocktailSgd({ exchange: hub.endpoint(0) }, 100, { start: 0, end: 64 }, 0)).toThrow(/block ratio/)
  })

  it('pools a small rest with the embedding in one block-mode sync, splits a large one, and leaves a stage without it alone', () => {
    const hub = new InProcessExchangeHub(2)
    const e = { exchange: hub.endpoint(0) }
    // The tiny model's stage 0: 3.2M embedding values, 100k others (under 13.75% of the embedding).
    const pooled = cocktailSyncFor(e, 3_300_000, { start: 0, end: 3_200_000 }, 0.1375, {})
    expect(pooled).toBeInstanceOf(CocktailSgd)
    expect((pooled as CocktailSgd).blockRatio).toBe(0.1375)
    // GPT-J-6B's stage 0 over four stages: 206M embedding values beside 1.4B of layers.
    expect(cocktailSyncFor(e, 1_600_000, { start: 0, end: 206_000 }, 0.1375, {})).toBeInstanceOf(SplitCocktailSgd)
    const plain = cocktailSyncFor(e, 1000, undefined, 0.1375, {})
    expect(plain).toBeInstanceOf(CocktailSgd)
    expect((plain as CocktailSgd).blockRatio).toBe(0)
    expect((cocktailSyncFor(e, 1000, { start: 0, end: 900 }, 0, {}) as CocktailSgd).blockRatio).toBe(0)
  })
})
