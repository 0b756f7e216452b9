// The tokenizer every part of Tandem uses: GPT-2 byte-level BPE (GPT-J's), built in, or read from a
// Hugging Face model folder that carries its own tokenizer files.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '@tandem/proto'
import { ByteLevelBpe } from './byte-level-bpe.js'
import { GPT2_EOT_ID } from './constants.js'
import { gpt2Vocabulary } from './gpt2-vocabulary.js'
import { hfByteLevelBpe, parseTokenizerJson, parseVocabAndMerges } from './hf-tokenizer.js'

export interface Tokenizer {
  /** Where the vocabulary came from: 'gpt2' (built in) or the file it was read from. */
  readonly name: string
  /** Token ids of text; special tokens written literally (`<|endoftext|>`) become their ids, as in Hugging Face. */
  encode(text: string): number[]
  /** Text of ids; bytes that do not form UTF-8 become U+FFFD. */
  decode(ids: ArrayLike<number>): string
  /** `<|endoftext|>` (50256 for GPT-2). */
  readonly eotId: number
  /** Ids are 0..vocabSize-1 (GPT-2: 50257; a model's embedding may have more rows). */
  readonly vocabSize: number
}

let builtin: Promise<ByteLevelBpe> | undefined

/** GPT-2's tokenizer from gpt-tokenizer's shipped ranks; built once per process (about 0.2 s). */
export function gpt2Tokenizer(): Promise<ByteLevelBpe> {
  builtin ??= gpt2Vocabulary().then(
    ({ tokenBytes, merges, specialTokens }) => new ByteLevelBpe({ name: 'gpt2', tokenBytes, merges, specialTokens, eotId: GPT2_EOT_ID }),
  )
  return builtin
}

/**
 * The tokenizer of a model folder: its `tokenizer.json`, else `vocab.json` + `merges.txt`, else (no
 * tokenizer files, or no folder given) the built-in GPT-2 tokenizer that GPT-J uses.
 */
export async function loadTokenizer(modelDir?: string): Promise<ByteLevelBpe> {
  if (modelDir === undefined) return gpt2Tokenizer()
  if (!existsSync(modelDir) || !statSync(modelDir).isDirectory()) {
    throw new UserError(`model folder '${modelDir}' does not exist or is not a folder.`)
  }
  const tokenizerJson = join(modelDir, 'tokenizer.json')
  if (existsSync(tokenizerJson)) {
    const text = readFileSync(tokenizerJson, 'utf8')
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch (err) {
      throw new UserError(`${tokenizerJson} is not valid JSON (${(err as Error).message}).`)
    }
    return hfByteLevelBpe(parseTokenizerJson(doc, tokenizerJson, nameOf(text)))
  }
  const vocab = join(modelDir, 'vocab.json')
  const merges = join(modelDir, 'merges.txt')
  if (existsSync(vocab) && existsSync(merges)) {
    const added = join(modelDir, 'added_tokens.json')
    const addedText = existsSync(added) ? readFileSync(added, 'utf8') : undefined
    const vocabText = readFileSync(vocab, 'utf8')
    const mergesText = readFileSync(merges, 'utf8')
    try {
      return hfByteLevelBpe(parseVocabAndMerges(vocabText, mergesText, addedText, vocab, nameOf(vocabText, mergesText, addedText ?? '')))
    } catch (err) {
      if (err instanceof SyntaxError) throw new UserError(`${vocab} or ${added} is not valid JSON (${err.message}).`)
      throw err
    }
  }
  return gpt2Tokenizer()
}

/** A tokenizer read from files is named by their content, so manifests do not depend on paths. */
function nameOf(...texts: string[]): string {
  const h = createHash('sha256')
  for (const t of texts) h.update(t).update('\u0000')
  return `hf-bpe-${h.digest('hex').slice(0, 16)}`
}
