// GPT-2's vocabulary and merges, from the `r50k_base` ranks that gpt-tokenizer ships (the same ids
// as GPT-2's vocab.json; nothing is downloaded). tiktoken keeps ranks, not merges: the merge that
// forms each token is recovered by running BPE on its bytes with the lower ranks only.
import type { Merge } from './byte-level-bpe.js'
import { PairTable } from './pair-table.js'
import { GPT2_EOT_ID } from './constants.js'

export interface Gpt2Vocabulary {
  tokenBytes: Uint8Array[]
  merges: Merge[]
  specialTokens: Map<string, number>
}

const utf8 = new TextEncoder()

/** Reads gpt-tokenizer's r50k_base ranks (dynamic import: 50k strings load only when needed). */
export async function gpt2Vocabulary(): Promise<Gpt2Vocabulary> {
  const { default: ranks } = await import('gpt-tokenizer/bpeRanks/r50k_base')
  const tokenBytes: Uint8Array[] = []
  ranks.forEach((value, rank) => {
    tokenBytes[rank] = typeof value === 'string' ? utf8.encode(value) : Uint8Array.from(value)
  })
  if (tokenBytes.length !== GPT2_EOT_ID) throw new Error(`gpt-tokenizer r50k_base has ${tokenBytes.length} ranks, expected ${GPT2_EOT_ID}`)
  return {
    tokenBytes,
    merges: mergesFromRanks(tokenBytes),
    specialTokens: new Map([['<|endoftext|>', GPT2_EOT_ID]]),
  }
}

/**
 * The merges that produce each multi-byte token, in rank order. Token r is what remains when BPE
 * over its bytes, using the merges of the lower ranks (all found before it), stops: exactly two
 * parts, which are its merge. Integer pair keys keep this to a fraction of a second for 50k tokens.
 */
export function mergesFromRanks(tokenBytes: readonly Uint8Array[]): Merge[] {
  const byteId = new Int32Array(256).fill(-1)
  tokenBytes.forEach((bytes, rank) => {
    if (bytes.length === 1) byteId[bytes[0]!] = rank
  })
  const pairs = new PairTable(tokenBytes.length) // (left, right) -> merged, whose rank is the priority
  const merges: Merge[] = []
  const parts: number[] = []
  tokenBytes.forEach((bytes, rank) => {
    if (bytes.length < 2) return
    parts.length = 0
    for (const b of bytes) parts.push(byteId[b]!)
    for (;;) {
      let best = -1
      let bestRank = rank
      for (let i = 0; i + 1 < parts.length; i++) {
        const slot = pairs.find(parts[i]!, parts[i + 1]!)
        const r = slot < 0 ? rank : pairs.merged(slot)
        if (r < bestRank) {
          bestRank = r
          best = i
        }
      }
      if (best < 0) break
      parts.splice(best, 2, bestRank)
    }
    if (parts.length !== 2) throw new Error(`rank ${rank} is not formed by one merge of lower ranks`)
    pairs.add(parts[0]!, parts[1]!, rank, rank)
    merges.push([parts[0]!, parts[1]!, rank])
  })
  return merges
}
