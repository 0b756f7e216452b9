// Tunables of the dashboard's HTTP server and page, each with the reason for its value.

/** Loopback by default: the dashboard shows the run to whoever can reach it. */
export const DASHBOARD_HOST = '127.0.0.1'

/** 0: an ephemeral port; the daemon prints the URL it got. */
export const DASHBOARD_PORT = 0

/** The page polls once a second (issue 8 asks for updates at least every 2 s). */
export const POLL_INTERVAL_MS = 1_000

/** Points the page keeps per chart; the coordinator caps its own history at the same size. */
export const PAGE_HISTORY_POINTS_MAX = 2_000

/** Many open tabs cost one snapshot per this interval, not one per request. */
export const SNAPSHOT_CACHE_MS = 250

/** Concurrent HTTP connections: a few viewers and a Prometheus scraper, not a public site. */
export const CONNECTIONS_MAX = 64

/** A request that has not sent its headers by then is dropped (slowloris). */
export const HEADERS_TIMEOUT_MS = 10_000

/** Longest request URL accepted (the token is the longest legitimate part). */
export const URL_BYTES_MAX = 2_048

/** Viewer tokens longer than this are refused before they reach the token check. */
export const TOKEN_BYTES_MAX = 256
