// The planner's byte counts against the worker's real codecs: what a CocktailSGD or all-reduce sync
// reports as sent (bytesSent) and what an activation codec's payload weighs. The coordinator never
// imports the worker at run time; this test reads the worker's codec sources directly (they are
// pure: no libp2p, no ONNX Runtime) so that a change to either side's format fails here.
import { describe, expect, it } from 'vitest'
import { AllReduce } from '../../../../worker/src/codecs/all-reduce.js'
import { CocktailSgd } from '../../../../worker/src/codecs/cocktail-sgd.js'
import { DEFAULT_ACTIVATION_GROUP, DEFAULT_UPDATE_BUCKET } from '../../../../worker/src/codecs/constants.js'
import { createCodec } from '../../../../worker/src/codecs/create-codec.js'
import { InProcessExchangeHub } from '../../../../worker/src/codecs/exchange.js'
import { ACTIVATION_GROUP_ELEMENTS, UPDATE_BUCKET_ELEMENTS } from '../../../src/placement/constants.js'
import { activationBytesPerElement, updateBytesPerParam, type Workload, workloadFromRun } from '../../../src/placement/workload.js'
import { parseRunConfig, RUN_DEFAULTS } from '../../../src/run-config.js'

/** Deterministic values in (-1, 1) (xorshift32): no test depends on Math.random. */
function values(n: number, seed: number): Float32Array {
  const out = new Float32Array(n)
  let x = seed >>> 0 || 1
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    out[i] = x / 2 ** 31 - 1
  }
  return out
}

/** Bytes each replica of a real sync of `params` values among `replicas` reports sent, one compressed step. */
async function realSyncBytes(updates: Workload['updates'], params: number, replicas: number, blockRatio = 0): Promise<number[]> {
  const hub = new InProcessExchangeHub(replicas)
  const runs = Array.from({ length: replicas }, (_, r) => {
    const exchange = hub.endpoint(r)
    const v = values(params, 7 + r)
    if (updates.codec === 'cocktail') {
      const c = new CocktailSgd({ exchange }, params, { bits: updates.bits, topkRatio: updates.topK, randomRatio: updates.subset, warmupSteps: 0, seed: 3, blockRatio })
      c.reset(new Float32Array(params))
      return c.sync(v, 0)
    }
    return new AllReduce({ exchange }, params, { half: updates.codec === 'fp16' }).mean(v, 0)
  })
  return (await Promise.all(runs)).map((r) => {
    expect(r.applied).toBe(true)
    return r.bytesSent
  })
}

// Each message also carries a fixed header (48 bytes of codec params, the codec id) and pads its
// mask and scales to 4 bytes: at most this much per message beyond the per-parameter formula.
const MESSAGE_OVERHEAD_BYTES_MAX = 72

describe('update bytes: the cost model against a real sync', () => {
  const cases: { name: string; updates: Workload['updates'] }[] = [
    { name: 'the run file defaults (every value of a 1/6 subset as signs, no mask)', updates: workloadFromRun(RUN_DEFAULTS).updates },
    { name: 'CocktailSGD with top-k and a mask (subset 0.1, top-k 0.1, 4 bits)', updates: { codec: 'cocktail', bits: 4, topK: 0.1, subset: 0.1 } },
    { name: 'a subset the codec rounds to a stride (0.3 -> every 3rd value), 3 bits', updates: { codec: 'cocktail', bits: 3, topK: 1, subset: 0.3 } },
    { name: 'fp16 all-reduce', updates: { codec: 'fp16', bits: 2, topK: 1, subset: 1 } },
  ]
  for (const { name, updates } of cases) {
    it(name, async () => {
      const params = 600_000
      const u = updateBytesPerParam({ ...workloadFromRun(RUN_DEFAULTS), updates })
      for (const R of [2, 3, 4]) {
        // Two rounds, R - 1 messages each, a chunk of params / R parameters per message.
        const predicted = (2 * (R - 1) * params * u) / R
        const messages = 2 * (R - 1)
        for (const sent of await realSyncBytes(updates, params, R)) {
          expect(Math.abs(sent - predicted), `${R} replicas: sent ${sent} B, predicted ${predicted.toFixed(0)} B`).toBeLessThanOrEqual(messages * MESSAGE_OVERHEAD_BYTES_MAX)
        }
      }
    })
  }

  it('the defaults send about 85x fewer bytes than fp16, as the codec claims', () => {
    const u = updateBytesPerParam(workloadFromRun(RUN_DEFAULTS))
    // 1/6 * (1/8 + 2/128) = 1/48 + 1/384 bytes per parameter.
    expect(u).toBeCloseTo(1 / 48 + 1 / 384, 12)
    expect(2 / u).toBeGreaterThan(80)
  })

  it("costs the same when the embedding goes by its largest blocks, as the model assumes", async () => {
    // Block mode at the run file's embeddingBlocks: a bitmask bit per 64 values, then signs and an
    // fp16 scale per sent block: 1/512 + 0.1375 * (1/8 + 2/64) bytes, the subset's 1/48 + 1/384.
    const run = workloadFromRun(RUN_DEFAULTS)
    const u = updateBytesPerParam(run)
    const params = 64 * 10_000
    for (const R of [2, 4]) {
      const predicted = (2 * (R - 1) * params * u) / R
      // Beyond the headers: each chunk rounds its count of sent blocks up.
      const slack = 2 * (R - 1) * MESSAGE_OVERHEAD_BYTES_MAX + 0.002 * predicted
      for (const sent of await realSyncBytes(run.updates, params, R, RUN_DEFAULTS.compression.updates.embeddingBlocks)) {
        expect(Math.abs(sent - predicted), `${R} replicas: sent ${sent} B, predicted ${predicted.toFixed(0)} B`).toBeLessThanOrEqual(slack)
      }
    }
  })
})

describe('activation bytes: the cost model against the real codecs', () => {
  it('q2..q8, fp16, fp32 payloads weigh what activationBytesPerElement says', () => {
    const n = 2 * 64 * 256 // a micro-batch of 2 x 64 tokens, width 256
    const t = values(n, 11)
    for (const id of ['fp32', 'fp16', 'q2', 'q3', 'q4', 'q5', 'q8'] as const) {
      const payload = createCodec(id).encode(t).payload.length
      expect(payload, id).toBe(n * activationBytesPerElement(id))
    }
  })

  it('the planner groups as the worker codecs do', () => {
    expect(ACTIVATION_GROUP_ELEMENTS).toBe(DEFAULT_ACTIVATION_GROUP)
    expect(UPDATE_BUCKET_ELEMENTS).toBe(DEFAULT_UPDATE_BUCKET)
  })

  it('a run file that sets the codec fields is costed with them', () => {
    const run = parseRunConfig({ compression: { updates: { bits: 4, topK: 0.1, subset: 0.1 } } }, 'run.json')
    // 0.1/8 + 0.01 * 4/8 + 0.01 * 2/128
    expect(updateBytesPerParam(workloadFromRun(run))).toBeCloseTo(0.01765625, 12)
  })
})
