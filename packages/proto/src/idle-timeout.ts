// A time limit on silence rather than on the whole transfer: GPT-J-6B's state for one stage is
// tens of GB, minutes over 1 Gbps and much longer behind a home link, so a transfer may take as
// long as it needs while bytes keep moving, and is abandoned only when nothing moved for `ms`.

export class IdleTimeout {
  readonly signal: AbortSignal
  readonly ms: number
  readonly #controller = new AbortController()
  #timer: ReturnType<typeof setTimeout> | undefined
  readonly #onParentAbort: (() => void) | undefined
  readonly #parent: AbortSignal | undefined

  /** Aborts after `ms` without a touch(), or when `parent` aborts (with the parent's reason). */
  constructor(ms: number, parent?: AbortSignal) {
    if (!(ms > 0)) throw new RangeError(`IdleTimeout: ms must be positive, got ${ms}`)
    this.ms = ms
    this.signal = this.#controller.signal
    this.#parent = parent
    if (parent !== undefined) {
      if (parent.aborted) {
        this.#controller.abort(parent.reason)
        return
      }
      this.#onParentAbort = () => this.#abort(parent.reason)
      parent.addEventListener('abort', this.#onParentAbort, { once: true })
    }
    this.touch()
  }

  /** Progress: the silence clock starts again. */
  touch(): void {
    if (this.signal.aborted) return
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.#abort(new DOMException(`nothing moved for ${this.ms} ms`, 'TimeoutError')), this.ms)
    this.#timer.unref?.()
  }

  /** Stops the clock (the transfer is over); the signal stays as it is. */
  clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#onParentAbort !== undefined) this.#parent?.removeEventListener('abort', this.#onParentAbort)
  }

  #abort(reason: unknown): void {
    this.clear()
    if (!this.signal.aborted) this.#controller.abort(reason)
  }
}
