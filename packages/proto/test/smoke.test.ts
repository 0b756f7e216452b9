import { describe, expect, it } from 'vitest'
import { smoke as tandem } from '../src/messages.js'

describe('generated code', () => {
  it('round trips', () => {
    const bytes = tandem.smoke.Ping.encode({ step: 7, run: 'r', payload: new Uint8Array([1, 2]) }).finish()
    const back = tandem.smoke.Ping.decode(bytes)
    expect(back.step).toBe(7)
    expect(Array.from(back.payload)).toEqual([1, 2])
  })
})
