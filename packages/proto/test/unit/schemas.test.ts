// The schemas stand alone (no imports between files), so enums they share are written more than
// once; this checks the copies agree, and that each envelope round-trips through its generated code.
import { describe, expect, it } from 'vitest'
import { admin, checkpoint, control, tensor } from '../../src/messages.js'
import { PROTOCOL_VERSION } from '../../src/version.js'
import { PROTOCOLS, protocolCompatible } from '../../src/protocols.js'

function entries(e: Record<string, number | string>): Array<[string, number]> {
  return Object.entries(e).filter((kv): kv is [string, number] => typeof kv[1] === 'number')
}

function suffixes(e: Record<string, number | string>, prefix: string): Record<string, number> {
  return Object.fromEntries(entries(e).map(([k, v]) => [k.slice(prefix.length), v]))
}

describe('shared enums', () => {
  it('DType agrees across tensor, checkpoint and control', () => {
    expect(suffixes(checkpoint.DType, 'DTYPE_')).toEqual(suffixes(tensor.DType, 'DTYPE_'))
    expect(suffixes(control.DType, 'DTYPE_')).toEqual(suffixes(tensor.DType, 'DTYPE_'))
  })

  it('TensorRole agrees across control and checkpoint', () => {
    expect(suffixes(control.TensorRole, 'TENSOR_ROLE_')).toEqual(suffixes(checkpoint.TensorRole, 'TENSOR_ROLE_'))
  })

  it('every FrameKind has the same number as its TrafficKind', () => {
    const traffic = suffixes(control.TrafficKind, 'TRAFFIC_KIND_')
    for (const [name, value] of Object.entries(suffixes(tensor.FrameKind, 'FRAME_KIND_'))) {
      if (name === 'AUX') continue
      expect(traffic[name], name).toBe(value)
    }
  })
})

describe('envelopes', () => {
  it('control message round-trips a plan', () => {
    const plan: control.IPlan = {
      runId: 'run-1',
      epoch: 3,
      resumeStep: 200,
      numStages: 2,
      numReplicas: 2,
      numLayers: 4,
      schedule: control.Schedule.SCHEDULE_1F1B,
      assignments: [
        {
          peerId: '12D3KooWA',
          multiaddrs: ['/ip4/127.0.0.1/tcp/4001'],
          stageIndex: 1,
          layerStart: 2,
          layerEnd: 4,
          replicaIndex: 0,
          prevPeerId: '12D3KooWB',
          dataParallelPeerIds: ['12D3KooWC'],
          stateSources: [{ layerStart: 2, layerEnd: 4, origin: control.StateOrigin.STATE_ORIGIN_PEERS, peerIds: ['12D3KooWC'], step: 200 }],
        },
      ],
      codecs: { activationsForward: { codec: 'fp16' }, updates: { codec: 'cocktail', params: new Uint8Array([1, 2, 3]) } },
    }
    const bytes = control.ControlMessage.encode({ sentAtMs: 1_700_000_000_000, plan }).finish()
    const back = control.ControlMessage.decode(bytes)
    expect(back.body).toBe('plan')
    expect(back.sentAtMs).toBe(1_700_000_000_000)
    expect(back.plan?.assignments?.[0]?.stateSources?.[0]?.peerIds).toEqual(['12D3KooWC'])
    expect(Array.from(back.plan?.codecs?.updates?.params ?? [])).toEqual([1, 2, 3])
  })

  it('admin request carries its auth and body', () => {
    const bytes = admin.AdminRequest.encode({ requestId: 9, adminKey: 'k', rollback: { step: 100 } }).finish()
    const back = admin.AdminRequest.decode(bytes)
    expect(back.auth).toBe('adminKey')
    expect(back.body).toBe('rollback')
    expect(back.rollback?.step).toBe(100)
  })

  it('checkpoint manifest keeps layer -1 (embedding)', () => {
    const bytes = checkpoint.CheckpointManifest.encode({
      formatVersion: 1,
      layers: [{ layer: -1, tensors: [{ name: 'transformer.wte.weight', dtype: checkpoint.DType.DTYPE_FLOAT32, shape: [50400, 64] }] }],
    }).finish()
    const back = checkpoint.CheckpointManifest.decode(bytes)
    expect(back.layers?.[0]?.layer).toBe(-1)
    expect(back.layers?.[0]?.tensors?.[0]?.shape).toEqual([50400, 64])
  })
})

describe('protocol ids', () => {
  it('carry the protocol version', () => {
    for (const id of Object.values(PROTOCOLS)) expect(id).toMatch(new RegExp(`^/tandem/[a-z]+/${PROTOCOL_VERSION.replace(/\./g, '\\.')}$`))
    expect(protocolCompatible(PROTOCOL_VERSION)).toBe(true)
    expect(protocolCompatible('2.0.0')).toBe(false)
    expect(protocolCompatible('garbage')).toBe(false)
  })
})
