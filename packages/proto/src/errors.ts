// Error classes shared by every package. Callers branch on `name` and `code`, never on message text.

/** Base class: every error Tandem throws on purpose has a stable `code`. */
export class TandemError extends Error {
  override name = 'TandemError'
  readonly code: string
  readonly data: Record<string, unknown> | undefined

  constructor(code: string, message: string, data?: Record<string, unknown>, options?: ErrorOptions) {
    super(message, options)
    this.code = code
    this.data = data
  }
}

/**
 * A mistake by the person at the command line or in a file they wrote: the CLI prints the message
 * (one sentence saying what was wrong and what to do) and exits with status 2, without a stack.
 */
export class UserError extends TandemError {
  override name = 'UserError'

  constructor(message: string, data?: Record<string, unknown>, code = 'E_USAGE') {
    super(code, message, data)
  }
}

/** Bytes that arrived from the network or a file and do not decode: truncated, oversized, garbage. */
export class DecodeError extends TandemError {
  override name = 'DecodeError'
}

/** A value that decoded but breaks a limit or an invariant (shape, dtype, finiteness, epoch, step). */
export class ValidationError extends TandemError {
  override name = 'ValidationError'
}

/** A limit was reached: a queue, a frame, a cache, a retry budget. */
export class LimitError extends TandemError {
  override name = 'LimitError'
}

/** The peer or key is not allowed to do this. */
export class AuthError extends TandemError {
  override name = 'AuthError'
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof Error && err.name === 'UserError'
}
