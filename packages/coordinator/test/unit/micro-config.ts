// The smallest GPT-J the checkpoint tests store and import: two layers, every tensor a few values.
import type { GPTJConfig } from '@tandem/model'

export const micro: GPTJConfig = {
  vocabSize: 16,
  nPositions: 32,
  nEmbd: 8,
  nLayer: 2,
  nHead: 2,
  rotaryDim: 2,
  nInner: 16,
  layerNormEpsilon: 1e-5,
  initializerRange: 0.02,
  bosTokenId: 0,
  eosTokenId: 0,
}
