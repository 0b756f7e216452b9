// Tunables of the coordinator daemon, each with the reason for its value.

/** Files in the data dir. */
export const IDENTITY_FILE = 'peer-key' // libp2p Ed25519 private key (protobuf), mode 0600
export const ADMIN_KEY_FILE = 'admin.key' // the admin key, mode 0600
export const JOIN_TOKEN_FILE = 'join-token' // the run's default join token, mode 0600 (the database keeps only its hash)
export const DATABASE_FILE = 'coordinator.db'
export const READY_FILE = 'coordinator.json' // the `ready` line, for scripts that did not read stdout
export const BLOBS_DIR = 'blobs'
export const EXPORTS_DIR = 'exports'
export const CHECKPOINT_PACK_FILE = 'tandem-checkpoint.json' // marks a checkpoint pack folder (its blobs are in BLOBS_DIR beside it)

/** Default listen address: loopback, an ephemeral port (a public coordinator passes --listen). */
export const DEFAULT_LISTEN = '/ip4/127.0.0.1/tcp/0'

/** Workers beat every second (sent in the JoinAnswer): cheap on loopback, fine-grained enough for a 5 s timeout. */
export const HEARTBEAT_INTERVAL_MS = 1_000

/**
 * Silence after which a worker is declared gone: five missed beats. Issue 6 asks for a bounded
 * detection time of about 5 s on loopback; a closed control stream (kill -9) is detected at once.
 */
export const HEARTBEAT_TIMEOUT_MS = 5_000

/** How often the daemon feeds the clock to the membership machine (timeouts resolve within this). */
export const TICK_INTERVAL_MS = 250

/** A plan whose members have not all acknowledged READY within this time is replaced (stuck state fetch). */
export const PLAN_READY_TIMEOUT_MS = 120_000

/** Joins that arrive while a plan is forming wait this long for more joiners, so one plan takes them all. */
export const JOIN_SETTLE_MS = 500

/**
 * While no plan runs and the members are short of a full fixed layout, wait this long (after the
 * layout first became possible) for the rest before starting with fewer replicas: workers that
 * start together join within a few seconds of each other (device benchmark included).
 */
export const FILL_WAIT_MS = 3_000

/** Largest control message accepted (a Plan for 64 workers is well under 1 MiB). */
export const CONTROL_MESSAGE_BYTES_MAX = 4 * 1024 * 1024

/** Largest admin message (answers carry lists: workers, checkpoints, log lines). */
export const ADMIN_MESSAGE_BYTES_MAX = 8 * 1024 * 1024

/** A control stream that sends this many invalid messages in a row is closed and the worker dropped. */
export const BAD_MESSAGES_MAX = 20

/** Live control sessions at once (one per worker): a bound on memory per connection. */
export const WORKERS_MAX = 1024

/** Step reports kept in the database per run (older ones are pruned; per-step aggregates stay). */
export const STEP_REPORTS_KEPT = 20_000

/** Loss/throughput points kept in memory for the dashboard. */
export const HISTORY_POINTS_MAX = 2_000

/** Log lines a worker may return for `tandem admin logs`. */
export const LOG_LINES_MAX = 1_000

/** Largest tensor accepted in a checkpoint upload: GPT-J-6B's embedding in fp32 is 825 MB. */
export const TENSOR_BYTES_MAX = 2 * 1024 * 1024 * 1024

/** Tensors in one upload (a stage of GPT-J-6B: 28 blocks x 10 params x 3 roles + head). */
export const UPLOAD_TENSORS_MAX = 4_096

/** Concurrent state transfers the coordinator serves (each streams blobs from disk). */
export const STATE_TRANSFERS_MAX = 8

/** Timeout for one admin request, and for the coordinator to get a worker's log lines. */
export const ADMIN_REQUEST_TIMEOUT_MS = 30_000

/** Checkpoints kept when the run config does not say (older ones are garbage-collected). */
export const CHECKPOINTS_KEPT_DEFAULT = 5

/** How long a client-side export holds its checkpoint against pruning after its last blob request. */
export const EXPORT_PIN_LEASE_MS = 120_000

/** Bytes of randomness in a join token, admin key or viewer token (256 bits). */
export const SECRET_BYTES = 32

/** Relay reservations the coordinator grants (NATed workers reachable through it). */
export const RELAY_RESERVATIONS_MAX = 256

/**
 * Yamux stream window: the default 256 KiB throttles checkpoint uploads far below loopback speed;
 * 16 MiB keeps a large tensor frame in flight (DESIGN.md's measured figures).
 */
export const STREAM_WINDOW_BYTES = 16 * 1024 * 1024

/** Read buffer per stream: above the yamux window, so a full window never trips the limit. */
export const STREAM_READ_BUFFER_BYTES = 64 * 1024 * 1024

/**
 * A state transfer (a fetch or an upload) is abandoned after this long with no bytes moving. Not a
 * limit on the whole transfer: one GPT-J-6B stage is tens of GB, longer than any fixed limit
 * behind a home link.
 */
export const STATE_TRANSFER_IDLE_MS = 120_000

/** A worker must send its JoinRequest this soon after opening the control stream. */
export const JOIN_TIMEOUT_MS = 10_000

/** New connections per second accepted from one host (libp2p defaults to 5: too few for a demo). */
export const INBOUND_CONNECTIONS_PER_HOST_PER_S = 100

/** Connections still negotiating encryption and muxer at once. */
export const INCOMING_PENDING_CONNECTIONS_MAX = 64

/** Peers a newcomer is asked to probe (ping, and a throughput probe with auto placement). */
export const PROBE_TARGETS_MAX = 32

/** Throughput probe per target with auto placement: 1 MiB, a few ms on a LAN, ~10 ms at 1 Gbps. */
export const PROBE_BYTES = 1024 * 1024

/** Per-target probe timeout. */
export const PROBE_TIMEOUT_MS = 5_000

/** Read size when a checkpoint is imported or packed: large sequential reads, bounded memory per tensor. */
export const IMPORT_CHUNK_BYTES = 8 * 1024 * 1024
