// Tunables of the codecs, each with the reason for its value.

/** Version byte at the start of every codec_params blob: a reader refuses any other. */
export const CODEC_PARAMS_VERSION = 1

/** Largest tensor a codec accepts: 2^30 fp32 values (4 GiB) is past any frame limit anyway. */
export const CODEC_ELEMENTS_MAX = 2 ** 30

/**
 * Forward activations: 4 bits. AC-SGD (Wang et al. 2022) keeps convergence with 2-4 bit forward
 * activations; 4 is the safe end of that range.
 */
export const DEFAULT_FORWARD_BITS = 4

/** Backward activation gradients: 8 bits (AC-SGD found gradients more sensitive than activations). */
export const DEFAULT_BACKWARD_BITS = 8

/**
 * Values per fp16 scale for activations: 64 contiguous values along the hidden dimension. Measured
 * by `tandem bench codecs` on residual-stream-like tensors (outlier channels, per-token magnitude
 * spread) and on Gaussian ones: per-block scales beat one scale per channel at 2, 4 and 8 bits
 * (q4: relative RMSE 0.20 with blocks of 64 against 0.42 per channel), and 64 costs 0.25 bit per
 * value at 4 bits (32: 0.15 RMSE for 0.5 bit; 128: 0.26 for 0.125 bit).
 */
export const DEFAULT_ACTIVATION_GROUP = 64

/** Delta mode: steps sent as full values first (AC-SGD's uncompressed warm-up fills the caches). */
export const DEFAULT_DELTA_WARMUP_STEPS = 10

/** Delta mode: cache bytes per link end (fp32 reconstruction per sample id), least recently used evicted. */
export const DEFAULT_DELTA_CACHE_BYTES_MAX = 1024 * 1024 * 1024

/** Update codec: values per fp16 scale, CocktailSGD's choice. */
export const DEFAULT_UPDATE_BUCKET = 128

/**
 * Update codec: bits per sent value. 1 (signs, one mean-|x| scale per bucket) over a twice larger
 * subset beats 2 bits over fewer values, and 2 bits beat 4: error feedback repairs coarse values,
 * but not how long a value waits for its turn, and the wait is what costs (codecs-results/README.md,
 * measured at the convergence experiment's former lr 1e-3: the same two-round sync over every value every step at 8 bits is within 4% of all-reduce, over a
 * third of the values 6%, over a sixth 7-10%, over a twelfth 8-12%; a four-level code removing 88%
 * of each message's squared norm instead of 41% changed nothing measurable at a twelfth).
 */
export const DEFAULT_UPDATE_BITS = 1

/**
 * Update codec: share of each chunk in the step's random subset. 1/6 at 1 bit, every subset value
 * sent (no top-k, no mask): 1.125 bits per sent value, about 85x fewer bytes than fp16 (the issue
 * asks for at least 80x), and every element is sent once every 6 steps.
 */
export const DEFAULT_UPDATE_RANDOM_RATIO = 1 / 6

/**
 * Update codec: share of the subset kept by magnitude (top-k), sent as a bitmask over the subset;
 * 1 = no top-k and no mask. CocktailSGD's 10% subset with top-k 20% inside (about 88x) trained
 * worse here than every subset value at 2 bits: the mask costs 1 bit per subset value, more than
 * the kept values themselves, and small values waited for many cycles.
 */
export const DEFAULT_UPDATE_TOPK_RATIO = 1

/**
 * CocktailSGD groups share the rows of their AdamW second moments every this many steps
 * (second-moment-share.ts): one bf16 value per row (a row of 64 in the tiny model: 1/64 of an fp16
 * sync per share; a row of 4096 in GPT-J-6B: 1/4096). Measured on the convergence experiment
 * (codecs-results/README.md, at the former lr 1e-3): every 10 steps beat every 25 by about a point
 * on both seeds; it adds 13% to the tiny model's update bytes (85x -> 75x fewer than fp16) and 0.2%
 * to GPT-J-6B's.
 */
export const DEFAULT_MOMENT_SHARE_EVERY = 10

/**
 * CocktailSGD sends the token embedding (wte) as its largest blocks of 64 values, this share of
 * them per step, with a bitmask over the blocks (split-sync.ts; with the rest of its stage when that
 * is no larger than this share of the embedding): 1/64 + 0.1375 * (1 + 16/64) = 0.1875 bits per
 * value, the same bytes as signs over a 1/6 subset. Measured on the convergence experiment
 * (codecs-results/README.md, at the former lr 1e-3). 0 sends the embedding through the random subset.
 */
export const DEFAULT_EMBEDDING_BLOCK_RATIO = 0.1375

/** Update codec: steps synchronised uncompressed (fp32 deltas) before compression starts. */
export const DEFAULT_UPDATE_WARMUP_STEPS = 10
