// The worker thread that owns ONNX Runtime sessions (their run() blocks this thread, not the main
// event loop). Between runs it keeps stashed tensors (saved activations, a stage's input for
// recomputation) and reused output buffers; parameters and gradient accumulators are lent to it
// for each run and given back with the answer.
import { parentPort } from 'node:worker_threads'
import * as ort from 'onnxruntime-node'
import { createSession } from './ort-session.js'
import type { HostRequest, HostResponse, RunRequest, RunResult, SessionInfo, TensorMsg } from './protocol.js'

const port = parentPort
if (!port) throw new Error('session-host-worker must run in a worker thread')

const sessions = new Map<string, ort.InferenceSession>()
const stashes = new Map<string, Map<string, ort.Tensor>>()
/** Per (session, output) buffers for accumulated outputs, reused across runs. */
const scratch = new Map<string, ort.Tensor>()

function toTensor(m: TensorMsg): ort.Tensor {
  return new ort.Tensor(m.type, m.data as never, m.dims)
}

function toMsg(t: ort.Tensor): TensorMsg {
  return { type: t.type as TensorMsg['type'], dims: [...t.dims], data: t.data as TensorMsg['data'] }
}

function buffersOf(groups: Record<string, Record<string, TensorMsg>> | undefined, into: ArrayBuffer[]): void {
  for (const g of Object.values(groups ?? {})) {
    for (const m of Object.values(g)) {
      const b = m.data.buffer
      if (b instanceof ArrayBuffer && !into.includes(b)) into.push(b)
    }
  }
}

function allFinite(a: Float32Array): boolean {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i]!
  return Number.isFinite(s)
}

async function run(r: RunRequest): Promise<{ value: RunResult; transfer: ArrayBuffer[] }> {
  const session = sessions.get(r.session)
  if (!session) throw new Error(`no session '${r.session}'`)
  const wanted = new Set(session.inputNames)
  const feeds: Record<string, ort.Tensor> = {}
  const lent = new Map<string, Map<string, ort.Tensor>>()
  for (const [gname, group] of Object.entries(r.groups ?? {})) {
    const m = new Map<string, ort.Tensor>()
    for (const [name, msg] of Object.entries(group)) {
      const t = toTensor(msg)
      m.set(name, t)
      if (wanted.has(name)) feeds[name] = t
    }
    lent.set(gname, m)
  }
  if (r.stash !== undefined) {
    const st = stashes.get(r.stash)
    if (!st) throw new Error(`no stash '${r.stash}'`)
    for (const [name, t] of st) if (wanted.has(name)) feeds[name] = t
  }
  const own: Record<string, ort.Tensor> = {}
  for (const [name, m] of Object.entries(r.feeds)) own[name] = toTensor(m)
  for (const [name, t] of Object.entries(own)) if (wanted.has(name)) feeds[name] = t
  const missing = session.inputNames.filter((n) => !(n in feeds))
  if (missing.length > 0) throw new Error(`session '${r.session}': no value for input(s) ${missing.slice(0, 5).join(', ')}`)

  // Accumulated outputs: written straight into the accumulator ('set') or into a reused buffer ('add').
  const fetches: Record<string, ort.Tensor | null> = {}
  const acc = r.accumulate
  const accGroup = acc ? lent.get(acc.group) : undefined
  if (acc && !accGroup) throw new Error(`no lent group '${acc.group}'`)
  for (const name of session.outputNames) {
    if (acc && name.startsWith(acc.prefix)) {
      const target = accGroup!.get(name.slice(acc.prefix.length))
      if (!target) throw new Error(`group '${acc.group}' has no tensor for output ${name}`)
      if (acc.mode === 'set') {
        fetches[name] = target
        continue
      }
      const key = `${r.session}|${name}`
      let buf = scratch.get(key)
      if (!buf) {
        buf = new ort.Tensor('float32', new Float32Array(target.size), target.dims)
        scratch.set(key, buf)
      }
      fetches[name] = buf
    } else if (!r.fetch || r.fetch.includes(name) || r.keep?.outputs?.includes(name)) {
      fetches[name] = null
    }
  }
  const t0 = performance.now()
  const out = await session.run(feeds, fetches as ort.InferenceSession.FetchesType)
  const runMs = performance.now() - t0
  if (r.stash !== undefined && !r.keepStash) stashes.delete(r.stash)

  let finite: boolean | undefined
  const result: Record<string, TensorMsg> = {}
  const transfer: ArrayBuffer[] = []
  const kept = new Set(r.keep?.outputs ?? [])
  if (r.keep) {
    const st = new Map<string, ort.Tensor>(r.keep.feeds ? Object.entries(own) : [])
    for (const n of kept) {
      const t = out[n]
      if (!t) throw new Error(`session '${r.session}' has no output ${n} to keep`)
      st.set(n, t)
    }
    stashes.set(r.keep.key, st)
  }
  for (const [name, t] of Object.entries(out)) {
    if (acc && name.startsWith(acc.prefix)) {
      const target = accGroup!.get(name.slice(acc.prefix.length))!.data as Float32Array
      if (acc.mode === 'add') {
        const src = t.data as Float32Array
        let s = 0
        for (let i = 0; i < target.length; i++) {
          const v = src[i]!
          target[i] = target[i]! + v
          s += v
        }
        finite = (finite ?? true) && Number.isFinite(s)
      } else {
        finite = (finite ?? true) && allFinite(target)
      }
      continue
    }
    if (kept.has(name) || (r.fetch && !r.fetch.includes(name))) continue
    const m = toMsg(t)
    result[name] = m
    const buf = m.data.buffer
    if (buf instanceof ArrayBuffer && !transfer.includes(buf)) transfer.push(buf)
  }
  buffersOf(r.groups, transfer)
  return { value: { outputs: result, groups: r.groups ?? {}, runMs, finite }, transfer }
}

async function handle(req: HostRequest): Promise<{ value: unknown; transfer?: ArrayBuffer[] }> {
  switch (req.kind) {
    case 'create': {
      const old = sessions.get(req.key)
      if (old) await old.release()
      sessions.delete(req.key)
      const s = await createSession(req.bytes, req.settings)
      sessions.set(req.key, s)
      const info: SessionInfo = { inputNames: [...s.inputNames], outputNames: [...s.outputNames] }
      return { value: info }
    }
    case 'run':
      return run(req.run)
    case 'drop':
      stashes.delete(req.stash)
      return { value: null }
    case 'release': {
      const s = sessions.get(req.key)
      sessions.delete(req.key)
      for (const k of [...scratch.keys()]) if (k.startsWith(`${req.key}|`)) scratch.delete(k)
      if (s) await s.release()
      return { value: null }
    }
  }
}

// Requests run one at a time, in order: a session's run() occupies this thread anyway.
let chain: Promise<void> = Promise.resolve()
port.on('message', (req: HostRequest) => {
  chain = chain.then(async () => {
    let res: HostResponse
    let transfer: ArrayBuffer[] = []
    try {
      const r = await handle(req)
      res = { id: req.id, ok: true, value: r.value }
      transfer = r.transfer ?? []
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err))
      const groups = req.kind === 'run' ? req.run.groups : undefined
      res = { id: req.id, ok: false, error: { name: e.name, message: e.message, code: (e as { code?: string }).code, stack: e.stack }, groups }
      buffersOf(groups, transfer)
    }
    port.postMessage(res, transfer)
  })
})
