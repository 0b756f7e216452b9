import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { PRESETS } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import { resolveCluster } from '../../../src/placement/cluster.js'
import { loadClusterFile, parseClusterFile } from '../../../src/placement/cluster-file.js'
import { clusterFromMeasurements, flopsFromBenchmark } from '../../../src/placement/measured.js'
import { blockFlops } from '../../../src/placement/workload.js'
import { toyWorkload } from './helpers.js'

const w = toyWorkload({ precision: 'fp16' })
const model = PRESETS.tiny
const minimal = (over: Record<string, unknown> = {}) => ({
  name: 'two',
  devices: [
    { id: 'a', site: 'x', memoryGiB: 16, tflops: { fp16: 10 } },
    { id: 'b', site: 'y', memoryGiB: 8, tflops: { fp16: 20 }, uplinkMbps: 8 },
  ],
  links: [{ between: ['x', 'y'], bandwidthGbps: 1, latencyMs: 10 }],
  ...over,
})

function refusal(json: unknown): string {
  try {
    resolveCluster(parseClusterFile(json, 'c.json'), model, w)
  } catch (err) {
    expect((err as Error).name).toBe('UserError')
    return (err as Error).message
  }
  throw new Error('expected a refusal')
}

describe('CLUSTER.json', () => {
  it('resolves links by specificity and caps them by access links', () => {
    const c = resolveCluster(parseClusterFile(minimal(), 'c.json'), model, w)
    expect(c.devices.map((d) => d.id)).toEqual(['a', 'b'])
    expect(c.devices[0]!.flopsPerS).toBe(10e12)
    expect(c.devices[1]!.memoryBytes).toBe(8 * 1024 ** 3)
    expect(c.bandwidthBytesPerS[0 * 2 + 1]).toBe(1.25e8) // a -> b: 1 Gbps
    expect(c.bandwidthBytesPerS[1 * 2 + 0]).toBe(1e6) // b -> a: b's 8 Mbps uplink
    expect(c.latencyS[1]).toBe(0.01)
    const pair = minimal({ links: [...minimal().links, { from: 'a', to: 'b', bandwidthBytesPerS: 5e6, latencyMs: 3 }] })
    const c2 = resolveCluster(parseClusterFile(pair, 'c.json'), model, w)
    expect(c2.bandwidthBytesPerS[1]).toBe(5e6)
    expect(c2.bandwidthBytesPerS[2]).toBe(1e6)
  })

  it('expands "count" into numbered devices', () => {
    const spec = parseClusterFile(
      { devices: [{ id: 'v', count: 3, memoryGiB: 16, tflops: { fp16: 1 } }], defaultLink: { bandwidthMbps: 100, latencyMs: 1 } },
      'c.json',
    )
    expect(spec.devices.map((d) => d.id)).toEqual(['v-0', 'v-1', 'v-2'])
    expect(spec.name).toBe('c.json')
  })

  it('refuses bad files with one sentence naming the problem', () => {
    expect(refusal(minimal({ links: [{ between: ['x', 'y'], bandwidthGbps: -1, latencyMs: 10 }] }))).toBe(
      'c.json: links[0].bandwidthGbps must be a positive number, got -1.',
    )
    expect(refusal(minimal({ colour: 'red' }))).toMatch(/^c\.json: colour is not a known field/)
    expect(refusal(minimal({ devices: [{ id: 'a', memoryGiB: 16, tflops: { fp16: 1 }, speed: 3 }] }))).toMatch(
      /devices\[0\]\.speed is not a known field/,
    )
    expect(refusal(minimal({ devices: [{ id: 'a', memoryGiB: 16 }] }))).toBe(
      'c.json: devices[0] must give exactly one of tflops, secondsPerLayer.',
    )
    expect(refusal(minimal({ devices: [{ id: 'a', memoryGiB: 16, memoryBytes: 1, tflops: { fp16: 1 } }] }))).toMatch(
      /must give exactly one of memoryGiB, memoryBytes, got memoryGiB and memoryBytes\./,
    )
    expect(refusal(minimal({ links: [] }))).toBe(
      'cluster two gives no link from a (site x) to b (site y): add a links entry for these sites or a defaultLink.',
    )
    expect(refusal(minimal({ links: [{ between: ['x', 'mars'], bandwidthGbps: 1, latencyMs: 1 }] }))).toMatch(
      /link endpoint mars is neither a device id nor a site/,
    )
    expect(refusal(minimal({ devices: [{ id: 'a', memoryGiB: 16, tflops: { fp32: 1 } }] }))).toBe(
      'cluster two: device a has no tflops.fp16 figure, which this fp16 run needs.',
    )
    expect(refusal({ name: 'x', devices: [] })).toMatch(/devices must be an array of at least 1 item/)
    expect(refusal(minimal({ devices: [minimal().devices[0], minimal().devices[0]] }))).toMatch(/device id a appears twice/)
  })

  it('ships example clusters that load', async () => {
    const dir = new URL('../../../../../examples/clusters/', import.meta.url).pathname
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json'))
    expect(files.length).toBeGreaterThanOrEqual(5)
    for (const f of files) {
      const c = resolveCluster(await loadClusterFile(join(dir, f)), PRESETS['gptj-6b'], w)
      expect(c.devices.length).toBeGreaterThan(0)
    }
    const ww = resolveCluster(await loadClusterFile(join(dir, 'world-wide.json')), model, w)
    expect(ww.devices.length).toBe(64)
    expect(new Set(ww.devices.map((d) => d.site)).size).toBe(8)
  })
})

describe('measurements from workers', () => {
  it('scales a block benchmark by FLOPs and fills unmeasured pairs with the default', () => {
    const bench = { layerSeconds: 0.5, microBatch: 1, seqLen: 2, nEmbd: 4, nInner: 8 }
    expect(flopsFromBenchmark(bench)).toBe(1728 / 0.5) // the toy block of cost-model.test.ts
    const c = clusterFromMeasurements(
      model,
      w,
      [
        { id: 'p1', memoryBytes: 1e9, benchmark: bench },
        { id: 'p2', memoryBytes: 1e9, flopsPerS: 1e9, bandwidthBytesPerSMax: 1e6 },
        { id: 'p3', memoryBytes: 1e9 },
      ],
      [{ from: 'p1', to: 'p2', bandwidthBytesPerS: 5e7, rttMs: 20 }],
    )
    expect(c.devices[2]!.flopsPerS).toBe(1728 / 0.5) // unmeasured: the slowest known speed
    expect(c.bandwidthBytesPerS[0 * 3 + 1]).toBe(1e6) // p2's cap
    expect(c.latencyS[0 * 3 + 1]).toBe(0.01) // half the round trip
    expect(c.bandwidthBytesPerS[0 * 3 + 2]).toBe(12.5e6) // never probed: 100 Mbps default
    expect(blockFlops({ ...model, nEmbd: 4, nInner: 8 }, toyWorkload())).toBe(1728)
  })
})
