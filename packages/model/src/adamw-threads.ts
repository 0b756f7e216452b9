// The second thread of a two-thread AdamW step: a worker thread running the same WebAssembly SIMD
// kernel (./adamw-helper-worker.mjs) on the parameters lent to it while the owner updates the
// others. Buffers are transferred both ways, never copied (ONNX Runtime refuses SharedArrayBuffer
// tensors, so parameters and gradients cannot be shared memory); the owner blocks on
// Atomics.wait and takes the answer with receiveMessageOnPort, so AdamW.step() stays synchronous.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { type AdamWScalars, KERNEL_LAYOUT, kernelModule } from './adamw-simd.js'
import { ADAMW_HELPER_WAIT_MS } from './constants.js'

/** One parameter's update, lent to the helper thread. */
export interface HelperJob {
  p: Float32Array
  g: Float32Array
  m: Float32Array
  v: Float32Array
  k: AdamWScalars
}

/** Whether `a` spans its whole ArrayBuffer (only such arrays can be transferred without detaching others). */
export function ownsBuffer(a: Float32Array): boolean {
  return a.buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength
}

export class AdamWHelper {
  readonly #worker: Worker
  readonly #port: MessagePort
  readonly #flag: Int32Array
  #closed = false

  constructor() {
    const { port1, port2 } = new MessageChannel()
    const flag = new SharedArrayBuffer(4)
    this.#flag = new Int32Array(flag)
    this.#port = port1
    this.#worker = new Worker(new URL('./adamw-helper-worker.mjs', import.meta.url), {
      execArgv: [],
      workerData: { module: kernelModule(), port: port2, flag, layout: KERNEL_LAYOUT },
      transferList: [port2],
    })
    // Neither may keep a finished process alive.
    this.#worker.unref()
    this.#port.unref()
  }

  /**
   * Lends `jobs` to the helper thread, runs `own` on this thread meanwhile, waits for the helper,
   * and returns the jobs' arrays: new views of the same memory (the ones passed in are detached).
   * A failure on either side is thrown after the arrays are back (`restore` puts them in place).
   */
  run(jobs: HelperJob[], own: () => void, restore: (back: HelperJob[]) => void): void {
    if (this.#closed) throw new Error('the AdamW helper thread is closed')
    if (jobs.length === 0) {
      own()
      return
    }
    Atomics.store(this.#flag, 0, 0)
    const transfer = new Set<ArrayBuffer>()
    for (const j of jobs) for (const a of [j.p, j.g, j.m, j.v]) transfer.add(a.buffer as ArrayBuffer)
    this.#port.postMessage(jobs, [...transfer])
    let ownError: unknown = null
    try {
      own()
    } catch (err) {
      ownError = err
    }
    if (Atomics.wait(this.#flag, 0, 0, ADAMW_HELPER_WAIT_MS) === 'timed-out') {
      throw new Error(`the AdamW helper thread did not answer within ${ADAMW_HELPER_WAIT_MS} ms; the lent parameters are lost`)
    }
    const msg = receiveMessageOnPort(this.#port)
    if (!msg) throw new Error('the AdamW helper thread raised its flag without an answer')
    const { jobs: back, error } = msg.message as { jobs: HelperJob[]; error: string | null }
    restore(back)
    if (error) throw new Error(`AdamW helper thread: ${error}`)
    if (ownError) throw ownError
  }

  /** Ends the helper thread (safe twice). */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    this.#port.close()
    await this.#worker.terminate()
  }
}
