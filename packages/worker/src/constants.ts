// Tunables of the worker daemon, each with the reason for its value.

/** Identity file name in the data dir: a libp2p Ed25519 private key (protobuf), mode 0600. */
export const IDENTITY_FILE = 'peer-key'

/** Default listen address: an ephemeral TCP port on every interface (tests and the demo pass loopback). */
export const DEFAULT_LISTEN = '/ip4/0.0.0.0/tcp/0'

/**
 * Yamux stream window: the design brief notes reads have no automatic backpressure and the default
 * 256 KiB window throttles a stage link far below the 300 MB/s target; 16 MiB keeps a whole
 * activation frame of the small presets in flight.
 */
export const STREAM_WINDOW_BYTES = 16 * 1024 * 1024

/** Read buffer per stream: above the yamux window, so a full window never trips the limit. */
export const STREAM_READ_BUFFER_BYTES = 64 * 1024 * 1024

/** Heartbeat period to the coordinator: well inside its ~5 s gone timeout, cheap on loopback. */
export const HEARTBEAT_INTERVAL_MS = 1_000

/** First reconnect delay after the coordinator connection drops; doubled up to the maximum. */
export const RECONNECT_DELAY_MS = 250
export const RECONNECT_DELAY_MS_MAX = 5_000

/** A step's frames that arrive before they are awaited are buffered up to this many bytes per link. */
export const EARLY_FRAME_BYTES_MAX = 512 * 1024 * 1024

/** Frames this far behind the current step are stale: dropped and counted. */
export const STALE_STEP_MARGIN = 0

/** A peer whose frames fail validation this many times in a row is reported to the coordinator. */
export const BAD_FRAME_REPORT_THRESHOLD = 3

/** Waiting longer than this for a pipeline neighbour's frame means the step is lost (the coordinator re-plans). */
export const FRAME_WAIT_TIMEOUT_MS = 60_000

/** Bounded link probe: bytes sent per throughput probe (short enough to not disturb training). */
export const LINK_PROBE_BYTES = 4 * 1024 * 1024

/** `--schedule` windows per day: a few blocks of free hours, not a calendar. */
export const SCHEDULE_WINDOWS_MAX = 16

/** How often a worker reads its owner's pause file and writes its status file: the status screen's pace. */
export const LOCAL_CONTROL_POLL_MS = 1_000

/** Largest pause or status file read: both are a few hundred bytes of JSON. */
export const LOCAL_CONTROL_FILE_BYTES_MAX = 64 * 1024
