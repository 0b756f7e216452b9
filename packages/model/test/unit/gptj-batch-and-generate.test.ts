// `tandem model grad`'s BATCH.json parser (refusals name the field) and the generation sampler.
import { UserError } from '@tandem/proto'
import { describe, expect, it } from 'vitest'
import { modelParams, PRESETS } from '../../src/config.js'
import { generate, sampleToken } from '../../src/generate.js'
import { batchFromJson } from '../../src/model-grad.js'

const config = { ...PRESETS.tiny, vocabSize: 100 }

describe('batchFromJson', () => {
  const good = { input_ids: [[1, 2, 3, 4], [5, 6, 7, 8]], labels: [[-100, 2, 3, 4], [5, 6, -100, 8]] }

  it('converts rows, prefix_lengths and segment_ids into a TokenBatch', () => {
    const b = batchFromJson({ ...good, prefix_lengths: [2, 0], segment_ids: [[0, 0, 1, 1], [3, 3, 3, 3]] }, config)
    expect(b.batch).toBe(2)
    expect(b.seq).toBe(4)
    expect([...b.inputIds]).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect([...b.prefixMask]).toEqual([1, 1, 0, 0, 0, 0, 0, 0])
    expect([...b.segmentIds]).toEqual([0, 0, 1, 1, 3, 3, 3, 3])
  })

  const refusals: [string, unknown, RegExp][] = [
    ['not an object', [1, 2], /JSON object/],
    ['no input_ids', { labels: good.labels }, /^input_ids must be/],
    ['ragged rows', { ...good, input_ids: [[1, 2, 3, 4], [5, 6, 7]] }, /input_ids\[1\]/],
    ['a token id out of range', { ...good, input_ids: [[1, 2, 3, 100], [5, 6, 7, 8]] }, /input_ids\[0\]\[3\] = 100/],
    ['a non-integer id', { ...good, input_ids: [[1, 2, 3.5, 4], [5, 6, 7, 8]] }, /input_ids\[0\]\[2\]/],
    ['labels of another shape', { ...good, labels: [[1, 2, 3, 4]] }, /^labels has 1 rows/],
    ['a label out of range', { ...good, labels: [[-100, 2, 3, 4], [5, -1, 7, 8]] }, /labels\[1\]\[1\] = -1/],
    ['prefix_lengths of the wrong length', { ...good, prefix_lengths: [1] }, /^prefix_lengths must be/],
    ['a prefix longer than the row', { ...good, prefix_lengths: [1, 5] }, /prefix_lengths\[1\] = 5/],
    ['segment_ids of another shape', { ...good, segment_ids: [[0, 0, 0, 0], [0, 0]] }, /segment_ids\[1\]/],
  ]
  for (const [name, json, message] of refusals) {
    it(`refuses ${name}, naming the field`, () => {
      let err: unknown
      try {
        batchFromJson(json, config)
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(UserError)
      expect((err as Error).message).toMatch(message)
    })
  }
})

describe('generation', () => {
  it('top-k 1 is greedy, within the vocabulary limit', () => {
    const logits = Float32Array.from([0.1, 3, 0.2, 9, 1])
    expect(sampleToken(logits, { topK: 1, temperature: 1, limit: 5, random: Math.random })).toBe(3)
    expect(sampleToken(logits, { topK: 1, temperature: 1, limit: 3, random: Math.random })).toBe(1)
  })

  it('top-k samples only among the k best, in proportion to softmax(logits / temperature)', () => {
    const logits = Float32Array.from([0, Math.log(3), 5, Math.log(1), -9])
    const counts = [0, 0, 0, 0, 0]
    let s = 1
    const random = () => {
      s = (s * 48271) % 2147483647
      return s / 2147483647
    }
    for (let i = 0; i < 4000; i++) counts[sampleToken(logits, { topK: 2, temperature: 1, limit: 4, random })]!++
    expect(counts[0]! + counts[3]! + counts[4]!).toBe(0)
    // Among {2: e^5, 1: 3}: P(1) = 3 / (3 + e^5) ~ 0.0198.
    expect(counts[1]! / 4000).toBeGreaterThan(0.01)
    expect(counts[1]! / 4000).toBeLessThan(0.03)
  })

  it('continues a prompt greedily and deterministically, stopping at the stop token', async () => {
    const params = new Map(modelParams(config).map((s) => [s.name, new Float32Array(s.shape.reduce((a, b) => a * b, 1))]))
    // A model whose lm_head bias prefers token 7: greedy decoding repeats it.
    params.get('lm_head.bias')![7] = 1
    for (const s of modelParams(config)) if (s.name.includes('ln_') && s.name.endsWith('weight')) params.get(s.name)!.fill(1)
    expect(await generate(config, params, [1, 2, 3], { maxNewTokens: 3, threads: 1 })).toEqual([7, 7, 7])
    expect(await generate(config, params, [1, 2, 3], { maxNewTokens: 3, stopToken: 7, threads: 1 })).toEqual([])
    await expect(generate(config, params, [1, 200], { threads: 1 })).rejects.toThrow(/outside the model's vocabulary/)
  })
})
