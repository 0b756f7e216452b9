import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SENTINEL_BASE_ID } from '../../src/constants.js'
import { fitExample, fitInstruction, type TokenizedExample } from '../../src/example.js'
import { Rng } from '../../src/rng.js'
import { applyUl2, chooseDenoiser, spanCount, transformedLength } from '../../src/ul2.js'

const text = (n: number): TokenizedExample => ({ kind: 'text', tokens: Int32Array.from({ length: n }, (_, i) => 1000 + i), prefixLen: 0 })

describe('UL2 denoisers', () => {
  it('S: one split, at least one prefix and one scored token', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3000 }), fc.integer(), (n, seed) => {
        const out = applyUl2(text(n), 'S', new Rng(seed))
        expect(out.tokens).toEqual(text(n).tokens)
        expect(out.prefixLen).toBeGreaterThanOrEqual(1)
        expect(out.prefixLen).toBeLessThan(n)
      }),
    )
  })

  it('R and X: prefix = text with sentinels for spans, target = sentinel + span; together they give the text back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3000 }), fc.constantFrom('R' as const, 'X' as const), fc.integer(), (n, d, seed) => {
        const ex = text(n)
        const out = applyUl2(ex, d, new Rng(seed))
        const k = spanCount(n, d)
        expect(out.tokens.length).toBe(transformedLength(n, d))
        expect(out.tokens.length).toBe(n + 2 * k)
        const prefix = Array.from(out.tokens.subarray(0, out.prefixLen))
        const target = Array.from(out.tokens.subarray(out.prefixLen))
        expect(target[0]).toBe(SENTINEL_BASE_ID)
        // Rebuild: replace each sentinel in the prefix by its span from the target.
        const spans = new Map<number, number[]>()
        let cur = -1
        for (const t of target) {
          if (t >= SENTINEL_BASE_ID) {
            cur = t
            spans.set(cur, [])
          } else spans.get(cur)!.push(t)
        }
        const rebuilt = prefix.flatMap((t) => (t >= SENTINEL_BASE_ID ? spans.get(t)! : [t]))
        expect(rebuilt).toEqual(Array.from(ex.tokens))
        for (const span of spans.values()) expect(span.length).toBeGreaterThan(0)
        expect(spans.size).toBe(k)
      }),
    )
  })

  it('instructions keep their prompt as the prefix; rates pick denoisers for text only', () => {
    const ins: TokenizedExample = { kind: 'instruction', tokens: Int32Array.from([1, 2, 3, 4]), prefixLen: 3 }
    expect(chooseDenoiser({ kind: 'instruction', length: 4 }, { s: 0, r: 1, x: 0 }, new Rng(1))).toBe('instruction')
    expect(applyUl2(ins, 'instruction', new Rng(1))).toEqual({ tokens: ins.tokens, prefixLen: 3 })
    const seen = new Set<string>()
    for (let i = 0; i < 200; i++) seen.add(chooseDenoiser({ kind: 'text', length: 500 }, { s: 1, r: 1, x: 1 }, new Rng(i)))
    expect(seen).toEqual(new Set(['S', 'R', 'X']))
    expect(chooseDenoiser({ kind: 'text', length: 1 }, { s: 0, r: 1, x: 0 }, new Rng(1))).toBe('S')
  })
})

describe('fitting examples to the sequence length', () => {
  it('long text becomes consecutive chunks', () => {
    const parts = fitExample(text(10), 4)
    expect(parts.map((p) => Array.from(p.tokens))).toEqual([[1000, 1001, 1002, 1003], [1004, 1005, 1006, 1007], [1008, 1009]])
    expect(fitExample(text(9), 4)).toHaveLength(2) // a 1-token tail is dropped
  })

  it('a long instruction keeps its answer and the end of its prompt', () => {
    const ex: TokenizedExample = { kind: 'instruction', tokens: Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8]), prefixLen: 6 }
    expect(fitInstruction(ex, 5)).toEqual({ kind: 'instruction', tokens: Int32Array.from([4, 5, 6, 7, 8]), prefixLen: 3 })
    const longAnswer: TokenizedExample = { kind: 'instruction', tokens: Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8]), prefixLen: 2 }
    expect(fitInstruction(longAnswer, 4)).toEqual({ kind: 'instruction', tokens: Int32Array.from([2, 3, 4, 5]), prefixLen: 1 })
  })
})
