// The cost model against cases worked out by hand (the arithmetic is in the comments).
import { describe, expect, it } from 'vitest'
import { RUNTIME_OVERHEAD_BYTES } from '../../../src/placement/constants.js'
import { costModel, estimateStep, stageMemoryBytes, syncSeconds } from '../../../src/placement/cost-model.js'
import { blockFlops, headFlops, paramSizes, updateBytesPerParam } from '../../../src/placement/workload.js'
import type { Device } from '../../../src/placement/cluster.js'
import { cluster, device, TOY, toyWorkload } from './helpers.js'

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 9)

describe('workload arithmetic', () => {
  it('counts FLOPs and parameters of the toy model', () => {
    const w = toyWorkload()
    expect(blockFlops(TOY, w)).toBe(1728)
    expect(headFlops(TOY, w)).toBe(480)
    expect(paramSizes(TOY)).toEqual({ block: 148, embedding: 40, head: 58 })
  })

  it('sizes a CocktailSGD update: subset/8 + subset*topK*bits/8 + subset*topK*2/128 bytes per parameter', () => {
    // 0.1/8 + 0.01 * 4/8 + 0.01 * 2/128 = 0.0125 + 0.005 + 0.00015625
    close(updateBytesPerParam(toyWorkload({ updates: { codec: 'cocktail', bits: 4, topK: 0.1, subset: 0.1 } })), 0.01765625)
    expect(updateBytesPerParam(toyWorkload({ updates: { codec: 'fp16', bits: 4, topK: 0.1, subset: 0.1 } }))).toBe(2)
    // More than 100x smaller than fp16, as CocktailSGD claims at these settings.
    expect(2 / 0.01765625).toBeGreaterThan(100)
    // Every value of a 1/12 subset at 2 bits: no mask (the codec leaves it out), 1/48 + 1/768.
    close(updateBytesPerParam(toyWorkload({ updates: { codec: 'cocktail', bits: 2, topK: 1, subset: 1 / 12 } })), 1 / 48 + 1 / 768)
  })
})

describe('estimateStep', () => {
  // A (1728 FLOP/s) holds layer 0 + embedding: f + b = 1728 / 1728 = 1 s; its backward recomputes
  // the forward, so f = 1/4, b = 3/4. B (2208 FLOP/s) holds layer 1 + head: (1728 + 480) / 2208 =
  // 1 s, all of it in the forward item (the last stage runs loss and backward in one pass): f = 1, b = 0.
  // Forward message: N*C*4 + N*16 metadata = 32 + 32 = 64 B over 64 B/s = 1 s, plus 0.5 s latency.
  // Backward message: N*C*4 = 32 B over 32 B/s = 1 s, plus 0.5 s latency. M = 2 micro-batches.
  const c = cluster([device('A', 1728), device('B', 2208)], (i) => (i === 0 ? [64, 0.5] : [32, 0.5]))
  const placement = { stages: [{ start: 0, end: 1 }, { start: 1, end: 2 }], devices: [[0], [1]] }

  it('GPipe: forward flow shop, then backward flow shop', () => {
    const e = estimateStep(costModel(TOY, toyWorkload()), c, placement)
    // Forward: (1/4 + 1 + 0.5 + 1) + (M - 1) * max(1/4, 1, 1) = 2.75 + 1 = 3.75.
    // Stage 1 finishes its (empty) backward at 3.75; its gradients then leave one by one.
    // Stage 0: 3.75 + (0 + 1 + 0.5 + 3/4) + 1 * max(0, 1, 3/4) = 3.75 + 2.25 + 1 = 7.
    // (By hand, event by event: B runs F0 at 1.75-2.75 and F1 at 2.75-3.75; the gradients arrive
    // at A at 5.25 and 6.25; A's two backwards end at 6.0 and 7.0.)
    close(e.stepS, 7)
    expect(e.feasible).toBe(true)
    expect(e.microBatches).toBe(2)
    // Steady: M * (max f 1 + max b 1 (the link)) = 4; compute: M * (1 + 3/4) = 3.5; transfer
    // 4 - 3.5; bubble 7 - 4.
    close(e.breakdown.computeS, 3.5)
    close(e.breakdown.transferS, 0.5)
    close(e.breakdown.bubbleS, 3)
    close(e.breakdown.syncS, 0)
    close(e.tokensPerS, 4 / 7)
    close(e.stages[0]!.computeS[0]!, 1)
    close(e.links[0]!.forwardS[0]!, 1.5)
    close(e.links[0]!.backwardS[0]!, 1.5)
  })

  it('1F1B: sum of all items plus (M - 1) steady periods', () => {
    const e = estimateStep(costModel(TOY, toyWorkload({ schedule: '1f1b' })), c, placement)
    // Stages 1 + 1, link 1 + 0.5 + 1 + 0.5: 5; period max(1, 1, 1, 1) = 1; 5 + 1 * 1 = 6.
    close(e.stepS, 6)
    close(e.breakdown.computeS, 2)
    close(e.breakdown.transferS, 0)
    close(e.breakdown.bubbleS, 4)
  })

  it('a slow link sets the pace', () => {
    // Forward link at 16 B/s: 4 s service. GPipe forward: (1/4 + 4 + 0.5 + 1) + 1 * 4 = 9.75;
    // stage 0 backward done at 9.75 + 2.25 + 1 = 13; steady M * (4 + 1) = 10, compute 3.5.
    const slow = cluster([device('A', 1728), device('B', 2208)], (i) => (i === 0 ? [16, 0.5] : [32, 0.5]))
    const e = estimateStep(costModel(TOY, toyWorkload()), slow, placement)
    close(e.stepS, 13)
    close(e.breakdown.transferS, 6.5)
    close(e.breakdown.bubbleS, 3)
  })

  it('the optimizer step comes after the exchanges; a late stage holds the next step back', () => {
    // Stage 0 holds 148 + 40 = 188 parameters: at 1/188 s each its optimizer takes 1 s, after the
    // 7 s of the GPipe case above: 8 s.
    const slowOpt = cluster([device('A', 1728, { optimizerSecondsPerParam: 1 / 188 }), device('B', 2208)], (i) => (i === 0 ? [64, 0.5] : [32, 0.5]))
    const e = estimateStep(costModel(TOY, toyWorkload()), slowOpt, placement)
    close(e.stepS, 8)
    close(e.breakdown.optimizerS, 1)
    close(e.breakdown.syncS, 0)
    // Stage 1 (148 + 58 = 206 parameters) stepping for 4 s: it has stage 0's norm at 7 + 0.5 and is
    // done at 11.5, while the next step's first micro-batch reaches it 1/4 + 1 + 0.5 = 1.75 s after
    // stage 0 starts it (at 7): the step is 11.5 - 1.75 = 9.75 s.
    const lateOpt = cluster([device('A', 1728), device('B', 2208, { optimizerSecondsPerParam: 4 / 206 })], (i) => (i === 0 ? [64, 0.5] : [32, 0.5]))
    const l = estimateStep(costModel(TOY, toyWorkload()), lateOpt, placement)
    close(l.stepS, 9.75)
    close(l.breakdown.optimizerS, 2.75)
  })

  it('the gradient-norm exchange: stage 0 waits one latency for a stage whose sync ends last', () => {
    // Two replicas of the GPipe case (A -> B and A' -> B'), globalBatch 4 so M = 2 per replica:
    // stage 0 finishes at 7, stage 1 at 3.75. Stage 0's replicas sync over a free link; stage 1's
    // (206 parameters, a chunk of 103 * 4 = 412 B) over 206 B/s with 0.25 s latency: 2 rounds of
    // 2.25 s. Stage 1 is done with its sync at 8.25, and its norm reaches stage 0 at 8.75.
    const devices = [device('A', 1728), device('B', 2208), device('A2', 1728), device('B2', 2208)]
    const c2 = cluster(devices, (i, j) => {
      if ((i === 0 && j === 1) || (i === 2 && j === 3)) return [64, 0.5]
      if ((i === 1 && j === 0) || (i === 3 && j === 2)) return [32, 0.5]
      if ((i === 0 && j === 2) || (i === 2 && j === 0)) return [1e15, 0]
      if ((i === 1 && j === 3) || (i === 3 && j === 1)) return [206, 0.25]
      return [1, 0]
    })
    const e = estimateStep(costModel(TOY, toyWorkload({ globalBatch: 4 })), c2, { stages: placement.stages, devices: [[0, 2], [1, 3]] })
    close(e.stages[1]!.syncS, 4.5)
    close(e.stepS, 8.75)
    close(e.breakdown.syncS, 1.75)
    close(e.breakdown.optimizerS, 0)
  })

  it('data-parallel sync: two all-to-all rounds after the last backward', () => {
    // One stage of both layers on each of 2 replicas: 2 * 148 + 40 + 58 = 394 parameters.
    // fp32 updates: each replica owns 197, a chunk is 197 * 4 = 788 B; over 788 B/s: 1 s + 0.25 s
    // latency per round, 2 rounds = 2.5 s. Compute: (2 * 1728 + 480) / 3936 = 1 s, M = 1.
    const dp = cluster([device('A', 3936), device('B', 3936)], () => [788, 0.25])
    const cm = costModel(TOY, toyWorkload())
    const e = estimateStep(cm, dp, { stages: [{ start: 0, end: 2 }], devices: [[0, 1]] })
    close(e.stages[0]!.syncS, 2.5)
    close(e.stepS, 3.5)
    close(e.breakdown.computeS, 1)
    close(e.breakdown.syncS, 2.5)
    close(e.bytesPerStep.sync, 788 * 2)
  })

  it('sync with one peer: the own per-parameter work adds to the network rounds (nothing to overlap)', () => {
    // The 2.5 s case above, with B spending 1/394 s per parameter (394 parameters: 1 s, 0.5 s per
    // round's one chunk) and A half that. B's round: 1 s link + 0.25 s latency, then 0.5 s of work.
    const dp = cluster([device('A', 3936, { syncSecondsPerParam: 0.5 / 394 }), device('B', 3936, { syncSecondsPerParam: 1 / 394 })], () => [788, 0.25])
    const e = estimateStep(costModel(TOY, toyWorkload()), dp, { stages: [{ start: 0, end: 2 }], devices: [[0, 1]] })
    close(e.stages[0]!.syncS, 3.5)
    close(e.stepS, 4.5)
  })

  it('sync with several peers: a chunk\'s work overlaps the chunks still on the way (flow shop)', () => {
    // 3 replicas, chunk = 394 / 3 * 4 B over chunk B/s: 1 s per chunk, no latency. A device's two
    // incoming chunks travel different paths at once: both arrive at 1 s. Its work per step W is
    // spread over 2 rounds x 2 chunks: w = W / 4.
    const cm = costModel(TOY, toyWorkload({ globalBatch: 3 }))
    const chunk = (394 / 3) * 4
    const withWork = (W: number) => cluster([0, 1, 2].map((k) => device(`D${k}`, 1, { syncSecondsPerParam: W / 394 })), () => [chunk, 0])
    // W = 4 s, w = 1: both chunks in at 1, worked 1-2 and 2-3. Round 3 s, sync 6 s.
    close(syncSeconds(cm, withWork(4), [0, 1, 2], 394), 6)
    // W = 12 s, w = 3: 1 + 3 + 3 = 7 s a round.
    close(syncSeconds(cm, withWork(12), [0, 1, 2], 394), 14)
    // W = 1 s, w = 0.25: 1 + 0.25 + 0.25 = 1.5 s a round.
    close(syncSeconds(cm, withWork(1), [0, 1, 2], 394), 3)
    // No work: the network alone, 2 rounds of one chunk time (the paths run in parallel).
    close(syncSeconds(cm, withWork(0), [0, 1, 2], 394), 2)
  })

  // 1x4 as the validation bench places it: D0, D1 in site A, D2, D3 in site B. fp32 updates, 394
  // parameters, chunk = 98.5 * 4 = 394 B: 0.1 s inside a site (3940 B/s, latency 0.05 s), 1 s
  // across (394 B/s, latency 0.2 s).
  const cm4 = costModel(TOY, toyWorkload({ globalBatch: 4 }))
  const site = (i: number) => (i < 2 ? 'A' : 'B')
  const twoSites = (over: (k: number) => Partial<Device> = () => ({})) =>
    cluster(
      [0, 1, 2, 3].map((k) => device(`D${k}`, 1, over(k))),
      (i, j) => (site(i) === site(j) ? [3940, 0.05] : [394, 0.2]),
    )

  it('sync over parallel paths, uncapped, 4 replicas across two sites: the slowest path sets the round', () => {
    // Each device's three incoming chunks arrive at 0.1 + 0.05 = 0.15 (its site peer) and
    // 1 + 0.2 = 1.2 (both others, in parallel). Round 1.2 s, sync 2.4 s. (Sending the three one
    // after another through one interface would take 0.1 + 1 + 1 + 0.2 = 2.3 s a round.)
    close(syncSeconds(cm4, twoSites(), [0, 1, 2, 3], 394), 2.4)
    // The same through estimateStep: compute (2 * 1728 + 480) / 1 = 3936 s, M = 1; sync after it.
    const e = estimateStep(cm4, twoSites(), { stages: [{ start: 0, end: 2 }], devices: [[0, 1, 2, 3]] })
    close(e.stages[0]!.syncS, 2.4)
    close(e.stepS, 3936 + 2.4)
  })

  it('sync flow shop on two sites: the fast peer\'s chunk is worked while the slow ones travel', () => {
    // Work W = 4 s per step, w = 4 / (2 * 3) = 2/3 s a chunk. A device's chunks arrive at 0.15,
    // 1.2, 1.2: worked 0.15-0.817, 1.2-1.867, 1.867-2.533. Round 1.2 + 4/3 s (adding the work to
    // the network instead: 2 * 1.2 + 4 = 6.4 s).
    close(syncSeconds(cm4, twoSites(() => ({ syncSecondsPerParam: 4 / 394 })), [0, 1, 2, 3], 394), 2 * (1.2 + 4 / 3))
  })

  it('sync with a capped uplink: the sum of a device\'s sends binds', () => {
    // D0's uplink carries 591 B/s: any one chunk alone would leave in 394 / 591 = 0.667 s (under
    // the 1 s inter-site path), but its three together take 3 * 394 / 591 = 2 s. Its chunks arrive
    // at 2 + 0.05 (D1) and 2 + 0.2 (D2, D3). The others' chunks are as uncapped (by 1.2). Round
    // 2.2 s, sync 4.4 s; the paths alone would give 2.4 s.
    close(syncSeconds(cm4, twoSites((k) => (k === 0 ? { uplinkBytesPerS: 591 } : {})), [0, 1, 2, 3], 394), 4.4)
    // The same cap on every device: each round still ends at 2.2 s.
    close(syncSeconds(cm4, twoSites(() => ({ uplinkBytesPerS: 591 })), [0, 1, 2, 3], 394), 4.4)
  })

  it('sync with a capped downlink: the chunks a device receives share it, and arrive together', () => {
    // D3's downlink carries 591 B/s: its three incoming chunks take 2 s together, arriving at
    // 2 + 0.05 (from D2) and 2 + 0.2 (from D0, D1). Without work: round 2.2 s, sync 4.4 s.
    const capped = (W: number) => twoSites((k) => ({ syncSecondsPerParam: W / 394, ...(k === 3 ? { downlinkBytesPerS: 591 } : {}) }))
    close(syncSeconds(cm4, capped(0), [0, 1, 2, 3], 394), 4.4)
    // With W = 4 s (w = 2/3): D3 works 2.05-2.717, 2.717-3.383, 3.383-4.05; little hides behind
    // the link, since the cap holds every chunk back. Round 4.05 s (the others: 2.533 s).
    close(syncSeconds(cm4, capped(4), [0, 1, 2, 3], 394), 2 * (2.05 + 2))
  })

  it('sync is limited by the slowest path and by the access links', () => {
    // 3 replicas: chunk = 394 / 3 * 4 B; each device sends 2 chunks at once on their own paths.
    const cm = costModel(TOY, toyWorkload({ globalBatch: 3 }))
    const chunk = (394 / 3) * 4
    const free = cluster([device('A', 1), device('B', 1), device('C', 1)], () => [chunk, 0])
    close(syncSeconds(cm, free, [0, 1, 2], 394), 2 * 1)
    // An uplink of chunk / 4 B/s on A: its 2 chunks take 8 s together, so a round is 8 s.
    const capped = cluster([device('A', 1, { uplinkBytesPerS: chunk / 4 }), device('B', 1), device('C', 1)], () => [chunk * 100, 0])
    close(syncSeconds(cm, capped, [0, 1, 2], 394), 2 * 8)
  })

  it('memory: state per parameter, what the runtime keeps per in-flight micro-batch, one micro-batch of activations', () => {
    // TOY, fp32, N = 2 tokens: block state 148 * 16 = 2368 B; one micro-batch's block activations
    // N * (6C + 2I + H*T) * 4 = 2 * 42 * 4 = 336 B, held once (the backward recomputes the forward
    // of one micro-batch at a time); a hidden state or its gradient N * C * 4 = 32 B.
    const cm = costModel(TOY, toyWorkload())
    // Stage 0 of 2, one layer, 1 replica, GPipe with M = 2 in flight, each keeping its token planes
    // (input ids, segment ids int32 + prefix flag bool: 9 B per token, 18 B): fixed = allowance +
    // 2 * 18 + embedding 40 * 16 B; per layer 2368 + 336.
    expect(stageMemoryBytes(cm, 0, 2, 1, 1)).toBe(RUNTIME_OVERHEAD_BYTES + 36 + 640 + 2368 + 336)
    // Last stage: the gradient of its input (32 B) per in-flight micro-batch, the head (58 * 16 B),
    // logits + their gradient (2 * N * V * 4 = 160 B).
    expect(stageMemoryBytes(cm, 1, 2, 1, 1)).toBe(RUNTIME_OVERHEAD_BYTES + 64 + 928 + 160 + 2368 + 336)
    // A middle stage keeps its input hidden state (32 B) and segment ids + prefix flag (5 B per token: 10 B).
    expect(stageMemoryBytes(cm, 1, 3, 1, 1)).toBe(RUNTIME_OVERHEAD_BYTES + 2 * 42 + 2368 + 336)
    // One stage alone (first and last) keeps nothing between passes.
    expect(stageMemoryBytes(cm, 0, 1, 1, 1)).toBe(RUNTIME_OVERHEAD_BYTES + 640 + 928 + 160 + 2368 + 336)
    // More micro-batches in flight add only their kept inputs, never a layer's activations: at M = 8
    // each further layer still costs 2368 + 336, and stage 0 keeps 8 * 18 B.
    const cm8 = costModel(TOY, toyWorkload({ globalBatch: 8 }))
    expect(stageMemoryBytes(cm8, 0, 2, 1, 2) - stageMemoryBytes(cm8, 0, 2, 1, 1)).toBe(2368 + 336)
    expect(stageMemoryBytes(cm8, 0, 2, 1, 1)).toBe(RUNTIME_OVERHEAD_BYTES + 8 * 18 + 640 + 2368 + 336)
    // 1F1B keeps S - s micro-batches on stage s: stage 1 of 2 keeps one gradient, stage 0 two token planes.
    const cm1 = costModel(TOY, toyWorkload({ schedule: '1f1b', globalBatch: 8 }))
    expect(stageMemoryBytes(cm1, 1, 2, 1, 1)).toBe(RUNTIME_OVERHEAD_BYTES + 32 + 928 + 160 + 2368 + 336)
    expect(stageMemoryBytes(cm1, 0, 2, 1, 1)).toBe(RUNTIME_OVERHEAD_BYTES + 36 + 640 + 2368 + 336)
  })

  it('reports a device that cannot hold its stage', () => {
    const small = cluster([device('A', 1728, { memoryBytes: 1e6 }), device('B', 2208)], () => [100, 0])
    const e = estimateStep(costModel(TOY, toyWorkload()), small, placement)
    expect(e.feasible).toBe(false)
    expect(e.reasons[0]).toMatch(/^stage 0 \(layers 0-0\) needs 512\.0 MiB on A, which has 976\.6 KiB\.$/)
  })
})
