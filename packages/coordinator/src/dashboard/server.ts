// The coordinator's dashboard over node:http: the page (/), its data (/api/snapshot) and the
// Prometheus exposition (/metrics). Bound to loopback by default; bound anywhere else it asks every
// request for a viewer token (`Authorization: Bearer …` or `?token=…`). On loopback without a token
// it still checks the Host header, so that a web page cannot read it through DNS rebinding.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { UserError, ValidationError } from '@tandem/proto'
import type { Logger } from 'pino'
import type { Registry } from 'prom-client'
import {
  CONNECTIONS_MAX,
  DASHBOARD_HOST,
  DASHBOARD_PORT,
  HEADERS_TIMEOUT_MS,
  SNAPSHOT_CACHE_MS,
  TOKEN_BYTES_MAX,
  URL_BYTES_MAX,
} from './constants.js'
import { DASHBOARD_SCRIPT_HASH, renderDashboardPage } from './page.js'
import type { DashboardSnapshot } from './snapshot.js'

export interface DashboardComponents {
  getSnapshot(): DashboardSnapshot
  registry: Registry
  logger: Logger
  /** True when `token` is a live viewer token (or the admin key). Required unless bound to loopback. */
  authorize?(token: string): boolean
}

export interface DashboardInit {
  host?: string
  port?: number
  /** Ask for a token even on loopback (default: only when bound elsewhere). */
  requireToken?: boolean
  snapshotCacheMs?: number
  now?: () => number
}

const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTNAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host)
}

const SECURITY_HEADERS = {
  'content-security-policy': `default-src 'none'; script-src '${DASHBOARD_SCRIPT_HASH}'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
}

export class DashboardServer {
  private readonly c: DashboardComponents
  private readonly log: Logger
  private readonly host: string
  private readonly port: number
  private readonly requireToken: boolean
  private readonly snapshotCacheMs: number
  private readonly now: () => number
  private server: Server | undefined
  private cached: { atMs: number; snapshot: DashboardSnapshot } | undefined

  constructor(components: DashboardComponents, init: DashboardInit = {}) {
    this.c = components
    this.log = components.logger.child({ component: 'dashboard' })
    this.host = init.host ?? DASHBOARD_HOST
    this.port = init.port ?? DASHBOARD_PORT
    this.requireToken = init.requireToken ?? !isLoopbackHost(this.host)
    this.snapshotCacheMs = init.snapshotCacheMs ?? SNAPSHOT_CACHE_MS
    this.now = init.now ?? Date.now
    if (this.requireToken && components.authorize === undefined) {
      throw new UserError(`the dashboard bound to ${this.host} needs viewer tokens: bind it to 127.0.0.1 or enable the token check.`, { host: this.host }, 'E_DASHBOARD_TOKEN')
    }
  }

  /** The page's URL (valid after start()). */
  get url(): string {
    const a = this.address()
    const host = a.host.includes(':') ? `[${a.host}]` : a.host
    return `http://${host}:${a.port}/`
  }

  address(): { host: string; port: number } {
    const a = this.server?.address() as AddressInfo | null | undefined
    if (a == null) throw new ValidationError('E_NOT_STARTED', 'the dashboard is not started.')
    return { host: a.address, port: a.port }
  }

  async start(): Promise<void> {
    if (this.server !== undefined) return
    const server = createServer({ maxHeaderSize: 16 * 1024 }, (req, res) => this.handle(req, res))
    server.maxConnections = CONNECTIONS_MAX
    server.headersTimeout = HEADERS_TIMEOUT_MS
    server.requestTimeout = HEADERS_TIMEOUT_MS * 3
    server.keepAliveTimeout = 5_000
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, this.host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    this.server = server
    this.log.info({ url: this.url, token: this.requireToken }, 'dashboard listening')
  }

  async stop(): Promise<void> {
    const server = this.server
    if (server === undefined) return
    this.server = undefined
    this.cached = undefined
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }

  private snapshot(): DashboardSnapshot {
    const nowMs = this.now()
    if (this.cached !== undefined && nowMs - this.cached.atMs < this.snapshotCacheMs) return this.cached.snapshot
    const snapshot = this.c.getSnapshot()
    this.cached = { atMs: nowMs, snapshot }
    return snapshot
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    try {
      this.route(req, res)
    } catch (err) {
      this.log.warn({ err: err instanceof Error ? err.message : String(err), url: req.url?.slice(0, 200) }, 'dashboard request failed')
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'the dashboard failed to answer; see the coordinator log.\n')
      else res.destroy()
    }
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const rawUrl = req.url ?? '/'
    if (rawUrl.length > URL_BYTES_MAX) {
      send(res, 414, 'text/plain; charset=utf-8', 'the URL is too long.\n')
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD')
      send(res, 405, 'text/plain; charset=utf-8', 'the dashboard only reads (GET).\n')
      return
    }
    const url = new URL(rawUrl, 'http://dashboard.invalid')
    if (!this.allowed(req, url)) {
      res.setHeader('www-authenticate', 'Bearer realm="tandem"')
      send(res, 401, 'text/plain; charset=utf-8', 'a viewer token is required: open the page with ?token=TOKEN (tandem admin tokens create --kind viewer).\n')
      return
    }
    if (!this.requireToken && !isLoopbackHost(hostnameOf(req.headers.host))) {
      send(res, 403, 'text/plain; charset=utf-8', 'this dashboard answers only to localhost; bind it elsewhere with a viewer token to share it.\n')
      return
    }
    switch (url.pathname) {
      case '/':
      case '/index.html':
        send(res, 200, 'text/html; charset=utf-8', renderDashboardPage(this.snapshot()), req.method === 'HEAD')
        return
      case '/api/snapshot':
        send(res, 200, 'application/json; charset=utf-8', JSON.stringify(this.snapshot()), req.method === 'HEAD')
        return
      case '/metrics':
        this.c.registry.metrics().then(
          (text) => send(res, 200, this.c.registry.contentType, text, req.method === 'HEAD'),
          (err: unknown) => {
            this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'metrics collection failed')
            send(res, 500, 'text/plain; charset=utf-8', 'metrics collection failed.\n')
          },
        )
        return
      case '/healthz':
        send(res, 200, 'text/plain; charset=utf-8', 'ok\n', req.method === 'HEAD')
        return
      default:
        send(res, 404, 'text/plain; charset=utf-8', 'not found: the dashboard serves /, /api/snapshot and /metrics.\n')
        return
    }
  }

  private allowed(req: IncomingMessage, url: URL): boolean {
    if (!this.requireToken) return true
    const header = req.headers.authorization
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : (url.searchParams.get('token') ?? '')
    if (token.length === 0 || token.length > TOKEN_BYTES_MAX) return false
    try {
      return this.c.authorize?.(token) === true
    } catch {
      return false
    }
  }
}

function hostnameOf(host: string | undefined): string {
  if (host === undefined) return ''
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1)
  const colon = host.lastIndexOf(':')
  return colon === -1 ? host : host.slice(0, colon)
}

function send(res: ServerResponse, status: number, contentType: string, body: string, headOnly = false): void {
  const bytes = Buffer.from(body, 'utf8')
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'content-length': bytes.byteLength })
  res.end(headOnly ? undefined : bytes)
}
