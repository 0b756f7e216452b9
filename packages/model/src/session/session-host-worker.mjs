// The worker thread that owns ONNX Runtime sessions (their run() blocks this thread, not the main
// event loop). Between runs it keeps stashed tensors (saved activations, a stage's input for
// recomputation) and reused output buffers; parameters and gradient accumulators are lent to it
// for each run and given back with the answer. Message shapes: ./protocol.ts.
//
// Plain JavaScript on purpose: registering tsx in a worker thread costs about a second per thread,
// and this file needs nothing but onnxruntime-node. Session options come from the main thread
// (./ort-options.ts) so they are defined once.
import { parentPort } from 'node:worker_threads'
import * as ort from 'onnxruntime-node'

const port = parentPort
if (!port) throw new Error('session-host-worker must run in a worker thread')

/** @type {Map<string, ort.InferenceSession>} */
const sessions = new Map()
/** @type {Map<string, Map<string, ort.Tensor>>} */
const stashes = new Map()
/** Per (session, output) buffers for accumulated outputs, reused across runs. @type {Map<string, ort.Tensor>} */
const scratch = new Map()

const toTensor = (m) => new ort.Tensor(m.type, m.data, m.dims)
const toMsg = (t) => ({ type: t.type, dims: [...t.dims], data: t.data })

function buffersOf(groups, into) {
  for (const g of Object.values(groups ?? {})) {
    for (const m of Object.values(g)) {
      const b = m.data.buffer
      if (b instanceof ArrayBuffer && !into.includes(b)) into.push(b)
    }
  }
}

async function run(r) {
  const session = sessions.get(r.session)
  if (!session) throw new Error(`no session '${r.session}'`)
  const wanted = new Set(session.inputNames)
  const feeds = {}
  const lent = new Map()
  for (const [gname, group] of Object.entries(r.groups ?? {})) {
    const m = new Map()
    for (const [name, msg] of Object.entries(group)) {
      const t = toTensor(msg)
      m.set(name, t)
      // The accumulation target is written, not read.
      if (wanted.has(name) && gname !== r.accumulate?.group) feeds[name] = t
    }
    lent.set(gname, m)
  }
  if (r.stash !== undefined) {
    const st = stashes.get(r.stash)
    if (!st) throw new Error(`no stash '${r.stash}'`)
    for (const [name, t] of st) if (wanted.has(name)) feeds[name] = t
  }
  const own = {}
  for (const [name, m] of Object.entries(r.feeds)) own[name] = toTensor(m)
  for (const [name, t] of Object.entries(own)) if (wanted.has(name)) feeds[name] = t
  const missing = session.inputNames.filter((n) => !(n in feeds))
  if (missing.length > 0) throw new Error(`session '${r.session}': no value for input(s) ${missing.slice(0, 5).join(', ')}`)

  // Accumulated outputs: written straight into the accumulator ('set') or into a reused buffer ('add').
  const fetches = {}
  const acc = r.accumulate
  const accGroup = acc ? lent.get(acc.group) : undefined
  if (acc && !accGroup) throw new Error(`no lent group '${acc.group}'`)
  for (const name of session.outputNames) {
    if (acc && name.startsWith(acc.prefix)) {
      const target = accGroup.get(name.slice(acc.prefix.length))
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
  const out = await session.run(feeds, fetches)
  const runMs = performance.now() - t0
  if (r.stash !== undefined && !r.keepStash) stashes.delete(r.stash)

  let finite
  const outputs = {}
  const transfer = []
  const kept = new Set(r.keep?.outputs ?? [])
  if (r.keep) {
    const st = new Map(r.keep.feeds ? Object.entries(own) : [])
    for (const n of kept) {
      if (!out[n]) throw new Error(`session '${r.session}' has no output ${n} to keep`)
      st.set(n, out[n])
    }
    stashes.set(r.keep.key, st)
  }
  for (const [name, t] of Object.entries(out)) {
    if (acc && name.startsWith(acc.prefix)) {
      const target = accGroup.get(name.slice(acc.prefix.length)).data
      if (acc.mode === 'add') {
        const src = t.data
        let s = 0
        for (let i = 0; i < target.length; i++) {
          const v = src[i]
          target[i] += v
          s += v
        }
        finite = (finite ?? true) && Number.isFinite(s)
      }
      // 'set' wrote straight into the accumulator: not checked here (the owner checks on demand,
      // often as part of the gradient norm it computes anyway), which saves a pass over every gradient.
      continue
    }
    if (kept.has(name) || (r.fetch && !r.fetch.includes(name))) continue
    const m = toMsg(t)
    outputs[name] = m
    const buf = m.data.buffer
    if (buf instanceof ArrayBuffer && !transfer.includes(buf)) transfer.push(buf)
  }
  buffersOf(r.groups, transfer)
  return { value: { outputs, groups: r.groups ?? {}, runMs, finite }, transfer }
}

async function handle(req) {
  switch (req.kind) {
    case 'create': {
      const old = sessions.get(req.key)
      sessions.delete(req.key)
      if (old) await old.release()
      let s
      try {
        s = await ort.InferenceSession.create(req.bytes, req.options)
      } catch (err) {
        throw Object.assign(err instanceof Error ? err : new Error(String(err)), { code: 'E_SESSION_CREATE' })
      }
      sessions.set(req.key, s)
      return { value: { inputNames: [...s.inputNames], outputNames: [...s.outputNames] } }
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
    default:
      throw new Error(`unknown request kind '${req.kind}'`)
  }
}

// Requests run one at a time, in order: a session's run() occupies this thread anyway.
let chain = Promise.resolve()
port.on('message', (req) => {
  chain = chain.then(async () => {
    let res
    let transfer = []
    try {
      const r = await handle(req)
      res = { id: req.id, ok: true, value: r.value }
      transfer = r.transfer ?? []
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err))
      const groups = req.kind === 'run' ? req.run.groups : undefined
      res = { id: req.id, ok: false, error: { name: e.name, message: e.message, code: e.code, stack: e.stack }, groups }
      buffersOf(groups, transfer)
    }
    port.postMessage(res, transfer)
  })
})
