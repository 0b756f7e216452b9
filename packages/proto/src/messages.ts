// The generated wire messages, loaded after the protobufjs runtime is configured.
import './protobuf-runtime.js'

export { tandem as smoke } from './gen/smoke.js'
export { onnx } from './gen/onnx.js'
