import { describe, expect, it } from 'vitest'
import { feasibleReplicaCounts, fixedLayout, type LayoutMember } from '../../src/layout.js'

const members = (n: number, speeds: number[] = []): LayoutMember[] =>
  Array.from({ length: n }, (_, i) => ({ workerId: `w${i}`, layerSeconds: speeds[i] ?? 0, memoryBytes: 0 }))

describe('fixedLayout', () => {
  const base = { nLayer: 4, globalBatch: 8, microBatch: 2 }

  it('fills stages x replicas and splits layers evenly', () => {
    const r = fixedLayout(2, 2)({ ...base, members: members(4) })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.layout.stages).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }])
    expect(r.layout.replicas).toBe(2)
    expect(r.layout.cells).toHaveLength(4)
    expect(new Set(r.layout.cells.map((c) => c.workerId)).size).toBe(4)
  })

  it('shrinks replicas while members are missing and refuses below one per stage', () => {
    const r = fixedLayout(2, 2)({ ...base, members: members(3) })
    expect(r.ok && r.layout.replicas).toBe(1)
    const none = fixedLayout(2, 2)({ ...base, members: members(1) })
    expect(none.ok).toBe(false)
    if (!none.ok) expect(none.reason).toMatch(/2 stages need at least 2, 1 joined/)
  })

  it('keeps survivors on their stage when a member leaves', () => {
    const first = fixedLayout(2, 2)({ ...base, members: members(4) })
    if (!first.ok) throw new Error('no layout')
    const lost = first.layout.cells.find((c) => c.stage === 1 && c.replica === 0)!.workerId
    const rest = members(4).filter((m) => m.workerId !== lost)
    const second = fixedLayout(2, 2)({ ...base, members: rest, current: first.layout })
    if (!second.ok) throw new Error('no layout')
    expect(second.layout.replicas).toBe(1)
    const survivor1 = first.layout.cells.find((c) => c.stage === 1 && c.replica === 1)!.workerId
    expect(second.layout.cells.find((c) => c.stage === 1)!.workerId).toBe(survivor1)
    const stage0 = second.layout.cells.find((c) => c.stage === 0)!.workerId
    expect(first.layout.cells.find((c) => c.workerId === stage0)!.stage).toBe(0)
  })

  it('places the fastest members first', () => {
    const r = fixedLayout(2, 1)({ ...base, members: members(3, [3, 1, 2]) })
    if (!r.ok) throw new Error('no layout')
    expect(r.layout.cells.map((c) => c.workerId).sort()).toEqual(['w1', 'w2'])
  })

  it('picks replica counts that divide the batch', () => {
    expect(feasibleReplicaCounts(8, 2, 4)).toEqual([4, 2, 1])
    expect(feasibleReplicaCounts(12, 2, 4)).toEqual([3, 2, 1])
  })
})
