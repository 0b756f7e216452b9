import type { TokenBatch } from '@tandem/proto'
import { IGNORE_INDEX } from '@tandem/proto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GPTJT_MIXTURE } from '../../src/constants.js'
import { DataCursor, replicaShare, splitEvenly } from '../../src/cursor.js'
import { MemoryDataset } from '../../src/dataset.js'
import type { TokenizedExample } from '../../src/example.js'
import { MixtureSampler } from '../../src/mixture.js'
import { permuteIndex, Rng } from '../../src/rng.js'

const EOT = 50256

/**
 * Examples whose first token names them: source * 10000 + index, then filler. Lengths 2..maxLen,
 * half instructions (prefix = first half), half text.
 */
function syntheticDataset(counts: Record<string, number>, maxLen = 40, seed = 1): MemoryDataset {
  const rng = new Rng(seed)
  const data = Object.entries(counts).map(([name, n], s) => ({
    name,
    weight: GPTJT_MIXTURE[name] ?? 1,
    examples: Array.from({ length: n }, (_, i): TokenizedExample => {
      const len = 2 + rng.int(maxLen - 1)
      const tokens = Int32Array.from({ length: len }, (_, t) => (t === 0 ? s * 10000 + i : 20000 + t))
      return i % 2 === 0 ? { kind: 'instruction', tokens, prefixLen: Math.max(1, len >> 1) } : { kind: 'text', tokens, prefixLen: 0 }
    }),
  }))
  return new MemoryDataset(`synthetic-${seed}`, 'synthetic', data, EOT)
}

const DS = syntheticDataset({ cot: 7, p3: 40, ni: 33, pile: 120 })

/** (source, index) of every segment in a batch, row by row, read from the first tokens. */
function segmentsOf(b: TokenBatch): string[][] {
  const rows: string[][] = []
  for (let r = 0; r < b.batch; r++) {
    const row: string[] = []
    for (let t = 0; t < b.seq; t++) {
      const i = r * b.seq + t
      if (b.segmentIds[i] !== 0 && (t === 0 || b.segmentIds[i - 1] !== b.segmentIds[i])) {
        const id = b.inputIds[i]!
        row.push(`${Math.floor(id / 10000)}:${id % 10000}`)
      }
    }
    rows.push(row)
  }
  return rows
}

const rowsOfReplicas = (c: DataCursor, replicaCount: number, microBatches = 1): string[][] =>
  Array.from({ length: replicaCount }, (_, r) => c.batchesFor({ step: c.step, replica: r, replicaCount, microBatches: Math.min(microBatches, replicaShare(c.globalBatch, r, replicaCount).count) }))
    .flat()
    .flatMap(segmentsOf)

describe('mixture', () => {
  it('10,000 draws are within 1.5 points of the weights (GPT-JT stage 2), for any seed', () => {
    const names = Object.keys(GPTJT_MIXTURE)
    const weights = names.map((n) => GPTJT_MIXTURE[n]!)
    fc.assert(
      fc.property(fc.nat(), fc.nat(50_000), (seed, start) => {
        const m = new MixtureSampler(weights, seed)
        const counts = weights.map(() => 0)
        for (let k = start; k < start + 10_000; k++) counts[m.sourceAt(k)]!++
        for (const [i, c] of counts.entries()) expect(Math.abs(c / 10_000 - weights[i]!)).toBeLessThanOrEqual(0.015)
      }),
      { numRuns: 30 },
    )
  })

  it('odd weights too, and the order is random rather than round-robin', () => {
    const weights = [0.123, 0.456, 0.0007, 0.4203]
    const m = new MixtureSampler(weights, 7)
    const counts = [0, 0, 0, 0]
    let repeats = 0
    for (let k = 0; k < 10_000; k++) {
      counts[m.sourceAt(k)]!++
      if (k > 0 && m.sourceAt(k) === m.sourceAt(k - 1)) repeats++
    }
    for (const [i, c] of counts.entries()) expect(Math.abs(c / 10_000 - weights[i]!)).toBeLessThanOrEqual(0.015)
    expect(repeats).toBeGreaterThan(2000) // i.i.d. would give ~3960; a strict interleaving far fewer
  })

  it('the packed stream follows the weights: examples of 10,000 draws per source', () => {
    const ds = syntheticDataset({ cot: 50, p3: 50, ni: 50, pile: 50 }, 10)
    let c = new DataCursor(ds, { globalBatch: 100, seqLen: 64, seed: 3 })
    while (c.state.draws < 10_000) c = c.next()
    const total = c.state.positions.reduce((a, b) => a + b, 0)
    expect(total).toBe(c.state.draws)
    for (const [i, s] of ds.sources.entries()) expect(Math.abs(c.state.positions[i]! / total - GPTJT_MIXTURE[s.name]!)).toBeLessThanOrEqual(0.015)
  })
})

describe('permutation', () => {
  it('is a bijection of [0, n) for any n and key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.nat(), (n, key) => {
        const seen = new Set<number>()
        for (let i = 0; i < n; i++) seen.add(permuteIndex(i, n, key))
        expect(seen.size).toBe(n)
        expect(Math.max(...seen)).toBe(n - 1)
      }),
      { numRuns: 50 },
    )
  })
})

describe('data cursor', () => {
  it('splits rows evenly across replicas and micro-batches', () => {
    expect([0, 1, 2].map((r) => replicaShare(64, r, 3))).toEqual([{ start: 0, count: 22 }, { start: 22, count: 21 }, { start: 43, count: 21 }])
    expect(splitEvenly(16, 4)).toEqual([4, 4, 4, 4])
    expect(splitEvenly(7, 3)).toEqual([3, 2, 2])
  })

  it('is deterministic: the same state and request give the same batches, through JSON too', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 4 }), (seed, step, replicaCount) => {
        const a = new DataCursor(DS, { globalBatch: 8, seqLen: 48, seed }).at(step)
        const b = DataCursor.fromJSON(DS, JSON.parse(JSON.stringify(a.toJSON())))
        for (let r = 0; r < replicaCount; r++) {
          const req = { step, replica: r, replicaCount, microBatches: 2 }
          expect(b.batchesFor(req)).toEqual(a.batchesFor(req))
        }
      }),
      { numRuns: 30 },
    )
  })

  it('any replica count re-divides the same global batch, and every example is used exactly once per epoch', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }), fc.nat(1000), (replicaCounts, seed) => {
        let c = new DataCursor(DS, { globalBatch: 12, seqLen: 48, seed })
        const seen: string[] = []
        for (const rc of replicaCounts) {
          const split = rowsOfReplicas(c, rc, 2)
          expect(split).toEqual(rowsOfReplicas(c, 1))
          seen.push(...split.flat())
          // The coordinator saves the cursor at each step boundary; the next step may run elsewhere.
          c = DataCursor.fromJSON(DS, JSON.parse(JSON.stringify(c.next().toJSON())))
        }
        // Per source: positions 0..p-1 were consumed; within each epoch each example once.
        DS.sources.forEach((src, s) => {
          const mine = seen.filter((x) => x.startsWith(`${s}:`)).map((x) => Number(x.split(':')[1]))
          expect(mine.length).toBe(c.state.positions[s])
          for (let e = 0; e * src.examples < mine.length; e++) {
            const epoch = mine.slice(e * src.examples, (e + 1) * src.examples)
            expect(new Set(epoch).size).toBe(epoch.length)
          }
        })
        expect(seen.length).toBe(c.state.draws)
      }),
      { numRuns: 40 },
    )
  })

  it('a run resumed from a saved cursor continues exactly where it stopped', () => {
    const straight: string[][] = []
    let c = new DataCursor(DS, { globalBatch: 6, seqLen: 64, seed: 11, ul2: { s: 1, r: 1, x: 1 } })
    for (let s = 0; s < 10; s++, c = c.next()) straight.push(...rowsOfReplicas(c, 3))
    const resumed: string[][] = []
    let d = new DataCursor(DS, { globalBatch: 6, seqLen: 64, seed: 11, ul2: { s: 1, r: 1, x: 1 } })
    for (let s = 0; s < 4; s++, d = d.next()) resumed.push(...rowsOfReplicas(d, 2))
    const saved = JSON.stringify(d.toJSON())
    d = DataCursor.fromJSON(DS, JSON.parse(saved))
    for (let s = 4; s < 10; s++, d = d.next()) resumed.push(...rowsOfReplicas(d, 6))
    expect(resumed).toEqual(straight)
  })

  it('a new global batch continues the same stream without repeats', () => {
    let c = new DataCursor(DS, { globalBatch: 4, seqLen: 48, seed: 5 })
    const seen: string[] = []
    for (let s = 0; s < 3; s++, c = c.next()) seen.push(...rowsOfReplicas(c, 1).flat())
    c = c.with({ globalBatch: 10 })
    for (let s = 0; s < 3; s++, c = c.next()) seen.push(...rowsOfReplicas(c, 2).flat())
    expect(seen.length).toBe(c.state.draws)
    let ref = new DataCursor(DS, { globalBatch: 1, seqLen: 48, seed: 5 })
    const refSeen: string[] = []
    while (refSeen.length < seen.length) {
      refSeen.push(...rowsOfReplicas(ref, 1).flat())
      ref = ref.next()
    }
    expect(refSeen.slice(0, seen.length)).toEqual(seen)
  })

  it('batches obey the TokenBatch contract (labels, prefix, segments, padding)', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 8, max: 80 }), fc.constantFrom({ s: 1, r: 0, x: 0 }, { s: 1, r: 1, x: 1 }), (seed, seqLen, ul2) => {
        const c = new DataCursor(DS, { globalBatch: 4, seqLen, seed, ul2 }).at(2)
        for (const b of c.batchesFor({ step: 2, replica: 0, replicaCount: 1, microBatches: 2 })) {
          expect(b.inputIds.length).toBe(b.batch * b.seq)
          expect(b.seq).toBe(seqLen)
          for (let r = 0; r < b.batch; r++) {
            let scoredInSegment = 0
            let segmentLength = 0
            for (let t = 0; t < b.seq; t++) {
              const i = r * b.seq + t
              const seg = b.segmentIds[i]!
              const start = t === 0 || b.segmentIds[i - 1] !== seg
              if (seg === 0) {
                expect([b.inputIds[i], b.labels[i], b.prefixMask[i]]).toEqual([EOT, IGNORE_INDEX, 0])
                continue
              }
              if (start) {
                if (t > 0 && b.segmentIds[i - 1] !== 0) expect(seg).toBe(b.segmentIds[i - 1]! + 1)
                expect(b.labels[i]).toBe(IGNORE_INDEX)
                expect(b.prefixMask[i]).toBe(1)
                scoredInSegment = 0
                segmentLength = 0
              }
              segmentLength++
              if (b.prefixMask[i] === 1) {
                expect(b.labels[i]).toBe(IGNORE_INDEX)
                if (!start) expect(b.prefixMask[i - 1]).toBe(1) // the prefix is contiguous from the start
              } else {
                expect(b.labels[i]).toBe(b.inputIds[i])
                scoredInSegment++
              }
              const end = t === b.seq - 1 || b.segmentIds[i + 1] !== seg
              if (end && segmentLength >= 2) expect(scoredInSegment).toBeGreaterThanOrEqual(1)
            }
            // Padding only at the end of a row.
            const row = Array.from(b.segmentIds.subarray(r * b.seq, (r + 1) * b.seq))
            const firstPad = row.indexOf(0)
            if (firstPad >= 0) expect(row.slice(firstPad).every((x) => x === 0)).toBe(true)
          }
        }
      }),
      { numRuns: 40 },
    )
  })

  it('refuses bad requests and a cursor of another dataset, in one sentence', () => {
    const c = new DataCursor(DS, { globalBatch: 4, seqLen: 32 }).next()
    expect(() => c.batchesFor({ step: 0, replica: 0, replicaCount: 1, microBatches: 1 })).toThrow(/cannot go back to step 0/)
    expect(() => c.batchesFor({ step: 1, replica: 2, replicaCount: 2, microBatches: 1 })).toThrow(/replica must be 0..1/)
    expect(() => c.batchesFor({ step: 1, replica: 0, replicaCount: 5, microBatches: 1 })).toThrow(/replicaCount must be 1..4/)
    expect(() => c.batchesFor({ step: 1, replica: 0, replicaCount: 2, microBatches: 3 })).toThrow(/microBatches must be 1..2/)
    const other = syntheticDataset({ a: 3 }, 10, 2)
    expect(() => DataCursor.fromJSON(other, c.toJSON())).toThrow(expect.objectContaining({ name: 'UserError', code: 'E_CURSOR_DATASET' }))
    expect(() => new DataCursor(DS, { globalBatch: 4, weights: { nope: 1 } })).toThrow(/does not have/)
    expect(() => DataCursor.fromJSON(DS, { format: 'x' })).toThrow(expect.objectContaining({ name: 'ValidationError' }))
  })
})
