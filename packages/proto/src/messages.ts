// The generated wire messages, loaded after the protobufjs runtime is configured. Each schema file
// is its own top-level package (`tandem_control`, ...) and its own generated module, because the
// generated modules share protobufjs's default root; this file gives each a short name:
// `control.JoinRequest`, `tensor.TensorFrameHeader`, `checkpoint.CheckpointManifest`, `admin.AdminRequest`.
import './protobuf-runtime.js'
import { tandem_admin } from './gen/admin.js'
import { tandem_checkpoint } from './gen/checkpoint.js'
import { tandem_control } from './gen/control.js'
import { tandem_tensor } from './gen/tensor.js'

export { onnx } from './gen/onnx.js'

/** /tandem/control, /tandem/state and /tandem/probe messages (schemas/control.proto). */
export import control = tandem_control
/** Tensor frame header of the data plane (schemas/tensor.proto). */
export import tensor = tandem_tensor
/** Checkpoint manifest (schemas/checkpoint.proto). */
export import checkpoint = tandem_checkpoint
/** /tandem/admin messages (schemas/admin.proto). */
export import admin = tandem_admin
