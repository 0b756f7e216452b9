// Versions that peers compare: the software version and the wire protocol version.

/** Tandem's software version, reported in the join handshake and by `tandem --version`. */
export const SOFTWARE_VERSION = '0.1.0'

/**
 * Wire protocol version. Peers with a different major version refuse each other at join time.
 * Protocol ids carry it too: `/tandem/<name>/1.0.0`.
 */
export const PROTOCOL_VERSION = '1.0.0'
