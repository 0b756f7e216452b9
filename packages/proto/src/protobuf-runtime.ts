// Configures the protobufjs runtime before any generated module loads: 64-bit integers decode as
// plain JavaScript numbers (exact up to 2^53, more than any step, byte count or size we carry)
// instead of Long objects. Generated modules must be imported through ./messages.ts, after this.
import $protobuf from 'protobufjs/minimal.js'

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long
$protobuf.configure()

export { $protobuf }
