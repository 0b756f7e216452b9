// The second thread of a two-thread AdamW step (./adamw-threads.ts): runs the WebAssembly SIMD
// kernel of ./adamw-simd.ts on the parameters lent to it and gives them back, then raises a flag
// the owner waits on with Atomics.wait (the owner's step() stays synchronous).
//
// Plain JavaScript on purpose (no TypeScript loader in a worker thread: about a second per
// thread). The chunk loop repeats AdamWKernel.update; adamw.test.ts checks both against the
// scalar loop.
import { workerData } from 'node:worker_threads'

const { module, port, flag, layout } = workerData
const e = new WebAssembly.Instance(module, {}).exports
const buf = e.memory.buffer
const C = layout.chunkFloats
const P = new Float32Array(buf, layout.p, C)
const G = new Float32Array(buf, layout.g, C)
const M = new Float32Array(buf, layout.m, C)
const V = new Float32Array(buf, layout.v, C)
const done = new Int32Array(flag)

function update(p, g, m, v, k) {
  const c1 = 1 - k.beta1
  const c2 = 1 - k.beta2
  const rc = k.replicaCorrection
  for (let at = 0; at < p.length; at += C) {
    const len = Math.min(C, p.length - at)
    const whole = len === p.length
    P.set(whole ? p : p.subarray(at, at + len))
    G.set(whole ? g : g.subarray(at, at + len))
    M.set(whole ? m : m.subarray(at, at + len))
    V.set(whole ? v : v.subarray(at, at + len))
    const end = ((len + 3) & ~3) * 4
    if (rc === undefined) e.adamw(end, k.gradScale, k.beta1, c1, k.beta2, c2, k.invBiasCorrection2Sqrt, k.eps, k.stepSize, k.keep)
    else e.adamwr(end, k.gradScale, k.beta1, c1, k.beta2, c2, rc.vScale, rc.m2Scale, rc.m2Cap, k.eps, k.stepSize, k.keep)
    const full = len === C
    p.set(full ? P : P.subarray(0, len), at)
    m.set(full ? M : M.subarray(0, len), at)
    v.set(full ? V : V.subarray(0, len), at)
  }
}

port.on('message', (jobs) => {
  let error = null
  try {
    for (const j of jobs) update(j.p, j.g, j.m, j.v, j.k)
  } catch (err) {
    error = err instanceof Error ? (err.stack ?? err.message) : String(err)
  }
  const transfer = new Set()
  for (const j of jobs) for (const a of [j.p, j.g, j.m, j.v]) transfer.add(a.buffer)
  port.postMessage({ jobs, error }, [...transfer])
  Atomics.store(done, 0, 1)
  Atomics.notify(done, 0)
})
