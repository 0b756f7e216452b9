// Byte-level BPE (GPT-2's scheme): pre-tokenize, turn each piece's UTF-8 bytes into byte tokens,
// then apply merges by priority. One engine for the built-in GPT-2 vocabulary and for Hugging Face
// tokenizer files; pieces are cached, since real text repeats its words.
import { ValidationError } from '@tandem/proto'
import { BPE_CACHE_ENTRIES_MAX, BPE_CACHE_PIECE_CHARS_MAX, BPE_HEAP_PIECE_BYTES_MIN } from './constants.js'
import { PairTable } from './pair-table.js'
import { pieceEnd } from './pretokenize.js'
import type { Tokenizer } from './tokenizer.js'

/** One merge: the pair (left, right) becomes `merged`; earlier merges apply first. */
export type Merge = readonly [left: number, right: number, merged: number]

export interface ByteLevelBpeInit {
  /** Where the vocabulary came from, for messages and manifests. */
  name: string
  /** The bytes each id stands for; special tokens may be absent here (see specialTokens). */
  tokenBytes: readonly (Uint8Array | undefined)[]
  /** Merges in priority order. */
  merges: readonly Merge[]
  /** Tokens matched literally in the text before pre-tokenization (`<|endoftext|>`). */
  specialTokens: ReadonlyMap<string, number>
  eotId: number
  /** Hugging Face ByteLevel `add_prefix_space`: a space is put before text that lacks one. */
  addPrefixSpace?: boolean
}

const utf8 = new TextEncoder()
const utf8Decoder = new TextDecoder('utf-8')

// Ids stay below 2^20, so the merge heap packs a pair into one safe integer.
const ID_LIMIT = 1 << 20

export class ByteLevelBpe implements Tokenizer {
  readonly name: string
  readonly eotId: number
  readonly vocabSize: number
  private readonly tokenBytes: (Uint8Array | undefined)[]
  private readonly byteIds = new Int32Array(256)
  private readonly merges: PairTable
  private readonly special: ReadonlyMap<string, number>
  private readonly specialRe: RegExp | undefined
  private readonly specialFirstChars: string[]
  private readonly addPrefixSpace: boolean
  private readonly cache = new PieceCache(BPE_CACHE_ENTRIES_MAX)

  constructor(init: ByteLevelBpeInit) {
    this.name = init.name
    this.eotId = init.eotId
    this.special = init.specialTokens
    this.addPrefixSpace = init.addPrefixSpace ?? false
    this.tokenBytes = [...init.tokenBytes]
    for (const [content, id] of init.specialTokens) this.tokenBytes[id] ??= utf8.encode(content)
    this.vocabSize = this.tokenBytes.length
    if (this.vocabSize >= ID_LIMIT) throw new ValidationError('E_TOKENIZER', `vocabulary of ${this.vocabSize} ids is above the supported ${ID_LIMIT}.`)
    this.byteIds.fill(-1)
    this.tokenBytes.forEach((bytes, id) => {
      if (bytes?.length === 1 && this.byteIds[bytes[0]!] === -1) this.byteIds[bytes[0]!] = id
    })
    const missing = this.byteIds.indexOf(-1)
    if (missing >= 0) throw new ValidationError('E_TOKENIZER', `vocabulary '${init.name}' has no token for byte ${missing}, so it is not a byte-level BPE.`)
    this.merges = new PairTable(init.merges.length)
    for (const [priority, [left, right, merged]] of init.merges.entries()) this.merges.add(left, right, priority, merged)
    const specials = [...init.specialTokens.keys()].sort((a, b) => b.length - a.length)
    this.specialRe = specials.length > 0 ? new RegExp(specials.map(escapeRegExp).join('|'), 'g') : undefined
    this.specialFirstChars = [...new Set(specials.map((s) => s[0]!))]
  }

  encode(text: string): number[] {
    const out: number[] = []
    this.encodeInto(text, out)
    return out
  }

  /** Appends the ids of text to out (no intermediate arrays: the preparation hot path). */
  encodeInto(text: string, out: number[]): void {
    if (this.specialRe === undefined || !this.specialFirstChars.some((c) => text.includes(c))) {
      this.encodeOrdinary(text, out)
      return
    }
    const re = this.specialRe
    re.lastIndex = 0
    let from = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m.index > from) this.encodeOrdinary(text.slice(from, m.index), out)
      out.push(this.special.get(m[0])!)
      from = m.index + m[0].length
    }
    if (from < text.length) this.encodeOrdinary(text.slice(from), out)
  }

  decode(ids: ArrayLike<number>): string {
    return utf8Decoder.decode(this.decodeBytes(ids))
  }

  /** The raw bytes of ids (a token may hold part of a UTF-8 character). */
  decodeBytes(ids: ArrayLike<number>): Uint8Array {
    let n = 0
    for (let i = 0; i < ids.length; i++) n += this.bytesOf(ids[i]!).length
    const out = new Uint8Array(n)
    let at = 0
    for (let i = 0; i < ids.length; i++) {
      const b = this.bytesOf(ids[i]!)
      out.set(b, at)
      at += b.length
    }
    return out
  }

  private bytesOf(id: number): Uint8Array {
    const b = this.tokenBytes[id]
    if (b !== undefined) return b
    if (!Number.isSafeInteger(id) || id < 0) throw new ValidationError('E_TOKEN_ID', `${id} is not a token id (ids are whole numbers >= 0).`)
    // A model may have more rows than the tokenizer (GPT-J: 50400 > 50257); a generated id there
    // is shown by name, as Hugging Face shows GPT-J's `<|extratoken_N|>`, rather than failing.
    return utf8.encode(id >= this.vocabSize ? `<|extratoken_${id - this.vocabSize + 1}|>` : `<|unused_${id}|>`)
  }

  private encodeOrdinary(text: string, out: number[]): void {
    if (this.addPrefixSpace && text.length > 0 && text[0] !== ' ') text = ' ' + text
    const cache = this.cache
    for (let i = 0, end = text.length; i < end; ) {
      const e = pieceEnd(text, i, end)
      if (!cache.appendTo(text, i, e, out)) {
        const ids = this.bpe(text, i, e)
        cache.add(text, i, e, ids)
        for (let j = 0; j < ids.length; j++) out.push(ids[j]!)
      }
      i = e
    }
  }

  /** BPE of text[s, e): its UTF-8 bytes as byte tokens (no intermediate byte array), then merges. */
  private bpe(text: string, s: number, e: number): number[] {
    const ids = utf8ByteIds(text, s, e, this.byteIds)
    if (ids.length === 1) return ids
    return ids.length >= BPE_HEAP_PIECE_BYTES_MIN ? this.mergeWithHeap(ids) : this.mergeByScan(ids)
  }

  /** Quadratic but allocation-free: best for the short pieces that make up almost all text. */
  private mergeByScan(ids: number[]): number[] {
    const table = this.merges
    for (;;) {
      let best = -1
      let bestSlot = -1
      let bestPriority = 0x7fffffff
      for (let i = 0; i + 1 < ids.length; i++) {
        const slot = table.find(ids[i]!, ids[i + 1]!)
        if (slot >= 0 && table.priority(slot) < bestPriority) {
          bestPriority = table.priority(slot)
          bestSlot = slot
          best = i
        }
      }
      if (best < 0) return ids
      ids.splice(best, 2, table.merged(bestSlot))
    }
  }

  /**
   * O(n log n) merging for long pieces (a megabyte of letters must not take minutes): a linked
   * list of parts and a heap of candidate pairs ordered by (priority, position), like Hugging
   * Face's `Word::merge_all`; stale heap entries are skipped when popped.
   */
  private mergeWithHeap(ids: number[]): number[] {
    const n = ids.length
    const id = Int32Array.from(ids)
    const next = new Int32Array(n)
    const prev = new Int32Array(n)
    const alive = new Uint8Array(n).fill(1)
    for (let i = 0; i < n; i++) {
      next[i] = i + 1 < n ? i + 1 : -1
      prev[i] = i - 1
    }
    const heap = new PairHeap()
    const table = this.merges
    const push = (i: number): void => {
      const j = next[i]!
      if (j < 0) return
      const slot = table.find(id[i]!, id[j]!)
      if (slot >= 0) heap.push(table.priority(slot), i, id[i]!, id[j]!)
    }
    for (let i = 0; i + 1 < n; i++) push(i)
    while (heap.size > 0) {
      const { pos: i, left, right } = heap.pop()
      const j = next[i]!
      if (alive[i] === 0 || j < 0 || id[i] !== left || id[j] !== right) continue
      id[i] = table.merged(table.find(left, right))
      alive[j] = 0
      next[i] = next[j]!
      if (next[j]! >= 0) prev[next[j]!] = i
      if (prev[i]! >= 0) push(prev[i]!)
      push(i)
    }
    const out: number[] = []
    for (let i = 0; i >= 0; i = next[i]!) out.push(id[i]!)
    return out
  }
}

const POS_LIMIT = 2 ** 32

/**
 * Piece -> ids, looked up by the piece's position in the text without cutting it out: slicing and
 * hashing a new string per piece cost more than the rest of tokenization. Open addressing over a
 * hash of the UTF-16 units; the pieces' units and ids live in typed pools (a cached slice would
 * keep its whole source document alive). Dropped whole when full: bounded, no LRU bookkeeping.
 */
class PieceCache {
  /**
   * Slot records of 4 int32 (one cache line holds 4): hash, entry + 1 (0 = empty), length in
   * UTF-16 units, and the id when the piece is one token (else -1), so the common case touches
   * the record and the piece's characters only.
   */
  private readonly slots: Int32Array
  private readonly mask: number
  private count = 0
  private readonly charStarts: Int32Array
  private readonly idStarts: Int32Array
  private readonly idLengths: Int32Array
  private chars = new Uint16Array(1 << 16)
  private charsUsed = 0
  private ids = new Int32Array(1 << 16)
  private idsUsed = 0
  /** Hash of the piece last missed by appendTo (add() follows with the same piece). */
  private lastHash = 0

  constructor(private readonly entriesMax: number) {
    let size = 1
    while (size < entriesMax * 2) size *= 2
    this.slots = new Int32Array(size * 4)
    this.mask = size - 1
    this.charStarts = new Int32Array(entriesMax)
    this.idStarts = new Int32Array(entriesMax)
    this.idLengths = new Int32Array(entriesMax)
  }

  /** Appends the cached ids of text[s, e) to out; false when the piece is not cached. */
  appendTo(text: string, s: number, e: number, out: number[]): boolean {
    const h = hashRange(text, s, e)
    const n = e - s
    const slots = this.slots
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const r = slot * 4
      const entry = slots[r + 1]! - 1
      if (entry < 0) {
        this.lastHash = h
        return false
      }
      if (slots[r] !== h || slots[r + 2] !== n) continue
      const c0 = this.charStarts[entry]!
      let same = true
      for (let i = 0; i < n; i++) {
        if (this.chars[c0 + i] !== text.charCodeAt(s + i)) {
          same = false
          break
        }
      }
      if (!same) continue
      const single = slots[r + 3]!
      if (single >= 0) {
        out.push(single)
        return true
      }
      const start = this.idStarts[entry]!
      const end = start + this.idLengths[entry]!
      const ids = this.ids
      for (let j = start; j < end; j++) out.push(ids[j]!)
      return true
    }
  }

  /** Adds text[s, e), which the last appendTo() call did not find. */
  add(text: string, s: number, e: number, ids: readonly number[]): void {
    if (e - s > BPE_CACHE_PIECE_CHARS_MAX) return
    if (this.count >= this.entriesMax) this.clear()
    const h = this.lastHash
    let slot = h & this.mask
    while (this.slots[slot * 4 + 1] !== 0) slot = (slot + 1) & this.mask
    const entry = this.count++
    const r = slot * 4
    this.slots[r] = h
    this.slots[r + 1] = entry + 1
    this.slots[r + 2] = e - s
    this.slots[r + 3] = ids.length === 1 ? ids[0]! : -1
    this.chars = reserve16(this.chars, this.charsUsed, e - s)
    this.charStarts[entry] = this.charsUsed
    for (let i = s; i < e; i++) this.chars[this.charsUsed++] = text.charCodeAt(i)
    this.ids = reserve32(this.ids, this.idsUsed, ids.length)
    this.idStarts[entry] = this.idsUsed
    this.idLengths[entry] = ids.length
    for (let j = 0; j < ids.length; j++) this.ids[this.idsUsed++] = ids[j]!
  }

  private clear(): void {
    this.slots.fill(0)
    this.count = 0
    this.charsUsed = 0
    this.idsUsed = 0
  }
}

function reserve16(a: Uint16Array<ArrayBuffer>, used: number, more: number): Uint16Array<ArrayBuffer> {
  if (used + more <= a.length) return a
  const grown = new Uint16Array(Math.max(a.length * 2, used + more))
  grown.set(a.subarray(0, used))
  return grown
}

function reserve32(a: Int32Array<ArrayBuffer>, used: number, more: number): Int32Array<ArrayBuffer> {
  if (used + more <= a.length) return a
  const grown = new Int32Array(Math.max(a.length * 2, used + more))
  grown.set(a.subarray(0, used))
  return grown
}

function hashRange(text: string, s: number, e: number): number {
  let h = 0x811c9dc5
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h ^ (h >>> 15)) | 0
}

/** Binary min-heap of (priority, position) with the pair it was made for. */
class PairHeap {
  private keys: number[] = []
  private pairs: number[] = []
  get size(): number {
    return this.keys.length
  }

  push(priority: number, pos: number, left: number, right: number): void {
    // priority < 2^20 and pos < 2^32: one exact key orders by priority, then position.
    this.keys.push(priority * POS_LIMIT + pos)
    this.pairs.push(left * ID_LIMIT + right)
    let i = this.keys.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (this.keys[p]! <= this.keys[i]!) break
      this.swap(i, p)
      i = p
    }
  }

  pop(): { pos: number; left: number; right: number } {
    const key = this.keys[0]!
    const pair = this.pairs[0]!
    const lastKey = this.keys.pop()!
    const lastPair = this.pairs.pop()!
    if (this.keys.length > 0) {
      this.keys[0] = lastKey
      this.pairs[0] = lastPair
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < this.keys.length && this.keys[l]! < this.keys[m]!) m = l
        if (r < this.keys.length && this.keys[r]! < this.keys[m]!) m = r
        if (m === i) break
        this.swap(i, m)
        i = m
      }
    }
    return { pos: key % POS_LIMIT, left: Math.floor(pair / ID_LIMIT), right: pair % ID_LIMIT }
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a]!
    this.keys[a] = this.keys[b]!
    this.keys[b] = k
    const p = this.pairs[a]!
    this.pairs[a] = this.pairs[b]!
    this.pairs[b] = p
  }
}

/**
 * The byte tokens of text[s, e) in UTF-8, as TextEncoder would encode it (a lone surrogate
 * becomes U+FFFD, bytes EF BF BD).
 */
function utf8ByteIds(text: string, s: number, e: number, byteIds: Int32Array): number[] {
  const out: number[] = []
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x80) {
      out.push(byteIds[c]!)
      continue
    }
    if (c < 0x800) {
      out.push(byteIds[0xc0 | (c >> 6)]!, byteIds[0x80 | (c & 0x3f)]!)
      continue
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < e ? text.charCodeAt(i + 1) : 0
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000
        out.push(byteIds[0xf0 | (cp >> 18)]!, byteIds[0x80 | ((cp >> 12) & 0x3f)]!, byteIds[0x80 | ((cp >> 6) & 0x3f)]!, byteIds[0x80 | (cp & 0x3f)]!)
        i++
        continue
      }
      c = 0xfffd
    }
    out.push(byteIds[0xe0 | (c >> 12)]!, byteIds[0x80 | ((c >> 6) & 0x3f)]!, byteIds[0x80 | (c & 0x3f)]!)
  }
  return out
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
