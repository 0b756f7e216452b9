// Learning-rate schedules: linear warm-up, then constant or cosine decay.

export interface LrSchedule {
  /** Steps of linear warm-up from lr/warmupSteps to lr (0: none). */
  warmupSteps?: number
  /** After warm-up: keep lr, or follow a half cosine down to minLrRatio * lr at totalSteps. */
  decay?: 'constant' | 'cosine'
  /** Length of the run, for cosine decay. */
  totalSteps?: number
  /** Floor of the cosine as a fraction of lr (default 0.1, as nanoGPT and many LLM recipes). */
  minLrRatio?: number
}

/** The learning rate of 1-based step `t` (the t-th update). */
export function lrAt(lr: number, t: number, s: LrSchedule = {}): number {
  const warmup = s.warmupSteps ?? 0
  if (warmup > 0 && t <= warmup) return (lr * t) / warmup
  if ((s.decay ?? 'constant') === 'constant') return lr
  const total = s.totalSteps
  if (total === undefined || total <= warmup) throw new RangeError('a cosine schedule needs totalSteps greater than warmupSteps')
  const progress = Math.min(1, (t - warmup) / (total - warmup))
  const floor = s.minLrRatio ?? 0.1
  return lr * (floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * progress)))
}
