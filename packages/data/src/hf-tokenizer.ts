// Hugging Face byte-level BPE files: `tokenizer.json` (model.vocab, model.merges, added_tokens) or
// the older `vocab.json` + `merges.txt` (+ `added_tokens.json`) that GPT-J's folder carries. Vocab
// strings use GPT-2's byte-to-unicode alphabet; they are turned back into bytes here.
import { UserError } from '@tandem/proto'
import { ByteLevelBpe, type Merge } from './byte-level-bpe.js'

/** GPT-2's `bytes_to_unicode`: printable bytes stand for themselves, the rest map above U+0100. */
export function byteToUnicode(): string[] {
  const printable = (b: number): boolean => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff)
  const table: string[] = new Array(256)
  let n = 0
  for (let b = 0; b < 256; b++) table[b] = String.fromCharCode(printable(b) ? b : 256 + n++)
  return table
}

const UNICODE_TO_BYTE = new Map(byteToUnicode().map((ch, b) => [ch, b]))

function vocabBytes(token: string, file: string): Uint8Array {
  const out = new Uint8Array(token.length)
  for (let i = 0; i < token.length; i++) {
    const b = UNICODE_TO_BYTE.get(token[i]!)
    if (b === undefined) {
      throw new UserError(`${file}: vocabulary entry ${JSON.stringify(token)} is not in GPT-2's byte alphabet; only byte-level BPE tokenizers are supported.`)
    }
    out[i] = b
  }
  return out
}

export interface HfTokenizerParts {
  /** File name for messages. */
  file: string
  /** Stable name for manifests: `hf-bpe-` and the start of the files' sha256. */
  name: string
  vocab: Record<string, number>
  /** "left right" strings (tokenizers < 0.20) or [left, right] pairs (newer files). */
  merges: readonly (string | readonly string[])[]
  added: readonly { id: number; content: string }[]
  addPrefixSpace: boolean
}

/** Builds the tokenizer from parsed Hugging Face parts. */
export function hfByteLevelBpe(parts: HfTokenizerParts): ByteLevelBpe {
  const { file, vocab } = parts
  const tokenBytes: (Uint8Array | undefined)[] = []
  const specialTokens = new Map<string, number>()
  for (const { id, content } of parts.added) specialTokens.set(content, id)
  for (const [token, id] of Object.entries(vocab)) {
    if (!Number.isInteger(id) || id < 0) throw new UserError(`${file}: vocabulary id of ${JSON.stringify(token)} is not a non-negative integer.`)
    if (specialTokens.has(token)) continue
    tokenBytes[id] = vocabBytes(token, file)
  }
  const merges: Merge[] = parts.merges.map((m, i) => {
    const pair = typeof m === 'string' ? splitMerge(m) : m
    const [a, b] = pair
    const left = a === undefined ? undefined : vocab[a]
    const right = b === undefined ? undefined : vocab[b]
    const merged = a === undefined || b === undefined ? undefined : vocab[a + b]
    if (pair.length !== 2 || left === undefined || right === undefined || merged === undefined) {
      throw new UserError(`${file}: merge ${i + 1} (${JSON.stringify(m)}) names tokens that are not in the vocabulary.`)
    }
    return [left, right, merged] as const
  })
  const eotId = specialTokens.get('<|endoftext|>') ?? vocab['<|endoftext|>']
  if (eotId === undefined) throw new UserError(`${file}: there is no <|endoftext|> token; Tandem needs it to separate packed examples.`)
  specialTokens.set('<|endoftext|>', eotId)
  return new ByteLevelBpe({ name: parts.name, tokenBytes, merges, specialTokens, eotId, addPrefixSpace: parts.addPrefixSpace })
}

function splitMerge(m: string): string[] {
  const sp = m.indexOf(' ', 1)
  return sp < 0 ? [m] : [m.slice(0, sp), m.slice(sp + 1)]
}

interface PreTokenizerJson {
  type?: string
  add_prefix_space?: boolean
  use_regex?: boolean
  pretokenizers?: PreTokenizerJson[]
}

/** Parses a `tokenizer.json` document (already JSON-decoded). */
export function parseTokenizerJson(doc: unknown, file: string, name: string): HfTokenizerParts {
  const d = doc as {
    model?: { type?: string; vocab?: unknown; merges?: unknown }
    added_tokens?: { id: number; content: string }[]
    pre_tokenizer?: PreTokenizerJson | null
    normalizer?: unknown
  }
  const model = d?.model
  if (model === undefined || (model.type !== undefined && model.type !== 'BPE')) {
    throw new UserError(`${file}: the model is '${model?.type ?? 'missing'}', not BPE; only GPT-2-style byte-level BPE tokenizers are supported.`)
  }
  if (typeof model.vocab !== 'object' || model.vocab === null || !Array.isArray(model.merges)) {
    throw new UserError(`${file}: model.vocab (an object) and model.merges (a list) are required.`)
  }
  if (d.normalizer !== undefined && d.normalizer !== null) {
    throw new UserError(`${file}: it has a normalizer, which GPT-2-style byte-level BPE does not use; this tokenizer is not supported.`)
  }
  const byteLevel = findByteLevel(d.pre_tokenizer ?? undefined)
  if (byteLevel === undefined || byteLevel.use_regex === false) {
    throw new UserError(`${file}: the pre-tokenizer is not ByteLevel with GPT-2's pattern; only GPT-2-style byte-level BPE tokenizers are supported.`)
  }
  return {
    file,
    name,
    vocab: model.vocab as Record<string, number>,
    merges: model.merges as (string | string[])[],
    added: (d.added_tokens ?? []).map(({ id, content }) => ({ id, content })),
    addPrefixSpace: byteLevel.add_prefix_space === true,
  }
}

function findByteLevel(p: PreTokenizerJson | undefined): PreTokenizerJson | undefined {
  if (p === undefined) return undefined
  if (p.type === 'ByteLevel') return p
  if (p.type === 'Sequence' && p.pretokenizers?.length === 1) return findByteLevel(p.pretokenizers[0])
  return undefined
}

/** Parses `vocab.json` + `merges.txt` (+ optional `added_tokens.json`), GPT-2's original files. */
export function parseVocabAndMerges(vocabJson: string, mergesTxt: string, addedJson: string | undefined, file: string, name: string): HfTokenizerParts {
  const vocab = JSON.parse(vocabJson) as Record<string, number>
  const merges = mergesTxt
    .split('\n')
    .filter((line, i) => line.length > 0 && !(i === 0 && line.startsWith('#version')))
  const added = Object.entries(addedJson === undefined ? {} : (JSON.parse(addedJson) as Record<string, number>)).map(([content, id]) => ({ id, content }))
  if (vocab['<|endoftext|>'] !== undefined) added.push({ id: vocab['<|endoftext|>'], content: '<|endoftext|>' })
  return { file, name, vocab, merges, added, addPrefixSpace: false }
}
