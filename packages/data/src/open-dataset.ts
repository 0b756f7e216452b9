// One way in for every consumer (coordinator, workers, CLI): a dataset spec names the built-in
// sample mixture or a prepared folder.
import type { Dataset } from './dataset.js'
import { type OpenPreparedOptions, PreparedDataset } from './prepared-dataset.js'
import { openSampleMixture } from './sample-mixture.js'

/** 'sample' (the built-in mixture), a prepared dataset folder, or the same as an object. */
export type DatasetSpec = string | { kind: 'sample' } | { kind: 'prepared'; dir: string }

export async function openDataset(spec: DatasetSpec, opts: OpenPreparedOptions = {}): Promise<Dataset> {
  const s = typeof spec === 'string' ? (spec === 'sample' ? { kind: 'sample' as const } : { kind: 'prepared' as const, dir: spec }) : spec
  if (s.kind === 'sample') return openSampleMixture()
  return PreparedDataset.open(s.dir, opts)
}
