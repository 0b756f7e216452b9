// The control client against an in-test fake coordinator (channel pairs, no network): join,
// delivery, heartbeats, reconnection with the previous worker id, and permanent refusals.
import { control } from '@tandem/proto'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { ControlClient, type MessageChannel } from '../../src/control-client.js'

type Msg = control.ControlMessage.$Properties

/** One end of an in-memory duplex: what one side sends, the other iterates. */
function pair(): [MessageChannel<Msg>, MessageChannel<Msg>] {
  const queues: Msg[][] = [[], []]
  const waiters: (((v: IteratorResult<Msg>) => void) | undefined)[] = [undefined, undefined]
  let closed = false
  const end = (me: number): MessageChannel<Msg> => ({
    async send(m) {
      if (closed) throw new Error('closed')
      const other = 1 - me
      const w = waiters[other]
      if (w !== undefined) {
        waiters[other] = undefined
        w({ value: m, done: false })
      } else queues[other]!.push(m)
    },
    async close() {
      closed = true
      for (const w of waiters) w?.({ value: undefined, done: true })
    },
    abort() {
      closed = true
      for (const w of waiters) w?.({ value: undefined, done: true })
    },
    [Symbol.asyncIterator]() {
      return {
        next: () => {
          const q = queues[me]!
          if (q.length > 0) return Promise.resolve({ value: q.shift()!, done: false })
          if (closed) return Promise.resolve({ value: undefined, done: true })
          return new Promise((r) => {
            waiters[me] = r
          })
        },
      }
    },
  })
  return [end(0), end(1)]
}

const logger = pino({ level: 'silent' })
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('ControlClient', () => {
  it('joins, delivers messages, heartbeats, and re-joins by itself after the stream dies', async () => {
    const sessions: MessageChannel<Msg>[] = []
    const joins: control.IJoinRequest[] = []
    const received: Msg[] = []
    let beats = 0
    const client = new ControlClient(
      {
        logger,
        openChannel: async () => {
          const [w, c] = pair()
          sessions.push(c)
          // The fake coordinator: answers the join, counts heartbeats.
          void (async () => {
            for await (const m of c) {
              if (m.joinRequest != null) {
                joins.push(m.joinRequest)
                await c.send({ joinAnswer: { accepted: true, runId: 'run', workerId: 'w-1', heartbeatIntervalMs: 20, heartbeatTimeoutMs: 1000 } })
                await c.send({ coordinatorBeat: { runId: 'run', epoch: 0 } })
              } else if (m.heartbeat != null) beats++
            }
          })()
          return w
        },
      },
      { joinRequest: () => ({ joinToken: 't', workerPeerId: 'p' }), heartbeat: () => ({ runId: 'run' }), onMessage: (m) => received.push(m), reconnectDelayMs: 10 },
    )
    client.start()
    await tick(120)
    expect(client.connected).toBe(true)
    expect(received.some((m) => m.coordinatorBeat != null)).toBe(true)
    expect(beats).toBeGreaterThan(0)
    // The coordinator goes away: the client dials again and says who it was.
    sessions[0]!.abort(new Error('coordinator killed'))
    await tick(150)
    expect(joins.length).toBe(2)
    expect(joins[1]!.previousWorkerId).toBe('w-1')
    expect(client.connected).toBe(true)
    await client.stop()
    await client.stop()
  })

  it('stops for good on a refusal that retrying cannot fix', async () => {
    let dials = 0
    let refused: control.IJoinAnswer | undefined
    const client = new ControlClient(
      {
        logger,
        openChannel: async () => {
          dials++
          const [w, c] = pair()
          void (async () => {
            for await (const m of c) if (m.joinRequest != null) await c.send({ joinAnswer: { accepted: false, refusal: control.JoinRefusal.JOIN_REFUSAL_BAD_TOKEN, reason: 'bad token' } })
          })()
          return w
        },
      },
      { joinRequest: () => ({}), heartbeat: () => ({}), onMessage: () => {}, onRefused: (a) => (refused = a), reconnectDelayMs: 10 },
    )
    client.start()
    await tick(100)
    expect(refused?.reason).toBe('bad token')
    expect(dials).toBe(1)
    await client.stop()
  })

  it('keeps messages marked keep while disconnected and sends them after joining', async () => {
    const got: Msg[] = []
    let open!: () => void
    const gate = new Promise<void>((r) => (open = r))
    const client = new ControlClient(
      {
        logger,
        openChannel: async () => {
          await gate
          const [w, c] = pair()
          void (async () => {
            for await (const m of c) {
              got.push(m)
              if (m.joinRequest != null) await c.send({ joinAnswer: { accepted: true, runId: 'run', workerId: 'w', heartbeatIntervalMs: 1000 } })
            }
          })()
          return w
        },
      },
      { joinRequest: () => ({}), heartbeat: () => ({}), onMessage: () => {} },
    )
    client.start()
    client.send({ stepReport: { step: 3 } }, { keep: true })
    client.send({ heartbeat: {} })
    open()
    await tick(50)
    expect(got.map((m) => Object.keys(m).find((k) => k !== 'sentAtMs'))).toEqual(['joinRequest', 'stepReport'])
    await client.stop()
  })
})
