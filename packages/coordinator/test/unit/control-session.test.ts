// validateWorkerMessage against what workers really send: every message is encoded and decoded
// through the wire schema first (as the control stream does), so numbers and enums arrive in the
// shapes the validator sees in production.
import { control } from '@tandem/proto'
import { describe, expect, it } from 'vitest'
import { validateWorkerMessage } from '../../src/control-session.js'

const { PeerReportReason } = control

function wire(body: control.IControlMessage): control.ControlMessage {
  return control.ControlMessage.decode(control.ControlMessage.encode({ sentAtMs: Date.now(), ...body }).finish())
}

const peerId = '12D3KooWRm8J3iL796zPFi2EtGGtUJn58AG67gcqzMFHZnnsTzqD'

describe('validateWorkerMessage', () => {
  it('accepts the peer reports a worker sends (bad frames and unreachable, long last error)', () => {
    for (const reason of [PeerReportReason.PEER_REPORT_REASON_BAD_FRAMES, PeerReportReason.PEER_REPORT_REASON_UNREACHABLE]) {
      // As packages/worker/src/worker.ts reportPeer builds it: the error text cut to 500 characters.
      const m = wire({ peerReport: { runId: 'run-1', epoch: 7, peerId, reason, badFrames: 3, lastError: 'E_BAD_FRAME: '.padEnd(500, 'x') } })
      expect(m.body).toBe('peerReport')
      expect(validateWorkerMessage(m)).toBeUndefined()
    }
    // The first report of a peer can come before any plan (epoch 0) and without a count.
    expect(validateWorkerMessage(wire({ peerReport: { runId: 'run-1', peerId, reason: PeerReportReason.PEER_REPORT_REASON_UNREACHABLE } }))).toBeUndefined()
  })

  it('refuses a peer report with an oversized peer id or error text', () => {
    expect(validateWorkerMessage(wire({ peerReport: { peerId: 'p'.repeat(129) } }))?.code).toBe('E_BAD_MESSAGE')
    expect(validateWorkerMessage(wire({ peerReport: { peerId, lastError: 'e'.repeat(1001) } }))?.code).toBe('E_BAD_MESSAGE')
  })

  it('accepts every other message kind a worker sends, and refuses coordinator-only ones', () => {
    const ok: control.IControlMessage[] = [
      { heartbeat: { runId: 'r', epoch: 2, step: 10, held: [{ runId: 'r', step: 10, layerStart: 0, layerEnd: 2, hasOptimizer: true }], bytes: [{ kind: 1, bytesOut: 5 }] } },
      { planAck: { runId: 'r', epoch: 2, status: control.PlanAckStatus.PLAN_ACK_STATUS_READY } },
      { stepReport: { runId: 'r', epoch: 2, step: 10, hasLoss: true, loss: 2.5, tokens: 512, lossTokens: 500 } },
      { checkpointUploaded: { runId: 'r', step: 9, ok: true } },
      { logAnswer: { requestId: 1, lines: [{ timeMs: 1, level: 'info', message: 'hi' }] } },
      { stateAvailable: { held: [{ runId: 'r', step: 10, layerStart: 0, layerEnd: 2, hasOptimizer: true }] } },
      { probeReport: { requestId: 1, links: [{ peerId, latencyMs: 0.3, ok: true }] } },
      { leave: { reason: 'SIGTERM', immediate: false } },
      { workerPause: { paused: true, reason: 'owner' } },
      { error: { code: 'E_X', message: 'x' } },
    ]
    for (const body of ok) expect(validateWorkerMessage(wire(body)), JSON.stringify(body)).toBeUndefined()
    expect(validateWorkerMessage(wire({ planStart: { runId: 'r', epoch: 1, step: 0 } }))?.code).toBe('E_BAD_MESSAGE')
    expect(validateWorkerMessage(wire({ stepReport: { runId: 'r', hasLoss: true, loss: Number.NaN } }))?.code).toBe('E_BAD_MESSAGE')
  })
})
