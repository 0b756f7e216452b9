// Public surface of the placement planner: cluster descriptions, the cost model, the search and
// re-planning, and the baselines it is judged against.
export * from './baselines.js'
export * from './cluster.js'
export * from './cluster-file.js'
export { RANDOM_BASELINE_SAMPLES } from './constants.js'
export * from './cost-model.js'
export * from './layer-split.js'
export * from './measured.js'
export * from './plan.js'
export * from './planner.js'
export * from './report.js'
export * from './state-moves.js'
export * from './workload.js'
