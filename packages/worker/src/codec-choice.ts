// Codec ids this worker speaks (reported in its capabilities); instances come from ./codecs.

/** Activation codec ids (fp32, fp16, q2..q8, q2-delta..q8-delta). */
export const ACTIVATION_CODECS: readonly string[] = ['fp32', 'fp16', ...[2, 3, 4, 5, 6, 7, 8].flatMap((k) => [`q${k}`, `q${k}-delta`])]
