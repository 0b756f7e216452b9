// A micro GPT-J for the coordinator's tests: run from a Hugging Face folder (the `path` model of
// RUN.json), with transfers small enough for a loaded 2-core machine.
import type { GPTJConfig } from '@tandem/model'

export const micro: GPTJConfig = {
  vocabSize: 512,
  nPositions: 128,
  nEmbd: 32,
  nLayer: 4,
  nHead: 4,
  rotaryDim: 4,
  nInner: 64,
  layerNormEpsilon: 1e-5,
  initializerRange: 0.02,
  bosTokenId: 0,
  eosTokenId: 0,
}
