// Tunables of the placement planner, each with its reason. Memory and FLOP figures describe GPT-J
// blocks as Tandem's ONNX training graphs run them (StageRuntime's default: every stage but the
// last recomputes its forward inside the backward).

const GiB = 1024 ** 3

/** Memory no model tensor accounts for: ORT arenas, CUDA context, codec scratch. An allowance, not a measurement. */
export const RUNTIME_OVERHEAD_BYTES = 0.5 * GiB

/**
 * Elements saved for backward per token per block: ln_1 input and output (2C), q, k, v after
 * rotary (3C), attention output before out_proj (C), fc_in output and gelu output (2 x n_inner),
 * softmax probabilities (n_head x T). What a reverse-mode graph holds while one micro-batch's
 * backward runs (the recomputed forward's intermediates); held for one micro-batch at a time.
 */
export const SAVED_WIDTHS_PER_BLOCK = { embd: 6, inner: 2, headsTimesSeq: 1 } as const

/**
 * Token planes StageRuntime keeps per in-flight micro-batch, bytes per token (its forward feeds):
 * segment ids (int32) and the prefix flag (bool) everywhere, input ids (int32) on stage 0. Labels
 * feed only the last stage, which keeps no feeds (its forward and backward are one pass).
 */
export const KEPT_TOKEN_PLANE_BYTES = { first: 4 + 4 + 1, other: 4 + 1 } as const

/** Bytes per parameter of training state held on a device, by precision (weights, grads, AdamW m and v). */
export const STATE_BYTES_PER_PARAM = {
  // fp32 weights 4 + fp32 grads 4 + Adam m, v 8.
  fp32: 16,
  // fp32 master 4 + fp16 compute copy 2 + fp32 grad accumulator 4 (micro-batches add up) + Adam 8.
  fp16: 18,
} as const

/**
 * Extra bytes per parameter the update codec keeps: CocktailSGD keeps the last-synchronised copy
 * and the sender's error feedback (4 + 4), plus the aggregator's error feedback for its chunk (4/R,
 * added where R is known). Plain all-reduce works in place.
 */
export const CODEC_STATE_BYTES_PER_PARAM = { fp32: 0, fp16: 0, cocktail: 8 } as const
export const COCKTAIL_AGGREGATOR_BYTES_PER_PARAM = 4

/** State that moves when a layer changes hands: fp32 weights + Adam m and v (12 B/param); codec state restarts. */
export const MOVED_BYTES_PER_PARAM = 12

/**
 * k-bit activation codecs carry one fp16 scale per block of 64 contiguous values: the worker's
 * DEFAULT_ACTIVATION_GROUP (packages/worker/src/codecs/constants.ts, pinned by update-bytes.test.ts).
 */
export const ACTIVATION_GROUP_ELEMENTS = 64

/** CocktailSGD sends one fp16 scale per 128 kept values: the worker's DEFAULT_UPDATE_BUCKET (CocktailSGD's choice). */
export const UPDATE_BUCKET_ELEMENTS = 128

/**
 * Token metadata that travels with forward activations, as the worker sends it (stage-links.ts, one
 * AUX frame): input ids, labels, segment ids and the prefix flag, int32 each.
 */
export const TOKEN_METADATA_BYTES = 16

/** Amortisation horizon for the cost of moving state in re-planning: membership on donated hardware changes every few hundred steps. */
export const REPLAN_AMORTIZE_STEPS = 100

/** Hysteresis: a re-plan replaces the current plan only when its amortised step time is at least this much better. */
export const REPLAN_MARGIN = 0.1

/** Annealing evaluations per planning call; sized so 64 devices plan in a few seconds on one core. */
export const SEARCH_EVALUATIONS = 60_000

/** Rate of the coordinator's checkpoint store towards a worker when nothing was measured (1 Gbps). */
export const CHECKPOINT_BYTES_PER_S = 125e6

/** Wall-clock bound of one planning call; the search stops early (and says so) past it. */
export const PLAN_TIME_MS_MAX = 10_000

/** Seeded random placements the baselines report (their median). */
export const RANDOM_BASELINE_SAMPLES = 20

/** Hard limits on what a cluster description may hold (a planner input is bounded like any other). */
export const DEVICES_MAX = 4096

/**
 * Share of a non-last stage's compute that runs in its forward item: StageRuntime recomputes the
 * forward inside the backward by default, so forward 1 : backward 3 (recomputed forward + 2).
 */
export const FORWARD_SHARE_RECOMPUTE = 0.25
