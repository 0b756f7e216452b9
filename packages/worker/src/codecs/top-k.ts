// Top-k by magnitude as a bitmask: exactly min(k, non-zeros) values are kept, ties broken by
// position, so the same input gives the same mask on every machine. Linear time (quickselect).
import { xorshift32 } from './rng.js'

let absScratch = new Float32Array(1024)

/** The k-th largest value of a[0..n) (1-based k), rearranging `a`. Expected O(n). */
export function kthLargest(a: Float32Array, n: number, k: number): number {
  let lo = 0
  let hi = n - 1
  const target = k - 1 // index in descending order
  let rng = 0x9e3779b9
  while (hi > lo) {
    rng = xorshift32(rng)
    const p = a[lo + (rng % (hi - lo + 1))]!
    // Three-way partition (Dijkstra): [lo, lt) > p, [lt, gt] == p, (gt, hi] < p.
    let lt = lo
    let gt = hi
    let i = lo
    while (i <= gt) {
      const v = a[i]!
      if (v > p) {
        a[i] = a[lt]!
        a[lt] = v
        lt++
        i++
      } else if (v < p) {
        a[i] = a[gt]!
        a[gt] = v
        gt--
      } else i++
    }
    if (target < lt) hi = lt - 1
    else if (target > gt) lo = gt + 1
    else return p
  }
  return a[lo]!
}

/**
 * Marks the `k` largest |v[i]| of v[0..n) in `mask` (bit i of byte i >> 3, which must be zeroed by
 * the caller) and copies the kept values, in index order, to `kept`. Zeros are never kept. Returns
 * how many were kept.
 */
export function topkMask(v: Float32Array, n: number, k: number, mask: Uint8Array, kept: Float32Array): number {
  if (n === 0 || k <= 0) return 0
  if (absScratch.length < n) absScratch = new Float32Array(n)
  const a = absScratch
  for (let i = 0; i < n; i++) a[i] = Math.abs(v[i]!)
  const thr = k >= n ? 0 : kthLargest(a, n, k)
  let greater = 0
  if (thr > 0) for (let i = 0; i < n; i++) if (Math.abs(v[i]!) > thr) greater++
  let ties = thr > 0 ? k - greater : 0
  let count = 0
  for (let i = 0; i < n; i++) {
    const x = v[i]!
    const ax = Math.abs(x)
    if (ax > thr || (ax === thr && ties > 0 && ax > 0)) {
      if (ax === thr) ties--
      mask[i >>> 3] = mask[i >>> 3]! | (1 << (i & 7))
      kept[count++] = x
    }
  }
  return count
}

/** Set bits in mask[0..bytes). */
export function popcount(mask: Uint8Array, bytes: number): number {
  let c = 0
  for (let i = 0; i < bytes; i++) {
    let b = mask[i]!
    b = b - ((b >>> 1) & 0x55)
    b = (b & 0x33) + ((b >>> 2) & 0x33)
    c += (b + (b >>> 4)) & 0x0f
  }
  return c
}
