// Tunables of the data pipeline, each with its reason or source.

/** GPT-2's `<|endoftext|>` id: GPT-J's bos/eos and the separator GPT-JT packs between examples. */
export const GPT2_EOT_ID = 50256

/** GPT-2 BPE vocabulary size (GPT-J pads its embedding to 50400 rows above this). */
export const GPT2_VOCAB_SIZE = 50257

/** Rows of GPT-J's embedding: the ids 50257..50399 exist in the model but not in the tokenizer. */
export const GPTJ_MODEL_VOCAB_SIZE = 50400

/**
 * UL2 span-corruption sentinels use the model rows just above the tokenizer (GPT-J calls them
 * `<|extratoken_1|>`…): 100 of them, T5's count, well inside the 143 spare rows.
 */
export const SENTINEL_BASE_ID = GPT2_VOCAB_SIZE
export const SENTINEL_COUNT_MAX = 100

/** Piece cache of the BPE: enough for the working vocabulary of real text; cleared when full. */
export const BPE_CACHE_ENTRIES_MAX = 200_000

/** Longer pieces are not cached: they rarely repeat, and one could be megabytes. */
export const BPE_CACHE_PIECE_CHARS_MAX = 256

/** Pieces at least this long merge with a heap (O(n log n)); shorter ones by a plain scan. */
export const BPE_HEAP_PIECE_BYTES_MIN = 64

/** GPT-JT's sequence length. */
export const DEFAULT_SEQ_LEN = 2048

/** GPT-JT's stage-2 mixture: 5% chain-of-thought, 20% P3, 20% Natural-Instructions, 55% Pile. */
export const GPTJT_MIXTURE: Readonly<Record<string, number>> = { cot: 0.05, p3: 0.2, ni: 0.2, pile: 0.55 }

/**
 * Sources are drawn in shuffled blocks whose counts follow the weights (stratified sampling), so
 * the mixture is exact to within a block's rounding at any scale. 1000 draws: whole counts for
 * weights given in tenths of a percent.
 */
export const MIXTURE_BLOCK_DRAWS = 1000

/** Natural-Instructions prompts carry 0 to this many positive examples (GPT-JT's widgets show 2). */
export const FEW_SHOT_EXAMPLES_MAX = 2

/** UL2 R-denoiser: short spans at 15% corruption (T5's setting, UL2 table 1). */
export const UL2_R = { meanSpan: 3, rate: 0.15 } as const
/** UL2 X-denoiser: long spans at 50% corruption (UL2 table 1). */
export const UL2_X = { meanSpan: 32, rate: 0.5 } as const

/** Prepared store: a shard holds at most this many tokens (128 MiB as uint16), then a new one starts. */
export const SHARD_TOKENS_MAX = 64 * 1024 * 1024

/** Raw files are read in chunks of this size: a multi-GB source never sits in memory. */
export const READ_CHUNK_BYTES = 1024 * 1024

/** A JSONL line longer than this is counted as bad and skipped (a Pile document is a few MB at most). */
export const LINE_BYTES_MAX = 64 * 1024 * 1024

/** Whole-document sources (NI task files, mmlu-cot.json) larger than this are refused: they would be read whole. */
export const JSON_DOCUMENT_BYTES_MAX = 512 * 1024 * 1024

/** Bad-input report: per (source file, kind of problem), this many locations are kept; the rest are counted. */
export const ISSUE_LOCATIONS_MAX = 5

/** Index records read from disk per page, and pages kept per source. */
export const INDEX_PAGE_RECORDS = 1024
export const INDEX_CACHE_PAGES = 64

/** Progress: a TTY bar redraws at most this often; a log line is written at most this often otherwise. */
export const PROGRESS_TTY_INTERVAL_MS = 100
export const PROGRESS_LINE_INTERVAL_MS = 5000

/** Chunks of a long document shorter than this many tokens are dropped (nothing to learn from). */
export const TEXT_CHUNK_TOKENS_MIN = 2
