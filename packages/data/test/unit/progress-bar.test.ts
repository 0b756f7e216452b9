import { describe, expect, it } from 'vitest'
import { ProgressBar } from '../../src/progress-bar.js'

function stream(isTTY: boolean) {
  const out: string[] = []
  return { out, s: { isTTY, columns: 60, write: (x: string) => out.push(x) } }
}

describe('progress bar', () => {
  it('redraws one line on a terminal, throttled', () => {
    let now = 0
    const { out, s } = stream(true)
    const bar = new ProgressBar({ stream: s, now: () => now }, { label: 'prepare' })
    bar.update(0.25, '1.0 MB/s')
    bar.update(0.3, 'too soon')
    now = 1000
    bar.update(0.5, '2.0 MB/s')
    bar.finish('done')
    expect(out).toHaveLength(4)
    expect(out[0]!.startsWith('\r\u001b[2K')).toBe(true)
    expect(out[0]!.slice(5)).toMatch(/^prepare \[#+\.+\] {2}25% 1\.0 MB\/s$/)
    expect(out[2]).toMatch(/ 100% done$/)
    expect(out[3]).toBe('\n')
    for (const line of out.slice(0, 3)) expect(line.length).toBeLessThan(60 + 6)
  })

  it('writes plain lines every few seconds elsewhere', () => {
    let now = 0
    const { out, s } = stream(false)
    const bar = new ProgressBar({ stream: s, now: () => now }, { label: 'prepare' })
    bar.update(0.1, 'a')
    now = 1000
    bar.update(0.2, 'b')
    now = 6000
    bar.update(0.3, 'c')
    bar.finish('d')
    expect(out).toEqual(['prepare:  10% a\n', 'prepare:  30% c\n', 'prepare: 100% d\n'])
  })
})
