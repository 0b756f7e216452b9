// The run's data cursor, owned by the coordinator: the cursor at any state step (for the plan's
// DataSpec and for every checkpoint), computed forward from the nearest cursor it knows. The data
// package's cursor is a pure function of its state, so stage-0 workers rebuild the same batches.
import { type CursorJSON, DataCursor, type Dataset, openDataset } from '@tandem/data'
import type { control } from '@tandem/proto'
import type { RunConfig } from './run-config.js'

/** Cursors kept for quick lookups (recent steps and checkpoint steps). */
const CURSORS_KEPT = 64

export class RunDataCursor {
  readonly dataset: Dataset
  private readonly seed: number
  private readonly globalBatch: number
  private readonly cursors = new Map<number, DataCursor>()
  /** Steps whose cursors are never evicted: step 0 and a resumed run's imported cursor. */
  private readonly pinned = new Set<number>([0])

  private constructor(dataset: Dataset, run: RunConfig) {
    this.dataset = dataset
    this.seed = run.seed
    this.globalBatch = run.globalBatch
    this.cursors.set(0, new DataCursor(dataset, { globalBatch: run.globalBatch, seqLen: run.seqLen, seed: run.seed }))
  }

  static async open(run: RunConfig): Promise<RunDataCursor> {
    const spec = 'sample' in run.data ? ({ kind: 'sample' } as const) : ({ kind: 'prepared', dir: run.data.prepared } as const)
    return new RunDataCursor(await openDataset(spec), run)
  }

  /** The cursor whose batch is step `step`'s. */
  at(step: number): DataCursor {
    let best = 0
    for (const s of this.cursors.keys()) if (s <= step && s > best) best = s
    const c = this.cursors.get(best)!.at(step)
    this.remember(step, c)
    return c
  }

  /** Seeds the cache with a cursor saved in a checkpoint. */
  restore(json: CursorJSON): void {
    const c = DataCursor.fromJSON(this.dataset, json)
    this.remember(c.step, c)
  }

  /**
   * Pins a cursor saved by another run (a resume): every later step is computed forward from it,
   * never from this run's own step 0.
   */
  anchor(json: CursorJSON): void {
    const c = DataCursor.fromJSON(this.dataset, json)
    for (const s of [...this.cursors.keys()]) if (s >= c.step) this.cursors.delete(s)
    this.pinned.add(c.step)
    this.cursors.set(c.step, c)
  }

  private remember(step: number, c: DataCursor): void {
    this.cursors.set(step, c)
    if (this.cursors.size <= CURSORS_KEPT) return
    // Drop the oldest unpinned entry (pinned ones anchor everything after them).
    for (const s of this.cursors.keys()) {
      if (!this.pinned.has(s)) {
        this.cursors.delete(s)
        break
      }
    }
  }

  encode(step: number): Uint8Array {
    return new TextEncoder().encode(JSON.stringify(this.at(step).toJSON()))
  }

  dataSpec(step: number): control.IDataSpec {
    return { datasetId: this.dataset.id, datasetSha256: this.dataset.id, cursor: this.encode(step), seed: this.seed }
  }

  /** The manifest's data cursor state at `step`. */
  checkpointState(step: number, tokensConsumed: number) {
    return { datasetId: this.dataset.id, datasetSha256: this.dataset.id, cursor: this.encode(step), sequencesConsumed: step * this.globalBatch, tokensConsumed }
  }

  close(): void {
    this.dataset.close()
  }
}
