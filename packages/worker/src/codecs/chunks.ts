// Chunk ownership for the two-round syncs: the flat parameter vector is cut into `size` contiguous
// chunks, replica j owns (aggregates) chunk j.

export interface ChunkRange {
  start: number
  length: number
}

/** Chunk j of a vector of `total` values split among `size` replicas (the last may be shorter or empty). */
export function chunkRange(total: number, size: number, j: number): ChunkRange {
  const per = Math.ceil(total / size)
  const start = Math.min(total, j * per)
  return { start, length: Math.min(total, start + per) - start }
}

/** The chunk that holds index `index` of a vector of `total` values split among `size` replicas. */
export function chunkOf(index: number, total: number, size: number): number {
  return Math.min(size - 1, Math.floor(index / Math.ceil(total / size)))
}
