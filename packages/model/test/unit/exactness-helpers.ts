// The error measure of the exactness tests, in one place.

/**
 * max |got - want| / max |want| over a tensor: the max-norm error relative to the tensor's scale,
 * so tiny entries of a large tensor can neither hide nor inflate it. Absolute error where want is 0.
 */
export function relErr(got: ArrayLike<number>, want: ArrayLike<number>): number {
  if (got.length !== want.length) throw new RangeError(`relErr: ${got.length} values against ${want.length}`)
  let err = 0
  let scale = 0
  for (let i = 0; i < want.length; i++) {
    err = Math.max(err, Math.abs(got[i]! - want[i]!))
    scale = Math.max(scale, Math.abs(want[i]!))
  }
  return scale === 0 ? err : err / scale
}

/** Bitwise equality of two typed arrays (fast: vitest's deep equality walks element by element). */
export function sameBits(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
}

/** Names whose tensors differ bitwise (or are missing) between two parameter maps; [] when equal. */
export function differingTensors(a: ReadonlyMap<string, Float32Array>, b: ReadonlyMap<string, Float32Array>): string[] {
  const names = new Set([...a.keys(), ...b.keys()])
  return [...names].filter((n) => !a.has(n) || !b.has(n) || !sameBits(a.get(n)!, b.get(n)!))
}
