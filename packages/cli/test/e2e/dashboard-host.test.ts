// `tandem coordinator start --dashboard-host 0.0.0.0`: a real coordinator process whose dashboard
// and /metrics, bound beyond loopback, answer only with a viewer token (header or query).
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { LocalCluster } from '../../src/commands/demo-cluster.js'

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/tandem.js')
const RUN = {
  name: 'dashboard-host',
  model: { preset: 'tiny' },
  data: { sample: true },
  seqLen: 32,
  globalBatch: 2,
  microBatch: 1,
  steps: 10,
  parallelism: { stages: 1, replicas: 1 },
}

describe('coordinator start --dashboard-host, admin credentials from files', () => {
  let cluster: LocalCluster | undefined
  afterAll(async () => {
    await cluster?.stop()
    if (cluster !== undefined) await rm(cluster.init.dir, { recursive: true, force: true })
  })

  it('asks for a viewer token off loopback, by header or query', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-dash-host-'))
    cluster = new LocalCluster({ dir, run: RUN, coordinatorArgs: ['--dashboard-host', '0.0.0.0'] })
    const ready = (await cluster.startCoordinator()) as { dashboardUrl?: string }
    const port = new URL(ready.dashboardUrl!).port
    const base = `http://127.0.0.1:${port}`
    expect((await fetch(`${base}/metrics`)).status).toBe(401)
    expect((await fetch(`${base}/`)).status).toBe(401)
    // Not spawnSync: a blocked event loop would miss the server closing an idle keep-alive socket.
    const created = await promisify(execFile)(process.execPath, [CLI, 'admin', 'tokens', 'create', '--kind', 'viewer', '--data-dir', join(dir, 'coordinator'), '--json'], { encoding: 'utf8', timeout: 60_000 })
    const token = (JSON.parse(created.stdout) as { token: string }).token
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(401)
    const metrics = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })
    expect(metrics.status).toBe(200)
    expect(await metrics.text()).toContain('# TYPE')
    const page = await fetch(`${base}/?token=${encodeURIComponent(token)}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')

    // Credentials from files or the environment, never argv: the admin key file, the viewer token file.
    const run = promisify(execFile)
    const addr = (ready as { multiaddrs: string[] }).multiaddrs[0]!
    const keyFile = join(dir, 'coordinator', 'admin.key')
    const byFlag = await run(process.execPath, [CLI, 'admin', 'status', '--coordinator', addr, '--admin-key-file', keyFile, '--json'], { encoding: 'utf8', timeout: 60_000 })
    expect(JSON.parse(byFlag.stdout)).toHaveProperty('runName', 'dashboard-host')
    const byEnv = await run(process.execPath, [CLI, 'admin', 'tokens', 'list', '--coordinator', addr, '--json'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, TANDEM_ADMIN_KEY_FILE: keyFile } })
    // The default join token and the viewer token created above.
    expect(JSON.parse(byEnv.stdout)).toHaveLength(2)
    const tokenFile = join(dir, 'viewer-token')
    await writeFile(tokenFile, `${token}\n`, { mode: 0o600 })
    const viewer = await run(process.execPath, [CLI, 'admin', 'status', '--coordinator', addr, '--token-file', tokenFile, '--json'], { encoding: 'utf8', timeout: 60_000 })
    expect(JSON.parse(viewer.stdout)).toHaveProperty('runName', 'dashboard-host')
    // A viewer may read, not steer.
    await expect(run(process.execPath, [CLI, 'admin', 'pause', '--coordinator', addr, '--token-file', tokenFile], { encoding: 'utf8', timeout: 60_000 })).rejects.toMatchObject({ code: 2 })
  }, 180_000)
})
