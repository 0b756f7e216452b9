// The invariants of CocktailSGD's error feedback, each checked on its own: what the sender keeps is
// exactly what the receiver did not get; nothing is counted twice or with the wrong sign; with
// nothing to compress the sync is plain averaging; replicas agree; no value waits forever.
import { describe, expect, it } from 'vitest'
import { AllReduce, CocktailSgd, type CocktailSgdInit, InProcessExchangeHub } from '../../../src/codecs/index.js'
import { subsetFor } from '../../../src/codecs/subset.js'
import { readSparse, readUpdateHeader, sparseMessage } from '../../../src/codecs/update-messages.js'
import { gaussian } from './helpers.js'

function group(size: number, paramCount: number, init: CocktailSgdInit) {
  const hub = new InProcessExchangeHub(size)
  return Array.from({ length: size }, (_, r) => new CocktailSgd({ exchange: hub.endpoint(r) }, paramCount, init))
}

/** Adds deltas[r] to each replica's model in place and syncs step s on every replica. */
async function syncStep(replicas: CocktailSgd[], s: number, models: Float32Array[], deltas: Float32Array[]) {
  models.forEach((m, r) => {
    for (let i = 0; i < m.length; i++) m[i] = m[i]! + deltas[r]![i]!
  })
  return Promise.all(replicas.map((c, r) => c.sync(models[r]!, s)))
}

describe('CocktailSGD invariants', () => {
  const cases = [
    ['2 bits, with a top-k mask', 0.3, 2],
    ['2 bits, every subset value, no mask', 1, 2],
    ['signs, with a top-k mask', 0.3, 1],
    ['signs, every subset value, no mask', 1, 1],
  ] as const
  for (const [label, topkRatio, bits] of cases) {
    it(`the sender's reconstruction is bit for bit what a receiver decodes (${label}), so input = sent + residual`, () => {
      const count = 1000
      const v = gaussian(count, 11, 1e-3)
      v[17] = 0
      const subset = { stride: 1, offset: 0, count }
      const e = { step: 3, round: 'scatter' as const, chunk: 0, chunkLength: count }
      const settings = { topkRatio, bits, bucket: 128 }
      const recon = new Float32Array(count)
      const m = sparseMessage('cocktail', e, subset, v, settings, recon)
      const decoded = new Float32Array(count)
      readSparse('cocktail', m, readUpdateHeader('cocktail', m), e, subset, settings, decoded)
      expect(decoded).toEqual(recon)
      const residual = Float32Array.from(v, (x, i) => x - recon[i]!)
      for (let i = 0; i < count; i++) {
        // Exact when the code is within a factor 2 of the value (Sterbenz), as 2-bit codes nearly
        // always are; a sign's code can be far from its value, and then the fp32 residual is the
        // difference rounded once.
        const back = Math.fround(recon[i]! + residual[i]!)
        if (bits === 2) expect(back).toBe(v[i])
        else expect(Math.abs(back - v[i]!)).toBeLessThanOrEqual(2 ** -23 * Math.max(Math.abs(v[i]!), Math.abs(recon[i]!)))
      }
      if (topkRatio === 1) {
        // No mask: 128-value buckets of k-bit codes and one fp16 scale each.
        const scales = Math.ceil(count / 128)
        expect(m.payload.length).toBe(Math.ceil((scales * 2) / 4) * 4 + Math.ceil((count * bits) / 8))
      } else {
        expect(recon.filter((x) => x !== 0).length).toBeLessThanOrEqual(Math.ceil(topkRatio * count))
      }
    })
  }

  it("signs decode to plus or minus each bucket's mean magnitude, and remove more of the vector than 2-bit codes do", () => {
    const count = 128 * 40
    const v = gaussian(count, 5, 1e-3)
    const subset = { stride: 1, offset: 0, count }
    const e = { step: 0, round: 'scatter' as const, chunk: 0, chunkLength: count }
    const left = (bits: number): number => {
      const recon = new Float32Array(count)
      sparseMessage('cocktail', e, subset, v, { topkRatio: 1, bits, bucket: 128 }, recon)
      if (bits === 1) {
        for (let b = 0; b < count; b += 128) {
          let mean = 0
          for (let i = b; i < b + 128; i++) mean += Math.abs(v[i]!) / 128
          for (let i = b; i < b + 128; i++) {
            expect(Math.sign(recon[i]!)).toBe(v[i]! >= 0 ? 1 : -1)
            expect(Math.abs(recon[i]!)).toBeCloseTo(mean, 6) // fp16 rounding of the scale: ~5e-4 relative
          }
        }
      }
      let num = 0
      let den = 0
      for (let i = 0; i < count; i++) {
        num += (v[i]! - recon[i]!) ** 2
        den += v[i]! ** 2
      }
      return num / den
    }
    // Gaussian buckets of 128: signs leave 1 - 2/pi = 36% of the squared norm, ternary codes scaled
    // by the bucket maximum about 59% (most values round to zero).
    const signs = left(1)
    const ternary = left(2)
    expect(signs).toBeGreaterThan(0.33)
    expect(signs).toBeLessThan(0.39)
    expect(ternary).toBeGreaterThan(0.5)
  })

  it('refuses sign payloads with stray padding bits or a non-finite value to encode', () => {
    const count = 100 // 12.5 bytes of signs: the last byte has 4 padding bits
    const v = gaussian(count, 9, 1)
    const subset = { stride: 1, offset: 0, count }
    const e = { step: 0, round: 'scatter' as const, chunk: 0, chunkLength: count }
    const settings = { topkRatio: 1, bits: 1, bucket: 64 }
    const m = sparseMessage('cocktail', e, subset, v, settings, new Float32Array(count))
    const bad = { ...m, payload: m.payload.slice() }
    bad.payload[bad.payload.length - 1] = bad.payload[bad.payload.length - 1]! | 0x80
    expect(() => readSparse('cocktail', bad, readUpdateHeader('cocktail', bad), e, subset, settings, new Float32Array(count))).toThrow(/padding/)
    v[50] = Number.NaN
    expect(() => sparseMessage('cocktail', e, subset, v, settings, new Float32Array(count))).toThrow(/non-finite/)
  })

  it('a lone replica neither loses nor double-counts: model + aggregator error is conserved by every sync', async () => {
    const P = 3000
    for (const init of [{ warmupSteps: 0 }, { warmupSteps: 0, topkRatio: 0.2, randomRatio: 0.1, bits: 4 }]) {
      const [c] = group(1, P, init)
      const model = gaussian(P, 21)
      c!.reset(model)
      for (let s = 0; s < 25; s++) {
        const delta = gaussian(P, 100 + s, 1e-2)
        for (let i = 0; i < P; i++) model[i] = model[i]! + delta[i]!
        const before = Float64Array.from(model, (x, i) => x + c!.state().serverError[i]!)
        const [report] = await Promise.all([c!.sync(model, s)])
        expect(report.applied).toBe(true)
        const { synced, senderError, serverError } = c!.state()
        let worst = 0
        let split = 0
        for (let i = 0; i < P; i++) {
          // Its own model is untouched except for what the aggregator now holds back (or releases).
          worst = Math.max(worst, Math.abs(model[i]! + serverError[i]! - before[i]!))
          if (model[i] !== Math.fround(synced[i]! + senderError[i]!)) split++
        }
        expect(worst).toBeLessThan(1e-6)
        expect(split).toBe(0)
      }
    }
  })

  it('with nothing compressed (warm-up steps) the sync is the all-reduce mean of the deltas, to fp32 rounding', async () => {
    const P = 2049
    const N = 3
    const replicas = group(N, P, { warmupSteps: 100 })
    const start = gaussian(P, 31)
    replicas.forEach((c) => {
      c.reset(start)
    })
    const models = replicas.map(() => start.slice())
    const hub = new InProcessExchangeHub(N)
    const ar = Array.from({ length: N }, (_, r) => new AllReduce({ exchange: hub.endpoint(r) }, P))
    const reference = start.slice()
    for (let s = 0; s < 3; s++) {
      const deltas = Array.from({ length: N }, (_, r) => gaussian(P, 40 + 10 * s + r, 1e-2))
      // The all-reduce averages the same per-replica deltas, formed the same way (model - synced).
      const deltaVs = models.map((m, r) => Float32Array.from(m, (x, i) => Math.fround(x + deltas[r]![i]!) - reference[i]!))
      await Promise.all(ar.map((a, r) => a.mean(deltaVs[r]!, s)))
      for (let i = 0; i < P; i++) reference[i] = reference[i]! + deltaVs[0]![i]!
      await syncStep(replicas, s, models, deltas)
      // Equal up to fp32 rounding: the all-reduce sums then divides, CocktailSGD adds each share.
      let worst = 0
      for (let r = 0; r < N; r++) {
        for (let i = 0; i < P; i++) worst = Math.max(worst, Math.abs(models[r]![i]! - reference[i]!) / Math.max(1, Math.abs(reference[i]!)))
        expect(models[r]).toEqual(models[0])
        expect(replicas[r]!.state().senderError.every((x) => x === 0)).toBe(true)
      }
      expect(worst).toBeLessThan(3e-7)
    }
  })

  it('replicas agree on the synchronised model, and each model is it plus that replica’s own residual', async () => {
    const P = 2000
    const N = 4
    const replicas = group(N, P, { warmupSteps: 2 })
    const start = gaussian(P, 51)
    replicas.forEach((c) => {
      c.reset(start)
    })
    const models = replicas.map(() => start.slice())
    for (let s = 0; s < 8; s++) {
      await syncStep(replicas, s, models, Array.from({ length: N }, (_, r) => gaussian(P, 500 + 10 * s + r, 1e-3)))
      const synced = replicas[0]!.state().synced
      replicas.forEach((c, r) => {
        expect(c.state().synced).toEqual(synced)
        const e = c.state().senderError
        let split = 0
        for (let i = 0; i < P; i++) if (models[r]![i] !== Math.fround(synced[i]! + e[i]!)) split++
        expect(split).toBe(0)
      })
    }
    // settle() drops the residuals: identical models everywhere.
    replicas.forEach((c, r) => {
      c.settle(models[r]!)
    })
    for (const m of models) expect(m).toEqual(models[0])
  })

  it('without top-k every value is sent once per subset cycle: residuals stay bounded under a steady update', async () => {
    const P = 4800
    const N = 2
    const stride = 12
    const replicas = group(N, P, { warmupSteps: 0, randomRatio: 1 / stride, topkRatio: 1, bits: 2, seed: 3 })
    const start = new Float32Array(P)
    replicas.forEach((c) => {
      c.reset(start)
    })
    const models = replicas.map(() => start.slice())
    const deltas = Array.from({ length: N }, (_, r) => gaussian(P, 70 + r, 1e-3))
    const mean = Float32Array.from(deltas[0]!, (x, i) => (x + deltas[1]![i]!) / 2)
    const steps = 6 * stride
    for (let s = 0; s < steps; s++) await syncStep(replicas, s, models, deltas)
    // The synchronised model moved by about steps x mean delta; what is missing is at most a
    // couple of cycles' worth of the largest delta (2-bit codes send a bucket's small values only
    // once their residual reaches half the bucket's scale). A value never sent would be behind by
    // all `steps` steps of its delta.
    const { synced } = replicas[0]!.state()
    let big = 0
    for (const d of deltas) for (const x of d) big = Math.max(big, Math.abs(x))
    let worstLag = 0
    let worstResidual = 0
    for (let i = 0; i < P; i++) {
      worstLag = Math.max(worstLag, Math.abs(synced[i]! - steps * mean[i]!) / big)
      for (const c of replicas) worstResidual = Math.max(worstResidual, Math.abs(c.state().senderError[i]!) / big)
    }
    expect(worstResidual).toBeLessThan(2 * stride)
    expect(worstLag).toBeLessThan(2 * stride)
    // The subsets of one cycle cover every element once (no value waits longer than a cycle for its turn).
    const hits = new Uint8Array(P / N)
    for (let s = 0; s < stride; s++) {
      const { offset, count } = subsetFor(3, s, 0, P / N, stride)
      for (let k = 0; k < count; k++) hits[offset + k * stride]!++
    }
    expect(hits.every((h) => h === 1)).toBe(true)
  })

  it('after a re-plan, replicas holding different models agree again on their mean (no residual is lost)', async () => {
    const P = 1537
    const N = 3
    const replicas = group(N, P, { warmupSteps: 0 })
    // Survivors of a re-plan: one synchronised model plus each one's own residual.
    const base = gaussian(P, 41)
    const models = replicas.map((_, r) => Float32Array.from(base, (x, i) => x + gaussian(P, 50 + r, 1e-3)[i]!))
    for (const [r, c] of replicas.entries()) c.resetUnaligned(models[r]!)
    const deltas = replicas.map((_, r) => gaussian(P, 60 + r, 1e-2))
    const expected = Float64Array.from(base, (_, i) => models.reduce((a, m, r) => a + m[i]! + deltas[r]![i]!, 0) / N)
    const reports = await syncStep(replicas, 40, models, deltas)
    expect(reports.every((r) => r.applied && !r.compressed)).toBe(true)
    let worst = 0
    for (let i = 0; i < P; i++) worst = Math.max(worst, Math.abs(models[0]![i]! - expected[i]!))
    expect(worst).toBeLessThan(1e-6)
    for (const m of models.slice(1)) expect(m).toEqual(models[0])
    // Later syncs are compressed again, from the one model they now share.
    const next = await syncStep(replicas, 41, models, replicas.map((_, r) => gaussian(P, 70 + r, 1e-2)))
    expect(next.every((r) => r.applied && r.compressed)).toBe(true)
    for (const c of replicas.slice(1)) expect(c.state().synced).toEqual(replicas[0]!.state().synced)
  })

  it('a skipped aligning sync returns each replica to its own model and aligns at the next one', async () => {
    const P = 600
    const replicas = group(2, P, { warmupSteps: 0 })
    const models = [gaussian(P, 81), gaussian(P, 82)]
    const own = models.map((m) => m.slice())
    for (const [r, c] of replicas.entries()) c.resetUnaligned(models[r]!)
    models[1]![5] = Number.NaN
    const skipped = await Promise.all(replicas.map((c, r) => c.sync(models[r]!, 7)))
    expect(skipped.every((r) => !r.applied)).toBe(true)
    expect(models).toEqual(own)
    const aligned = await Promise.all(replicas.map((c, r) => c.sync(models[r]!, 8)))
    expect(aligned.every((r) => r.applied && !r.compressed)).toBe(true)
    expect(models[1]).toEqual(models[0])
  })
})
