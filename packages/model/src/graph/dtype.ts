// Element types the graph builder knows, with their ONNX TensorProto codes and JavaScript arrays.

export type DType = 'float32' | 'float16' | 'float64' | 'int32' | 'int64' | 'bool' | 'uint8'

/** ONNX `TensorProto.DataType` codes (onnx.proto). */
export const ONNX_DTYPE: Record<DType, number> = {
  float32: 1,
  uint8: 2,
  int32: 6,
  int64: 7,
  bool: 9,
  float16: 10,
  float64: 11,
}

export const DTYPE_BYTES: Record<DType, number> = {
  float32: 4,
  float16: 2,
  float64: 8,
  int32: 4,
  int64: 8,
  bool: 1,
  uint8: 1,
}

export function isFloat(dtype: DType): boolean {
  return dtype === 'float32' || dtype === 'float16' || dtype === 'float64'
}

/** The typed array ONNX Runtime's JavaScript binding uses for each element type. */
export type TypedArrayOf<D extends DType> = D extends 'float32'
  ? Float32Array
  : D extends 'float64'
    ? Float64Array
    : D extends 'float16'
      ? Uint16Array
      : D extends 'int32'
        ? Int32Array
        : D extends 'int64'
          ? BigInt64Array
          : Uint8Array

export type AnyTypedArray = Float32Array | Float64Array | Uint16Array | Int32Array | BigInt64Array | Uint8Array

export function numel(shape: readonly number[]): number {
  let n = 1
  for (const d of shape) n *= d
  return n
}
