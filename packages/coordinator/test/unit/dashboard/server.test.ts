// The dashboard's HTTP surface without a browser: routes, the viewer-token check, the loopback
// Host check, the embedded snapshot's escaping, and the metrics it exposes.
import { request } from 'node:http'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { DashboardServer, emptySnapshot, isLoopbackHost } from '../../../src/dashboard/index.js'
import { jsonForScriptBlock, renderDashboardPage } from '../../../src/dashboard/page.js'
import { CoordinatorMetrics } from '../../../src/metrics.js'

const logger = pino({ level: 'silent' })
const servers: DashboardServer[] = []

async function startServer(init: ConstructorParameters<typeof DashboardServer>[1] = {}, authorize?: (t: string) => boolean) {
  const metrics = new CoordinatorMetrics({ processMetrics: false })
  let calls = 0
  const snapshot = emptySnapshot(1)
  const server = new DashboardServer(
    {
      getSnapshot: () => {
        calls++
        return snapshot
      },
      registry: metrics.registry,
      logger,
      ...(authorize !== undefined ? { authorize } : {}),
    },
    init,
  )
  await server.start()
  servers.push(server)
  return { server, metrics, snapshot, calls: () => calls }
}

/** A raw GET with a chosen Host header (fetch does not let one set it). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })
}

afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop()
})

describe('DashboardServer', () => {
  it('serves the page, the snapshot, metrics and 404s on loopback without a token', async () => {
    const { server, snapshot } = await startServer({ snapshotCacheMs: 0 })
    snapshot.run.name = 'unit-run'
    const page = await get(server.url)
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.headers['content-security-policy']).toContain("script-src 'sha256-")
    expect(page.body).toContain('"name":"unit-run"')
    const snap = await get(`${server.url}api/snapshot`)
    expect(JSON.parse(snap.body).run.name).toBe('unit-run')
    const metrics = await get(`${server.url}metrics`)
    expect(metrics.status).toBe(200)
    expect(metrics.body).toContain('# TYPE tandem_step_seconds histogram')
    expect((await get(`${server.url}nope`)).status).toBe(404)
    expect((await get(`${server.url}api/snapshot`, {}, 'POST')).status).toBe(405)
  })

  it('refuses a foreign Host header on loopback (DNS rebinding)', async () => {
    const { server } = await startServer()
    expect((await get(`${server.url}api/snapshot`, { host: 'evil.example:80' })).status).toBe(403)
    expect((await get(`${server.url}api/snapshot`, { host: `localhost:${server.address().port}` })).status).toBe(200)
  })

  it('asks for a viewer token when told to, by header or query', async () => {
    const { server } = await startServer({ requireToken: true }, (t) => t === 'tdv_good')
    expect((await get(`${server.url}api/snapshot`)).status).toBe(401)
    expect((await get(server.url)).status).toBe(401)
    expect((await get(`${server.url}api/snapshot?token=tdv_bad`)).status).toBe(401)
    expect((await get(`${server.url}api/snapshot`, { authorization: 'Bearer tdv_bad' })).status).toBe(401)
    expect((await get(`${server.url}api/snapshot?token=${'x'.repeat(300)}`)).status).toBe(401)
    expect((await get(`${server.url}api/snapshot?token=tdv_good`)).status).toBe(200)
    expect((await get(`${server.url}metrics`, { authorization: 'Bearer tdv_good' })).status).toBe(200)
    // With a token, any Host is fine: the token is the protection.
    expect((await get(`${server.url}?token=tdv_good`, { host: 'tandem.example.org' })).status).toBe(200)
  })

  it('will not bind beyond loopback without a token check', () => {
    expect(() => new DashboardServer({ getSnapshot: () => emptySnapshot(), registry: new CoordinatorMetrics({ processMetrics: false }).registry, logger }, { host: '0.0.0.0' })).toThrow(
      /viewer tokens/,
    )
    expect(isLoopbackHost('127.0.0.1')).toBe(true)
    expect(isLoopbackHost('0.0.0.0')).toBe(false)
    expect(isLoopbackHost('10.0.0.1')).toBe(false)
  })

  it('takes one snapshot per cache interval however many requests come', async () => {
    let now = 1_000
    const { server, calls } = await startServer({ snapshotCacheMs: 250, now: () => now })
    for (let i = 0; i < 5; i++) await get(`${server.url}api/snapshot`)
    expect(calls()).toBe(1)
    now += 300
    await get(`${server.url}api/snapshot`)
    expect(calls()).toBe(2)
  })

  it('stops twice without error', async () => {
    const { server } = await startServer()
    await server.stop()
    await server.stop()
  })
})

describe('the embedded snapshot', () => {
  it('cannot close its script block or open a comment', () => {
    const hostile = { name: '</script><script>alert(1)</script><!-- \u2028 & >' }
    const text = jsonForScriptBlock(hostile)
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(text)).toEqual(hostile)
    const page = renderDashboardPage(hostile)
    expect(page.match(/<\/script>/g)?.length).toBe(2)
  })
})
