// The donor's training hours: parsing, inside/outside across midnight, and when the answer changes.
import { describe, expect, it } from 'vitest'
import { insideSchedule, msToNextScheduleEdge, parseSchedule } from '../../src/donor-schedule.js'

/** A local time on an arbitrary day. */
const at = (h: number, m = 0) => new Date(2026, 10, 27, h, m, 0, 0)

describe('donor schedule', () => {
  it('parses one or more daily windows', () => {
    expect(parseSchedule('22:00-07:00').windows).toEqual([{ startMin: 22 * 60, endMin: 7 * 60 }])
    expect(parseSchedule('9:00-12:30, 14:00-24:00').windows).toEqual([
      { startMin: 9 * 60, endMin: 12 * 60 + 30 },
      { startMin: 14 * 60, endMin: 0 },
    ])
  })

  it.each(['', '22-07', '25:00-07:00', '22:60-07:00', '22:00', 'night', '10:00-10:00'])('refuses %j with one sentence', (text) => {
    expect(() => parseSchedule(text)).toThrow(expect.objectContaining({ name: 'UserError' }))
  })

  it('wraps past midnight', () => {
    const night = parseSchedule('22:00-07:00')
    expect(insideSchedule(night, at(23, 30))).toBe(true)
    expect(insideSchedule(night, at(3))).toBe(true)
    expect(insideSchedule(night, at(7))).toBe(false)
    expect(insideSchedule(night, at(12))).toBe(false)
    expect(insideSchedule(night, at(22))).toBe(true)
    expect(insideSchedule(night, at(21, 59))).toBe(false)
  })

  it('says when the answer next changes', () => {
    const s = parseSchedule('09:00-12:00,14:00-17:00')
    expect(msToNextScheduleEdge(s, at(8))).toBe(60 * 60_000)
    expect(msToNextScheduleEdge(s, at(12, 30))).toBe(90 * 60_000)
    expect(msToNextScheduleEdge(s, at(18))).toBe(15 * 60 * 60_000)
    expect(msToNextScheduleEdge(s, at(9))).toBe(3 * 60 * 60_000)
  })
})
