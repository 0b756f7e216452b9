/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tandem_tensor = $root.tandem_tensor = (() => {

    /**
     * Namespace tandem_tensor.
     * @exports tandem_tensor
     * @namespace
     */
    const tandem_tensor = {};

    /**
     * FrameKind enum.
     * @name tandem_tensor.FrameKind
     * @enum {number}
     * @property {number} FRAME_KIND_UNSPECIFIED=0 FRAME_KIND_UNSPECIFIED value
     * @property {number} FRAME_KIND_ACTIVATION=1 FRAME_KIND_ACTIVATION value
     * @property {number} FRAME_KIND_ACTIVATION_GRAD=2 FRAME_KIND_ACTIVATION_GRAD value
     * @property {number} FRAME_KIND_UPDATE=3 FRAME_KIND_UPDATE value
     * @property {number} FRAME_KIND_WEIGHTS=4 FRAME_KIND_WEIGHTS value
     * @property {number} FRAME_KIND_OPTIMIZER_STATE=5 FRAME_KIND_OPTIMIZER_STATE value
     * @property {number} FRAME_KIND_COMPRESSION_STATE=6 FRAME_KIND_COMPRESSION_STATE value
     * @property {number} FRAME_KIND_AUX=7 FRAME_KIND_AUX value
     */
    tandem_tensor.FrameKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "FRAME_KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "FRAME_KIND_ACTIVATION"] = 1;
        values[valuesById[2] = "FRAME_KIND_ACTIVATION_GRAD"] = 2;
        values[valuesById[3] = "FRAME_KIND_UPDATE"] = 3;
        values[valuesById[4] = "FRAME_KIND_WEIGHTS"] = 4;
        values[valuesById[5] = "FRAME_KIND_OPTIMIZER_STATE"] = 5;
        values[valuesById[6] = "FRAME_KIND_COMPRESSION_STATE"] = 6;
        values[valuesById[7] = "FRAME_KIND_AUX"] = 7;
        return values;
    })();

    /**
     * DType enum.
     * @name tandem_tensor.DType
     * @enum {number}
     * @property {number} DTYPE_UNSPECIFIED=0 DTYPE_UNSPECIFIED value
     * @property {number} DTYPE_FLOAT32=1 DTYPE_FLOAT32 value
     * @property {number} DTYPE_FLOAT16=2 DTYPE_FLOAT16 value
     * @property {number} DTYPE_BFLOAT16=3 DTYPE_BFLOAT16 value
     * @property {number} DTYPE_INT8=4 DTYPE_INT8 value
     * @property {number} DTYPE_UINT8=5 DTYPE_UINT8 value
     * @property {number} DTYPE_INT32=6 DTYPE_INT32 value
     * @property {number} DTYPE_INT64=7 DTYPE_INT64 value
     * @property {number} DTYPE_BOOL=8 DTYPE_BOOL value
     */
    tandem_tensor.DType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "DTYPE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "DTYPE_FLOAT32"] = 1;
        values[valuesById[2] = "DTYPE_FLOAT16"] = 2;
        values[valuesById[3] = "DTYPE_BFLOAT16"] = 3;
        values[valuesById[4] = "DTYPE_INT8"] = 4;
        values[valuesById[5] = "DTYPE_UINT8"] = 5;
        values[valuesById[6] = "DTYPE_INT32"] = 6;
        values[valuesById[7] = "DTYPE_INT64"] = 7;
        values[valuesById[8] = "DTYPE_BOOL"] = 8;
        return values;
    })();

    tandem_tensor.TensorFrameHeader = (function() {

        /**
         * Properties of a TensorFrameHeader.
         * @typedef {Object} tandem_tensor.TensorFrameHeader.$Properties
         * @property {string|null} [runId] TensorFrameHeader runId
         * @property {number|null} [epoch] TensorFrameHeader epoch
         * @property {number|null} [step] TensorFrameHeader step
         * @property {number|null} [microBatch] TensorFrameHeader microBatch
         * @property {tandem_tensor.FrameKind|null} [kind] TensorFrameHeader kind
         * @property {string|null} [codec] TensorFrameHeader codec
         * @property {Uint8Array|null} [codecParams] TensorFrameHeader codecParams
         * @property {tandem_tensor.DType|null} [dtype] TensorFrameHeader dtype
         * @property {Array.<number>|null} [shape] TensorFrameHeader shape
         * @property {number|null} [payloadBytes] TensorFrameHeader payloadBytes
         * @property {number|null} [checksum] TensorFrameHeader checksum
         * @property {string|null} [sender] TensorFrameHeader sender
         * @property {string|null} [tensorName] TensorFrameHeader tensorName
         * @property {number|null} [stageIndex] TensorFrameHeader stageIndex
         * @property {number|null} [replicaIndex] TensorFrameHeader replicaIndex
         * @property {number|null} [index] TensorFrameHeader index
         * @property {number|null} [count] TensorFrameHeader count
         * @property {number|null} [rawBytes] TensorFrameHeader rawBytes
         * @property {number|null} [lossScale] TensorFrameHeader lossScale
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorFrameHeader.
         * @memberof tandem_tensor
         * @interface ITensorFrameHeader
         * @augments tandem_tensor.TensorFrameHeader.$Properties
         * @deprecated Use tandem_tensor.TensorFrameHeader.$Properties instead.
         */

        /**
         * Shape of a TensorFrameHeader.
         * @typedef {tandem_tensor.TensorFrameHeader.$Properties} tandem_tensor.TensorFrameHeader.$Shape
         */

        /**
         * Constructs a new TensorFrameHeader.
         * @memberof tandem_tensor
         * @classdesc Represents a TensorFrameHeader.
         * @constructor
         * @param {tandem_tensor.TensorFrameHeader.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorFrameHeader = function (p) {
            this.shape = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TensorFrameHeader runId.
         * @member {string} runId
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.runId = "";

        /**
         * TensorFrameHeader epoch.
         * @member {number} epoch
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TensorFrameHeader step.
         * @member {number} step
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TensorFrameHeader microBatch.
         * @member {number} microBatch
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.microBatch = 0;

        /**
         * TensorFrameHeader kind.
         * @member {tandem_tensor.FrameKind} kind
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.kind = 0;

        /**
         * TensorFrameHeader codec.
         * @member {string} codec
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.codec = "";

        /**
         * TensorFrameHeader codecParams.
         * @member {Uint8Array} codecParams
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.codecParams = $util.newBuffer([]);

        /**
         * TensorFrameHeader dtype.
         * @member {tandem_tensor.DType} dtype
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.dtype = 0;

        /**
         * TensorFrameHeader shape.
         * @member {Array.<number>} shape
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.shape = $util.emptyArray;

        /**
         * TensorFrameHeader payloadBytes.
         * @member {number} payloadBytes
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.payloadBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TensorFrameHeader checksum.
         * @member {number} checksum
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.checksum = 0;

        /**
         * TensorFrameHeader sender.
         * @member {string} sender
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.sender = "";

        /**
         * TensorFrameHeader tensorName.
         * @member {string} tensorName
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.tensorName = "";

        /**
         * TensorFrameHeader stageIndex.
         * @member {number} stageIndex
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.stageIndex = 0;

        /**
         * TensorFrameHeader replicaIndex.
         * @member {number} replicaIndex
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.replicaIndex = 0;

        /**
         * TensorFrameHeader index.
         * @member {number} index
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.index = 0;

        /**
         * TensorFrameHeader count.
         * @member {number} count
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.count = 0;

        /**
         * TensorFrameHeader rawBytes.
         * @member {number} rawBytes
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.rawBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TensorFrameHeader lossScale.
         * @member {number} lossScale
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         */
        TensorFrameHeader.prototype.lossScale = 0;

        /**
         * Creates a new TensorFrameHeader instance using the specified properties.
         * @function create
         * @memberof tandem_tensor.TensorFrameHeader
         * @static
         * @param {tandem_tensor.TensorFrameHeader.$Properties=} [properties] Properties to set
         * @returns {tandem_tensor.TensorFrameHeader} TensorFrameHeader instance
         * @type {{
         *   (properties: tandem_tensor.TensorFrameHeader.$Shape): tandem_tensor.TensorFrameHeader & tandem_tensor.TensorFrameHeader.$Shape;
         *   (properties?: tandem_tensor.TensorFrameHeader.$Properties): tandem_tensor.TensorFrameHeader;
         * }}
         */
        TensorFrameHeader.create = function(properties) {
            return new TensorFrameHeader(properties);
        };

        /**
         * Encodes the specified TensorFrameHeader message. Does not implicitly {@link tandem_tensor.TensorFrameHeader.verify|verify} messages.
         * @function encode
         * @memberof tandem_tensor.TensorFrameHeader
         * @static
         * @param {tandem_tensor.TensorFrameHeader.$Properties} m TensorFrameHeader message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorFrameHeader.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.runId != null && $Object.hasOwnProperty.call(m, "runId") && m.runId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.runId);
            if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && (typeof m.epoch === "object" ? m.epoch.low || m.epoch.high : m.epoch !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.epoch);
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.step);
            if (m.microBatch != null && $Object.hasOwnProperty.call(m, "microBatch") && m.microBatch !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.microBatch);
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).int32(m.kind);
            if (m.codec != null && $Object.hasOwnProperty.call(m, "codec") && m.codec !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.codec);
            if (m.codecParams != null && $Object.hasOwnProperty.call(m, "codecParams") && m.codecParams.length)
                w.uint32(/* id 7, wireType 2 =*/58).bytes(m.codecParams);
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype") && m.dtype !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).int32(m.dtype);
            if (m.shape != null && m.shape.length) {
                w.uint32(/* id 9, wireType 2 =*/74).uint64s(m.shape);
            }
            if (m.payloadBytes != null && $Object.hasOwnProperty.call(m, "payloadBytes") && (typeof m.payloadBytes === "object" ? m.payloadBytes.low || m.payloadBytes.high : m.payloadBytes !== 0))
                w.uint32(/* id 10, wireType 0 =*/80).uint64(m.payloadBytes);
            if (m.checksum != null && $Object.hasOwnProperty.call(m, "checksum") && m.checksum !== 0)
                w.uint32(/* id 11, wireType 0 =*/88).uint32(m.checksum);
            if (m.sender != null && $Object.hasOwnProperty.call(m, "sender") && m.sender !== "")
                w.uint32(/* id 12, wireType 2 =*/98).string(m.sender);
            if (m.tensorName != null && $Object.hasOwnProperty.call(m, "tensorName") && m.tensorName !== "")
                w.uint32(/* id 13, wireType 2 =*/106).string(m.tensorName);
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex") && m.stageIndex !== 0)
                w.uint32(/* id 14, wireType 0 =*/112).uint32(m.stageIndex);
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex") && m.replicaIndex !== 0)
                w.uint32(/* id 15, wireType 0 =*/120).uint32(m.replicaIndex);
            if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                w.uint32(/* id 16, wireType 0 =*/128).uint32(m.index);
            if (m.count != null && $Object.hasOwnProperty.call(m, "count") && m.count !== 0)
                w.uint32(/* id 17, wireType 0 =*/136).uint32(m.count);
            if (m.rawBytes != null && $Object.hasOwnProperty.call(m, "rawBytes") && (typeof m.rawBytes === "object" ? m.rawBytes.low || m.rawBytes.high : m.rawBytes !== 0))
                w.uint32(/* id 18, wireType 0 =*/144).uint64(m.rawBytes);
            if (m.lossScale != null && $Object.hasOwnProperty.call(m, "lossScale") && !$Object.is(m.lossScale, 0))
                w.uint32(/* id 19, wireType 1 =*/153).double(m.lossScale);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorFrameHeader message, length delimited. Does not implicitly {@link tandem_tensor.TensorFrameHeader.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_tensor.TensorFrameHeader
         * @static
         * @param {tandem_tensor.TensorFrameHeader.$Properties} message TensorFrameHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorFrameHeader.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorFrameHeader message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_tensor.TensorFrameHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_tensor.TensorFrameHeader & tandem_tensor.TensorFrameHeader.$Shape} TensorFrameHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorFrameHeader.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.tandem_tensor.TensorFrameHeader();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.runId = v;
                        else
                            delete m.runId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.epoch = v;
                        else
                            delete m.epoch;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.step = v;
                        else
                            delete m.step;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.microBatch = v;
                        else
                            delete m.microBatch;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.kind = v;
                        else
                            delete m.kind;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.codec = v;
                        else
                            delete m.codec;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.codecParams = v;
                        else
                            delete m.codecParams;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.dtype = v;
                        else
                            delete m.dtype;
                        continue;
                    }
                case 9: {
                        if (u === 2) {
                            if (!(m.shape && m.shape.length))
                                m.shape = [];
                            r.uint64s(m.shape);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.shape && m.shape.length))
                            m.shape = [];
                        m.shape.push(r.uint64());
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.payloadBytes = v;
                        else
                            delete m.payloadBytes;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.checksum = v;
                        else
                            delete m.checksum;
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.sender = v;
                        else
                            delete m.sender;
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.tensorName = v;
                        else
                            delete m.tensorName;
                        continue;
                    }
                case 14: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stageIndex = v;
                        else
                            delete m.stageIndex;
                        continue;
                    }
                case 15: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.replicaIndex = v;
                        else
                            delete m.replicaIndex;
                        continue;
                    }
                case 16: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.index = v;
                        else
                            delete m.index;
                        continue;
                    }
                case 17: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.count = v;
                        else
                            delete m.count;
                        continue;
                    }
                case 18: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.rawBytes = v;
                        else
                            delete m.rawBytes;
                        continue;
                    }
                case 19: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.lossScale = v;
                        else
                            delete m.lossScale;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a TensorFrameHeader message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_tensor.TensorFrameHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_tensor.TensorFrameHeader & tandem_tensor.TensorFrameHeader.$Shape} TensorFrameHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorFrameHeader.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorFrameHeader message.
         * @function verify
         * @memberof tandem_tensor.TensorFrameHeader
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorFrameHeader.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.runId != null && $Object.hasOwnProperty.call(m, "runId")) {
                if (!$util.isString(m.runId))
                    return "runId: string expected";
            }
            if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                if (!$util.isInteger(m.epoch) && !(m.epoch && $util.isInteger(m.epoch.low) && $util.isInteger(m.epoch.high)))
                    return "epoch: integer|Long expected";
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (!$util.isInteger(m.step) && !(m.step && $util.isInteger(m.step.low) && $util.isInteger(m.step.high)))
                    return "step: integer|Long expected";
            }
            if (m.microBatch != null && $Object.hasOwnProperty.call(m, "microBatch")) {
                if (!$util.isInteger(m.microBatch))
                    return "microBatch: integer expected";
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                    return "kind: enum value expected";
            }
            if (m.codec != null && $Object.hasOwnProperty.call(m, "codec")) {
                if (!$util.isString(m.codec))
                    return "codec: string expected";
            }
            if (m.codecParams != null && $Object.hasOwnProperty.call(m, "codecParams")) {
                if (!(m.codecParams && typeof m.codecParams.length === "number" || $util.isString(m.codecParams)))
                    return "codecParams: buffer expected";
            }
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype")) {
                if (typeof m.dtype !== "number" || (m.dtype | 0) !== m.dtype)
                    return "dtype: enum value expected";
            }
            if (m.shape != null && $Object.hasOwnProperty.call(m, "shape")) {
                if (!$Array.isArray(m.shape))
                    return "shape: array expected";
                for (var i = 0; i < m.shape.length; ++i) {
                    if (!$util.isInteger(m.shape[i]) && !(m.shape[i] && $util.isInteger(m.shape[i].low) && $util.isInteger(m.shape[i].high)))
                        return "shape: integer|Long[] expected";
                }
            }
            if (m.payloadBytes != null && $Object.hasOwnProperty.call(m, "payloadBytes")) {
                if (!$util.isInteger(m.payloadBytes) && !(m.payloadBytes && $util.isInteger(m.payloadBytes.low) && $util.isInteger(m.payloadBytes.high)))
                    return "payloadBytes: integer|Long expected";
            }
            if (m.checksum != null && $Object.hasOwnProperty.call(m, "checksum")) {
                if (!$util.isInteger(m.checksum))
                    return "checksum: integer expected";
            }
            if (m.sender != null && $Object.hasOwnProperty.call(m, "sender")) {
                if (!$util.isString(m.sender))
                    return "sender: string expected";
            }
            if (m.tensorName != null && $Object.hasOwnProperty.call(m, "tensorName")) {
                if (!$util.isString(m.tensorName))
                    return "tensorName: string expected";
            }
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex")) {
                if (!$util.isInteger(m.stageIndex))
                    return "stageIndex: integer expected";
            }
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex")) {
                if (!$util.isInteger(m.replicaIndex))
                    return "replicaIndex: integer expected";
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                if (!$util.isInteger(m.index))
                    return "index: integer expected";
            }
            if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                if (!$util.isInteger(m.count))
                    return "count: integer expected";
            }
            if (m.rawBytes != null && $Object.hasOwnProperty.call(m, "rawBytes")) {
                if (!$util.isInteger(m.rawBytes) && !(m.rawBytes && $util.isInteger(m.rawBytes.low) && $util.isInteger(m.rawBytes.high)))
                    return "rawBytes: integer|Long expected";
            }
            if (m.lossScale != null && $Object.hasOwnProperty.call(m, "lossScale")) {
                if (typeof m.lossScale !== "number")
                    return "lossScale: number expected";
            }
            return null;
        };

        /**
         * Creates a TensorFrameHeader message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_tensor.TensorFrameHeader
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_tensor.TensorFrameHeader} TensorFrameHeader
         */
        TensorFrameHeader.fromObject = function (d, q) {
            if (d instanceof $root.tandem_tensor.TensorFrameHeader)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_tensor.TensorFrameHeader: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_tensor.TensorFrameHeader();
            if (d.runId != null) {
                if (typeof d.runId !== "string" || d.runId.length) {
                    m.runId = $String(d.runId);
                }
            }
            if (d.epoch != null) {
                if (typeof d.epoch === "object" ? d.epoch.low || d.epoch.high : $Number(d.epoch) !== 0) {
                    if ($util.Long)
                        m.epoch = $util.Long.fromValue(d.epoch, true);
                    else if (typeof d.epoch === "string")
                        m.epoch = $parseInt(d.epoch, 10);
                    else if (typeof d.epoch === "number")
                        m.epoch = d.epoch;
                    else if (typeof d.epoch === "object")
                        m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                }
            }
            if (d.step != null) {
                if (typeof d.step === "object" ? d.step.low || d.step.high : $Number(d.step) !== 0) {
                    if ($util.Long)
                        m.step = $util.Long.fromValue(d.step, true);
                    else if (typeof d.step === "string")
                        m.step = $parseInt(d.step, 10);
                    else if (typeof d.step === "number")
                        m.step = d.step;
                    else if (typeof d.step === "object")
                        m.step = new $util.LongBits(d.step.low >>> 0, d.step.high >>> 0).toNumber(true);
                }
            }
            if (d.microBatch != null) {
                if ($Number(d.microBatch) !== 0) {
                    m.microBatch = d.microBatch >>> 0;
                }
            }
            if (d.kind !== 0 && (typeof d.kind !== "string" || $root.tandem_tensor.FrameKind[d.kind] !== 0)) {
                switch (d.kind) {
                case "FRAME_KIND_UNSPECIFIED":
                case 0:
                    m.kind = 0;
                    break;
                case "FRAME_KIND_ACTIVATION":
                case 1:
                    m.kind = 1;
                    break;
                case "FRAME_KIND_ACTIVATION_GRAD":
                case 2:
                    m.kind = 2;
                    break;
                case "FRAME_KIND_UPDATE":
                case 3:
                    m.kind = 3;
                    break;
                case "FRAME_KIND_WEIGHTS":
                case 4:
                    m.kind = 4;
                    break;
                case "FRAME_KIND_OPTIMIZER_STATE":
                case 5:
                    m.kind = 5;
                    break;
                case "FRAME_KIND_COMPRESSION_STATE":
                case 6:
                    m.kind = 6;
                    break;
                case "FRAME_KIND_AUX":
                case 7:
                    m.kind = 7;
                    break;
                default:
                    if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                        m.kind = d.kind;
                }
            }
            if (d.codec != null) {
                if (typeof d.codec !== "string" || d.codec.length) {
                    m.codec = $String(d.codec);
                }
            }
            if (d.codecParams != null) {
                if (d.codecParams.length) {
                    if (typeof d.codecParams === "string")
                        $util.base64.decode(d.codecParams, m.codecParams = $util.newBuffer($util.base64.length(d.codecParams)), 0);
                    else if (d.codecParams.length >= 0)
                        m.codecParams = d.codecParams;
                }
            }
            if (d.dtype !== 0 && (typeof d.dtype !== "string" || $root.tandem_tensor.DType[d.dtype] !== 0)) {
                switch (d.dtype) {
                case "DTYPE_UNSPECIFIED":
                case 0:
                    m.dtype = 0;
                    break;
                case "DTYPE_FLOAT32":
                case 1:
                    m.dtype = 1;
                    break;
                case "DTYPE_FLOAT16":
                case 2:
                    m.dtype = 2;
                    break;
                case "DTYPE_BFLOAT16":
                case 3:
                    m.dtype = 3;
                    break;
                case "DTYPE_INT8":
                case 4:
                    m.dtype = 4;
                    break;
                case "DTYPE_UINT8":
                case 5:
                    m.dtype = 5;
                    break;
                case "DTYPE_INT32":
                case 6:
                    m.dtype = 6;
                    break;
                case "DTYPE_INT64":
                case 7:
                    m.dtype = 7;
                    break;
                case "DTYPE_BOOL":
                case 8:
                    m.dtype = 8;
                    break;
                default:
                    if (typeof d.dtype === "number" && (d.dtype | 0) === d.dtype)
                        m.dtype = d.dtype;
                }
            }
            if (d.shape) {
                if (!$Array.isArray(d.shape))
                    throw $TypeError(".tandem_tensor.TensorFrameHeader.shape: array expected");
                m.shape = $Array(d.shape.length);
                for (var i = 0; i < d.shape.length; ++i) {
                    if ($util.Long)
                        m.shape[i] = $util.Long.fromValue(d.shape[i], true);
                    else if (typeof d.shape[i] === "string")
                        m.shape[i] = $parseInt(d.shape[i], 10);
                    else if (typeof d.shape[i] === "number")
                        m.shape[i] = d.shape[i];
                    else if (typeof d.shape[i] === "object")
                        m.shape[i] = new $util.LongBits(d.shape[i].low >>> 0, d.shape[i].high >>> 0).toNumber(true);
                }
            }
            if (d.payloadBytes != null) {
                if (typeof d.payloadBytes === "object" ? d.payloadBytes.low || d.payloadBytes.high : $Number(d.payloadBytes) !== 0) {
                    if ($util.Long)
                        m.payloadBytes = $util.Long.fromValue(d.payloadBytes, true);
                    else if (typeof d.payloadBytes === "string")
                        m.payloadBytes = $parseInt(d.payloadBytes, 10);
                    else if (typeof d.payloadBytes === "number")
                        m.payloadBytes = d.payloadBytes;
                    else if (typeof d.payloadBytes === "object")
                        m.payloadBytes = new $util.LongBits(d.payloadBytes.low >>> 0, d.payloadBytes.high >>> 0).toNumber(true);
                }
            }
            if (d.checksum != null) {
                if ($Number(d.checksum) !== 0) {
                    m.checksum = d.checksum >>> 0;
                }
            }
            if (d.sender != null) {
                if (typeof d.sender !== "string" || d.sender.length) {
                    m.sender = $String(d.sender);
                }
            }
            if (d.tensorName != null) {
                if (typeof d.tensorName !== "string" || d.tensorName.length) {
                    m.tensorName = $String(d.tensorName);
                }
            }
            if (d.stageIndex != null) {
                if ($Number(d.stageIndex) !== 0) {
                    m.stageIndex = d.stageIndex >>> 0;
                }
            }
            if (d.replicaIndex != null) {
                if ($Number(d.replicaIndex) !== 0) {
                    m.replicaIndex = d.replicaIndex >>> 0;
                }
            }
            if (d.index != null) {
                if ($Number(d.index) !== 0) {
                    m.index = d.index >>> 0;
                }
            }
            if (d.count != null) {
                if ($Number(d.count) !== 0) {
                    m.count = d.count >>> 0;
                }
            }
            if (d.rawBytes != null) {
                if (typeof d.rawBytes === "object" ? d.rawBytes.low || d.rawBytes.high : $Number(d.rawBytes) !== 0) {
                    if ($util.Long)
                        m.rawBytes = $util.Long.fromValue(d.rawBytes, true);
                    else if (typeof d.rawBytes === "string")
                        m.rawBytes = $parseInt(d.rawBytes, 10);
                    else if (typeof d.rawBytes === "number")
                        m.rawBytes = d.rawBytes;
                    else if (typeof d.rawBytes === "object")
                        m.rawBytes = new $util.LongBits(d.rawBytes.low >>> 0, d.rawBytes.high >>> 0).toNumber(true);
                }
            }
            if (d.lossScale != null) {
                if (!$Object.is($Number(d.lossScale), 0)) {
                    m.lossScale = $Number(d.lossScale);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorFrameHeader message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_tensor.TensorFrameHeader
         * @static
         * @param {tandem_tensor.TensorFrameHeader} m TensorFrameHeader
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorFrameHeader.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.shape = [];
            }
            if (o.defaults) {
                d.runId = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.epoch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.epoch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.step = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.step = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.microBatch = 0;
                d.kind = o.enums === $String ? "FRAME_KIND_UNSPECIFIED" : 0;
                d.codec = "";
                if (o.bytes === $String)
                    d.codecParams = "";
                else {
                    d.codecParams = [];
                    if (o.bytes !== $Array)
                        d.codecParams = $util.newBuffer(d.codecParams);
                }
                d.dtype = o.enums === $String ? "DTYPE_UNSPECIFIED" : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.payloadBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.payloadBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.checksum = 0;
                d.sender = "";
                d.tensorName = "";
                d.stageIndex = 0;
                d.replicaIndex = 0;
                d.index = 0;
                d.count = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.rawBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.rawBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.lossScale = 0;
            }
            if (m.runId != null && $Object.hasOwnProperty.call(m, "runId")) {
                d.runId = m.runId;
            }
            if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.epoch = typeof m.epoch === "number" ? $BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                else if (typeof m.epoch === "number")
                    d.epoch = o.longs === $String ? $String(m.epoch) : m.epoch;
                else
                    d.epoch = o.longs === $String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === $Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                else if (typeof m.step === "number")
                    d.step = o.longs === $String ? $String(m.step) : m.step;
                else
                    d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
            }
            if (m.microBatch != null && $Object.hasOwnProperty.call(m, "microBatch")) {
                d.microBatch = m.microBatch;
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                d.kind = o.enums === $String ? $root.tandem_tensor.FrameKind[m.kind] === $undefined ? m.kind : $root.tandem_tensor.FrameKind[m.kind] : m.kind;
            }
            if (m.codec != null && $Object.hasOwnProperty.call(m, "codec")) {
                d.codec = m.codec;
            }
            if (m.codecParams != null && $Object.hasOwnProperty.call(m, "codecParams")) {
                d.codecParams = o.bytes === $String ? $util.base64.encode(m.codecParams, 0, m.codecParams.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.codecParams) : m.codecParams;
            }
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype")) {
                d.dtype = o.enums === $String ? $root.tandem_tensor.DType[m.dtype] === $undefined ? m.dtype : $root.tandem_tensor.DType[m.dtype] : m.dtype;
            }
            if (m.shape && m.shape.length) {
                d.shape = $Array(m.shape.length);
                for (var j = 0; j < m.shape.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.shape[j] = typeof m.shape[j] === "number" ? $BigInt(m.shape[j]) : $util.Long.fromBits(m.shape[j].low >>> 0, m.shape[j].high >>> 0, true).toBigInt();
                    else if (typeof m.shape[j] === "number")
                        d.shape[j] = o.longs === $String ? $String(m.shape[j]) : m.shape[j];
                    else
                        d.shape[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.shape[j]) : o.longs === $Number ? new $util.LongBits(m.shape[j].low >>> 0, m.shape[j].high >>> 0).toNumber(true) : m.shape[j];
                }
            }
            if (m.payloadBytes != null && $Object.hasOwnProperty.call(m, "payloadBytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.payloadBytes = typeof m.payloadBytes === "number" ? $BigInt(m.payloadBytes) : $util.Long.fromBits(m.payloadBytes.low >>> 0, m.payloadBytes.high >>> 0, true).toBigInt();
                else if (typeof m.payloadBytes === "number")
                    d.payloadBytes = o.longs === $String ? $String(m.payloadBytes) : m.payloadBytes;
                else
                    d.payloadBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.payloadBytes) : o.longs === $Number ? new $util.LongBits(m.payloadBytes.low >>> 0, m.payloadBytes.high >>> 0).toNumber(true) : m.payloadBytes;
            }
            if (m.checksum != null && $Object.hasOwnProperty.call(m, "checksum")) {
                d.checksum = m.checksum;
            }
            if (m.sender != null && $Object.hasOwnProperty.call(m, "sender")) {
                d.sender = m.sender;
            }
            if (m.tensorName != null && $Object.hasOwnProperty.call(m, "tensorName")) {
                d.tensorName = m.tensorName;
            }
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex")) {
                d.stageIndex = m.stageIndex;
            }
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex")) {
                d.replicaIndex = m.replicaIndex;
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                d.index = m.index;
            }
            if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                d.count = m.count;
            }
            if (m.rawBytes != null && $Object.hasOwnProperty.call(m, "rawBytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.rawBytes = typeof m.rawBytes === "number" ? $BigInt(m.rawBytes) : $util.Long.fromBits(m.rawBytes.low >>> 0, m.rawBytes.high >>> 0, true).toBigInt();
                else if (typeof m.rawBytes === "number")
                    d.rawBytes = o.longs === $String ? $String(m.rawBytes) : m.rawBytes;
                else
                    d.rawBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.rawBytes) : o.longs === $Number ? new $util.LongBits(m.rawBytes.low >>> 0, m.rawBytes.high >>> 0).toNumber(true) : m.rawBytes;
            }
            if (m.lossScale != null && $Object.hasOwnProperty.call(m, "lossScale")) {
                d.lossScale = o.json && !$isFinite(m.lossScale) ? $String(m.lossScale) : m.lossScale;
            }
            return d;
        };

        /**
         * Converts this TensorFrameHeader to JSON.
         * @function toJSON
         * @memberof tandem_tensor.TensorFrameHeader
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorFrameHeader.prototype.toJSON = function() {
            return TensorFrameHeader.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorFrameHeader
         * @function getTypeUrl
         * @memberof tandem_tensor.TensorFrameHeader
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorFrameHeader.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_tensor.TensorFrameHeader";
        };

        return TensorFrameHeader;
    })();

    return tandem_tensor;
})();

export {
  $root as default
};
