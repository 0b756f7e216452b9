import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace tandem_checkpoint {

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

    interface IBlobRef extends tandem_checkpoint.BlobRef.$Properties {
    }

    class BlobRef {
        constructor(p?: tandem_checkpoint.BlobRef.$Properties);
        $unknowns?: Uint8Array[];
        sha256: string;
        byteLength: number;
        static create(properties: tandem_checkpoint.BlobRef.$Shape): tandem_checkpoint.BlobRef & tandem_checkpoint.BlobRef.$Shape;
        static create(properties?: tandem_checkpoint.BlobRef.$Properties): tandem_checkpoint.BlobRef;
        static encode(m: tandem_checkpoint.BlobRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.BlobRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.BlobRef & tandem_checkpoint.BlobRef.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.BlobRef & tandem_checkpoint.BlobRef.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.BlobRef;
        static toObject(m: tandem_checkpoint.BlobRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BlobRef {
        interface $Properties {
            sha256?: (string|null);
            byteLength?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.BlobRef.$Properties;
    }

    interface ITensorEntry extends tandem_checkpoint.TensorEntry.$Properties {
    }

    class TensorEntry {
        constructor(p?: tandem_checkpoint.TensorEntry.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        role: tandem_checkpoint.TensorRole;
        dtype: tandem_checkpoint.DType;
        shape: number[];
        blob?: (tandem_checkpoint.BlobRef.$Properties|null);
        static create(properties: tandem_checkpoint.TensorEntry.$Shape): tandem_checkpoint.TensorEntry & tandem_checkpoint.TensorEntry.$Shape;
        static create(properties?: tandem_checkpoint.TensorEntry.$Properties): tandem_checkpoint.TensorEntry;
        static encode(m: tandem_checkpoint.TensorEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.TensorEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.TensorEntry & tandem_checkpoint.TensorEntry.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.TensorEntry & tandem_checkpoint.TensorEntry.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.TensorEntry;
        static toObject(m: tandem_checkpoint.TensorEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorEntry {
        interface $Properties {
            name?: (string|null);
            role?: (tandem_checkpoint.TensorRole|null);
            dtype?: (tandem_checkpoint.DType|null);
            shape?: (number[]|null);
            blob?: (tandem_checkpoint.BlobRef.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.TensorEntry.$Properties;
    }

    interface ILayerEntry extends tandem_checkpoint.LayerEntry.$Properties {
    }

    class LayerEntry {
        constructor(p?: tandem_checkpoint.LayerEntry.$Properties);
        $unknowns?: Uint8Array[];
        layer: number;
        tensors: tandem_checkpoint.TensorEntry.$Properties[];
        stageIndex: number;
        replicaIndex: number;
        uploaderPeerId: string;
        static create(properties: tandem_checkpoint.LayerEntry.$Shape): tandem_checkpoint.LayerEntry & tandem_checkpoint.LayerEntry.$Shape;
        static create(properties?: tandem_checkpoint.LayerEntry.$Properties): tandem_checkpoint.LayerEntry;
        static encode(m: tandem_checkpoint.LayerEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.LayerEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.LayerEntry & tandem_checkpoint.LayerEntry.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.LayerEntry & tandem_checkpoint.LayerEntry.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.LayerEntry;
        static toObject(m: tandem_checkpoint.LayerEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LayerEntry {
        interface $Properties {
            layer?: (number|null);
            tensors?: (tandem_checkpoint.TensorEntry.$Properties[]|null);
            stageIndex?: (number|null);
            replicaIndex?: (number|null);
            uploaderPeerId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.LayerEntry.$Properties;
    }

    interface IOptimizerState extends tandem_checkpoint.OptimizerState.$Properties {
    }

    class OptimizerState {
        constructor(p?: tandem_checkpoint.OptimizerState.$Properties);
        $unknowns?: Uint8Array[];
        kind: string;
        stepCount: number;
        learningRate: number;
        beta1: number;
        beta2: number;
        epsilon: number;
        weightDecay: number;
        static create(properties: tandem_checkpoint.OptimizerState.$Shape): tandem_checkpoint.OptimizerState & tandem_checkpoint.OptimizerState.$Shape;
        static create(properties?: tandem_checkpoint.OptimizerState.$Properties): tandem_checkpoint.OptimizerState;
        static encode(m: tandem_checkpoint.OptimizerState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.OptimizerState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.OptimizerState & tandem_checkpoint.OptimizerState.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.OptimizerState & tandem_checkpoint.OptimizerState.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.OptimizerState;
        static toObject(m: tandem_checkpoint.OptimizerState, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace OptimizerState {
        interface $Properties {
            kind?: (string|null);
            stepCount?: (number|null);
            learningRate?: (number|null);
            beta1?: (number|null);
            beta2?: (number|null);
            epsilon?: (number|null);
            weightDecay?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.OptimizerState.$Properties;
    }

    interface IDataCursorState extends tandem_checkpoint.DataCursorState.$Properties {
    }

    class DataCursorState {
        constructor(p?: tandem_checkpoint.DataCursorState.$Properties);
        $unknowns?: Uint8Array[];
        datasetId: string;
        datasetSha256: string;
        cursor: Uint8Array;
        sequencesConsumed: number;
        tokensConsumed: number;
        static create(properties: tandem_checkpoint.DataCursorState.$Shape): tandem_checkpoint.DataCursorState & tandem_checkpoint.DataCursorState.$Shape;
        static create(properties?: tandem_checkpoint.DataCursorState.$Properties): tandem_checkpoint.DataCursorState;
        static encode(m: tandem_checkpoint.DataCursorState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.DataCursorState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.DataCursorState & tandem_checkpoint.DataCursorState.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.DataCursorState & tandem_checkpoint.DataCursorState.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.DataCursorState;
        static toObject(m: tandem_checkpoint.DataCursorState, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DataCursorState {
        interface $Properties {
            datasetId?: (string|null);
            datasetSha256?: (string|null);
            cursor?: (Uint8Array|null);
            sequencesConsumed?: (number|null);
            tokensConsumed?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.DataCursorState.$Properties;
    }

    interface IRngState extends tandem_checkpoint.RngState.$Properties {
    }

    class RngState {
        constructor(p?: tandem_checkpoint.RngState.$Properties);
        $unknowns?: Uint8Array[];
        seed: number;
        state: Uint8Array;
        static create(properties: tandem_checkpoint.RngState.$Shape): tandem_checkpoint.RngState & tandem_checkpoint.RngState.$Shape;
        static create(properties?: tandem_checkpoint.RngState.$Properties): tandem_checkpoint.RngState;
        static encode(m: tandem_checkpoint.RngState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.RngState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.RngState & tandem_checkpoint.RngState.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.RngState & tandem_checkpoint.RngState.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.RngState;
        static toObject(m: tandem_checkpoint.RngState, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RngState {
        interface $Properties {
            seed?: (number|null);
            state?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.RngState.$Properties;
    }

    interface ILossScaleState extends tandem_checkpoint.LossScaleState.$Properties {
    }

    class LossScaleState {
        constructor(p?: tandem_checkpoint.LossScaleState.$Properties);
        $unknowns?: Uint8Array[];
        dynamic: boolean;
        scale: number;
        goodSteps: number;
        window: number;
        factor: number;
        overflowSteps: number;
        static create(properties: tandem_checkpoint.LossScaleState.$Shape): tandem_checkpoint.LossScaleState & tandem_checkpoint.LossScaleState.$Shape;
        static create(properties?: tandem_checkpoint.LossScaleState.$Properties): tandem_checkpoint.LossScaleState;
        static encode(m: tandem_checkpoint.LossScaleState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.LossScaleState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.LossScaleState & tandem_checkpoint.LossScaleState.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.LossScaleState & tandem_checkpoint.LossScaleState.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.LossScaleState;
        static toObject(m: tandem_checkpoint.LossScaleState, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LossScaleState {
        interface $Properties {
            dynamic?: (boolean|null);
            scale?: (number|null);
            goodSteps?: (number|null);
            window?: (number|null);
            factor?: (number|null);
            overflowSteps?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.LossScaleState.$Properties;
    }

    interface ICompressionBlob extends tandem_checkpoint.CompressionBlob.$Properties {
    }

    class CompressionBlob {
        constructor(p?: tandem_checkpoint.CompressionBlob.$Properties);
        $unknowns?: Uint8Array[];
        codec: string;
        scope: string;
        tensorName: string;
        stageIndex: number;
        replicaIndex: number;
        dtype: tandem_checkpoint.DType;
        shape: number[];
        blob?: (tandem_checkpoint.BlobRef.$Properties|null);
        static create(properties: tandem_checkpoint.CompressionBlob.$Shape): tandem_checkpoint.CompressionBlob & tandem_checkpoint.CompressionBlob.$Shape;
        static create(properties?: tandem_checkpoint.CompressionBlob.$Properties): tandem_checkpoint.CompressionBlob;
        static encode(m: tandem_checkpoint.CompressionBlob.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.CompressionBlob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.CompressionBlob & tandem_checkpoint.CompressionBlob.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.CompressionBlob & tandem_checkpoint.CompressionBlob.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.CompressionBlob;
        static toObject(m: tandem_checkpoint.CompressionBlob, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CompressionBlob {
        interface $Properties {
            codec?: (string|null);
            scope?: (string|null);
            tensorName?: (string|null);
            stageIndex?: (number|null);
            replicaIndex?: (number|null);
            dtype?: (tandem_checkpoint.DType|null);
            shape?: (number[]|null);
            blob?: (tandem_checkpoint.BlobRef.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.CompressionBlob.$Properties;
    }

    interface ICompressionState extends tandem_checkpoint.CompressionState.$Properties {
    }

    class CompressionState {
        constructor(p?: tandem_checkpoint.CompressionState.$Properties);
        $unknowns?: Uint8Array[];
        blobs: tandem_checkpoint.CompressionBlob.$Properties[];
        params: Uint8Array;
        static create(properties: tandem_checkpoint.CompressionState.$Shape): tandem_checkpoint.CompressionState & tandem_checkpoint.CompressionState.$Shape;
        static create(properties?: tandem_checkpoint.CompressionState.$Properties): tandem_checkpoint.CompressionState;
        static encode(m: tandem_checkpoint.CompressionState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.CompressionState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.CompressionState & tandem_checkpoint.CompressionState.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.CompressionState & tandem_checkpoint.CompressionState.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.CompressionState;
        static toObject(m: tandem_checkpoint.CompressionState, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CompressionState {
        interface $Properties {
            blobs?: (tandem_checkpoint.CompressionBlob.$Properties[]|null);
            params?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.CompressionState.$Properties;
    }

    interface ICheckpointManifest extends tandem_checkpoint.CheckpointManifest.$Properties {
    }

    class CheckpointManifest {
        constructor(p?: tandem_checkpoint.CheckpointManifest.$Properties);
        $unknowns?: Uint8Array[];
        formatVersion: number;
        runId: string;
        step: number;
        modelKind: string;
        modelConfigJson: string;
        modelConfigSha256: string;
        numLayers: number;
        layers: tandem_checkpoint.LayerEntry.$Properties[];
        optimizer?: (tandem_checkpoint.OptimizerState.$Properties|null);
        data?: (tandem_checkpoint.DataCursorState.$Properties|null);
        rng?: (tandem_checkpoint.RngState.$Properties|null);
        lossScale?: (tandem_checkpoint.LossScaleState.$Properties|null);
        compression?: (tandem_checkpoint.CompressionState.$Properties|null);
        createdAtMs: number;
        parentManifestSha256: string;
        runConfigJson: string;
        tokensSeen: number;
        lossAvg: number;
        numStages: number;
        numReplicas: number;
        softwareVersion: string;
        planEpoch: number;
        static create(properties: tandem_checkpoint.CheckpointManifest.$Shape): tandem_checkpoint.CheckpointManifest & tandem_checkpoint.CheckpointManifest.$Shape;
        static create(properties?: tandem_checkpoint.CheckpointManifest.$Properties): tandem_checkpoint.CheckpointManifest;
        static encode(m: tandem_checkpoint.CheckpointManifest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_checkpoint.CheckpointManifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_checkpoint.CheckpointManifest & tandem_checkpoint.CheckpointManifest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_checkpoint.CheckpointManifest & tandem_checkpoint.CheckpointManifest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_checkpoint.CheckpointManifest;
        static toObject(m: tandem_checkpoint.CheckpointManifest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CheckpointManifest {
        interface $Properties {
            formatVersion?: (number|null);
            runId?: (string|null);
            step?: (number|null);
            modelKind?: (string|null);
            modelConfigJson?: (string|null);
            modelConfigSha256?: (string|null);
            numLayers?: (number|null);
            layers?: (tandem_checkpoint.LayerEntry.$Properties[]|null);
            optimizer?: (tandem_checkpoint.OptimizerState.$Properties|null);
            data?: (tandem_checkpoint.DataCursorState.$Properties|null);
            rng?: (tandem_checkpoint.RngState.$Properties|null);
            lossScale?: (tandem_checkpoint.LossScaleState.$Properties|null);
            compression?: (tandem_checkpoint.CompressionState.$Properties|null);
            createdAtMs?: (number|null);
            parentManifestSha256?: (string|null);
            runConfigJson?: (string|null);
            tokensSeen?: (number|null);
            lossAvg?: (number|null);
            numStages?: (number|null);
            numReplicas?: (number|null);
            softwareVersion?: (string|null);
            planEpoch?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_checkpoint.CheckpointManifest.$Properties;
    }
}
