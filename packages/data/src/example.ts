// A tokenized example as stored and packed: its ids and how many of them form the prompt. Text
// examples carry no prompt (prefixLen 0): UL2 chooses their prefix when they are packed, afresh in
// each epoch.
import { TEXT_CHUNK_TOKENS_MIN } from './constants.js'
import type { RawExample } from './raw-example.js'
import type { Tokenizer } from './tokenizer.js'

export type ExampleKind = 'text' | 'instruction'

export interface TokenizedExample {
  kind: ExampleKind
  tokens: Int32Array
  /** Instruction: the prompt's token count (the prefix); text: 0. */
  prefixLen: number
}

/**
 * Ids of an example: an instruction is prompt + answer + `<|endoftext|>` (the end token is scored,
 * so the model learns to stop); text is the text + `<|endoftext|>`.
 */
export function tokenizeExample(raw: RawExample, tokenizer: Tokenizer): TokenizedExample {
  if (raw.kind === 'text') {
    const ids = tokenizer.encode(raw.text)
    ids.push(tokenizer.eotId)
    return { kind: 'text', tokens: Int32Array.from(ids), prefixLen: 0 }
  }
  const prompt = tokenizer.encode(raw.prompt)
  const answer = tokenizer.encode(raw.answer)
  const tokens = new Int32Array(prompt.length + answer.length + 1)
  tokens.set(prompt, 0)
  tokens.set(answer, prompt.length)
  tokens[tokens.length - 1] = tokenizer.eotId
  return { kind: 'instruction', tokens, prefixLen: prompt.length }
}

/**
 * Makes an example fit maxLen tokens. Text longer than that becomes several consecutive chunks
 * (a chunk shorter than TEXT_CHUNK_TOKENS_MIN is dropped). An instruction keeps its answer and the
 * end of its prompt (the part nearest the question); an answer longer than maxLen - 1 is cut at its end.
 */
export function fitExample(ex: TokenizedExample, maxLen: number): TokenizedExample[] {
  const n = ex.tokens.length
  if (n <= maxLen) return [ex]
  if (ex.kind === 'text') {
    const out: TokenizedExample[] = []
    for (let s = 0; s < n; s += maxLen) {
      const chunk = ex.tokens.subarray(s, Math.min(n, s + maxLen))
      if (chunk.length >= TEXT_CHUNK_TOKENS_MIN) out.push({ kind: 'text', tokens: chunk, prefixLen: 0 })
    }
    return out
  }
  return [fitInstruction(ex, maxLen)]
}

export function fitInstruction(ex: TokenizedExample, maxLen: number): TokenizedExample {
  const n = ex.tokens.length
  if (n <= maxLen) return ex
  const answerLen = n - ex.prefixLen
  const keepAnswer = Math.min(answerLen, maxLen - Math.min(1, ex.prefixLen))
  const keepPrompt = maxLen - keepAnswer
  const tokens = new Int32Array(maxLen)
  tokens.set(ex.tokens.subarray(ex.prefixLen - keepPrompt, ex.prefixLen), 0)
  tokens.set(ex.tokens.subarray(ex.prefixLen, ex.prefixLen + keepAnswer), keepPrompt)
  return { kind: 'instruction', tokens, prefixLen: keepPrompt }
}
