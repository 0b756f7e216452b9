// The micro-batch contract between the data pipeline (which makes batches) and the training math
// (which consumes them). Row-major [batch, seq] typed arrays, so a batch crosses threads and the
// wire without conversion.

/** Label value for a position that is not scored (Hugging Face convention). */
export const IGNORE_INDEX = -100

/** One micro-batch of packed, UL2/prefix-LM training sequences. */
export interface TokenBatch {
  /** Rows in this micro-batch. */
  batch: number
  /** Tokens per row. */
  seq: number
  /** [batch, seq] token ids in 0..vocab-1 (padding uses the end-of-text token). */
  inputIds: Int32Array
  /**
   * [batch, seq] labels aligned with inputIds (usually a copy of them); IGNORE_INDEX where not
   * scored (prompt/prefix tokens, padding). Hugging Face shift convention: the logits at position t
   * are scored against labels[t + 1].
   */
  labels: Int32Array
  /**
   * [batch, seq] packed-example ids: a token attends only to tokens of its own segment, and
   * positions (rotary) restart at 0 where a segment starts. Any integers; equal = same example.
   */
  segmentIds: Int32Array
  /**
   * [batch, seq] 1 where the token lies in its segment's bidirectional prefix (UL2 prefix-LM:
   * key j is visible to query i when j <= i or j is in the prefix), else 0.
   */
  prefixMask: Uint8Array
}
