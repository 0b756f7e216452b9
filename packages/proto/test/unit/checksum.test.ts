import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CRC32_NATIVE, crc32, crc32Js } from '../../src/checksum.js'

describe('crc32', () => {
  it('matches the standard check value', () => {
    const check = new TextEncoder().encode('123456789')
    expect(crc32(check)).toBe(0xcbf43926)
    expect(crc32Js(check)).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })

  it('native and JavaScript agree, also across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(2000), (data, cut) => {
        const c = Math.min(cut, data.length)
        const whole = crc32Js(data)
        expect(crc32(data)).toBe(whole)
        expect(crc32Js(data.subarray(c), crc32Js(data.subarray(0, c)))).toBe(whole)
        expect(crc32(data.subarray(c), crc32(data.subarray(0, c)))).toBe(whole)
      }),
    )
  })

  it('uses the native implementation on this Node', () => {
    expect(CRC32_NATIVE).toBe(true)
  })
})
