import { describe, expect, it } from 'vitest'
import { Inbox, type InboxKey } from '../../src/inbox.js'

const key = (epoch: number, step: number, microBatch = 0, kind = 1, from = 'p'): InboxKey => ({ epoch, step, kind, microBatch, from })

describe('Inbox', () => {
  it('hands a buffered frame to a later take, and a later frame to an earlier take', async () => {
    const inbox = new Inbox<string>({ bytesMax: 100 })
    expect(inbox.put(key(1, 0), 'a', 10)).toBe('accepted')
    expect(await inbox.take(key(1, 0))).toBe('a')
    const pending = inbox.take(key(1, 0, 1))
    expect(inbox.put(key(1, 0, 1), 'b', 10)).toBe('accepted')
    expect(await pending).toBe('b')
    expect(inbox.bufferedBytes).toBe(0)
  })

  it('refuses and counts stale frames, drops buffered ones when the horizon moves', () => {
    const inbox = new Inbox<string>({ bytesMax: 100 })
    inbox.put(key(1, 3), 'x', 10)
    inbox.put(key(2, 0), 'future epoch', 10)
    inbox.advance(1, 4)
    expect(inbox.size).toBe(1)
    expect(inbox.stale).toBe(1)
    expect(inbox.put(key(1, 3), 'late', 1)).toBe('stale')
    expect(inbox.put(key(0, 9), 'old epoch', 1)).toBe('stale')
    expect(inbox.stale).toBe(3)
    inbox.advance(2, 0)
    expect(inbox.size).toBe(1)
  })

  it('bounds the bytes it buffers and refuses duplicates', () => {
    const inbox = new Inbox<string>({ bytesMax: 15 })
    expect(inbox.put(key(1, 0, 0), 'a', 10)).toBe('accepted')
    expect(inbox.put(key(1, 0, 0), 'a', 1)).toBe('duplicate')
    expect(inbox.put(key(1, 0, 1), 'b', 10)).toBe('overflow')
    expect(inbox.overflows).toBe(1)
  })

  it('rejects waiters on abort and on clear', async () => {
    const inbox = new Inbox<string>({ bytesMax: 100 })
    const ac = new AbortController()
    const a = inbox.take(key(1, 0), { signal: ac.signal })
    ac.abort(new Error('aborted'))
    await expect(a).rejects.toThrow('aborted')
    const b = inbox.take(key(1, 1))
    inbox.clear(new Error('new plan'))
    await expect(b).rejects.toThrow('new plan')
  })
})
