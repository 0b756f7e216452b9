// Open-addressing hash table from a pair of token ids to a merge (priority, merged id), on typed
// arrays: the BPE's inner loop looks pairs up millions of times, and a Map keyed by numbers above
// 2^31 hashes heap numbers, several times slower.

const EMPTY = -1

export class PairTable {
  private left: Int32Array
  private right: Int32Array
  private priorities: Int32Array
  private mergedIds: Int32Array
  private mask: number
  private count = 0

  constructor(expected = 1024) {
    let size = 16
    while (size < expected * 2) size *= 2
    this.left = new Int32Array(size).fill(EMPTY)
    this.right = new Int32Array(size)
    this.priorities = new Int32Array(size)
    this.mergedIds = new Int32Array(size)
    this.mask = size - 1
  }

  get size(): number {
    return this.count
  }

  /** Slot of (l, r), or -1 when absent. Read priority() and merged() of that slot. */
  find(l: number, r: number): number {
    for (let s = slotOf(l, r) & this.mask; ; s = (s + 1) & this.mask) {
      const k = this.left[s]!
      if (k === EMPTY) return -1
      if (k === l && this.right[s] === r) return s
    }
  }

  priority(slot: number): number {
    return this.priorities[slot]!
  }

  merged(slot: number): number {
    return this.mergedIds[slot]!
  }

  /** Adds (l, r) unless present (the first merge of a pair wins, as in Hugging Face). */
  add(l: number, r: number, priority: number, merged: number): void {
    if ((this.count + 1) * 2 > this.left.length) this.grow()
    for (let s = slotOf(l, r) & this.mask; ; s = (s + 1) & this.mask) {
      const k = this.left[s]!
      if (k === l && this.right[s] === r) return
      if (k === EMPTY) {
        this.left[s] = l
        this.right[s] = r
        this.priorities[s] = priority
        this.mergedIds[s] = merged
        this.count++
        return
      }
    }
  }

  private grow(): void {
    const { left, right, priorities, mergedIds } = this
    const size = left.length * 2
    this.left = new Int32Array(size).fill(EMPTY)
    this.right = new Int32Array(size)
    this.priorities = new Int32Array(size)
    this.mergedIds = new Int32Array(size)
    this.mask = size - 1
    this.count = 0
    for (let s = 0; s < left.length; s++) if (left[s] !== EMPTY) this.add(left[s]!, right[s]!, priorities[s]!, mergedIds[s]!)
  }
}

function slotOf(l: number, r: number): number {
  let h = Math.imul(l, 0x9e3779b1) ^ Math.imul(r ^ 0x7f4a7c15, 0x85ebca77)
  h ^= h >>> 15
  return Math.imul(h, 0x2c1b3c6d) >>> 7
}
