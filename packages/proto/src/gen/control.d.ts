import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace tandem_control {

    interface IControlMessage extends tandem_control.ControlMessage.$Properties {
    }

    class ControlMessage {
        constructor(p?: tandem_control.ControlMessage.$Properties);
        $unknowns?: Uint8Array[];
        sentAtMs: number;
        joinRequest?: (tandem_control.JoinRequest.$Properties|null);
        joinAnswer?: (tandem_control.JoinAnswer.$Properties|null);
        heartbeat?: (tandem_control.Heartbeat.$Properties|null);
        coordinatorBeat?: (tandem_control.CoordinatorBeat.$Properties|null);
        plan?: (tandem_control.Plan.$Properties|null);
        planAck?: (tandem_control.PlanAck.$Properties|null);
        planStart?: (tandem_control.PlanStart.$Properties|null);
        stepReport?: (tandem_control.StepReport.$Properties|null);
        leave?: (tandem_control.Leave.$Properties|null);
        drain?: (tandem_control.Drain.$Properties|null);
        workerPause?: (tandem_control.WorkerPause.$Properties|null);
        probeRequest?: (tandem_control.ProbeRequest.$Properties|null);
        probeReport?: (tandem_control.ProbeReport.$Properties|null);
        checkpointRequest?: (tandem_control.CheckpointRequest.$Properties|null);
        checkpointUploaded?: (tandem_control.CheckpointUploaded.$Properties|null);
        checkpointCommitted?: (tandem_control.CheckpointCommitted.$Properties|null);
        logRequest?: (tandem_control.LogRequest.$Properties|null);
        logAnswer?: (tandem_control.LogAnswer.$Properties|null);
        error?: (tandem_control.ControlError.$Properties|null);
        stateAvailable?: (tandem_control.StateAvailable.$Properties|null);
        peerReport?: (tandem_control.PeerReport.$Properties|null);
        body?: ("joinRequest"|"joinAnswer"|"heartbeat"|"coordinatorBeat"|"plan"|"planAck"|"planStart"|"stepReport"|"leave"|"drain"|"workerPause"|"probeRequest"|"probeReport"|"checkpointRequest"|"checkpointUploaded"|"checkpointCommitted"|"logRequest"|"logAnswer"|"error"|"stateAvailable"|"peerReport");
        static create(properties: tandem_control.ControlMessage.$Shape): tandem_control.ControlMessage & tandem_control.ControlMessage.$Shape;
        static create(properties?: tandem_control.ControlMessage.$Properties): tandem_control.ControlMessage;
        static encode(m: tandem_control.ControlMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.ControlMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.ControlMessage & tandem_control.ControlMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.ControlMessage & tandem_control.ControlMessage.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.ControlMessage;
        static toObject(m: tandem_control.ControlMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ControlMessage {
        interface $Properties {
            sentAtMs?: (number|null);
            joinRequest?: (tandem_control.JoinRequest.$Properties|null);
            joinAnswer?: (tandem_control.JoinAnswer.$Properties|null);
            heartbeat?: (tandem_control.Heartbeat.$Properties|null);
            coordinatorBeat?: (tandem_control.CoordinatorBeat.$Properties|null);
            plan?: (tandem_control.Plan.$Properties|null);
            planAck?: (tandem_control.PlanAck.$Properties|null);
            planStart?: (tandem_control.PlanStart.$Properties|null);
            stepReport?: (tandem_control.StepReport.$Properties|null);
            leave?: (tandem_control.Leave.$Properties|null);
            drain?: (tandem_control.Drain.$Properties|null);
            workerPause?: (tandem_control.WorkerPause.$Properties|null);
            probeRequest?: (tandem_control.ProbeRequest.$Properties|null);
            probeReport?: (tandem_control.ProbeReport.$Properties|null);
            checkpointRequest?: (tandem_control.CheckpointRequest.$Properties|null);
            checkpointUploaded?: (tandem_control.CheckpointUploaded.$Properties|null);
            checkpointCommitted?: (tandem_control.CheckpointCommitted.$Properties|null);
            logRequest?: (tandem_control.LogRequest.$Properties|null);
            logAnswer?: (tandem_control.LogAnswer.$Properties|null);
            error?: (tandem_control.ControlError.$Properties|null);
            stateAvailable?: (tandem_control.StateAvailable.$Properties|null);
            peerReport?: (tandem_control.PeerReport.$Properties|null);
            body?: ("joinRequest"|"joinAnswer"|"heartbeat"|"coordinatorBeat"|"plan"|"planAck"|"planStart"|"stepReport"|"leave"|"drain"|"workerPause"|"probeRequest"|"probeReport"|"checkpointRequest"|"checkpointUploaded"|"checkpointCommitted"|"logRequest"|"logAnswer"|"error"|"stateAvailable"|"peerReport");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          sentAtMs?: number|null;
          joinRequest?: tandem_control.JoinRequest.$Shape|null;
          joinAnswer?: tandem_control.JoinAnswer.$Shape|null;
          heartbeat?: tandem_control.Heartbeat.$Shape|null;
          coordinatorBeat?: tandem_control.CoordinatorBeat.$Shape|null;
          plan?: tandem_control.Plan.$Shape|null;
          planAck?: tandem_control.PlanAck.$Shape|null;
          planStart?: tandem_control.PlanStart.$Shape|null;
          stepReport?: tandem_control.StepReport.$Shape|null;
          leave?: tandem_control.Leave.$Shape|null;
          drain?: tandem_control.Drain.$Shape|null;
          workerPause?: tandem_control.WorkerPause.$Shape|null;
          probeRequest?: tandem_control.ProbeRequest.$Shape|null;
          probeReport?: tandem_control.ProbeReport.$Shape|null;
          checkpointRequest?: tandem_control.CheckpointRequest.$Shape|null;
          checkpointUploaded?: tandem_control.CheckpointUploaded.$Shape|null;
          checkpointCommitted?: tandem_control.CheckpointCommitted.$Shape|null;
          logRequest?: tandem_control.LogRequest.$Shape|null;
          logAnswer?: tandem_control.LogAnswer.$Shape|null;
          error?: tandem_control.ControlError.$Shape|null;
          stateAvailable?: tandem_control.StateAvailable.$Shape|null;
          peerReport?: tandem_control.PeerReport.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "joinRequest"; joinRequest: tandem_control.JoinRequest.$Shape; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "joinAnswer"; joinRequest?: null; joinAnswer: tandem_control.JoinAnswer.$Shape; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "heartbeat"; joinRequest?: null; joinAnswer?: null; heartbeat: tandem_control.Heartbeat.$Shape; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "coordinatorBeat"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat: tandem_control.CoordinatorBeat.$Shape; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "plan"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan: tandem_control.Plan.$Shape; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "planAck"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck: tandem_control.PlanAck.$Shape; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "planStart"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart: tandem_control.PlanStart.$Shape; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "stepReport"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport: tandem_control.StepReport.$Shape; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "leave"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave: tandem_control.Leave.$Shape; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "drain"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain: tandem_control.Drain.$Shape; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "workerPause"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause: tandem_control.WorkerPause.$Shape; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "probeRequest"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest: tandem_control.ProbeRequest.$Shape; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "probeReport"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport: tandem_control.ProbeReport.$Shape; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "checkpointRequest"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest: tandem_control.CheckpointRequest.$Shape; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "checkpointUploaded"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded: tandem_control.CheckpointUploaded.$Shape; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "checkpointCommitted"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted: tandem_control.CheckpointCommitted.$Shape; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "logRequest"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest: tandem_control.LogRequest.$Shape; logAnswer?: null; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "logAnswer"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer: tandem_control.LogAnswer.$Shape; error?: null; stateAvailable?: null; peerReport?: null }|{ body?: "error"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error: tandem_control.ControlError.$Shape; stateAvailable?: null; peerReport?: null }|{ body?: "stateAvailable"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable: tandem_control.StateAvailable.$Shape; peerReport?: null }|{ body?: "peerReport"; joinRequest?: null; joinAnswer?: null; heartbeat?: null; coordinatorBeat?: null; plan?: null; planAck?: null; planStart?: null; stepReport?: null; leave?: null; drain?: null; workerPause?: null; probeRequest?: null; probeReport?: null; checkpointRequest?: null; checkpointUploaded?: null; checkpointCommitted?: null; logRequest?: null; logAnswer?: null; error?: null; stateAvailable?: null; peerReport: tandem_control.PeerReport.$Shape })
        );
    }

    enum DeviceKind {
        DEVICE_KIND_UNSPECIFIED = 0,
        DEVICE_KIND_CPU = 1,
        DEVICE_KIND_CUDA = 2,
        DEVICE_KIND_WEBGPU = 3
    }

    enum Reachability {
        REACHABILITY_UNKNOWN = 0,
        REACHABILITY_PUBLIC = 1,
        REACHABILITY_RELAYED = 2,
        REACHABILITY_HOLE_PUNCHED = 3
    }

    interface ICapabilities extends tandem_control.Capabilities.$Properties {
    }

    class Capabilities {
        constructor(p?: tandem_control.Capabilities.$Properties);
        $unknowns?: Uint8Array[];
        deviceKind: tandem_control.DeviceKind;
        deviceName: string;
        deviceMemoryBytes: number;
        hostMemoryBytes: number;
        cpuCores: number;
        flopsPerSecond: number;
        layerSecondsFwdBwd: number;
        benchMicroBatch: number;
        benchSeqLen: number;
        benchEmbd: number;
        computeDtypes: string[];
        codecs: string[];
        selfTestPassed: boolean;
        selfTestMaxAbsError: number;
        bandwidthBytesPerSecondMax: number;
        hoursMax: number;
        static create(properties: tandem_control.Capabilities.$Shape): tandem_control.Capabilities & tandem_control.Capabilities.$Shape;
        static create(properties?: tandem_control.Capabilities.$Properties): tandem_control.Capabilities;
        static encode(m: tandem_control.Capabilities.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.Capabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.Capabilities & tandem_control.Capabilities.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.Capabilities & tandem_control.Capabilities.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.Capabilities;
        static toObject(m: tandem_control.Capabilities, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Capabilities {
        interface $Properties {
            deviceKind?: (tandem_control.DeviceKind|null);
            deviceName?: (string|null);
            deviceMemoryBytes?: (number|null);
            hostMemoryBytes?: (number|null);
            cpuCores?: (number|null);
            flopsPerSecond?: (number|null);
            layerSecondsFwdBwd?: (number|null);
            benchMicroBatch?: (number|null);
            benchSeqLen?: (number|null);
            benchEmbd?: (number|null);
            computeDtypes?: (string[]|null);
            codecs?: (string[]|null);
            selfTestPassed?: (boolean|null);
            selfTestMaxAbsError?: (number|null);
            bandwidthBytesPerSecondMax?: (number|null);
            hoursMax?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.Capabilities.$Properties;
    }

    interface ILinkProbe extends tandem_control.LinkProbe.$Properties {
    }

    class LinkProbe {
        constructor(p?: tandem_control.LinkProbe.$Properties);
        $unknowns?: Uint8Array[];
        peerId: string;
        latencyMs: number;
        bandwidthBytesPerSecond: number;
        reachability: tandem_control.Reachability;
        measuredAtMs: number;
        ok: boolean;
        error: string;
        static create(properties: tandem_control.LinkProbe.$Shape): tandem_control.LinkProbe & tandem_control.LinkProbe.$Shape;
        static create(properties?: tandem_control.LinkProbe.$Properties): tandem_control.LinkProbe;
        static encode(m: tandem_control.LinkProbe.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.LinkProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.LinkProbe & tandem_control.LinkProbe.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.LinkProbe & tandem_control.LinkProbe.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.LinkProbe;
        static toObject(m: tandem_control.LinkProbe, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LinkProbe {
        interface $Properties {
            peerId?: (string|null);
            latencyMs?: (number|null);
            bandwidthBytesPerSecond?: (number|null);
            reachability?: (tandem_control.Reachability|null);
            measuredAtMs?: (number|null);
            ok?: (boolean|null);
            error?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.LinkProbe.$Properties;
    }

    interface IHeldState extends tandem_control.HeldState.$Properties {
    }

    class HeldState {
        constructor(p?: tandem_control.HeldState.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        step: number;
        layerStart: number;
        layerEnd: number;
        hasOptimizer: boolean;
        manifestSha256: string;
        static create(properties: tandem_control.HeldState.$Shape): tandem_control.HeldState & tandem_control.HeldState.$Shape;
        static create(properties?: tandem_control.HeldState.$Properties): tandem_control.HeldState;
        static encode(m: tandem_control.HeldState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.HeldState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.HeldState & tandem_control.HeldState.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.HeldState & tandem_control.HeldState.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.HeldState;
        static toObject(m: tandem_control.HeldState, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HeldState {
        interface $Properties {
            runId?: (string|null);
            step?: (number|null);
            layerStart?: (number|null);
            layerEnd?: (number|null);
            hasOptimizer?: (boolean|null);
            manifestSha256?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.HeldState.$Properties;
    }

    interface IJoinRequest extends tandem_control.JoinRequest.$Properties {
    }

    class JoinRequest {
        constructor(p?: tandem_control.JoinRequest.$Properties);
        $unknowns?: Uint8Array[];
        joinToken: string;
        workerPeerId: string;
        softwareVersion: string;
        protocolVersion: string;
        capabilities?: (tandem_control.Capabilities.$Properties|null);
        links: tandem_control.LinkProbe.$Properties[];
        multiaddrs: string[];
        reachability: tandem_control.Reachability;
        workerName: string;
        previousWorkerId: string;
        held: tandem_control.HeldState.$Properties[];
        static create(properties: tandem_control.JoinRequest.$Shape): tandem_control.JoinRequest & tandem_control.JoinRequest.$Shape;
        static create(properties?: tandem_control.JoinRequest.$Properties): tandem_control.JoinRequest;
        static encode(m: tandem_control.JoinRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.JoinRequest & tandem_control.JoinRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.JoinRequest & tandem_control.JoinRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.JoinRequest;
        static toObject(m: tandem_control.JoinRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace JoinRequest {
        interface $Properties {
            joinToken?: (string|null);
            workerPeerId?: (string|null);
            softwareVersion?: (string|null);
            protocolVersion?: (string|null);
            capabilities?: (tandem_control.Capabilities.$Properties|null);
            links?: (tandem_control.LinkProbe.$Properties[]|null);
            multiaddrs?: (string[]|null);
            reachability?: (tandem_control.Reachability|null);
            workerName?: (string|null);
            previousWorkerId?: (string|null);
            held?: (tandem_control.HeldState.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.JoinRequest.$Properties;
    }

    enum JoinRefusal {
        JOIN_REFUSAL_UNSPECIFIED = 0,
        JOIN_REFUSAL_BAD_TOKEN = 1,
        JOIN_REFUSAL_TOKEN_REVOKED = 2,
        JOIN_REFUSAL_TOKEN_EXPIRED = 3,
        JOIN_REFUSAL_PROTOCOL_MISMATCH = 4,
        JOIN_REFUSAL_PEER_MISMATCH = 5,
        JOIN_REFUSAL_RUN_FULL = 6,
        JOIN_REFUSAL_RUN_FINISHED = 7,
        JOIN_REFUSAL_SELF_TEST_FAILED = 8,
        JOIN_REFUSAL_INSUFFICIENT_MEMORY = 9,
        JOIN_REFUSAL_BANNED = 10,
        JOIN_REFUSAL_ALREADY_JOINED = 11,
        JOIN_REFUSAL_MISSING_CODEC = 12,
        JOIN_REFUSAL_INTERNAL = 13
    }

    interface IJoinAnswer extends tandem_control.JoinAnswer.$Properties {
    }

    class JoinAnswer {
        constructor(p?: tandem_control.JoinAnswer.$Properties);
        $unknowns?: Uint8Array[];
        accepted: boolean;
        refusal: tandem_control.JoinRefusal;
        reason: string;
        runId: string;
        workerId: string;
        coordinatorPeerId: string;
        softwareVersion: string;
        protocolVersion: string;
        heartbeatIntervalMs: number;
        heartbeatTimeoutMs: number;
        modelConfigJson: string;
        modelConfigSha256: string;
        static create(properties: tandem_control.JoinAnswer.$Shape): tandem_control.JoinAnswer & tandem_control.JoinAnswer.$Shape;
        static create(properties?: tandem_control.JoinAnswer.$Properties): tandem_control.JoinAnswer;
        static encode(m: tandem_control.JoinAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.JoinAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.JoinAnswer & tandem_control.JoinAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.JoinAnswer & tandem_control.JoinAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.JoinAnswer;
        static toObject(m: tandem_control.JoinAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace JoinAnswer {
        interface $Properties {
            accepted?: (boolean|null);
            refusal?: (tandem_control.JoinRefusal|null);
            reason?: (string|null);
            runId?: (string|null);
            workerId?: (string|null);
            coordinatorPeerId?: (string|null);
            softwareVersion?: (string|null);
            protocolVersion?: (string|null);
            heartbeatIntervalMs?: (number|null);
            heartbeatTimeoutMs?: (number|null);
            modelConfigJson?: (string|null);
            modelConfigSha256?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.JoinAnswer.$Properties;
    }

    enum Phase {
        PHASE_UNSPECIFIED = 0,
        PHASE_IDLE = 1,
        PHASE_FETCHING_STATE = 2,
        PHASE_WAITING = 3,
        PHASE_FORWARD = 4,
        PHASE_BACKWARD = 5,
        PHASE_SEND = 6,
        PHASE_RECV = 7,
        PHASE_SYNC = 8,
        PHASE_OPTIMIZER = 9,
        PHASE_CHECKPOINT = 10,
        PHASE_DRAINING = 11,
        PHASE_PAUSED = 12,
        PHASE_DATA = 13
    }

    enum TrafficKind {
        TRAFFIC_KIND_UNSPECIFIED = 0,
        TRAFFIC_KIND_ACTIVATION = 1,
        TRAFFIC_KIND_ACTIVATION_GRAD = 2,
        TRAFFIC_KIND_UPDATE = 3,
        TRAFFIC_KIND_WEIGHTS = 4,
        TRAFFIC_KIND_OPTIMIZER_STATE = 5,
        TRAFFIC_KIND_COMPRESSION_STATE = 6,
        TRAFFIC_KIND_CONTROL = 16,
        TRAFFIC_KIND_PROBE = 17
    }

    interface IByteCounter extends tandem_control.ByteCounter.$Properties {
    }

    class ByteCounter {
        constructor(p?: tandem_control.ByteCounter.$Properties);
        $unknowns?: Uint8Array[];
        kind: tandem_control.TrafficKind;
        bytesOut: number;
        bytesIn: number;
        rawBytesOut: number;
        rawBytesIn: number;
        framesOut: number;
        framesIn: number;
        framesDropped: number;
        static create(properties: tandem_control.ByteCounter.$Shape): tandem_control.ByteCounter & tandem_control.ByteCounter.$Shape;
        static create(properties?: tandem_control.ByteCounter.$Properties): tandem_control.ByteCounter;
        static encode(m: tandem_control.ByteCounter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.ByteCounter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.ByteCounter & tandem_control.ByteCounter.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.ByteCounter & tandem_control.ByteCounter.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.ByteCounter;
        static toObject(m: tandem_control.ByteCounter, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ByteCounter {
        interface $Properties {
            kind?: (tandem_control.TrafficKind|null);
            bytesOut?: (number|null);
            bytesIn?: (number|null);
            rawBytesOut?: (number|null);
            rawBytesIn?: (number|null);
            framesOut?: (number|null);
            framesIn?: (number|null);
            framesDropped?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.ByteCounter.$Properties;
    }

    interface IStepTimings extends tandem_control.StepTimings.$Properties {
    }

    class StepTimings {
        constructor(p?: tandem_control.StepTimings.$Properties);
        $unknowns?: Uint8Array[];
        totalMs: number;
        computeMs: number;
        forwardMs: number;
        backwardMs: number;
        sendMs: number;
        recvMs: number;
        syncMs: number;
        optimizerMs: number;
        waitMs: number;
        dataMs: number;
        static create(properties: tandem_control.StepTimings.$Shape): tandem_control.StepTimings & tandem_control.StepTimings.$Shape;
        static create(properties?: tandem_control.StepTimings.$Properties): tandem_control.StepTimings;
        static encode(m: tandem_control.StepTimings.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.StepTimings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.StepTimings & tandem_control.StepTimings.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.StepTimings & tandem_control.StepTimings.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.StepTimings;
        static toObject(m: tandem_control.StepTimings, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StepTimings {
        interface $Properties {
            totalMs?: (number|null);
            computeMs?: (number|null);
            forwardMs?: (number|null);
            backwardMs?: (number|null);
            sendMs?: (number|null);
            recvMs?: (number|null);
            syncMs?: (number|null);
            optimizerMs?: (number|null);
            waitMs?: (number|null);
            dataMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.StepTimings.$Properties;
    }

    interface ITimelineSpan extends tandem_control.TimelineSpan.$Properties {
    }

    class TimelineSpan {
        constructor(p?: tandem_control.TimelineSpan.$Properties);
        $unknowns?: Uint8Array[];
        phase: tandem_control.Phase;
        microBatch: number;
        startMs: number;
        endMs: number;
        static create(properties: tandem_control.TimelineSpan.$Shape): tandem_control.TimelineSpan & tandem_control.TimelineSpan.$Shape;
        static create(properties?: tandem_control.TimelineSpan.$Properties): tandem_control.TimelineSpan;
        static encode(m: tandem_control.TimelineSpan.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.TimelineSpan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.TimelineSpan & tandem_control.TimelineSpan.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.TimelineSpan & tandem_control.TimelineSpan.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.TimelineSpan;
        static toObject(m: tandem_control.TimelineSpan, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TimelineSpan {
        interface $Properties {
            phase?: (tandem_control.Phase|null);
            microBatch?: (number|null);
            startMs?: (number|null);
            endMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.TimelineSpan.$Properties;
    }

    interface IMemoryUsage extends tandem_control.MemoryUsage.$Properties {
    }

    class MemoryUsage {
        constructor(p?: tandem_control.MemoryUsage.$Properties);
        $unknowns?: Uint8Array[];
        deviceUsedBytes: number;
        deviceTotalBytes: number;
        hostRssBytes: number;
        static create(properties: tandem_control.MemoryUsage.$Shape): tandem_control.MemoryUsage & tandem_control.MemoryUsage.$Shape;
        static create(properties?: tandem_control.MemoryUsage.$Properties): tandem_control.MemoryUsage;
        static encode(m: tandem_control.MemoryUsage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.MemoryUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.MemoryUsage & tandem_control.MemoryUsage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.MemoryUsage & tandem_control.MemoryUsage.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.MemoryUsage;
        static toObject(m: tandem_control.MemoryUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MemoryUsage {
        interface $Properties {
            deviceUsedBytes?: (number|null);
            deviceTotalBytes?: (number|null);
            hostRssBytes?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.MemoryUsage.$Properties;
    }

    interface IHeartbeat extends tandem_control.Heartbeat.$Properties {
    }

    class Heartbeat {
        constructor(p?: tandem_control.Heartbeat.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        epoch: number;
        step: number;
        phase: tandem_control.Phase;
        microBatch: number;
        lastStepTimings?: (tandem_control.StepTimings.$Properties|null);
        loss: number;
        tokens: number;
        bytes: tandem_control.ByteCounter.$Properties[];
        memory?: (tandem_control.MemoryUsage.$Properties|null);
        badFrames: number;
        staleFrames: number;
        held: tandem_control.HeldState.$Properties[];
        static create(properties: tandem_control.Heartbeat.$Shape): tandem_control.Heartbeat & tandem_control.Heartbeat.$Shape;
        static create(properties?: tandem_control.Heartbeat.$Properties): tandem_control.Heartbeat;
        static encode(m: tandem_control.Heartbeat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.Heartbeat & tandem_control.Heartbeat.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.Heartbeat & tandem_control.Heartbeat.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.Heartbeat;
        static toObject(m: tandem_control.Heartbeat, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Heartbeat {
        interface $Properties {
            runId?: (string|null);
            epoch?: (number|null);
            step?: (number|null);
            phase?: (tandem_control.Phase|null);
            microBatch?: (number|null);
            lastStepTimings?: (tandem_control.StepTimings.$Properties|null);
            loss?: (number|null);
            tokens?: (number|null);
            bytes?: (tandem_control.ByteCounter.$Properties[]|null);
            memory?: (tandem_control.MemoryUsage.$Properties|null);
            badFrames?: (number|null);
            staleFrames?: (number|null);
            held?: (tandem_control.HeldState.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.Heartbeat.$Properties;
    }

    interface ICoordinatorBeat extends tandem_control.CoordinatorBeat.$Properties {
    }

    class CoordinatorBeat {
        constructor(p?: tandem_control.CoordinatorBeat.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        epoch: number;
        step: number;
        committedStep: number;
        paused: boolean;
        static create(properties: tandem_control.CoordinatorBeat.$Shape): tandem_control.CoordinatorBeat & tandem_control.CoordinatorBeat.$Shape;
        static create(properties?: tandem_control.CoordinatorBeat.$Properties): tandem_control.CoordinatorBeat;
        static encode(m: tandem_control.CoordinatorBeat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.CoordinatorBeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.CoordinatorBeat & tandem_control.CoordinatorBeat.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.CoordinatorBeat & tandem_control.CoordinatorBeat.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.CoordinatorBeat;
        static toObject(m: tandem_control.CoordinatorBeat, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CoordinatorBeat {
        interface $Properties {
            runId?: (string|null);
            epoch?: (number|null);
            step?: (number|null);
            committedStep?: (number|null);
            paused?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.CoordinatorBeat.$Properties;
    }

    enum Schedule {
        SCHEDULE_UNSPECIFIED = 0,
        SCHEDULE_GPIPE = 1,
        SCHEDULE_1F1B = 2
    }

    interface ICodecSpec extends tandem_control.CodecSpec.$Properties {
    }

    class CodecSpec {
        constructor(p?: tandem_control.CodecSpec.$Properties);
        $unknowns?: Uint8Array[];
        codec: string;
        params: Uint8Array;
        static create(properties: tandem_control.CodecSpec.$Shape): tandem_control.CodecSpec & tandem_control.CodecSpec.$Shape;
        static create(properties?: tandem_control.CodecSpec.$Properties): tandem_control.CodecSpec;
        static encode(m: tandem_control.CodecSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.CodecSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.CodecSpec & tandem_control.CodecSpec.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.CodecSpec & tandem_control.CodecSpec.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.CodecSpec;
        static toObject(m: tandem_control.CodecSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CodecSpec {
        interface $Properties {
            codec?: (string|null);
            params?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.CodecSpec.$Properties;
    }

    interface ICodecSettings extends tandem_control.CodecSettings.$Properties {
    }

    class CodecSettings {
        constructor(p?: tandem_control.CodecSettings.$Properties);
        $unknowns?: Uint8Array[];
        activationsForward?: (tandem_control.CodecSpec.$Properties|null);
        activationsBackward?: (tandem_control.CodecSpec.$Properties|null);
        updates?: (tandem_control.CodecSpec.$Properties|null);
        stateTransfer?: (tandem_control.CodecSpec.$Properties|null);
        static create(properties: tandem_control.CodecSettings.$Shape): tandem_control.CodecSettings & tandem_control.CodecSettings.$Shape;
        static create(properties?: tandem_control.CodecSettings.$Properties): tandem_control.CodecSettings;
        static encode(m: tandem_control.CodecSettings.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.CodecSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.CodecSettings & tandem_control.CodecSettings.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.CodecSettings & tandem_control.CodecSettings.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.CodecSettings;
        static toObject(m: tandem_control.CodecSettings, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CodecSettings {
        interface $Properties {
            activationsForward?: (tandem_control.CodecSpec.$Properties|null);
            activationsBackward?: (tandem_control.CodecSpec.$Properties|null);
            updates?: (tandem_control.CodecSpec.$Properties|null);
            stateTransfer?: (tandem_control.CodecSpec.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.CodecSettings.$Properties;
    }

    interface IHyperParams extends tandem_control.HyperParams.$Properties {
    }

    class HyperParams {
        constructor(p?: tandem_control.HyperParams.$Properties);
        $unknowns?: Uint8Array[];
        learningRate: number;
        warmupSteps: number;
        lrSchedule: string;
        lrMinRatio: number;
        beta1: number;
        beta2: number;
        epsilon: number;
        weightDecay: number;
        gradClipNorm: number;
        globalBatchSequences: number;
        microBatchSequences: number;
        seqLen: number;
        computeDtype: string;
        dynamicLossScale: boolean;
        lossScaleInit: number;
        lossScaleWindow: number;
        lossScaleFactor: number;
        seed: number;
        static create(properties: tandem_control.HyperParams.$Shape): tandem_control.HyperParams & tandem_control.HyperParams.$Shape;
        static create(properties?: tandem_control.HyperParams.$Properties): tandem_control.HyperParams;
        static encode(m: tandem_control.HyperParams.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.HyperParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.HyperParams & tandem_control.HyperParams.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.HyperParams & tandem_control.HyperParams.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.HyperParams;
        static toObject(m: tandem_control.HyperParams, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HyperParams {
        interface $Properties {
            learningRate?: (number|null);
            warmupSteps?: (number|null);
            lrSchedule?: (string|null);
            lrMinRatio?: (number|null);
            beta1?: (number|null);
            beta2?: (number|null);
            epsilon?: (number|null);
            weightDecay?: (number|null);
            gradClipNorm?: (number|null);
            globalBatchSequences?: (number|null);
            microBatchSequences?: (number|null);
            seqLen?: (number|null);
            computeDtype?: (string|null);
            dynamicLossScale?: (boolean|null);
            lossScaleInit?: (number|null);
            lossScaleWindow?: (number|null);
            lossScaleFactor?: (number|null);
            seed?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.HyperParams.$Properties;
    }

    interface IDataSpec extends tandem_control.DataSpec.$Properties {
    }

    class DataSpec {
        constructor(p?: tandem_control.DataSpec.$Properties);
        $unknowns?: Uint8Array[];
        datasetId: string;
        datasetSha256: string;
        cursor: Uint8Array;
        seed: number;
        static create(properties: tandem_control.DataSpec.$Shape): tandem_control.DataSpec & tandem_control.DataSpec.$Shape;
        static create(properties?: tandem_control.DataSpec.$Properties): tandem_control.DataSpec;
        static encode(m: tandem_control.DataSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.DataSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.DataSpec & tandem_control.DataSpec.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.DataSpec & tandem_control.DataSpec.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.DataSpec;
        static toObject(m: tandem_control.DataSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataSpec {
        interface $Properties {
            datasetId?: (string|null);
            datasetSha256?: (string|null);
            cursor?: (Uint8Array|null);
            seed?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.DataSpec.$Properties;
    }

    enum StateOrigin {
        STATE_ORIGIN_UNSPECIFIED = 0,
        STATE_ORIGIN_KEEP = 1,
        STATE_ORIGIN_PEERS = 2,
        STATE_ORIGIN_CHECKPOINT = 3,
        STATE_ORIGIN_INIT = 4
    }

    interface IStateSource extends tandem_control.StateSource.$Properties {
    }

    class StateSource {
        constructor(p?: tandem_control.StateSource.$Properties);
        $unknowns?: Uint8Array[];
        layerStart: number;
        layerEnd: number;
        origin: tandem_control.StateOrigin;
        peerIds: string[];
        step: number;
        manifestSha256: string;
        static create(properties: tandem_control.StateSource.$Shape): tandem_control.StateSource & tandem_control.StateSource.$Shape;
        static create(properties?: tandem_control.StateSource.$Properties): tandem_control.StateSource;
        static encode(m: tandem_control.StateSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.StateSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.StateSource & tandem_control.StateSource.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.StateSource & tandem_control.StateSource.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.StateSource;
        static toObject(m: tandem_control.StateSource, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StateSource {
        interface $Properties {
            layerStart?: (number|null);
            layerEnd?: (number|null);
            origin?: (tandem_control.StateOrigin|null);
            peerIds?: (string[]|null);
            step?: (number|null);
            manifestSha256?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.StateSource.$Properties;
    }

    interface IAssignment extends tandem_control.Assignment.$Properties {
    }

    class Assignment {
        constructor(p?: tandem_control.Assignment.$Properties);
        $unknowns?: Uint8Array[];
        peerId: string;
        multiaddrs: string[];
        workerId: string;
        stageIndex: number;
        layerStart: number;
        layerEnd: number;
        replicaIndex: number;
        prevPeerId: string;
        nextPeerId: string;
        dataParallelPeerIds: string[];
        batchRowStart: number;
        batchRows: number;
        stateSources: tandem_control.StateSource.$Properties[];
        checkpointDesignated: boolean;
        static create(properties: tandem_control.Assignment.$Shape): tandem_control.Assignment & tandem_control.Assignment.$Shape;
        static create(properties?: tandem_control.Assignment.$Properties): tandem_control.Assignment;
        static encode(m: tandem_control.Assignment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.Assignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.Assignment & tandem_control.Assignment.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.Assignment & tandem_control.Assignment.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.Assignment;
        static toObject(m: tandem_control.Assignment, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Assignment {
        interface $Properties {
            peerId?: (string|null);
            multiaddrs?: (string[]|null);
            workerId?: (string|null);
            stageIndex?: (number|null);
            layerStart?: (number|null);
            layerEnd?: (number|null);
            replicaIndex?: (number|null);
            prevPeerId?: (string|null);
            nextPeerId?: (string|null);
            dataParallelPeerIds?: (string[]|null);
            batchRowStart?: (number|null);
            batchRows?: (number|null);
            stateSources?: (tandem_control.StateSource.$Properties[]|null);
            checkpointDesignated?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.Assignment.$Properties;
    }

    enum PlanReason {
        PLAN_REASON_UNSPECIFIED = 0,
        PLAN_REASON_INITIAL = 1,
        PLAN_REASON_JOIN = 2,
        PLAN_REASON_LEAVE = 3,
        PLAN_REASON_FAILURE = 4,
        PLAN_REASON_ROLLBACK = 5,
        PLAN_REASON_ADMIN = 6,
        PLAN_REASON_RESUME = 7,
        PLAN_REASON_REBALANCE = 8
    }

    interface IPlan extends tandem_control.Plan.$Properties {
    }

    class Plan {
        constructor(p?: tandem_control.Plan.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        epoch: number;
        resumeStep: number;
        stepsMax: number;
        numStages: number;
        numReplicas: number;
        numLayers: number;
        assignments: tandem_control.Assignment.$Properties[];
        hyper?: (tandem_control.HyperParams.$Properties|null);
        codecs?: (tandem_control.CodecSettings.$Properties|null);
        schedule: tandem_control.Schedule;
        microBatchesPerStep: number;
        checkpointIntervalSteps: number;
        modelConfigJson: string;
        modelConfigSha256: string;
        data?: (tandem_control.DataSpec.$Properties|null);
        predictedStepMs: number;
        reason: tandem_control.PlanReason;
        paused: boolean;
        createdAtMs: number;
        lossScale: number;
        coordinatorPeerId: string;
        static create(properties: tandem_control.Plan.$Shape): tandem_control.Plan & tandem_control.Plan.$Shape;
        static create(properties?: tandem_control.Plan.$Properties): tandem_control.Plan;
        static encode(m: tandem_control.Plan.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.Plan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.Plan & tandem_control.Plan.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.Plan & tandem_control.Plan.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.Plan;
        static toObject(m: tandem_control.Plan, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Plan {
        interface $Properties {
            runId?: (string|null);
            epoch?: (number|null);
            resumeStep?: (number|null);
            stepsMax?: (number|null);
            numStages?: (number|null);
            numReplicas?: (number|null);
            numLayers?: (number|null);
            assignments?: (tandem_control.Assignment.$Properties[]|null);
            hyper?: (tandem_control.HyperParams.$Properties|null);
            codecs?: (tandem_control.CodecSettings.$Properties|null);
            schedule?: (tandem_control.Schedule|null);
            microBatchesPerStep?: (number|null);
            checkpointIntervalSteps?: (number|null);
            modelConfigJson?: (string|null);
            modelConfigSha256?: (string|null);
            data?: (tandem_control.DataSpec.$Properties|null);
            predictedStepMs?: (number|null);
            reason?: (tandem_control.PlanReason|null);
            paused?: (boolean|null);
            createdAtMs?: (number|null);
            lossScale?: (number|null);
            coordinatorPeerId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.Plan.$Properties;
    }

    enum PlanAckStatus {
        PLAN_ACK_STATUS_UNSPECIFIED = 0,
        PLAN_ACK_STATUS_RECEIVED = 1,
        PLAN_ACK_STATUS_READY = 2,
        PLAN_ACK_STATUS_FAILED = 3
    }

    interface IPlanAck extends tandem_control.PlanAck.$Properties {
    }

    class PlanAck {
        constructor(p?: tandem_control.PlanAck.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        epoch: number;
        status: tandem_control.PlanAckStatus;
        error: string;
        stateBytesFetched: number;
        stateFetchMs: number;
        static create(properties: tandem_control.PlanAck.$Shape): tandem_control.PlanAck & tandem_control.PlanAck.$Shape;
        static create(properties?: tandem_control.PlanAck.$Properties): tandem_control.PlanAck;
        static encode(m: tandem_control.PlanAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.PlanAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.PlanAck & tandem_control.PlanAck.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.PlanAck & tandem_control.PlanAck.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.PlanAck;
        static toObject(m: tandem_control.PlanAck, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlanAck {
        interface $Properties {
            runId?: (string|null);
            epoch?: (number|null);
            status?: (tandem_control.PlanAckStatus|null);
            error?: (string|null);
            stateBytesFetched?: (number|null);
            stateFetchMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.PlanAck.$Properties;
    }

    interface IPlanStart extends tandem_control.PlanStart.$Properties {
    }

    class PlanStart {
        constructor(p?: tandem_control.PlanStart.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        epoch: number;
        step: number;
        static create(properties: tandem_control.PlanStart.$Shape): tandem_control.PlanStart & tandem_control.PlanStart.$Shape;
        static create(properties?: tandem_control.PlanStart.$Properties): tandem_control.PlanStart;
        static encode(m: tandem_control.PlanStart.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.PlanStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.PlanStart & tandem_control.PlanStart.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.PlanStart & tandem_control.PlanStart.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.PlanStart;
        static toObject(m: tandem_control.PlanStart, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlanStart {
        interface $Properties {
            runId?: (string|null);
            epoch?: (number|null);
            step?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.PlanStart.$Properties;
    }

    interface IStepReport extends tandem_control.StepReport.$Properties {
    }

    class StepReport {
        constructor(p?: tandem_control.StepReport.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        epoch: number;
        step: number;
        stageIndex: number;
        replicaIndex: number;
        hasLoss: boolean;
        loss: number;
        lossTokens: number;
        tokens: number;
        gradNormSquared: number;
        overflow: boolean;
        lossScale: number;
        timings?: (tandem_control.StepTimings.$Properties|null);
        spans: tandem_control.TimelineSpan.$Properties[];
        bytes: tandem_control.ByteCounter.$Properties[];
        finishedAtMs: number;
        static create(properties: tandem_control.StepReport.$Shape): tandem_control.StepReport & tandem_control.StepReport.$Shape;
        static create(properties?: tandem_control.StepReport.$Properties): tandem_control.StepReport;
        static encode(m: tandem_control.StepReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.StepReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.StepReport & tandem_control.StepReport.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.StepReport & tandem_control.StepReport.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.StepReport;
        static toObject(m: tandem_control.StepReport, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StepReport {
        interface $Properties {
            runId?: (string|null);
            epoch?: (number|null);
            step?: (number|null);
            stageIndex?: (number|null);
            replicaIndex?: (number|null);
            hasLoss?: (boolean|null);
            loss?: (number|null);
            lossTokens?: (number|null);
            tokens?: (number|null);
            gradNormSquared?: (number|null);
            overflow?: (boolean|null);
            lossScale?: (number|null);
            timings?: (tandem_control.StepTimings.$Properties|null);
            spans?: (tandem_control.TimelineSpan.$Properties[]|null);
            bytes?: (tandem_control.ByteCounter.$Properties[]|null);
            finishedAtMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.StepReport.$Properties;
    }

    interface ILeave extends tandem_control.Leave.$Properties {
    }

    class Leave {
        constructor(p?: tandem_control.Leave.$Properties);
        $unknowns?: Uint8Array[];
        reason: string;
        immediate: boolean;
        lastCompletedStep: number;
        static create(properties: tandem_control.Leave.$Shape): tandem_control.Leave & tandem_control.Leave.$Shape;
        static create(properties?: tandem_control.Leave.$Properties): tandem_control.Leave;
        static encode(m: tandem_control.Leave.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.Leave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.Leave & tandem_control.Leave.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.Leave & tandem_control.Leave.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.Leave;
        static toObject(m: tandem_control.Leave, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Leave {
        interface $Properties {
            reason?: (string|null);
            immediate?: (boolean|null);
            lastCompletedStep?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.Leave.$Properties;
    }

    interface IDrain extends tandem_control.Drain.$Properties {
    }

    class Drain {
        constructor(p?: tandem_control.Drain.$Properties);
        $unknowns?: Uint8Array[];
        reason: string;
        afterStep: number;
        release: boolean;
        ban: boolean;
        static create(properties: tandem_control.Drain.$Shape): tandem_control.Drain & tandem_control.Drain.$Shape;
        static create(properties?: tandem_control.Drain.$Properties): tandem_control.Drain;
        static encode(m: tandem_control.Drain.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.Drain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.Drain & tandem_control.Drain.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.Drain & tandem_control.Drain.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.Drain;
        static toObject(m: tandem_control.Drain, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Drain {
        interface $Properties {
            reason?: (string|null);
            afterStep?: (number|null);
            release?: (boolean|null);
            ban?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.Drain.$Properties;
    }

    interface IWorkerPause extends tandem_control.WorkerPause.$Properties {
    }

    class WorkerPause {
        constructor(p?: tandem_control.WorkerPause.$Properties);
        $unknowns?: Uint8Array[];
        paused: boolean;
        reason: string;
        static create(properties: tandem_control.WorkerPause.$Shape): tandem_control.WorkerPause & tandem_control.WorkerPause.$Shape;
        static create(properties?: tandem_control.WorkerPause.$Properties): tandem_control.WorkerPause;
        static encode(m: tandem_control.WorkerPause.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.WorkerPause.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.WorkerPause & tandem_control.WorkerPause.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.WorkerPause & tandem_control.WorkerPause.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.WorkerPause;
        static toObject(m: tandem_control.WorkerPause, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace WorkerPause {
        interface $Properties {
            paused?: (boolean|null);
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.WorkerPause.$Properties;
    }

    interface IProbeTarget extends tandem_control.ProbeTarget.$Properties {
    }

    class ProbeTarget {
        constructor(p?: tandem_control.ProbeTarget.$Properties);
        $unknowns?: Uint8Array[];
        peerId: string;
        multiaddrs: string[];
        static create(properties: tandem_control.ProbeTarget.$Shape): tandem_control.ProbeTarget & tandem_control.ProbeTarget.$Shape;
        static create(properties?: tandem_control.ProbeTarget.$Properties): tandem_control.ProbeTarget;
        static encode(m: tandem_control.ProbeTarget.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.ProbeTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.ProbeTarget & tandem_control.ProbeTarget.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.ProbeTarget & tandem_control.ProbeTarget.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.ProbeTarget;
        static toObject(m: tandem_control.ProbeTarget, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ProbeTarget {
        interface $Properties {
            peerId?: (string|null);
            multiaddrs?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.ProbeTarget.$Properties;
    }

    interface IProbeRequest extends tandem_control.ProbeRequest.$Properties {
    }

    class ProbeRequest {
        constructor(p?: tandem_control.ProbeRequest.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        targets: tandem_control.ProbeTarget.$Properties[];
        probeBytes: number;
        timeoutMs: number;
        static create(properties: tandem_control.ProbeRequest.$Shape): tandem_control.ProbeRequest & tandem_control.ProbeRequest.$Shape;
        static create(properties?: tandem_control.ProbeRequest.$Properties): tandem_control.ProbeRequest;
        static encode(m: tandem_control.ProbeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.ProbeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.ProbeRequest & tandem_control.ProbeRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.ProbeRequest & tandem_control.ProbeRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.ProbeRequest;
        static toObject(m: tandem_control.ProbeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ProbeRequest {
        interface $Properties {
            requestId?: (number|null);
            targets?: (tandem_control.ProbeTarget.$Properties[]|null);
            probeBytes?: (number|null);
            timeoutMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.ProbeRequest.$Properties;
    }

    interface IProbeReport extends tandem_control.ProbeReport.$Properties {
    }

    class ProbeReport {
        constructor(p?: tandem_control.ProbeReport.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        links: tandem_control.LinkProbe.$Properties[];
        static create(properties: tandem_control.ProbeReport.$Shape): tandem_control.ProbeReport & tandem_control.ProbeReport.$Shape;
        static create(properties?: tandem_control.ProbeReport.$Properties): tandem_control.ProbeReport;
        static encode(m: tandem_control.ProbeReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.ProbeReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.ProbeReport & tandem_control.ProbeReport.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.ProbeReport & tandem_control.ProbeReport.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.ProbeReport;
        static toObject(m: tandem_control.ProbeReport, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ProbeReport {
        interface $Properties {
            requestId?: (number|null);
            links?: (tandem_control.LinkProbe.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.ProbeReport.$Properties;
    }

    enum DType {
        DTYPE_UNSPECIFIED = 0,
        DTYPE_FLOAT32 = 1,
        DTYPE_FLOAT16 = 2,
        DTYPE_BFLOAT16 = 3,
        DTYPE_INT8 = 4,
        DTYPE_UINT8 = 5,
        DTYPE_INT32 = 6,
        DTYPE_INT64 = 7,
        DTYPE_BOOL = 8
    }

    enum TensorRole {
        TENSOR_ROLE_UNSPECIFIED = 0,
        TENSOR_ROLE_PARAM = 1,
        TENSOR_ROLE_ADAM_M = 2,
        TENSOR_ROLE_ADAM_V = 3,
        TENSOR_ROLE_ERROR_FEEDBACK = 4
    }

    interface ICheckpointRequest extends tandem_control.CheckpointRequest.$Properties {
    }

    class CheckpointRequest {
        constructor(p?: tandem_control.CheckpointRequest.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        epoch: number;
        step: number;
        layerStart: number;
        layerEnd: number;
        includeOptimizer: boolean;
        includeCompressionState: boolean;
        requestId: number;
        static create(properties: tandem_control.CheckpointRequest.$Shape): tandem_control.CheckpointRequest & tandem_control.CheckpointRequest.$Shape;
        static create(properties?: tandem_control.CheckpointRequest.$Properties): tandem_control.CheckpointRequest;
        static encode(m: tandem_control.CheckpointRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.CheckpointRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.CheckpointRequest & tandem_control.CheckpointRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.CheckpointRequest & tandem_control.CheckpointRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.CheckpointRequest;
        static toObject(m: tandem_control.CheckpointRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CheckpointRequest {
        interface $Properties {
            runId?: (string|null);
            epoch?: (number|null);
            step?: (number|null);
            layerStart?: (number|null);
            layerEnd?: (number|null);
            includeOptimizer?: (boolean|null);
            includeCompressionState?: (boolean|null);
            requestId?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.CheckpointRequest.$Properties;
    }

    interface ICheckpointUploaded extends tandem_control.CheckpointUploaded.$Properties {
    }

    class CheckpointUploaded {
        constructor(p?: tandem_control.CheckpointUploaded.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        runId: string;
        step: number;
        layerStart: number;
        layerEnd: number;
        ok: boolean;
        error: string;
        bytes: number;
        uploadMs: number;
        static create(properties: tandem_control.CheckpointUploaded.$Shape): tandem_control.CheckpointUploaded & tandem_control.CheckpointUploaded.$Shape;
        static create(properties?: tandem_control.CheckpointUploaded.$Properties): tandem_control.CheckpointUploaded;
        static encode(m: tandem_control.CheckpointUploaded.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.CheckpointUploaded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.CheckpointUploaded & tandem_control.CheckpointUploaded.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.CheckpointUploaded & tandem_control.CheckpointUploaded.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.CheckpointUploaded;
        static toObject(m: tandem_control.CheckpointUploaded, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CheckpointUploaded {
        interface $Properties {
            requestId?: (number|null);
            runId?: (string|null);
            step?: (number|null);
            layerStart?: (number|null);
            layerEnd?: (number|null);
            ok?: (boolean|null);
            error?: (string|null);
            bytes?: (number|null);
            uploadMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.CheckpointUploaded.$Properties;
    }

    interface ICheckpointCommitted extends tandem_control.CheckpointCommitted.$Properties {
    }

    class CheckpointCommitted {
        constructor(p?: tandem_control.CheckpointCommitted.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        step: number;
        manifestSha256: string;
        createdAtMs: number;
        static create(properties: tandem_control.CheckpointCommitted.$Shape): tandem_control.CheckpointCommitted & tandem_control.CheckpointCommitted.$Shape;
        static create(properties?: tandem_control.CheckpointCommitted.$Properties): tandem_control.CheckpointCommitted;
        static encode(m: tandem_control.CheckpointCommitted.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.CheckpointCommitted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.CheckpointCommitted & tandem_control.CheckpointCommitted.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.CheckpointCommitted & tandem_control.CheckpointCommitted.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.CheckpointCommitted;
        static toObject(m: tandem_control.CheckpointCommitted, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CheckpointCommitted {
        interface $Properties {
            runId?: (string|null);
            step?: (number|null);
            manifestSha256?: (string|null);
            createdAtMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.CheckpointCommitted.$Properties;
    }

    interface ILogRequest extends tandem_control.LogRequest.$Properties {
    }

    class LogRequest {
        constructor(p?: tandem_control.LogRequest.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        linesMax: number;
        levelMin: string;
        sinceMs: number;
        static create(properties: tandem_control.LogRequest.$Shape): tandem_control.LogRequest & tandem_control.LogRequest.$Shape;
        static create(properties?: tandem_control.LogRequest.$Properties): tandem_control.LogRequest;
        static encode(m: tandem_control.LogRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.LogRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.LogRequest & tandem_control.LogRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.LogRequest & tandem_control.LogRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.LogRequest;
        static toObject(m: tandem_control.LogRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LogRequest {
        interface $Properties {
            requestId?: (number|null);
            linesMax?: (number|null);
            levelMin?: (string|null);
            sinceMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.LogRequest.$Properties;
    }

    interface ILogLine extends tandem_control.LogLine.$Properties {
    }

    class LogLine {
        constructor(p?: tandem_control.LogLine.$Properties);
        $unknowns?: Uint8Array[];
        timeMs: number;
        level: string;
        component: string;
        message: string;
        fieldsJson: string;
        static create(properties: tandem_control.LogLine.$Shape): tandem_control.LogLine & tandem_control.LogLine.$Shape;
        static create(properties?: tandem_control.LogLine.$Properties): tandem_control.LogLine;
        static encode(m: tandem_control.LogLine.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.LogLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.LogLine & tandem_control.LogLine.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.LogLine & tandem_control.LogLine.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.LogLine;
        static toObject(m: tandem_control.LogLine, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LogLine {
        interface $Properties {
            timeMs?: (number|null);
            level?: (string|null);
            component?: (string|null);
            message?: (string|null);
            fieldsJson?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.LogLine.$Properties;
    }

    interface ILogAnswer extends tandem_control.LogAnswer.$Properties {
    }

    class LogAnswer {
        constructor(p?: tandem_control.LogAnswer.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        lines: tandem_control.LogLine.$Properties[];
        truncated: boolean;
        static create(properties: tandem_control.LogAnswer.$Shape): tandem_control.LogAnswer & tandem_control.LogAnswer.$Shape;
        static create(properties?: tandem_control.LogAnswer.$Properties): tandem_control.LogAnswer;
        static encode(m: tandem_control.LogAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.LogAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.LogAnswer & tandem_control.LogAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.LogAnswer & tandem_control.LogAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.LogAnswer;
        static toObject(m: tandem_control.LogAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LogAnswer {
        interface $Properties {
            requestId?: (number|null);
            lines?: (tandem_control.LogLine.$Properties[]|null);
            truncated?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.LogAnswer.$Properties;
    }

    interface IControlError extends tandem_control.ControlError.$Properties {
    }

    class ControlError {
        constructor(p?: tandem_control.ControlError.$Properties);
        $unknowns?: Uint8Array[];
        code: string;
        message: string;
        requestId: number;
        static create(properties: tandem_control.ControlError.$Shape): tandem_control.ControlError & tandem_control.ControlError.$Shape;
        static create(properties?: tandem_control.ControlError.$Properties): tandem_control.ControlError;
        static encode(m: tandem_control.ControlError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.ControlError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.ControlError & tandem_control.ControlError.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.ControlError & tandem_control.ControlError.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.ControlError;
        static toObject(m: tandem_control.ControlError, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ControlError {
        interface $Properties {
            code?: (string|null);
            message?: (string|null);
            requestId?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.ControlError.$Properties;
    }

    enum PeerReportReason {
        PEER_REPORT_REASON_UNSPECIFIED = 0,
        PEER_REPORT_REASON_BAD_FRAMES = 1,
        PEER_REPORT_REASON_UNREACHABLE = 2
    }

    interface IPeerReport extends tandem_control.PeerReport.$Properties {
    }

    class PeerReport {
        constructor(p?: tandem_control.PeerReport.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        epoch: number;
        peerId: string;
        reason: tandem_control.PeerReportReason;
        badFrames: number;
        lastError: string;
        static create(properties: tandem_control.PeerReport.$Shape): tandem_control.PeerReport & tandem_control.PeerReport.$Shape;
        static create(properties?: tandem_control.PeerReport.$Properties): tandem_control.PeerReport;
        static encode(m: tandem_control.PeerReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.PeerReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.PeerReport & tandem_control.PeerReport.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.PeerReport & tandem_control.PeerReport.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.PeerReport;
        static toObject(m: tandem_control.PeerReport, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PeerReport {
        interface $Properties {
            runId?: (string|null);
            epoch?: (number|null);
            peerId?: (string|null);
            reason?: (tandem_control.PeerReportReason|null);
            badFrames?: (number|null);
            lastError?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.PeerReport.$Properties;
    }

    interface IStateAvailable extends tandem_control.StateAvailable.$Properties {
    }

    class StateAvailable {
        constructor(p?: tandem_control.StateAvailable.$Properties);
        $unknowns?: Uint8Array[];
        held: tandem_control.HeldState.$Properties[];
        static create(properties: tandem_control.StateAvailable.$Shape): tandem_control.StateAvailable & tandem_control.StateAvailable.$Shape;
        static create(properties?: tandem_control.StateAvailable.$Properties): tandem_control.StateAvailable;
        static encode(m: tandem_control.StateAvailable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.StateAvailable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.StateAvailable & tandem_control.StateAvailable.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.StateAvailable & tandem_control.StateAvailable.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.StateAvailable;
        static toObject(m: tandem_control.StateAvailable, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StateAvailable {
        interface $Properties {
            held?: (tandem_control.HeldState.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.StateAvailable.$Properties;
    }

    interface IStateMessage extends tandem_control.StateMessage.$Properties {
    }

    class StateMessage {
        constructor(p?: tandem_control.StateMessage.$Properties);
        $unknowns?: Uint8Array[];
        request?: (tandem_control.StateRequest.$Properties|null);
        answer?: (tandem_control.StateAnswer.$Properties|null);
        uploadBegin?: (tandem_control.UploadBegin.$Properties|null);
        uploadResult?: (tandem_control.UploadResult.$Properties|null);
        error?: (tandem_control.ControlError.$Properties|null);
        body?: ("request"|"answer"|"uploadBegin"|"uploadResult"|"error");
        static create(properties: tandem_control.StateMessage.$Shape): tandem_control.StateMessage & tandem_control.StateMessage.$Shape;
        static create(properties?: tandem_control.StateMessage.$Properties): tandem_control.StateMessage;
        static encode(m: tandem_control.StateMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.StateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.StateMessage & tandem_control.StateMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.StateMessage & tandem_control.StateMessage.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.StateMessage;
        static toObject(m: tandem_control.StateMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StateMessage {
        interface $Properties {
            request?: (tandem_control.StateRequest.$Properties|null);
            answer?: (tandem_control.StateAnswer.$Properties|null);
            uploadBegin?: (tandem_control.UploadBegin.$Properties|null);
            uploadResult?: (tandem_control.UploadResult.$Properties|null);
            error?: (tandem_control.ControlError.$Properties|null);
            body?: ("request"|"answer"|"uploadBegin"|"uploadResult"|"error");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          request?: tandem_control.StateRequest.$Shape|null;
          answer?: tandem_control.StateAnswer.$Shape|null;
          uploadBegin?: tandem_control.UploadBegin.$Shape|null;
          uploadResult?: tandem_control.UploadResult.$Shape|null;
          error?: tandem_control.ControlError.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; request?: null; answer?: null; uploadBegin?: null; uploadResult?: null; error?: null }|{ body?: "request"; request: tandem_control.StateRequest.$Shape; answer?: null; uploadBegin?: null; uploadResult?: null; error?: null }|{ body?: "answer"; request?: null; answer: tandem_control.StateAnswer.$Shape; uploadBegin?: null; uploadResult?: null; error?: null }|{ body?: "uploadBegin"; request?: null; answer?: null; uploadBegin: tandem_control.UploadBegin.$Shape; uploadResult?: null; error?: null }|{ body?: "uploadResult"; request?: null; answer?: null; uploadBegin?: null; uploadResult: tandem_control.UploadResult.$Shape; error?: null }|{ body?: "error"; request?: null; answer?: null; uploadBegin?: null; uploadResult?: null; error: tandem_control.ControlError.$Shape })
        );
    }

    interface IStateRequest extends tandem_control.StateRequest.$Properties {
    }

    class StateRequest {
        constructor(p?: tandem_control.StateRequest.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        runId: string;
        epoch: number;
        step: number;
        layerStart: number;
        layerEnd: number;
        includeOptimizer: boolean;
        includeCompressionState: boolean;
        tensorNames: string[];
        codec: string;
        manifestSha256: string;
        static create(properties: tandem_control.StateRequest.$Shape): tandem_control.StateRequest & tandem_control.StateRequest.$Shape;
        static create(properties?: tandem_control.StateRequest.$Properties): tandem_control.StateRequest;
        static encode(m: tandem_control.StateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.StateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.StateRequest & tandem_control.StateRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.StateRequest & tandem_control.StateRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.StateRequest;
        static toObject(m: tandem_control.StateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StateRequest {
        interface $Properties {
            requestId?: (number|null);
            runId?: (string|null);
            epoch?: (number|null);
            step?: (number|null);
            layerStart?: (number|null);
            layerEnd?: (number|null);
            includeOptimizer?: (boolean|null);
            includeCompressionState?: (boolean|null);
            tensorNames?: (string[]|null);
            codec?: (string|null);
            manifestSha256?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.StateRequest.$Properties;
    }

    interface ITensorEntry extends tandem_control.TensorEntry.$Properties {
    }

    class TensorEntry {
        constructor(p?: tandem_control.TensorEntry.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        layer: number;
        role: tandem_control.TensorRole;
        dtype: tandem_control.DType;
        shape: number[];
        byteLength: number;
        sha256: string;
        static create(properties: tandem_control.TensorEntry.$Shape): tandem_control.TensorEntry & tandem_control.TensorEntry.$Shape;
        static create(properties?: tandem_control.TensorEntry.$Properties): tandem_control.TensorEntry;
        static encode(m: tandem_control.TensorEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.TensorEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.TensorEntry & tandem_control.TensorEntry.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.TensorEntry & tandem_control.TensorEntry.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.TensorEntry;
        static toObject(m: tandem_control.TensorEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorEntry {
        interface $Properties {
            name?: (string|null);
            layer?: (number|null);
            role?: (tandem_control.TensorRole|null);
            dtype?: (tandem_control.DType|null);
            shape?: (number[]|null);
            byteLength?: (number|null);
            sha256?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.TensorEntry.$Properties;
    }

    enum StateRefusal {
        STATE_REFUSAL_UNSPECIFIED = 0,
        STATE_REFUSAL_NOT_A_MEMBER = 1,
        STATE_REFUSAL_WRONG_STEP = 2,
        STATE_REFUSAL_WRONG_LAYERS = 3,
        STATE_REFUSAL_BUSY = 4,
        STATE_REFUSAL_UNKNOWN_MANIFEST = 5,
        STATE_REFUSAL_INTERNAL = 6
    }

    interface IStateAnswer extends tandem_control.StateAnswer.$Properties {
    }

    class StateAnswer {
        constructor(p?: tandem_control.StateAnswer.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        ok: boolean;
        refusal: tandem_control.StateRefusal;
        reason: string;
        step: number;
        tensors: tandem_control.TensorEntry.$Properties[];
        totalBytes: number;
        compressionState: Uint8Array;
        optimizerStepCount: number;
        static create(properties: tandem_control.StateAnswer.$Shape): tandem_control.StateAnswer & tandem_control.StateAnswer.$Shape;
        static create(properties?: tandem_control.StateAnswer.$Properties): tandem_control.StateAnswer;
        static encode(m: tandem_control.StateAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.StateAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.StateAnswer & tandem_control.StateAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.StateAnswer & tandem_control.StateAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.StateAnswer;
        static toObject(m: tandem_control.StateAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StateAnswer {
        interface $Properties {
            requestId?: (number|null);
            ok?: (boolean|null);
            refusal?: (tandem_control.StateRefusal|null);
            reason?: (string|null);
            step?: (number|null);
            tensors?: (tandem_control.TensorEntry.$Properties[]|null);
            totalBytes?: (number|null);
            compressionState?: (Uint8Array|null);
            optimizerStepCount?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.StateAnswer.$Properties;
    }

    interface IUploadBegin extends tandem_control.UploadBegin.$Properties {
    }

    class UploadBegin {
        constructor(p?: tandem_control.UploadBegin.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        runId: string;
        epoch: number;
        step: number;
        layerStart: number;
        layerEnd: number;
        tensors: tandem_control.TensorEntry.$Properties[];
        totalBytes: number;
        stageIndex: number;
        replicaIndex: number;
        compressionState: Uint8Array;
        optimizerStepCount: number;
        static create(properties: tandem_control.UploadBegin.$Shape): tandem_control.UploadBegin & tandem_control.UploadBegin.$Shape;
        static create(properties?: tandem_control.UploadBegin.$Properties): tandem_control.UploadBegin;
        static encode(m: tandem_control.UploadBegin.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.UploadBegin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.UploadBegin & tandem_control.UploadBegin.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.UploadBegin & tandem_control.UploadBegin.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.UploadBegin;
        static toObject(m: tandem_control.UploadBegin, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UploadBegin {
        interface $Properties {
            requestId?: (number|null);
            runId?: (string|null);
            epoch?: (number|null);
            step?: (number|null);
            layerStart?: (number|null);
            layerEnd?: (number|null);
            tensors?: (tandem_control.TensorEntry.$Properties[]|null);
            totalBytes?: (number|null);
            stageIndex?: (number|null);
            replicaIndex?: (number|null);
            compressionState?: (Uint8Array|null);
            optimizerStepCount?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.UploadBegin.$Properties;
    }

    interface IUploadResult extends tandem_control.UploadResult.$Properties {
    }

    class UploadResult {
        constructor(p?: tandem_control.UploadResult.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        ok: boolean;
        error: string;
        badTensors: string[];
        static create(properties: tandem_control.UploadResult.$Shape): tandem_control.UploadResult & tandem_control.UploadResult.$Shape;
        static create(properties?: tandem_control.UploadResult.$Properties): tandem_control.UploadResult;
        static encode(m: tandem_control.UploadResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.UploadResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.UploadResult & tandem_control.UploadResult.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.UploadResult & tandem_control.UploadResult.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.UploadResult;
        static toObject(m: tandem_control.UploadResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UploadResult {
        interface $Properties {
            requestId?: (number|null);
            ok?: (boolean|null);
            error?: (string|null);
            badTensors?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.UploadResult.$Properties;
    }

    interface IProbeMessage extends tandem_control.ProbeMessage.$Properties {
    }

    class ProbeMessage {
        constructor(p?: tandem_control.ProbeMessage.$Properties);
        $unknowns?: Uint8Array[];
        start?: (tandem_control.ProbeStart.$Properties|null);
        result?: (tandem_control.ProbeResult.$Properties|null);
        error?: (tandem_control.ControlError.$Properties|null);
        body?: ("start"|"result"|"error");
        static create(properties: tandem_control.ProbeMessage.$Shape): tandem_control.ProbeMessage & tandem_control.ProbeMessage.$Shape;
        static create(properties?: tandem_control.ProbeMessage.$Properties): tandem_control.ProbeMessage;
        static encode(m: tandem_control.ProbeMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.ProbeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.ProbeMessage & tandem_control.ProbeMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.ProbeMessage & tandem_control.ProbeMessage.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.ProbeMessage;
        static toObject(m: tandem_control.ProbeMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ProbeMessage {
        interface $Properties {
            start?: (tandem_control.ProbeStart.$Properties|null);
            result?: (tandem_control.ProbeResult.$Properties|null);
            error?: (tandem_control.ControlError.$Properties|null);
            body?: ("start"|"result"|"error");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          start?: tandem_control.ProbeStart.$Shape|null;
          result?: tandem_control.ProbeResult.$Shape|null;
          error?: tandem_control.ControlError.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; start?: null; result?: null; error?: null }|{ body?: "start"; start: tandem_control.ProbeStart.$Shape; result?: null; error?: null }|{ body?: "result"; start?: null; result: tandem_control.ProbeResult.$Shape; error?: null }|{ body?: "error"; start?: null; result?: null; error: tandem_control.ControlError.$Shape })
        );
    }

    interface IProbeStart extends tandem_control.ProbeStart.$Properties {
    }

    class ProbeStart {
        constructor(p?: tandem_control.ProbeStart.$Properties);
        $unknowns?: Uint8Array[];
        bytes: number;
        chunkBytes: number;
        static create(properties: tandem_control.ProbeStart.$Shape): tandem_control.ProbeStart & tandem_control.ProbeStart.$Shape;
        static create(properties?: tandem_control.ProbeStart.$Properties): tandem_control.ProbeStart;
        static encode(m: tandem_control.ProbeStart.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.ProbeStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.ProbeStart & tandem_control.ProbeStart.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.ProbeStart & tandem_control.ProbeStart.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.ProbeStart;
        static toObject(m: tandem_control.ProbeStart, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ProbeStart {
        interface $Properties {
            bytes?: (number|null);
            chunkBytes?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.ProbeStart.$Properties;
    }

    interface IProbeResult extends tandem_control.ProbeResult.$Properties {
    }

    class ProbeResult {
        constructor(p?: tandem_control.ProbeResult.$Properties);
        $unknowns?: Uint8Array[];
        bytesReceived: number;
        elapsedMs: number;
        static create(properties: tandem_control.ProbeResult.$Shape): tandem_control.ProbeResult & tandem_control.ProbeResult.$Shape;
        static create(properties?: tandem_control.ProbeResult.$Properties): tandem_control.ProbeResult;
        static encode(m: tandem_control.ProbeResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_control.ProbeResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_control.ProbeResult & tandem_control.ProbeResult.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_control.ProbeResult & tandem_control.ProbeResult.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_control.ProbeResult;
        static toObject(m: tandem_control.ProbeResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ProbeResult {
        interface $Properties {
            bytesReceived?: (number|null);
            elapsedMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_control.ProbeResult.$Properties;
    }
}
