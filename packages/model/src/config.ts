// GPT-J's hyper-parameters (Hugging Face `GPTJConfig` keys and semantics), the presets Tandem
// ships, and the parameter inventory of any contiguous slice of global layers.

/** GPT-J configuration, named like Hugging Face's config.json keys (camelCase here). */
export interface GPTJConfig {
  /** Vocabulary rows in wte and lm_head (GPT-J-6B: 50400, padded above the tokenizer's 50257). */
  vocabSize: number
  /** Longest sequence the model is meant for (rotary needs no table; kept for config.json). */
  nPositions: number
  /** Model width C (GPT-J-6B: 4096). */
  nEmbd: number
  /** Number of transformer blocks (GPT-J-6B: 28). */
  nLayer: number
  /** Attention heads (GPT-J-6B: 16); head_dim = nEmbd / nHead. */
  nHead: number
  /** Rotary embedding on the first rotaryDim dims of each head, rotate-every-two (GPT-J-6B: 64). */
  rotaryDim: number
  /** MLP inner width (Hugging Face default: 4 * nEmbd). */
  nInner: number
  /** LayerNorm epsilon (1e-5). */
  layerNormEpsilon: number
  /** Std of the normal initialisation (0.02). */
  initializerRange: number
  /** Token id of <|endoftext|> (50256). */
  bosTokenId: number
  eosTokenId: number
}

export type PresetName = 'tiny' | 'small' | 'gptj-6b'

const GPT2_EOT = 50256

/** Presets: `tiny` trains in minutes on 2 CPU cores; `small` is the CPU benchmark; `gptj-6b` is GPT-J-6B. */
export const PRESETS: Record<PresetName, GPTJConfig> = {
  tiny: {
    vocabSize: 50400, nPositions: 2048, nEmbd: 64, nLayer: 4, nHead: 4, rotaryDim: 8, nInner: 256,
    layerNormEpsilon: 1e-5, initializerRange: 0.02, bosTokenId: GPT2_EOT, eosTokenId: GPT2_EOT,
  },
  small: {
    vocabSize: 50400, nPositions: 2048, nEmbd: 512, nLayer: 8, nHead: 8, rotaryDim: 32, nInner: 2048,
    layerNormEpsilon: 1e-5, initializerRange: 0.02, bosTokenId: GPT2_EOT, eosTokenId: GPT2_EOT,
  },
  'gptj-6b': {
    vocabSize: 50400, nPositions: 2048, nEmbd: 4096, nLayer: 28, nHead: 16, rotaryDim: 64, nInner: 16384,
    layerNormEpsilon: 1e-5, initializerRange: 0.02, bosTokenId: GPT2_EOT, eosTokenId: GPT2_EOT,
  },
}

/** One parameter tensor, by its Hugging Face name. */
export interface ParamSpec {
  name: string
  shape: number[]
  /** Global layer index for block parameters; -1 for the embedding, nLayer for ln_f/lm_head. */
  layer: number
}

/**
 * Hugging Face parameter names and shapes of global layer `i` (PyTorch Linear layout: weight is
 * [out, in]). GPT-J attention has no biases; the MLP does.
 */
export function blockParams(config: GPTJConfig, i: number): ParamSpec[] {
  const C = config.nEmbd
  const p = `transformer.h.${i}.`
  return [
    { name: `${p}ln_1.weight`, shape: [C], layer: i },
    { name: `${p}ln_1.bias`, shape: [C], layer: i },
    { name: `${p}attn.q_proj.weight`, shape: [C, C], layer: i },
    { name: `${p}attn.k_proj.weight`, shape: [C, C], layer: i },
    { name: `${p}attn.v_proj.weight`, shape: [C, C], layer: i },
    { name: `${p}attn.out_proj.weight`, shape: [C, C], layer: i },
    { name: `${p}mlp.fc_in.weight`, shape: [config.nInner, C], layer: i },
    { name: `${p}mlp.fc_in.bias`, shape: [config.nInner], layer: i },
    { name: `${p}mlp.fc_out.weight`, shape: [C, config.nInner], layer: i },
    { name: `${p}mlp.fc_out.bias`, shape: [C], layer: i },
  ]
}

export function embeddingParams(config: GPTJConfig): ParamSpec[] {
  return [{ name: 'transformer.wte.weight', shape: [config.vocabSize, config.nEmbd], layer: -1 }]
}

export function headParams(config: GPTJConfig): ParamSpec[] {
  const L = config.nLayer
  return [
    { name: 'transformer.ln_f.weight', shape: [config.nEmbd], layer: L },
    { name: 'transformer.ln_f.bias', shape: [config.nEmbd], layer: L },
    { name: 'lm_head.weight', shape: [config.vocabSize, config.nEmbd], layer: L },
    { name: 'lm_head.bias', shape: [config.vocabSize], layer: L },
  ]
}

/** A contiguous slice of global layers [start, end): stage 0 also holds the embedding, the last stage ln_f + lm_head + loss. */
export interface LayerRange {
  start: number
  end: number
}

/** Every parameter a stage holding `range` owns, in a fixed order (embedding, blocks, head). */
export function stageParams(config: GPTJConfig, range: LayerRange): ParamSpec[] {
  const out: ParamSpec[] = []
  if (range.start === 0) out.push(...embeddingParams(config))
  for (let i = range.start; i < range.end; i++) out.push(...blockParams(config, i))
  if (range.end === config.nLayer) out.push(...headParams(config))
  return out
}

/** All parameters of the model, in Hugging Face order. */
export function modelParams(config: GPTJConfig): ParamSpec[] {
  return stageParams(config, { start: 0, end: config.nLayer })
}

export function paramCount(specs: ParamSpec[]): number {
  let n = 0
  for (const s of specs) n += s.shape.reduce((a, b) => a * b, 1)
  return n
}

/** Splits nLayer layers into `stages` contiguous ranges as evenly as possible (earlier stages get the extra layer). */
export function evenSplit(nLayer: number, stages: number): LayerRange[] {
  const out: LayerRange[] = []
  let start = 0
  for (let s = 0; s < stages; s++) {
    const size = Math.floor(nLayer / stages) + (s < nLayer % stages ? 1 : 0)
    out.push({ start, end: start + size })
    start += size
  }
  return out
}
