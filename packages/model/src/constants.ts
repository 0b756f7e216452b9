// Tunables of @tandem/model, each with the reason for its value.

/**
 * Floats per array streamed through the WebAssembly AdamW kernel at a time: four arrays of
 * 128 KiB (512 KiB of scratch) stay in a core's L2 cache between the copy in, the update and the
 * copy out; larger chunks spill, much smaller ones pay per-call overhead.
 */
export const ADAMW_CHUNK_FLOATS = 32768

/**
 * How long a two-thread AdamW step waits for its helper thread: far above any real update
 * (a 3B-parameter stage takes seconds), only there so a dead helper fails loudly.
 */
export const ADAMW_HELPER_WAIT_MS = 600_000
