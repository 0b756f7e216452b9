// Feeds for the whole-model fused training graph of the model benches (profile-step, gelu-ab): the
// parameters, a deterministic [B, T] token batch (labels = inputs), no segments, no prefix, and a
// loss scale of 1.
import * as ort from 'onnxruntime-node'
import { IO, type StageGraphs } from '../src/stage-graph.js'

export function fusedFeeds(g: StageGraphs, params: ReadonlyMap<string, Float32Array>, B: number, T: number): Record<string, ort.Tensor> {
  const feeds: Record<string, ort.Tensor> = {}
  for (const p of g.params) feeds[p.name] = new ort.Tensor('float32', params.get(p.name)!, p.shape)
  const n = B * T
  const ids = Int32Array.from({ length: n }, (_, i) => (i * 7919) % 50257)
  feeds[IO.inputIds] = new ort.Tensor('int32', ids, [B, T])
  feeds[IO.labels] = new ort.Tensor('int32', ids.slice(), [B, T])
  feeds[IO.segmentIds] = new ort.Tensor('int32', new Int32Array(n), [B, T])
  feeds[IO.prefixMask] = new ort.Tensor('bool', new Uint8Array(n), [B, T])
  feeds[IO.lossScale] = new ort.Tensor('float32', Float32Array.of(1), [])
  return feeds
}
