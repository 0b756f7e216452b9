import { describe, expect, it } from 'vitest'
import { gpipeOps, oneFOneBOps, predictStepMs, scheduleOps } from '../../src/schedule.js'

const fmt = (ops: { kind: string; microBatch: number }[]) => ops.map((o) => `${o.kind}${o.microBatch}`).join(' ')

describe('pipeline schedules', () => {
  it('GPipe runs every forward, then the backwards in reverse', () => {
    expect(fmt(gpipeOps(3))).toBe('F0 F1 F2 B2 B1 B0')
  })

  it('1F1B warms up by depth, alternates, then drains', () => {
    expect(fmt(oneFOneBOps(0, 3, 4))).toBe('F0 F1 F2 B0 F3 B1 B2 B3')
    expect(fmt(oneFOneBOps(1, 3, 4))).toBe('F0 F1 B0 F2 B1 F3 B2 B3')
    expect(fmt(oneFOneBOps(2, 3, 4))).toBe('F0 B0 F1 B1 F2 B2 F3 B3')
    // Fewer micro-batches than the warm-up: all forwards, then all backwards.
    expect(fmt(oneFOneBOps(0, 4, 2))).toBe('F0 F1 B0 B1')
  })

  it('every schedule runs each micro-batch forward once and backward once, forward first', () => {
    for (const kind of ['gpipe', '1f1b'] as const) {
      for (let S = 1; S <= 5; S++) {
        for (let M = 1; M <= 7; M++) {
          for (let s = 0; s < S; s++) {
            const ops = scheduleOps(kind, s, S, M)
            expect(ops).toHaveLength(2 * M)
            for (let m = 0; m < M; m++) {
              const f = ops.findIndex((o) => o.kind === 'F' && o.microBatch === m)
              const b = ops.findIndex((o) => o.kind === 'B' && o.microBatch === m)
              expect(f).toBeGreaterThanOrEqual(0)
              expect(b).toBeGreaterThan(f)
            }
          }
        }
      }
    }
  })

  it('refuses impossible shapes', () => {
    expect(() => scheduleOps('gpipe', 2, 2, 1)).toThrow(RangeError)
    expect(() => scheduleOps('gpipe', 0, 1, 0)).toThrow(RangeError)
  })
})

describe('step time prediction', () => {
  it('one stage is the sum of its compute plus the tail', () => {
    expect(predictStepMs('gpipe', 4, { forwardMs: [1], backwardMs: [2], forwardTransferMs: [], backwardTransferMs: [], tailMs: [5] })).toBe(17)
  })

  it('GPipe with S equal stages and free links takes (M + S - 1)(f + b)', () => {
    const S = 3
    const M = 4
    const costs = { forwardMs: [1, 1, 1], backwardMs: [2, 2, 2], forwardTransferMs: [0, 0], backwardTransferMs: [0, 0] }
    expect(predictStepMs('gpipe', M, costs)).toBe((M + S - 1) * 3)
    // 1F1B has the same bubble as GPipe, it only bounds memory.
    expect(predictStepMs('1f1b', M, costs)).toBe((M + S - 1) * 3)
  })

  it('transfers add to the critical path and are overlapped with compute', () => {
    // Two stages, one micro-batch: F0, send 10, F1, B1, send 10, B0.
    expect(predictStepMs('gpipe', 1, { forwardMs: [1, 1], backwardMs: [1, 1], forwardTransferMs: [10], backwardTransferMs: [10] })).toBe(24)
    // Two micro-batches: the second send queues behind the first on the link.
    const t = predictStepMs('gpipe', 2, { forwardMs: [1, 1], backwardMs: [1, 1], forwardTransferMs: [10], backwardTransferMs: [10] })
    // F0 0-1, F1 1-2; link: m0 1-11, m1 11-21; stage1: F0 11-12, F1 21-22, B1 22-23, B0 23-24;
    // back link: m1 23-33, m0 33-43; stage 0: B1 33-34, B0 43-44.
    expect(t).toBe(44)
  })
})
