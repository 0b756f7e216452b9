// Default limits of the wire: every length that arrives from the network is checked against one of
// these before anything is allocated for it. Callers may lower or raise them per stream.

const KiB = 1024
const MiB = 1024 * KiB

/**
 * Largest tensor-frame payload: 64 MiB. One GPT-J-6B stage boundary per micro-batch of
 * 1 x 2048 x 4096 is 32 MiB in fp32 (16 MiB in fp16); bigger tensors (the 825 MB embedding in
 * state transfer) travel as several frames (`index`/`count` in the header).
 */
export const FRAME_BYTES_MAX = 64 * MiB

/** Largest encoded TensorFrameHeader: 64 KiB (a header is ~100 bytes plus small codec params). */
export const FRAME_HEADER_BYTES_MAX = 64 * KiB

/** Highest tensor rank accepted in a frame header (activations are rank 3). */
export const SHAPE_RANK_MAX = 8

/** Largest single dimension: 2^31 - 1, so products stay exact in doubles and fit typed-array lengths. */
export const SHAPE_DIM_MAX = 2 ** 31 - 1

/**
 * Most elements in one tensor described by a frame header: 2^31 - 1 (GPT-J-6B's largest tensor,
 * the 50400 x 4096 embedding, has 206M).
 */
export const TENSOR_ELEMENTS_MAX = 2 ** 31 - 1

/** Most frames one tensor may be split into (count in the header). */
export const FRAMES_PER_TENSOR_MAX = 1 << 16

/** Control-plane envelopes (/tandem/control, /tandem/state): plans, reports, tensor lists. 4 MiB. */
export const CONTROL_MESSAGE_BYTES_MAX = 4 * MiB

/** Admin envelopes: an answer may carry one blob chunk plus a manifest. 16 MiB. */
export const ADMIN_MESSAGE_BYTES_MAX = 16 * MiB

/** Largest blob chunk one admin BlobAnswer carries (leaves room under ADMIN_MESSAGE_BYTES_MAX). */
export const ADMIN_BLOB_CHUNK_BYTES_MAX = 8 * MiB

/** Probe envelopes are tiny; the filler bytes that follow are counted by the probe itself. */
export const PROBE_MESSAGE_BYTES_MAX = 4 * KiB

/** A checkpoint manifest read from disk or the wire (GPT-J-6B's is ~100 KB). */
export const MANIFEST_BYTES_MAX = 64 * MiB

/** Length prefixes are varints of at most 5 bytes: every limit above is below 2^32. */
export const LENGTH_PREFIX_BYTES_MAX = 5

/**
 * Payloads are handed to `send()` in slices of this size, so that a full write buffer is noticed
 * (send returns false) after at most one slice, not after a whole 64 MiB frame.
 */
export const SEND_CHUNK_BYTES = 1 * MiB

/**
 * Reading a libp2p stream: pause it when this many received bytes wait unread, resume below the
 * low-water mark. Yamux's window (16 MiB) may still arrive after the pause, hence the read buffer.
 */
export const READ_HIGH_WATER_BYTES = 8 * MiB
export const READ_LOW_WATER_BYTES = 2 * MiB

/** The libp2p stream's own read-buffer limit must exceed yamux's 16 MiB window, or a pause resets it. */
export const STREAM_READ_BUFFER_BYTES_MIN = 32 * MiB
