import { beforeAll, describe, expect, it } from 'vitest'
import { DataCursor } from '../../src/cursor.js'
import type { MemoryDataset } from '../../src/dataset.js'
import { openSampleMixture, SAMPLE_WEIGHTS, sampleHeldOut, sampleRawSources } from '../../src/sample-mixture.js'
import type { ByteLevelBpe } from '../../src/byte-level-bpe.js'
import { gpt2Tokenizer } from '../../src/tokenizer.js'

let tok: ByteLevelBpe
let ds: MemoryDataset

beforeAll(async () => {
  tok = await gpt2Tokenizer()
  ds = await openSampleMixture(tok)
})

describe('built-in sample mixture', () => {
  it('has the four GPT-JT sources with short examples', () => {
    expect(ds.sources.map((s) => s.name)).toEqual(['cot', 'p3', 'ni', 'pile'])
    expect(ds.sources.map((s) => s.weight)).toEqual(ds.sources.map((s) => SAMPLE_WEIGHTS[s.name]))
    for (const s of ds.sources) expect(s.examples).toBeGreaterThan(50)
    expect(ds.exampleTokensMax).toBeLessThanOrEqual(64)
    let tokens = 0
    let n = 0
    ds.sources.forEach((s, i) => {
      for (let j = 0; j < s.examples; j++, n++) tokens += ds.exampleLength(i, j)
    })
    expect(tokens / n).toBeLessThan(40)
  })

  it('is the same every time (a fixed id)', async () => {
    expect((await openSampleMixture(tok)).id).toBe(ds.id)
    expect(ds.id).toMatch(/^sample-v1-[0-9a-f]{16}$/)
  })

  it('never shows a held-out prompt in training, not even inside a longer prompt', () => {
    const held = sampleHeldOut()
    expect(held.length).toBeGreaterThanOrEqual(9)
    const all = sampleRawSources().flatMap((s) => s.examples.map((e) => (e.kind === 'text' ? e.text : e.prompt + e.answer)))
    for (const h of held) {
      expect(all.some((t) => t.includes(h.prompt))).toBe(false)
      expect(tok.encode(h.answer)).toHaveLength(1)
      if (h.task === 'sentiment') {
        const sentence = h.prompt.match(/Input: (.*)\n/)![1]!
        expect(all.some((t) => t.includes(sentence.slice(0, -1)))).toBe(false)
      } else {
        // The fact itself is trained: the same instance line with its answer appears.
        const line = h.prompt.match(/Input: .*\nOutput:$/)![0]! + h.answer
        expect(all.some((t) => t.includes(line))).toBe(true)
      }
    }
  })

  it('packs into the demo sequence lengths with little padding', () => {
    for (const seqLen of [64, 128]) {
      const plan = new DataCursor(ds, { globalBatch: 32, seqLen, seed: 0 }).plan()
      expect(plan.tokens / (32 * seqLen)).toBeGreaterThan(0.75)
    }
  })
})
