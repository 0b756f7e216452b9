// GPT-2's pre-tokenizer as a hand-written scanner: the same pieces as the regular expression
// `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+` (JavaScript `u`
// semantics), several times faster than running that expression, which dominated tokenization.

const LETTER = 1
const NUMBER = 2
const SPACE = 3
const OTHER = 4

const LETTER_RE = /^\p{L}$/u
const NUMBER_RE = /^\p{N}$/u
const SPACE_RE = /^\s$/u

/** Character class per code point, filled lazily (0 = not yet classified). */
const classes = new Uint8Array(0x110000)
for (let c = 0; c < 128; c++) classes[c] = classifySlow(c)

function classifySlow(cp: number): number {
  const s = String.fromCodePoint(cp)
  if (LETTER_RE.test(s)) return LETTER
  if (NUMBER_RE.test(s)) return NUMBER
  if (SPACE_RE.test(s)) return SPACE
  return OTHER
}

function classOf(cp: number): number {
  const k = classes[cp]!
  if (k !== 0) return k
  const slow = classifySlow(cp)
  classes[cp] = slow
  return slow
}

/** Code point at i (a lone surrogate stands for itself, as in a `u` regular expression). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000
  }
  return c
}

const width = (cp: number): number => (cp > 0xffff ? 2 : 1)

/** End (exclusive) of the run of class k that starts at i. */
function runEnd(text: string, i: number, end: number, k: number): number {
  while (i < end) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if (classes[c] !== k) break
      i++
      continue
    }
    const cp = codePointAt(text, i)
    if (classOf(cp) !== k) break
    i += width(cp)
  }
  return i
}

/** Length of the contraction ('s 't 're 've 'm 'll 'd) at i, or 0. Case-sensitive, as GPT-2's. */
function contraction(text: string, i: number, end: number): number {
  if (i + 1 >= end) return 0
  const a = text.charCodeAt(i + 1)
  if (a === 0x73 || a === 0x74 || a === 0x6d || a === 0x64) return 2 // s t m d
  if (i + 2 >= end) return 0
  const b = text.charCodeAt(i + 2)
  if ((a === 0x72 && b === 0x65) || (a === 0x76 && b === 0x65) || (a === 0x6c && b === 0x6c)) return 3 // re ve ll
  return 0
}

/**
 * End (exclusive) of the GPT-2 pre-token that starts at i (i < end). Callers loop:
 * `for (let i = start; i < end; i = pieceEnd(text, i, end))`; the pieces cover the range exactly.
 */
export function pieceEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i)
  const cp = c < 128 ? c : codePointAt(text, i)
  const k = c < 128 ? classes[c]! : classOf(cp)
  if (cp === 0x27) {
    const n = contraction(text, i, end)
    if (n > 0) return i + n
  }
  if (k !== SPACE) return runEnd(text, i + width(cp), end, k)
  // A space followed by a letter, digit or symbol joins that run (` ?\p{L}+` and its siblings).
  if (cp === 0x20 && i + 1 < end) {
    const next = codePointAt(text, i + 1)
    const nk = classOf(next)
    if (nk !== SPACE) return runEnd(text, i + 1 + width(next), end, nk)
  }
  // Whitespace run: `\s+(?!\S)` leaves its last character to the next piece when a non-space
  // follows; that character is then a piece of its own unless it is a plain space (handled above
  // on the next call). No whitespace lies outside the BMP, so the last character is one unit.
  const e = runEnd(text, i, end, SPACE)
  if (e === end || e - 1 === i) return e
  return e - 1
}

/** Calls onPiece(start, end) for each GPT-2 pre-token of text[start, end), in order. */
export function splitGpt2(text: string, start: number, end: number, onPiece: (s: number, e: number) => void): void {
  for (let i = start; i < end; ) {
    const e = pieceEnd(text, i, end)
    onPiece(i, e)
    i = e
  }
}
