// A coordinator and workers as separate processes on loopback: what `tandem demo` runs and what
// the cross-package e2e tests drive. Each process is `node packages/cli/bin/tandem.js …`; their
// JSON log lines are parsed and kept (bounded) so callers can wait for events (a step done, a
// checkpoint committed) and kill processes with real signals.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/tandem.js')

/** Log lines kept per process (older ones are dropped). */
const LINES_KEPT = 20_000

export interface LogLine {
  time: number
  msg: string
  [key: string]: unknown
}

export interface Ready {
  event: 'ready'
  multiaddrs: string[]
  joinToken: string
  adminKeyFile: string
  peerId?: string
  runId?: string
}

type Listener = (line: LogLine) => void

/** One child process whose stdout/stderr carry pino JSON lines. */
export class DaemonProcess {
  readonly name: string
  readonly child: ChildProcess
  readonly lines: LogLine[] = []
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  private readonly listeners = new Set<Listener>()
  exitCode: number | null | undefined
  /** Raw lines that were not JSON (crashes, stack traces), last few. */
  readonly text: string[] = []

  constructor(name: string, args: string[], env: NodeJS.ProcessEnv = {}) {
    this.name = name
    this.child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on('line', (l) => this.onLine(l))
    }
    this.exited = new Promise((res) => {
      this.child.on('exit', (code, signal) => {
        this.exitCode = code
        res({ code, signal })
      })
    })
  }

  get pid(): number {
    return this.child.pid ?? -1
  }

  get alive(): boolean {
    return this.exitCode === undefined
  }

  private onLine(l: string): void {
    let o: LogLine
    try {
      o = JSON.parse(l) as LogLine
      if (typeof o !== 'object' || o === null) throw new Error('not an object')
    } catch {
      this.text.push(l)
      if (this.text.length > 200) this.text.shift()
      return
    }
    this.lines.push(o)
    if (this.lines.length > LINES_KEPT) this.lines.splice(0, this.lines.length - LINES_KEPT)
    for (const f of this.listeners) f(o)
  }

  on(f: Listener): () => void {
    this.listeners.add(f)
    return () => this.listeners.delete(f)
  }

  /** Resolves with the first line (already seen or to come) that matches. */
  waitFor(pred: (l: LogLine) => boolean, timeoutMs: number, what = 'a log line'): Promise<LogLine> {
    const seen = this.lines.find(pred)
    if (seen !== undefined) return Promise.resolve(seen)
    return new Promise((res, rej) => {
      const t = setTimeout(() => {
        off()
        rej(new Error(`${this.name}: no ${what} within ${timeoutMs} ms (last lines: ${this.tail(5)})`))
      }, timeoutMs)
      const off = this.on((l) => {
        if (pred(l)) {
          clearTimeout(t)
          off()
          res(l)
        }
      })
      void this.exited.then(() => {
        // Let buffered lines arrive first.
        setTimeout(() => {
          clearTimeout(t)
          off()
          rej(new Error(`${this.name} exited (code ${this.exitCode}) before ${what}: ${this.tail(5)} ${this.text.slice(-5).join(' | ')}`))
        }, 200)
      })
    })
  }

  tail(n: number): string {
    return this.lines
      .slice(-n)
      .map((l) => JSON.stringify(l).slice(0, 300))
      .join(' | ')
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.alive) this.child.kill(signal)
  }
}

/** A free TCP port on loopback (so a restarted coordinator keeps its address). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.once('error', rej)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => res(port))
    })
  })
}

export interface ClusterInit {
  dir: string
  /** RUN.json content. */
  run: Record<string, unknown>
  logLevel?: string
  /** Extra flags for `tandem coordinator start`. */
  coordinatorArgs?: string[]
  /** ONNX Runtime threads per worker session. */
  threads?: number
  /** Skip the workers' device benchmark. */
  skipBench?: boolean
}

export class LocalCluster {
  readonly init: ClusterInit
  coordinator: DaemonProcess | undefined
  ready: Ready | undefined
  readonly workers = new Map<string, DaemonProcess>()
  private port = 0
  private runPath = ''

  constructor(init: ClusterInit) {
    this.init = init
  }

  get coordinatorAddr(): string {
    return this.ready!.multiaddrs[0]!
  }

  async startCoordinator(timeoutMs = 120_000): Promise<Ready> {
    if (this.port === 0) {
      await mkdir(this.init.dir, { recursive: true })
      this.port = await freePort()
      this.runPath = join(this.init.dir, 'run.json')
      await writeFile(this.runPath, JSON.stringify(this.init.run, null, 2))
    }
    const c = new DaemonProcess('coordinator', [
      'coordinator', 'start', '--data-dir', join(this.init.dir, 'coordinator'), '--run', this.runPath,
      '--listen', `/ip4/127.0.0.1/tcp/${this.port}`, '--log-level', this.init.logLevel ?? 'info',
      ...(this.init.coordinatorArgs ?? []),
    ])
    this.coordinator = c
    const ready = (await c.waitFor((l) => (l as unknown as Ready).event === 'ready', timeoutMs, 'ready line')) as unknown as Ready
    this.ready = ready
    return ready
  }

  addWorker(name: string, extra: string[] = []): DaemonProcess {
    if (this.ready === undefined) throw new Error('start the coordinator first')
    const args = [
      'worker', 'start', '--coordinator', this.coordinatorAddr, '--token', this.ready.joinToken,
      '--data-dir', join(this.init.dir, name), '--listen', '/ip4/127.0.0.1/tcp/0', '--name', name,
      '--log-level', this.init.logLevel ?? 'info',
      ...(this.init.threads !== undefined ? ['--threads', String(this.init.threads)] : []),
      ...(this.init.skipBench === true ? ['--no-bench'] : []),
      ...extra,
    ]
    const w = new DaemonProcess(name, args)
    this.workers.set(name, w)
    return w
  }

  /** Every step-done line of last-stage workers: the loss curve as the workers saw it. */
  losses(): { step: number; loss: number; worker: string; epoch: number; replica: number }[] {
    const out: { step: number; loss: number; worker: string; epoch: number; replica: number }[] = []
    for (const [name, w] of this.workers) {
      for (const l of w.lines) {
        if (l.msg === 'step done' && typeof l.loss === 'number') out.push({ step: l.step as number, loss: l.loss, worker: name, epoch: l.epoch as number, replica: l.replica as number })
      }
    }
    return out.sort((a, b) => a.step - b.step || a.replica - b.replica)
  }

  /** Waits until the coordinator logs step `step` done (every stage finished it). */
  async waitForStep(step: number, timeoutMs: number): Promise<void> {
    await this.coordinator!.waitFor((l) => l.msg === 'step done' && typeof l.step === 'number' && l.step >= step, timeoutMs, `step ${step} done`)
  }

  /** The coordinator's view: highest step whose 'step done' it logged. */
  lastStepOfCoordinator(): number {
    let best = -1
    for (const l of this.coordinator?.lines ?? []) if (l.msg === 'step done' && typeof l.step === 'number') best = Math.max(best, l.step)
    return best
  }

  /** SIGTERM everything (coordinator last), then SIGKILL what is left after `graceMs`. */
  async stop(graceMs = 5_000): Promise<void> {
    const all = [...this.workers.values(), ...(this.coordinator ? [this.coordinator] : [])]
    for (const w of this.workers.values()) w.kill('SIGTERM')
    this.coordinator?.kill('SIGTERM')
    await Promise.race([Promise.all(all.map((p) => p.exited)), new Promise((r) => setTimeout(r, graceMs).unref())])
    for (const p of all) p.kill('SIGKILL')
    await Promise.all(all.map((p) => p.exited))
  }
}
