// The dashboard in a real headless browser (Debian's chromium through playwright-core): the page
// draws both charts, the grid, links, traffic, the timeline and checkpoints from a snapshot with
// data; a hostile worker name shows as text and injects nothing; updates arrive by polling.
import { existsSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import pino from 'pino'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DashboardServer, type DashboardSnapshot } from '../../src/dashboard/index.js'
import { CoordinatorMetrics } from '../../src/metrics.js'

const CHROMIUM = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const HOSTILE = '<img src=x onerror=alert(1)>'

function makeSnapshot(steps: number): DashboardSnapshot {
  const now = Date.now()
  const history = Array.from({ length: steps }, (_, i) => ({
    step: i + 1,
    timeMs: now - (steps - i) * 1000,
    loss: 10 * Math.exp(-i / 20) + 0.3 * Math.sin(i),
    tokensPerSecond: 1000 + 300 * Math.sin(i / 3),
    stepMs: 800 + 50 * Math.cos(i),
    bytesSent: 1e6 * i,
    bytesUncompressed: 4e6 * i,
  }))
  const peers = ['12D3KooWAlpha000000000000000000000000000000000001', '12D3KooWBeta0000000000000000000000000000000000002', '12D3KooWGamma000000000000000000000000000000000003', '12D3KooWDelta000000000000000000000000000000000004']
  const names = ['alice-4090', HOSTILE, 'carol-a100', 'dave-cpu']
  const cells = [0, 1].flatMap((stage) =>
    [0, 1].map((replica) => {
      const i = stage * 2 + replica
      return {
        stage,
        replica,
        peerId: peers[i]!,
        workerId: `w${i}`,
        name: names[i]!,
        device: i === 3 ? 'cpu' : 'cuda',
        state: 'forward',
        stepMs: 700 + 100 * i,
        stragglerRank: 4 - i,
        lastSeenMs: now - 500,
        reachability: 'public',
      }
    }),
  )
  return {
    run: {
      id: 'run-test',
      name: 'dashboard-e2e',
      state: 'running',
      stateReason: '',
      step: steps,
      stepsTotal: 1000,
      loss: history.at(-1)?.loss ?? null,
      tokensPerSecond: 1234.5,
      stepMs: 812,
      planEpoch: 3,
      lastCheckpointStep: 100,
      workers: 5,
      recoveries: 1,
      startedAtMs: now - 60_000,
    },
    history,
    grid: {
      stages: [
        { index: 0, layerStart: 0, layerEnd: 2 },
        { index: 1, layerStart: 2, layerEnd: 4 },
      ],
      replicas: 2,
      cells,
      idle: [{ peerId: '12D3KooWIdle', workerId: 'w9', name: `idle ${HOSTILE}`, state: 'idle', lastSeenMs: now - 2000 }],
    },
    links: [
      { from: peers[0]!, to: peers[2]!, bandwidthBytesPerSecond: 120e6, latencyMs: 0.4, measuredAtMs: now },
      { from: peers[1]!, to: peers[3]!, bandwidthBytesPerSecond: 12e6, latencyMs: 20, measuredAtMs: now },
    ],
    traffic: [
      { kind: 'activation', bytesOut: 1e8, bytesIn: 1e8, rawBytesOut: 4e8, framesDropped: 0 },
      { kind: 'update', bytesOut: 5e7, bytesIn: 5e7, rawBytesOut: 8e8, framesDropped: 2 },
    ],
    timeline: {
      step: steps,
      rows: cells.map((c) => ({
        stage: c.stage,
        replica: c.replica,
        spans: [
          { phase: 'forward', microBatch: 0, startMs: c.stage * 100, endMs: c.stage * 100 + 100 },
          { phase: 'send', microBatch: 0, startMs: c.stage * 100 + 100, endMs: c.stage * 100 + 130 },
          { phase: 'backward', microBatch: 0, startMs: 400 - c.stage * 100, endMs: 600 - c.stage * 100 },
          { phase: 'sync', microBatch: 0, startMs: 650, endMs: 800 },
        ],
      })),
    },
    checkpoints: [
      { step: 0, bytes: 1_000_000, tensors: 20, createdAtMs: now - 50_000, manifestSha256: 'a'.repeat(64) },
      { step: 100, bytes: 1_000_000, tensors: 20, createdAtMs: now - 5_000, manifestSha256: 'b'.repeat(64) },
    ],
    generatedAtMs: now,
  }
}

/** Decodes an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium's screenshots are) to RGBA rows. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let pos = 8
  let width = 0
  let height = 0
  let channels = 0
  const idat: Buffer[] = []
  while (pos < png.length) {
    const len = png.readUInt32BE(pos)
    const type = png.toString('latin1', pos + 4, pos + 8)
    const data = png.subarray(pos + 8, pos + 8 + len)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      const depth = data[8]
      const colorType = data[9]
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || data[12] !== 0) throw new Error(`unexpected PNG format: depth ${depth}, color type ${colorType}`)
      channels = colorType === 6 ? 4 : 3
    } else if (type === 'IDAT') idat.push(data)
    pos += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const out = new Uint8Array(width * height * 4)
  const prev = new Uint8Array(stride)
  const cur = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? cur[x - channels]! : 0
      const b = prev[x]!
      const c = x >= channels ? prev[x - channels]! : 0
      let pred = 0
      if (filter === 1) pred = a
      else if (filter === 2) pred = b
      else if (filter === 3) pred = (a + b) >> 1
      else if (filter === 4) {
        const p = a + b - c
        const pa = Math.abs(p - a)
        const pb = Math.abs(p - b)
        const pc = Math.abs(p - c)
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
      }
      cur[x] = (line[x]! + pred) & 0xff
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) out[(y * width + x) * 4 + k] = cur[x * channels + k]!
      out[(y * width + x) * 4 + 3] = channels === 4 ? cur[x * channels + 3]! : 255
    }
    prev.set(cur)
  }
  return { width, height, rgba: out }
}

/** Pixels close to `rgb` (within `tol` per channel). */
function countColor(img: { rgba: Uint8Array }, rgb: [number, number, number], tol = 40): number {
  let n = 0
  for (let i = 0; i < img.rgba.length; i += 4) {
    if (Math.abs(img.rgba[i]! - rgb[0]) <= tol && Math.abs(img.rgba[i + 1]! - rgb[1]) <= tol && Math.abs(img.rgba[i + 2]! - rgb[2]) <= tol) n++
  }
  return n
}

describe('dashboard in headless chromium', () => {
  let browser: Browser
  let server: DashboardServer
  let page: Page
  let snapshot = makeSnapshot(50)
  const dialogs: string[] = []
  const pageErrors: string[] = []
  const metrics = new CoordinatorMetrics({ processMetrics: false, connections: () => 4 })

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Debian's chromium is not installed at ${CHROMIUM}: run 'apt-get install -y chromium' (CI installs it) or set TANDEM_CHROMIUM.`)
    }
    server = new DashboardServer({ getSnapshot: () => snapshot, registry: metrics.registry, logger: pino({ level: 'silent' }) }, { snapshotCacheMs: 0 })
    await server.start()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    page = await browser.newPage({ viewport: { width: 1280, height: 1400 } })
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    page.on('pageerror', (err) => pageErrors.push(err.message))
    await page.goto(server.url)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('draws the charts from the embedded snapshot', async () => {
    await page.waitForSelector('#loss-chart path.series')
    expect(await page.getAttribute('#loss-chart', 'data-points')).toBe('50')
    expect(await page.getAttribute('#tps-chart', 'data-points')).toBe('50')
    const d = (await page.getAttribute('#loss-chart path.series', 'd')) ?? ''
    expect(d.split('L').length).toBe(50)
    // The loss curve falls: its first point is drawn higher (smaller y) than its last.
    const ys = d
      .slice(1)
      .split('L')
      .map((p) => Number(p.split(' ')[1]))
    expect(ys[0]).toBeLessThan(ys.at(-1)!)
    // The pixels: the loss chart shows its red stroke, the throughput chart its blue one.
    const loss = decodePng(await page.locator('#loss-chart').screenshot())
    expect(countColor(loss, [0xdc, 0x26, 0x26])).toBeGreaterThan(200)
    const tps = decodePng(await page.locator('#tps-chart').screenshot())
    expect(countColor(tps, [0x25, 0x63, 0xeb])).toBeGreaterThan(200)
    expect(countColor(tps, [0xdc, 0x26, 0x26])).toBe(0)
  })

  it('shows the run, the grid, links, traffic, timeline and checkpoints', async () => {
    const facts = await page.textContent('#facts')
    expect(facts).toContain('50 / 1000')
    expect(facts).toContain('1234.5')
    expect(await page.locator('#grid td.cell').count()).toBe(4)
    expect(await page.textContent('#grid')).toContain('alice-4090')
    expect(await page.locator('#grid td.cell.straggler').count()).toBe(1)
    expect(await page.locator('#links tr').count()).toBe(3)
    expect(await page.textContent('#saved')).toContain('compression saved')
    expect(await page.getAttribute('#timeline', 'data-spans')).toBe('16')
    expect(await page.locator('#timeline rect.phase-sync').count()).toBe(4)
    expect(await page.locator('#checkpoints tr').count()).toBe(3)
  })

  it('shows a hostile peer name as text and injects nothing', async () => {
    const names = await page.locator('#grid .cell-name').allTextContents()
    expect(names).toContain(HOSTILE)
    expect(await page.textContent('#idle')).toContain(HOSTILE)
    expect(await page.locator('img').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(pageErrors).toEqual([])
  })

  it('follows updates by polling', async () => {
    const before = Number(await page.getAttribute('body', 'data-updates'))
    snapshot = makeSnapshot(60)
    snapshot.grid.cells[0]!.name = 'alice-renamed'
    await page.locator('#loss-chart[data-points="60"]').waitFor({ timeout: 10_000 })
    expect(Number(await page.getAttribute('body', 'data-updates'))).toBeGreaterThan(before)
    expect(await page.textContent('#facts')).toContain('60 / 1000')
    expect(await page.textContent('#grid')).toContain('alice-renamed')
    expect(await page.textContent('#conn')).toBe('live')
    // A rollback: the history restarts below the page's last step, and the page follows it.
    snapshot = makeSnapshot(10)
    await page.locator('#loss-chart[data-points="10"]').waitFor({ timeout: 10_000 })
  })

  it('serves Prometheus metrics beside the page', async () => {
    metrics.recordStep({ step: 3, durationMs: 500, tokens: 4096, loss: 2.5 })
    const res = await fetch(new URL('/metrics', server.url))
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toContain('tandem_step_seconds_count 1')
    expect(text).toContain('tandem_libp2p_connections 4')
  })
})
