// Public surface of the codecs: activation codecs (fp32, fp16, q<k>, q<k>-delta) behind one
// interface, and the data-parallel syncs (CocktailSGD, plain all-reduce) over an injected exchange.
export type { DecodeContext, EncodeContext, EncodedTensor, TensorCodec } from './codec.js'
export { CodecErrorCode } from './errors.js'
export * from './constants.js'
export { Fp16Codec, Fp32Codec, firstNonFiniteIndex } from './float-codecs.js'
export { type Grouping, QuantizedCodec, type QuantizedCodecInit } from './quantized-codec.js'
export { DeltaActivationCodec, type DeltaCacheStats, type DeltaCodecInit } from './delta-codec.js'
export { type CodecInit, createCodec, type ParsedCodecId, parseCodecId } from './create-codec.js'
export type { Rounding } from './quantize.js'
export { InProcessExchangeHub, messageBytes, SYNC_ROUNDS, type SyncRound, type UpdateExchange } from './exchange.js'
export {
  COCKTAIL_CODEC_ID,
  CocktailSgd,
  type CocktailSgdComponents,
  type CocktailSgdInit,
  type CocktailState,
  type RefusedMessage,
  type SyncReport,
} from './cocktail-sgd.js'
export { AllReduce, type AllReduceComponents, type AllReduceInit } from './all-reduce.js'
export { cocktailSyncFor, SplitCocktailSgd, type SplitRange } from './split-sync.js'
export { type MomentTensor, SecondMomentShare, type SecondMomentShareInit } from './second-moment-share.js'
export { NO_CULPRIT, SkipReason } from './update-messages.js'
export { CodecThread, INLINE_CODEC_BYTES_MAX } from './codec-thread.js'
export type { CodecKey } from './codec-thread-protocol.js'
