// libp2p protocol ids of Tandem, `/tandem/<name>/<PROTOCOL_VERSION>`. A peer that speaks another
// major version fails protocol negotiation on these ids, and the join handshake says why.
import { ADMIN_MESSAGE_BYTES_MAX, CONTROL_MESSAGE_BYTES_MAX, PROBE_MESSAGE_BYTES_MAX } from './constants.js'
import { PROTOCOL_VERSION } from './version.js'

const id = (name: string): string => `/tandem/${name}/${PROTOCOL_VERSION}`

/** Worker <-> coordinator: join, heartbeats, plans, reports (control.ControlMessage). */
export const PROTOCOL_CONTROL = id('control')
/** Operator CLI -> coordinator: admin requests and answers (admin.AdminRequest / AdminAnswer). */
export const PROTOCOL_ADMIN = id('admin')
/** Pipeline neighbours: activation and activation-gradient tensor frames. */
export const PROTOCOL_ACTIVATIONS = id('activations')
/** Replicas of one stage: update tensor frames. */
export const PROTOCOL_UPDATES = id('updates')
/** Layer state transfer and checkpoint upload (control.StateMessage + tensor frames). */
export const PROTOCOL_STATE = id('state')
/** Throughput probe between peers (control.ProbeMessage + filler bytes). */
export const PROTOCOL_PROBE = id('probe')

export const PROTOCOLS = {
  control: PROTOCOL_CONTROL,
  admin: PROTOCOL_ADMIN,
  activations: PROTOCOL_ACTIVATIONS,
  updates: PROTOCOL_UPDATES,
  state: PROTOCOL_STATE,
  probe: PROTOCOL_PROBE,
} as const

/**
 * Largest envelope each protocol reads (FramedStreamInit.messageBytesMax). The tensor-frame
 * protocols carry no envelopes; their frames obey FrameLimits.
 */
export const PROTOCOL_MESSAGE_BYTES_MAX: Readonly<Record<keyof typeof PROTOCOLS, number>> = {
  control: CONTROL_MESSAGE_BYTES_MAX,
  admin: ADMIN_MESSAGE_BYTES_MAX,
  activations: CONTROL_MESSAGE_BYTES_MAX,
  updates: CONTROL_MESSAGE_BYTES_MAX,
  state: CONTROL_MESSAGE_BYTES_MAX,
  probe: PROBE_MESSAGE_BYTES_MAX,
}

/** Major version of a `x.y.z` protocol version string, or NaN when it is not one. */
export function protocolMajor(version: string): number {
  const m = /^(\d+)\.\d+\.\d+$/.exec(version)
  return m ? Number(m[1]) : Number.NaN
}

/** Whether a peer reporting `version` (in JoinRequest.protocolVersion) can talk to us. */
export function protocolCompatible(version: string): boolean {
  const major = protocolMajor(version)
  return Number.isFinite(major) && major === protocolMajor(PROTOCOL_VERSION)
}
