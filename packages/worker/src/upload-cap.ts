// The donor's upload cap (`tandem worker start --upload-max-mbps N`): one LinkShaper shared by every
// outgoing tensor frame (activations, their gradients, data-parallel updates), whichever peer it
// goes to, so that the worker's training traffic averages at most N Mbit/s out of this machine.
// State served to peers and checkpoint uploads are not shaped: they are rare and bounded by a step.
import { LinkShaper, type LinkShaperComponents } from './link-shaper.js'

/** Mbit/s (as ISPs quote uploads) to bytes per second. */
export function mbpsToBytesPerS(mbps: number): number {
  return (mbps * 1_000_000) / 8
}

/** A shaper without latency at `bytesPerS`: hand the same one to every link. */
export function uploadCapShaper(bytesPerS: number, components: LinkShaperComponents = {}): LinkShaper {
  return new LinkShaper(components, { bandwidthBytesPerS: bytesPerS, latencyMs: 0 })
}
