import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace tandem_tensor {

    enum FrameKind {
        FRAME_KIND_UNSPECIFIED = 0,
        FRAME_KIND_ACTIVATION = 1,
        FRAME_KIND_ACTIVATION_GRAD = 2,
        FRAME_KIND_UPDATE = 3,
        FRAME_KIND_WEIGHTS = 4,
        FRAME_KIND_OPTIMIZER_STATE = 5,
        FRAME_KIND_COMPRESSION_STATE = 6,
        FRAME_KIND_AUX = 7
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

    interface ITensorFrameHeader extends tandem_tensor.TensorFrameHeader.$Properties {
    }

    class TensorFrameHeader {
        constructor(p?: tandem_tensor.TensorFrameHeader.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        epoch: number;
        step: number;
        microBatch: number;
        kind: tandem_tensor.FrameKind;
        codec: string;
        codecParams: Uint8Array;
        dtype: tandem_tensor.DType;
        shape: number[];
        payloadBytes: number;
        checksum: number;
        sender: string;
        tensorName: string;
        stageIndex: number;
        replicaIndex: number;
        index: number;
        count: number;
        rawBytes: number;
        lossScale: number;
        static create(properties: tandem_tensor.TensorFrameHeader.$Shape): tandem_tensor.TensorFrameHeader & tandem_tensor.TensorFrameHeader.$Shape;
        static create(properties?: tandem_tensor.TensorFrameHeader.$Properties): tandem_tensor.TensorFrameHeader;
        static encode(m: tandem_tensor.TensorFrameHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_tensor.TensorFrameHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_tensor.TensorFrameHeader & tandem_tensor.TensorFrameHeader.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_tensor.TensorFrameHeader & tandem_tensor.TensorFrameHeader.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_tensor.TensorFrameHeader;
        static toObject(m: tandem_tensor.TensorFrameHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorFrameHeader {
        interface $Properties {
            runId?: (string|null);
            epoch?: (number|null);
            step?: (number|null);
            microBatch?: (number|null);
            kind?: (tandem_tensor.FrameKind|null);
            codec?: (string|null);
            codecParams?: (Uint8Array|null);
            dtype?: (tandem_tensor.DType|null);
            shape?: (number[]|null);
            payloadBytes?: (number|null);
            checksum?: (number|null);
            sender?: (string|null);
            tensorName?: (string|null);
            stageIndex?: (number|null);
            replicaIndex?: (number|null);
            index?: (number|null);
            count?: (number|null);
            rawBytes?: (number|null);
            lossScale?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_tensor.TensorFrameHeader.$Properties;
    }
}
