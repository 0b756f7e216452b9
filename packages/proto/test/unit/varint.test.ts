import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DecodeError } from '../../src/errors.js'
import { encodeVarint, readVarint } from '../../src/varint.js'

describe('varint', () => {
  it('round-trips every 32-bit length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        const bytes = encodeVarint(n)
        expect(readVarint(bytes)).toEqual({ value: n, end: bytes.length })
      }),
    )
  })

  it('refuses overlong, non-minimal and truncated prefixes', () => {
    const bad = [[0x80, 0x80, 0x80, 0x80, 0x80, 0x01], [0x81, 0x00], [0xff, 0xff, 0xff, 0xff, 0x1f], [0x80]]
    for (const b of bad) expect(() => readVarint(new Uint8Array(b))).toThrow(DecodeError)
    expect(readVarint(new Uint8Array([0]))).toEqual({ value: 0, end: 1 })
    expect(readVarint(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]))).toEqual({ value: 0xffffffff, end: 5 })
  })
})
