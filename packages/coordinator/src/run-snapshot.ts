// Everything the dashboard shows, in one plain object the coordinator fills on request: the run,
// its loss and throughput history, the stage x replica grid, links, traffic by kind, the timeline
// of the most recent step, and the checkpoints. Strings that came from workers (names) are data:
// whoever renders them escapes them.

export interface RunSnapshot {
  run: {
    id: string
    name: string
    state: string
    stateReason: string
    step: number
    stepsTotal: number
    loss: number | null
    tokensPerSecond: number
    stepMs: number
    planEpoch: number
    lastCheckpointStep: number | null
    workers: number
    recoveries: number
    startedAtMs: number
  }
  /** Oldest first, capped (HISTORY_POINTS_MAX). */
  history: { step: number; timeMs: number; loss: number | null; tokensPerSecond: number; stepMs: number; bytesSent: number; bytesUncompressed: number }[]
  grid: {
    stages: { index: number; layerStart: number; layerEnd: number }[]
    replicas: number
    cells: {
      stage: number
      replica: number
      peerId: string
      workerId: string
      name: string
      device: string
      state: string
      stepMs: number
      stragglerRank: number
      lastSeenMs: number
      reachability: string
    }[]
    /** Members with no cell. */
    idle: { peerId: string; workerId: string; name: string; state: string; lastSeenMs: number }[]
  }
  links: { from: string; to: string; bandwidthBytesPerSecond: number; latencyMs: number; measuredAtMs: number }[]
  /** Cumulative over the current members, by traffic kind ("activation", "update", ...). */
  traffic: { kind: string; bytesOut: number; bytesIn: number; rawBytesOut: number; framesDropped: number }[]
  /** The most recent step's spans per (stage, replica), relative to each worker's step start. */
  timeline: { step: number; rows: { stage: number; replica: number; spans: { phase: string; microBatch: number; startMs: number; endMs: number }[] }[] }
  checkpoints: { step: number; bytes: number; tensors: number; createdAtMs: number; manifestSha256: string }[]
  generatedAtMs: number
}
