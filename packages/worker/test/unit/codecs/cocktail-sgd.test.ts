import { describe, expect, it } from 'vitest'
import {
  AllReduce,
  CocktailSgd,
  type CocktailSgdInit,
  type EncodedTensor,
  InProcessExchangeHub,
  NO_CULPRIT,
  SkipReason,
  type SyncReport,
  type SyncRound,
  type UpdateExchange,
} from '../../../src/codecs/index.js'
import { subsetFor } from '../../../src/codecs/subset.js'
import { gaussian, recordRounds } from './helpers.js'

/** A group of replicas in one process; `tamper` may rewrite any message in flight. */
function group(size: number, paramCount: number, init: CocktailSgdInit, tamper?: (from: number, to: number, m: EncodedTensor, round: string) => EncodedTensor) {
  const hub = new InProcessExchangeHub(size)
  const replicas = Array.from({ length: size }, (_, r) => {
    const inner = hub.endpoint(r)
    const exchange: UpdateExchange =
      tamper === undefined
        ? inner
        : {
            size,
            rank: r,
            exchange: (step, round, out, o) => inner.exchange(step, round, out.map((m, to) => (to === r ? m : tamper(r, to, m, round))), o),
          }
    return new CocktailSgd({ exchange }, paramCount, init)
  })
  return { hub, replicas }
}

/**
 * One step: replica r's local model is what the last sync left it (`models[r]`, or the synced
 * model at the start) plus deltas[r]; the sync rewrites it in place.
 */
async function step(
  replicas: CocktailSgd[],
  s: number,
  deltas: Float32Array[],
  models?: Float32Array[],
): Promise<{ params: Float32Array[]; reports: SyncReport[] }> {
  const params = replicas.map((c, r) => {
    const p = models?.[r] ?? c.state().synced.slice()
    for (let i = 0; i < p.length; i++) p[i] = p[i]! + deltas[r]![i]!
    return p
  })
  const reports = await Promise.all(replicas.map((c, r) => c.sync(params[r]!, s)))
  return { params, reports }
}

describe('CocktailSGD update sync', () => {
  it('averages the deltas exactly during the warm-up, and leaves every replica with the same model', async () => {
    const P = 1001
    const { replicas } = group(3, P, { warmupSteps: 5 })
    const init = gaussian(P, 1)
    replicas.forEach((c) => {
      c.reset(init)
    })
    const deltas = [0, 1, 2].map((r) => gaussian(P, 10 + r, 0.01))
    const { params, reports } = await step(replicas, 0, deltas)
    for (const rep of reports) expect(rep).toMatchObject({ applied: true, compressed: false })
    for (let i = 0; i < P; i++) {
      const mean = (deltas[0]![i]! / 3 + deltas[1]![i]! / 3 + deltas[2]![i]! / 3)
      expect(params[0]![i]!).toBeCloseTo(init[i]! + mean, 5)
    }
    expect(params[1]).toEqual(params[0])
    expect(params[2]).toEqual(params[0])
  })

  it('compresses at least 80x against fp16 at its default settings, and replicas agree on the synchronised model', async () => {
    const P = 1 << 20
    const { replicas } = group(4, P, { warmupSteps: 0 })
    const init = gaussian(P, 2)
    replicas.forEach((c) => {
      c.reset(init)
    })
    const { params, reports } = await step(replicas, 0, [0, 1, 2, 3].map((r) => gaussian(P, 20 + r, 1e-3)))
    for (const rep of reports) {
      expect(rep.applied).toBe(true)
      expect(rep.compressed).toBe(true)
      expect(rep.bytesFp16 / rep.bytesSent).toBeGreaterThan(80)
    }
    // They agree on the synchronised model; each local model is it plus the replica's residual.
    const synced = replicas[0]!.state().synced
    replicas.forEach((c, r) => {
      expect(Buffer.from(c.state().synced.buffer).equals(Buffer.from(synced.buffer))).toBe(true)
      const { senderError } = c.state()
      for (let i = 0; i < P; i += 997) expect(params[r]![i]).toBe(Math.fround(synced[i]! + senderError[i]!))
    })
  })

  it.each([
    ['a random subset with top-k', { warmupSteps: 2, topkRatio: 0.1, randomRatio: 0.25, bits: 3 }],
    ['the largest blocks', { warmupSteps: 2, blockRatio: 0.2, blockSize: 64, bits: 1 }],
  ] as const)('error feedback conserves the update over %s: synced + mean sender error + aggregator errors = sum of mean deltas', async (_, settings) => {
    const P = 4096
    const N = 3
    const { replicas } = group(N, P, settings)
    const init = gaussian(P, 3)
    replicas.forEach((c) => {
      c.reset(init)
    })
    const total = new Float64Array(P)
    const models = replicas.map(() => init.slice())
    for (let s = 0; s < 30; s++) {
      const deltas = Array.from({ length: N }, (_, r) => gaussian(P, 1000 * s + r, 1e-2))
      for (let i = 0; i < P; i++) total[i] = total[i]! + (deltas[0]![i]! + deltas[1]![i]! + deltas[2]![i]!) / N
      const { reports } = await step(replicas, s, deltas, models)
      expect(reports.every((r) => r.applied)).toBe(true)
    }
    const states = replicas.map((c) => c.state())
    let worst = 0
    let scale = 0
    for (let i = 0; i < P; i++) {
      const owner = Math.floor(i / Math.ceil(P / N))
      const serverE = states[owner]!.serverError[i - owner * Math.ceil(P / N)]!
      const senderE = (states[0]!.senderError[i]! + states[1]!.senderError[i]! + states[2]!.senderError[i]!) / N
      const lhs = states[0]!.synced[i]! - init[i]! + senderE + serverE
      worst = Math.max(worst, Math.abs(lhs - total[i]!))
      scale = Math.max(scale, Math.abs(total[i]!))
    }
    // fp32 rounding over 30 steps, against updates of size ~0.05
    expect(worst).toBeLessThan(1e-5)
    expect(scale).toBeGreaterThan(0.01)
    // and most of the update has been applied (the error buffers stay small)
    let applied = 0
    let wanted = 0
    for (let i = 0; i < P; i++) {
      applied += (states[0]!.synced[i]! - init[i]!) * total[i]!
      wanted += total[i]! ** 2
    }
    expect(applied / wanted).toBeGreaterThan(0.5)
  })

  it('in block mode sends the largest blocks whole and leaves the rest waiting in the residual', async () => {
    const P = 64 * 100
    const { replicas } = group(2, P, { warmupSteps: 0, blockRatio: 0.02, blockSize: 64 })
    const init = gaussian(P, 4)
    replicas.forEach((c) => {
      c.reset(init)
    })
    // Each replica moved one block of its own a lot and everything else a little.
    const deltas = [3, 80].map((hot, r) => Float32Array.from(gaussian(P, 40 + r, 1e-4), (x, i) => (Math.floor(i / 64) === hot ? 0.5 : x)))
    const { reports } = await step(replicas, 0, deltas)
    expect(reports.every((r) => r.applied && r.compressed)).toBe(true)
    const synced = replicas[0]!.state().synced
    expect(replicas[1]!.state().synced).toEqual(synced)
    // Both hot blocks arrived averaged (signs of equal values: exact up to the fp16 scale) ...
    for (const hot of [3, 80]) for (let i = hot * 64; i < hot * 64 + 64; i++) expect(synced[i]! - init[i]!).toBeCloseTo(0.25, 3)
    // ... and no other value moved: each chunk sent its one largest block in both rounds.
    let moved = 0
    for (let i = 0; i < P; i++) if (synced[i] !== init[i] && ![3, 80].includes(Math.floor(i / 64))) moved++
    expect(moved).toBe(0)
    // A bitmask over 50 blocks per chunk, one scale and 64 signs per sent block, plus the headers.
    for (const r of reports) expect(r.bytesFp16 / r.bytesSent).toBeGreaterThan(30)
  })

  it('in block mode refuses a bitmask that names a different number of blocks, on every replica', async () => {
    const P = 64 * 40
    const flip = (from: number, _to: number, m: EncodedTensor, round: string): EncodedTensor => {
      if (from !== 1 || round !== 'scatter') return m
      const payload = m.payload.slice()
      payload[0] = payload[0]! ^ 0x04
      return { ...m, payload }
    }
    const { replicas } = group(2, P, { warmupSteps: 0, blockRatio: 0.1 }, flip)
    const init = gaussian(P, 5)
    replicas.forEach((c) => {
      c.reset(init)
    })
    const { reports } = await step(replicas, 0, [gaussian(P, 50, 1e-2), gaussian(P, 51, 1e-2)])
    for (const r of reports) expect(r.skip).toMatchObject({ reason: SkipReason.BAD_MESSAGE, culprit: 1 })
    expect(reports[0]!.refused[0]?.error.message).toMatch(/bitmask/)
    expect(replicas[0]!.state().synced).toEqual(init)
  })

  it('skips the step on every replica when one replica update holds NaN or Inf, naming it', async () => {
    const P = 2000
    for (const compressedStep of [0, 5]) {
      const { replicas } = group(3, P, { warmupSteps: 3 })
      const init = gaussian(P, 4)
      replicas.forEach((c) => {
        c.reset(init)
      })
      const before = replicas.map((c) => ({ e: c.state().senderError.slice(), s: c.state().serverError.slice() }))
      const deltas = [0, 1, 2].map((r) => gaussian(P, 40 + r, 1e-3))
      deltas[1]![777] = compressedStep === 0 ? Number.NaN : Number.POSITIVE_INFINITY
      const { params, reports } = await step(replicas, compressedStep, deltas)
      for (const rep of reports) {
        expect(rep.applied).toBe(false)
        expect(rep.skip).toMatchObject({ reason: SkipReason.NON_FINITE, culprit: 1 })
      }
      replicas.forEach((c, r) => {
        expect(params[r]).toEqual(init)
        expect(c.state().synced).toEqual(init)
        expect(c.state().senderError).toEqual(before[r]!.e)
        expect(c.state().serverError).toEqual(before[r]!.s)
      })
    }
  })

  it('refuses a tampered, stale or misrouted message, skips everywhere, and reports the sender', async () => {
    const P = 3000
    const tampers: ((m: EncodedTensor) => EncodedTensor)[] = [
      (m) => ({ ...m, payload: m.payload.subarray(0, m.payload.length - 1) }), // truncated
      (m) => {
        const params = m.params.slice()
        params[4] = params[4]! ^ 1 // step
        return { ...m, params }
      },
      (m) => {
        const params = m.params.slice()
        params[12] = params[12]! ^ 1 // chunk index
        return { ...m, params }
      },
      (m) => ({ ...m, codec: 'fp16' }),
      (m) => {
        const payload = m.payload.slice()
        payload[0] = payload[0]! ^ 0xff // bitmask no longer holds `kept` positions
        return { ...m, payload }
      },
    ]
    for (const [t, tamper] of tampers.entries()) {
      // CocktailSGD's top-k inside a 10% subset, so the messages carry a bitmask to tamper with.
      const { replicas } = group(3, P, { warmupSteps: 0, topkRatio: 0.2, randomRatio: 0.1, bits: 4 }, (from, to, m, round) =>
        from === 2 && to === 0 && round === 'scatter' ? tamper(m) : m,
      )
      const init = gaussian(P, 5)
      replicas.forEach((c) => {
        c.reset(init)
      })
      const { reports } = await step(replicas, 1, [0, 1, 2].map((r) => gaussian(P, 50 + r, 1e-3)))
      for (const rep of reports) {
        expect(rep.applied, `tamper ${t}`).toBe(false)
        expect(rep.skip).toMatchObject({ reason: SkipReason.BAD_MESSAGE, culprit: 2, chunk: 0 })
      }
      expect(reports[0]!.refused).toHaveLength(1)
      expect(reports[0]!.refused[0]).toMatchObject({ from: 2, round: 'scatter' })
      expect(['DecodeError', 'ValidationError']).toContain(reports[0]!.refused[0]!.error.name)
      replicas.forEach((c) => {
        expect(c.state().synced).toEqual(init)
      })
    }
  })

  it('treats a bad round-2 message the same on every replica', async () => {
    const P = 999
    const { replicas } = group(2, P, { warmupSteps: 0 }, (from, _to, m, round) =>
      from === 1 && round === 'gather' ? { ...m, payload: new Uint8Array(3) } : m,
    )
    replicas.forEach((c) => {
      c.reset(new Float32Array(P))
    })
    const { reports } = await step(replicas, 0, [gaussian(P, 1, 1e-3), gaussian(P, 2, 1e-3)])
    // Replica 1 keeps its own message untouched, so only replica 0 sees the damage here; with a
    // network the owner sends identical bytes to all, so all would refuse.
    expect(reports[0]!.applied).toBe(false)
    expect(reports[0]!.skip).toMatchObject({ reason: SkipReason.BAD_MESSAGE, culprit: 1 })
  })

  it('is deterministic: two groups fed the same inputs end bit-identical', async () => {
    const P = 5000
    const runs = await Promise.all(
      [0, 1].map(async () => {
        const { replicas } = group(2, P, { warmupSteps: 1, seed: 99 })
        replicas.forEach((c) => {
          c.reset(gaussian(P, 6))
        })
        const models = [gaussian(P, 6), gaussian(P, 6)]
        for (let s = 0; s < 4; s++) await step(replicas, s, [gaussian(P, 60 + s, 1e-3), gaussian(P, 70 + s, 1e-3)], models)
        return [...replicas[1]!.state().synced, ...models[0]!]
      }),
    )
    expect(runs[1]).toEqual(runs[0])
  })

  it('covers every element of a chunk once per `stride` steps, from the seed alone', () => {
    for (const [stride, length] of [[10, 95], [4, 1000], [1, 17], [7, 3]] as const) {
      for (let cycle = 0; cycle < 3; cycle++) {
        const hits = new Uint8Array(length)
        for (let s = cycle * stride; s < (cycle + 1) * stride; s++) {
          const { offset, count } = subsetFor(5, s, 2, length, stride)
          expect(count).toBe(length > offset ? Math.ceil((length - offset) / stride) : 0)
          for (let k = 0; k < count; k++) hits[offset + k * stride]!++
        }
        expect(hits.every((h) => h === 1)).toBe(true)
      }
    }
    // Different chunks and seeds walk different orders.
    const order = (seed: number, chunk: number) => Array.from({ length: 10 }, (_, s) => subsetFor(seed, s, chunk, 100, 10).offset)
    expect(order(1, 0)).not.toEqual(order(1, 1))
    expect(order(1, 0)).not.toEqual(order(2, 0))
  })

  it('works for one replica and for more replicas than parameters', async () => {
    for (const [N, P] of [[1, 100], [4, 3], [3, 0]] as const) {
      const { replicas } = group(N, P, { warmupSteps: 1 })
      replicas.forEach((c) => {
        c.reset(new Float32Array(P))
      })
      for (let s = 0; s < 3; s++) {
        const { reports } = await step(replicas, s, Array.from({ length: N }, (_, r) => gaussian(P, s * 10 + r, 1e-2)))
        expect(reports.every((r) => r.applied)).toBe(true)
      }
    }
  })

  it('settles every replica on the synchronised model (before a checkpoint or a re-plan)', async () => {
    const P = 4000
    const { replicas } = group(2, P, { warmupSteps: 0 })
    const models = [gaussian(P, 8), gaussian(P, 8)]
    replicas.forEach((c, r) => {
      c.reset(models[r]!)
    })
    await step(replicas, 0, [gaussian(P, 81, 1e-2), gaussian(P, 82, 1e-2)], models)
    expect(models[0]).not.toEqual(models[1]) // each carries its own residual
    replicas.forEach((c, r) => {
      c.settle(models[r]!)
    })
    expect(models[0]).toEqual(models[1])
    expect(replicas[0]!.state().senderError.every((v) => v === 0)).toBe(true)
  })

  it('refuses a vector of the wrong size', async () => {
    const { replicas } = group(1, 10, {})
    await expect(replicas[0]!.sync(new Float32Array(11), 0)).rejects.toMatchObject({ name: 'ValidationError', code: 'E_SYNC_SIZE' })
  })
})

describe('plain all-reduce', () => {
  it('averages exactly in fp32 and closely in fp16, over the same exchange', async () => {
    for (const half of [false, true]) {
      const N = 3
      const P = 777
      const hub = new InProcessExchangeHub(N)
      const ar = Array.from({ length: N }, (_, r) => new AllReduce({ exchange: hub.endpoint(r) }, P, { half }))
      const vs = Array.from({ length: N }, (_, r) => gaussian(P, 80 + r))
      const mean = Float32Array.from(vs[0]!, (_, i) => (vs[0]![i]! + vs[1]![i]! + vs[2]![i]!) / 3)
      const reports = await Promise.all(ar.map((a, r) => a.mean(vs[r]!, 0)))
      expect(reports.every((r) => r.applied)).toBe(true)
      for (let r = 0; r < N; r++) {
        for (let i = 0; i < P; i++) expect(Math.abs(vs[r]![i]! - mean[i]!)).toBeLessThan(half ? 4e-3 : 1e-6)
        expect(vs[r]).toEqual(vs[0])
      }
      expect(reports[0]!.bytesSent).toBeGreaterThan(half ? reports[0]!.bytesFp16 * 0.9 : reports[0]!.bytesFp16 * 1.9)
    }
  })

  it("averages in bf16 across fp32's range, on rounds of its own that do not meet the parameter sync's", async () => {
    const hub = new InProcessExchangeHub(2)
    const rounds = ['moment-scatter', 'moment-gather'] as const
    const seen: SyncRound[] = []
    const ar = [0, 1].map((r) => new AllReduce({ exchange: recordRounds(hub.endpoint(r), seen) }, 5, { bf16: true, rounds }))
    expect(ar[0]!.codec).toBe('bf16')
    // Second moments: far below fp16's smallest value, and above its largest.
    const vs = [new Float32Array([1e-12, 3e-20, 7e5, 1, 0]), new Float32Array([3e-12, 1e-20, 9e5, 2, 0])]
    // The parameter sync of the same step runs alongside on the same hub.
    const cs = [0, 1].map((r) => new CocktailSgd({ exchange: hub.endpoint(r) }, 8))
    const ps = [gaussian(8, 1), gaussian(8, 2)]
    const [reports] = await Promise.all([Promise.all(ar.map((a, r) => a.mean(vs[r]!, 3))), Promise.all(cs.map((c, r) => c.sync(ps[r]!, 3)))])
    expect(reports.every((r) => r.applied)).toBe(true)
    const want = [2e-12, 2e-20, 8e5, 1.5, 0]
    for (const v of vs) {
      for (let i = 0; i < want.length; i++) expect(Math.abs(v[i]! - want[i]!)).toBeLessThanOrEqual(want[i]! * 2 ** -8)
    }
    expect(new Set(seen)).toEqual(new Set(rounds))
    // A value that rounds past bf16's largest is refused by its sender, and nobody applies.
    const bad = [0, 1].map((r) => new AllReduce({ exchange: hub.endpoint(r) }, 2, { bf16: true }))
    const over = [new Float32Array([1, 3.4e38]), new Float32Array([1, 1])]
    const refused = await Promise.all(bad.map((a, r) => a.mean(over[r]!, 4)))
    for (const r of refused) expect(r.skip).toMatchObject({ reason: SkipReason.RANGE, culprit: 0 })
    expect(over[1]).toEqual(new Float32Array([1, 1]))
  })

  it('skips on every replica when one vector holds NaN', async () => {
    const hub = new InProcessExchangeHub(2)
    const ar = [0, 1].map((r) => new AllReduce({ exchange: hub.endpoint(r) }, 10))
    const vs = [gaussian(10, 1), gaussian(10, 2)]
    vs[0]![3] = Number.NaN
    const copy = vs.map((v) => v.slice())
    const reports = await Promise.all(ar.map((a, r) => a.mean(vs[r]!, 7)))
    for (const rep of reports) expect(rep.skip).toMatchObject({ reason: SkipReason.NON_FINITE, culprit: 0 })
    expect(vs[1]).toEqual(copy[1])
    expect(reports[0]!.skip?.culprit).not.toBe(NO_CULPRIT)
  })
})
