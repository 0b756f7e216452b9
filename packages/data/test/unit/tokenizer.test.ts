import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import ranks from 'gpt-tokenizer/bpeRanks/r50k_base'
import { encode as referenceEncode } from 'gpt-tokenizer/encoding/r50k_base'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ByteLevelBpe } from '../../src/byte-level-bpe.js'
import { byteToUnicode } from '../../src/hf-tokenizer.js'
import { splitGpt2 } from '../../src/pretokenize.js'
import { gpt2Tokenizer, loadTokenizer } from '../../src/tokenizer.js'

const EOT = '<|endoftext|>'
/**
 * gpt-tokenizer's encoding, with `<|endoftext|>` taken as the special token wherever it stands (as
 * Hugging Face and tiktoken do). gpt-tokenizer 3.4 itself only finds special tokens at the start
 * of the text (a sticky regular expression), so the text is split here and the parts encoded as
 * ordinary text.
 */
const reference = (text: string): number[] =>
  text.split(EOT).flatMap((part, i) => [...(i > 0 ? [50256] : []), ...referenceEncode(part, { disallowedSpecial: new Set() })])

/** Text that exercises the pre-tokenizer: contractions, runs of spaces, digits, symbols, scripts, emoji. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "'s", "'t", "'re", "'ve", "'m", "'ll", "'d", "'S", "''", ' ', '  ', '   ', '\n', '\n\n', '\t', ' \n ', '\r\n',
        '\u00a0', '\u3000', '\u2028', '\ufeff', 'é', 'e\u0301', 'ß', 'İ', '中文', 'Привет', 'مرحبا', '🙂', '👩‍👩‍👧', '\ud800', '\udfff',
        '²', '½', '٣', '123', '3.14', '-', '--', '...', '$', '€', '{', '}', '<|', '|>', EOT, '<|endoftext', 'Hello', 'world', 'GPT',
      ),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''))

let tok: ByteLevelBpe

beforeAll(async () => {
  tok = await gpt2Tokenizer()
})

describe('built-in GPT-2 tokenizer', () => {
  it('gives the known ids', () => {
    expect(tok.encode('Hello world')).toEqual([15496, 995])
    expect(tok.encode(EOT)).toEqual([50256])
    expect(tok.eotId).toBe(50256)
    expect(tok.vocabSize).toBe(50257)
    expect(tok.encode(` Paris${EOT}Rome`)).toEqual(reference(` Paris${EOT}Rome`))
  })

  it('matches gpt-tokenizer on tricky text', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(tok.encode(text)).toEqual(reference(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('matches gpt-tokenizer on long pieces (heap merging) and long whitespace runs', () => {
    for (const text of ['a'.repeat(5000), 'abcdefghij'.repeat(300), '1'.repeat(1000), ' '.repeat(700) + 'x', '\n'.repeat(300), 'x' + ' \t'.repeat(200)]) {
      expect(tok.encode(text)).toEqual(reference(text))
    }
  })

  it('decodes back to the text (valid UTF-8)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(tok.decode(tok.encode(text))).toBe(text)
      }),
    )
  })

  it('decodes model-only ids (GPT-J rows above the tokenizer) by name instead of failing', () => {
    expect(tok.decode([15496, 50257, 50399])).toBe('Hello<|extratoken_1|><|extratoken_143|>')
    expect(() => tok.decode([-1])).toThrow(/not a token id/)
  })
})

describe('pre-tokenizer', () => {
  const GPT2_PATTERN = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu
  it('cuts exactly where GPT-2\'s regular expression does', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const ours: string[] = []
        splitGpt2(text, 0, text.length, (s, e) => ours.push(text.slice(s, e)))
        expect(ours).toEqual(text.match(GPT2_PATTERN) ?? [])
      }),
      { numRuns: 2000 },
    )
  })
})

/** tiktoken ranks -> merges, written independently of the source (string keys, plain BPE). */
function referenceMerges(): [string, string][] {
  const bytes = ranks.map((v) => (typeof v === 'string' ? new TextEncoder().encode(v) : Uint8Array.from(v)))
  const key = (b: Uint8Array): string => Buffer.from(b).toString('latin1')
  const rankOf = new Map(bytes.map((b, r) => [key(b), r]))
  const out: [string, string][] = []
  bytes.forEach((b, rank) => {
    if (b.length < 2) return
    let parts = [...key(b)]
    for (;;) {
      let best = -1
      let bestRank = rank
      for (let i = 0; i + 1 < parts.length; i++) {
        const r = rankOf.get(parts[i]! + parts[i + 1]!)
        if (r !== undefined && r < bestRank) [best, bestRank] = [i, r]
      }
      if (best < 0) break
      parts = [...parts.slice(0, best), parts[best]! + parts[best + 1]!, ...parts.slice(best + 2)]
    }
    out.push([parts[0]!, parts[1]!])
  })
  return out
}

describe('Hugging Face tokenizer files', () => {
  const u = byteToUnicode()
  const show = (latin: string): string => [...latin].map((c) => u[c.charCodeAt(0)]).join('')
  const vocab: Record<string, number> = {}
  let merges: [string, string][] = []
  let dir: string

  beforeAll(() => {
    ranks.forEach((v, r) => {
      const b = typeof v === 'string' ? new TextEncoder().encode(v) : Uint8Array.from(v)
      vocab[show(Buffer.from(b).toString('latin1'))] = r
    })
    vocab[EOT] = 50256
    merges = referenceMerges().map(([a, b]) => [show(a), show(b)])
    dir = mkdtempSync(join(tmpdir(), 'tandem-tok-'))
  })

  const tokenizerJson = (mergeForm: 'string' | 'pair', extra: Record<string, unknown> = {}) => ({
    version: '1.0',
    added_tokens: [{ id: 50256, content: EOT, single_word: false, lstrip: false, rstrip: false, normalized: true, special: true }],
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    decoder: { type: 'ByteLevel' },
    model: { type: 'BPE', vocab, merges: mergeForm === 'string' ? merges.map(([a, b]) => `${a} ${b}`) : merges },
    ...extra,
  })

  it('loads a GPT-2 tokenizer.json (both merge forms) that encodes like gpt-tokenizer', async () => {
    for (const form of ['string', 'pair'] as const) {
      const d = join(dir, form)
      mkdirSync(d, { recursive: true })
      writeFileSync(join(d, 'tokenizer.json'), JSON.stringify(tokenizerJson(form)))
      const hf = await loadTokenizer(d)
      expect(hf.name).toMatch(/^hf-bpe-[0-9a-f]{16}$/)
      expect(hf.eotId).toBe(50256)
      expect(hf.vocabSize).toBe(50257)
      fc.assert(
        fc.property(tricky, (text) => {
          expect(hf.encode(text)).toEqual(reference(text))
        }),
        { numRuns: 500 },
      )
    }
  })

  it('loads vocab.json + merges.txt + added_tokens.json (GPT-J folder layout)', async () => {
    const d = join(dir, 'gptj')
    mkdirSync(d, { recursive: true })
    writeFileSync(join(d, 'vocab.json'), JSON.stringify(vocab))
    writeFileSync(join(d, 'merges.txt'), `#version: 0.2\n${merges.map(([a, b]) => `${a} ${b}`).join('\n')}\n`)
    writeFileSync(join(d, 'added_tokens.json'), JSON.stringify({ '<|extratoken_1|>': 50257 }))
    const hf = await loadTokenizer(d)
    expect(hf.encode('Hello world<|extratoken_1|>')).toEqual([15496, 995, 50257])
    expect(hf.vocabSize).toBe(50258)
    expect(hf.decode([15496, 50257])).toBe('Hello<|extratoken_1|>')
  })

  it('refuses what it cannot read, in one sentence', async () => {
    const d = join(dir, 'bad')
    mkdirSync(d, { recursive: true })
    writeFileSync(join(d, 'tokenizer.json'), JSON.stringify({ model: { type: 'Unigram', vocab: [] } }))
    await expect(loadTokenizer(d)).rejects.toMatchObject({ name: 'UserError', message: expect.stringMatching(/not BPE/) })
    writeFileSync(join(d, 'tokenizer.json'), JSON.stringify(tokenizerJson('string', { normalizer: { type: 'NFC' } })))
    await expect(loadTokenizer(d)).rejects.toMatchObject({ name: 'UserError', message: expect.stringMatching(/normalizer/) })
    writeFileSync(join(d, 'tokenizer.json'), '{ not json')
    await expect(loadTokenizer(d)).rejects.toMatchObject({ name: 'UserError', message: expect.stringMatching(/not valid JSON/) })
    await expect(loadTokenizer(join(dir, 'missing'))).rejects.toMatchObject({ name: 'UserError' })
  })

  it('falls back to the built-in tokenizer for a model folder without tokenizer files', async () => {
    expect((await loadTokenizer(dir)).name).toBe('gpt2')
  })
})
