/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tandem_checkpoint = $root.tandem_checkpoint = (() => {

    /**
     * Namespace tandem_checkpoint.
     * @exports tandem_checkpoint
     * @namespace
     */
    const tandem_checkpoint = {};

    /**
     * DType enum.
     * @name tandem_checkpoint.DType
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
    tandem_checkpoint.DType = (function() {
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

    /**
     * TensorRole enum.
     * @name tandem_checkpoint.TensorRole
     * @enum {number}
     * @property {number} TENSOR_ROLE_UNSPECIFIED=0 TENSOR_ROLE_UNSPECIFIED value
     * @property {number} TENSOR_ROLE_PARAM=1 TENSOR_ROLE_PARAM value
     * @property {number} TENSOR_ROLE_ADAM_M=2 TENSOR_ROLE_ADAM_M value
     * @property {number} TENSOR_ROLE_ADAM_V=3 TENSOR_ROLE_ADAM_V value
     * @property {number} TENSOR_ROLE_ERROR_FEEDBACK=4 TENSOR_ROLE_ERROR_FEEDBACK value
     */
    tandem_checkpoint.TensorRole = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "TENSOR_ROLE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "TENSOR_ROLE_PARAM"] = 1;
        values[valuesById[2] = "TENSOR_ROLE_ADAM_M"] = 2;
        values[valuesById[3] = "TENSOR_ROLE_ADAM_V"] = 3;
        values[valuesById[4] = "TENSOR_ROLE_ERROR_FEEDBACK"] = 4;
        return values;
    })();

    tandem_checkpoint.BlobRef = (function() {

        /**
         * Properties of a BlobRef.
         * @typedef {Object} tandem_checkpoint.BlobRef.$Properties
         * @property {string|null} [sha256] BlobRef sha256
         * @property {number|null} [byteLength] BlobRef byteLength
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlobRef.
         * @memberof tandem_checkpoint
         * @interface IBlobRef
         * @augments tandem_checkpoint.BlobRef.$Properties
         * @deprecated Use tandem_checkpoint.BlobRef.$Properties instead.
         */

        /**
         * Shape of a BlobRef.
         * @typedef {tandem_checkpoint.BlobRef.$Properties} tandem_checkpoint.BlobRef.$Shape
         */

        /**
         * Constructs a new BlobRef.
         * @memberof tandem_checkpoint
         * @classdesc Represents a BlobRef.
         * @constructor
         * @param {tandem_checkpoint.BlobRef.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobRef = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BlobRef sha256.
         * @member {string} sha256
         * @memberof tandem_checkpoint.BlobRef
         * @instance
         */
        BlobRef.prototype.sha256 = "";

        /**
         * BlobRef byteLength.
         * @member {number} byteLength
         * @memberof tandem_checkpoint.BlobRef
         * @instance
         */
        BlobRef.prototype.byteLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new BlobRef instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.BlobRef
         * @static
         * @param {tandem_checkpoint.BlobRef.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.BlobRef} BlobRef instance
         * @type {{
         *   (properties: tandem_checkpoint.BlobRef.$Shape): tandem_checkpoint.BlobRef & tandem_checkpoint.BlobRef.$Shape;
         *   (properties?: tandem_checkpoint.BlobRef.$Properties): tandem_checkpoint.BlobRef;
         * }}
         */
        BlobRef.create = function(properties) {
            return new BlobRef(properties);
        };

        /**
         * Encodes the specified BlobRef message. Does not implicitly {@link tandem_checkpoint.BlobRef.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.BlobRef
         * @static
         * @param {tandem_checkpoint.BlobRef.$Properties} m BlobRef message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobRef.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256 !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.sha256);
            if (m.byteLength != null && $Object.hasOwnProperty.call(m, "byteLength") && (typeof m.byteLength === "object" ? m.byteLength.low || m.byteLength.high : m.byteLength !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.byteLength);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BlobRef message, length delimited. Does not implicitly {@link tandem_checkpoint.BlobRef.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.BlobRef
         * @static
         * @param {tandem_checkpoint.BlobRef.$Properties} message BlobRef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobRef.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BlobRef message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.BlobRef
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.BlobRef & tandem_checkpoint.BlobRef.$Shape} BlobRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobRef.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.BlobRef();
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
                            m.sha256 = v;
                        else
                            delete m.sha256;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.byteLength = v;
                        else
                            delete m.byteLength;
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
         * Decodes a BlobRef message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.BlobRef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.BlobRef & tandem_checkpoint.BlobRef.$Shape} BlobRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobRef.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BlobRef message.
         * @function verify
         * @memberof tandem_checkpoint.BlobRef
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobRef.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                if (!$util.isString(m.sha256))
                    return "sha256: string expected";
            }
            if (m.byteLength != null && $Object.hasOwnProperty.call(m, "byteLength")) {
                if (!$util.isInteger(m.byteLength) && !(m.byteLength && $util.isInteger(m.byteLength.low) && $util.isInteger(m.byteLength.high)))
                    return "byteLength: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a BlobRef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.BlobRef
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.BlobRef} BlobRef
         */
        BlobRef.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.BlobRef)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.BlobRef: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.BlobRef();
            if (d.sha256 != null) {
                if (typeof d.sha256 !== "string" || d.sha256.length) {
                    m.sha256 = $String(d.sha256);
                }
            }
            if (d.byteLength != null) {
                if (typeof d.byteLength === "object" ? d.byteLength.low || d.byteLength.high : $Number(d.byteLength) !== 0) {
                    if ($util.Long)
                        m.byteLength = $util.Long.fromValue(d.byteLength, true);
                    else if (typeof d.byteLength === "string")
                        m.byteLength = $parseInt(d.byteLength, 10);
                    else if (typeof d.byteLength === "number")
                        m.byteLength = d.byteLength;
                    else if (typeof d.byteLength === "object")
                        m.byteLength = new $util.LongBits(d.byteLength.low >>> 0, d.byteLength.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BlobRef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.BlobRef
         * @static
         * @param {tandem_checkpoint.BlobRef} m BlobRef
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobRef.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.sha256 = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.byteLength = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.byteLength = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                d.sha256 = m.sha256;
            }
            if (m.byteLength != null && $Object.hasOwnProperty.call(m, "byteLength")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.byteLength = typeof m.byteLength === "number" ? $BigInt(m.byteLength) : $util.Long.fromBits(m.byteLength.low >>> 0, m.byteLength.high >>> 0, true).toBigInt();
                else if (typeof m.byteLength === "number")
                    d.byteLength = o.longs === $String ? $String(m.byteLength) : m.byteLength;
                else
                    d.byteLength = o.longs === $String ? $util.Long.prototype.toString.call(m.byteLength) : o.longs === $Number ? new $util.LongBits(m.byteLength.low >>> 0, m.byteLength.high >>> 0).toNumber(true) : m.byteLength;
            }
            return d;
        };

        /**
         * Converts this BlobRef to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.BlobRef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlobRef.prototype.toJSON = function() {
            return BlobRef.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BlobRef
         * @function getTypeUrl
         * @memberof tandem_checkpoint.BlobRef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BlobRef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.BlobRef";
        };

        return BlobRef;
    })();

    tandem_checkpoint.TensorEntry = (function() {

        /**
         * Properties of a TensorEntry.
         * @typedef {Object} tandem_checkpoint.TensorEntry.$Properties
         * @property {string|null} [name] TensorEntry name
         * @property {tandem_checkpoint.TensorRole|null} [role] TensorEntry role
         * @property {tandem_checkpoint.DType|null} [dtype] TensorEntry dtype
         * @property {Array.<number>|null} [shape] TensorEntry shape
         * @property {tandem_checkpoint.BlobRef.$Properties|null} [blob] TensorEntry blob
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorEntry.
         * @memberof tandem_checkpoint
         * @interface ITensorEntry
         * @augments tandem_checkpoint.TensorEntry.$Properties
         * @deprecated Use tandem_checkpoint.TensorEntry.$Properties instead.
         */

        /**
         * Shape of a TensorEntry.
         * @typedef {tandem_checkpoint.TensorEntry.$Properties} tandem_checkpoint.TensorEntry.$Shape
         */

        /**
         * Constructs a new TensorEntry.
         * @memberof tandem_checkpoint
         * @classdesc Represents a TensorEntry.
         * @constructor
         * @param {tandem_checkpoint.TensorEntry.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorEntry = function (p) {
            this.shape = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TensorEntry name.
         * @member {string} name
         * @memberof tandem_checkpoint.TensorEntry
         * @instance
         */
        TensorEntry.prototype.name = "";

        /**
         * TensorEntry role.
         * @member {tandem_checkpoint.TensorRole} role
         * @memberof tandem_checkpoint.TensorEntry
         * @instance
         */
        TensorEntry.prototype.role = 0;

        /**
         * TensorEntry dtype.
         * @member {tandem_checkpoint.DType} dtype
         * @memberof tandem_checkpoint.TensorEntry
         * @instance
         */
        TensorEntry.prototype.dtype = 0;

        /**
         * TensorEntry shape.
         * @member {Array.<number>} shape
         * @memberof tandem_checkpoint.TensorEntry
         * @instance
         */
        TensorEntry.prototype.shape = $util.emptyArray;

        /**
         * TensorEntry blob.
         * @member {tandem_checkpoint.BlobRef.$Properties|null|undefined} blob
         * @memberof tandem_checkpoint.TensorEntry
         * @instance
         */
        TensorEntry.prototype.blob = null;

        /**
         * Creates a new TensorEntry instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.TensorEntry
         * @static
         * @param {tandem_checkpoint.TensorEntry.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.TensorEntry} TensorEntry instance
         * @type {{
         *   (properties: tandem_checkpoint.TensorEntry.$Shape): tandem_checkpoint.TensorEntry & tandem_checkpoint.TensorEntry.$Shape;
         *   (properties?: tandem_checkpoint.TensorEntry.$Properties): tandem_checkpoint.TensorEntry;
         * }}
         */
        TensorEntry.create = function(properties) {
            return new TensorEntry(properties);
        };

        /**
         * Encodes the specified TensorEntry message. Does not implicitly {@link tandem_checkpoint.TensorEntry.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.TensorEntry
         * @static
         * @param {tandem_checkpoint.TensorEntry.$Properties} m TensorEntry message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorEntry.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.role);
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype") && m.dtype !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.dtype);
            if (m.shape != null && m.shape.length) {
                w.uint32(/* id 4, wireType 2 =*/34).uint64s(m.shape);
            }
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob"))
                $root.tandem_checkpoint.BlobRef.encode(m.blob, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorEntry message, length delimited. Does not implicitly {@link tandem_checkpoint.TensorEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.TensorEntry
         * @static
         * @param {tandem_checkpoint.TensorEntry.$Properties} message TensorEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorEntry message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.TensorEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.TensorEntry & tandem_checkpoint.TensorEntry.$Shape} TensorEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorEntry.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.TensorEntry();
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
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.role = v;
                        else
                            delete m.role;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.dtype = v;
                        else
                            delete m.dtype;
                        continue;
                    }
                case 4: {
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
                case 5: {
                        if (u !== 2)
                            break;
                        m.blob = $root.tandem_checkpoint.BlobRef.decode(r, r.size(), $undefined, q + 1, m.blob);
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
         * Decodes a TensorEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.TensorEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.TensorEntry & tandem_checkpoint.TensorEntry.$Shape} TensorEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorEntry message.
         * @function verify
         * @memberof tandem_checkpoint.TensorEntry
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorEntry.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                if (typeof m.role !== "number" || (m.role | 0) !== m.role)
                    return "role: enum value expected";
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
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob")) {
                {
                    var e = $root.tandem_checkpoint.BlobRef.verify(m.blob, q + 1);
                    if (e)
                        return "blob." + e;
                }
            }
            return null;
        };

        /**
         * Creates a TensorEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.TensorEntry
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.TensorEntry} TensorEntry
         */
        TensorEntry.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.TensorEntry)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.TensorEntry: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.TensorEntry();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.role !== 0 && (typeof d.role !== "string" || $root.tandem_checkpoint.TensorRole[d.role] !== 0)) {
                switch (d.role) {
                case "TENSOR_ROLE_UNSPECIFIED":
                case 0:
                    m.role = 0;
                    break;
                case "TENSOR_ROLE_PARAM":
                case 1:
                    m.role = 1;
                    break;
                case "TENSOR_ROLE_ADAM_M":
                case 2:
                    m.role = 2;
                    break;
                case "TENSOR_ROLE_ADAM_V":
                case 3:
                    m.role = 3;
                    break;
                case "TENSOR_ROLE_ERROR_FEEDBACK":
                case 4:
                    m.role = 4;
                    break;
                default:
                    if (typeof d.role === "number" && (d.role | 0) === d.role)
                        m.role = d.role;
                }
            }
            if (d.dtype !== 0 && (typeof d.dtype !== "string" || $root.tandem_checkpoint.DType[d.dtype] !== 0)) {
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
                    throw $TypeError(".tandem_checkpoint.TensorEntry.shape: array expected");
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
            if (d.blob != null) {
                if (!$util.isObject(d.blob))
                    throw $TypeError(".tandem_checkpoint.TensorEntry.blob: object expected");
                m.blob = $root.tandem_checkpoint.BlobRef.fromObject(d.blob, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.TensorEntry
         * @static
         * @param {tandem_checkpoint.TensorEntry} m TensorEntry
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorEntry.toObject = function (m, o, q) {
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
                d.name = "";
                d.role = o.enums === $String ? "TENSOR_ROLE_UNSPECIFIED" : 0;
                d.dtype = o.enums === $String ? "DTYPE_UNSPECIFIED" : 0;
                d.blob = null;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                d.role = o.enums === $String ? $root.tandem_checkpoint.TensorRole[m.role] === $undefined ? m.role : $root.tandem_checkpoint.TensorRole[m.role] : m.role;
            }
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype")) {
                d.dtype = o.enums === $String ? $root.tandem_checkpoint.DType[m.dtype] === $undefined ? m.dtype : $root.tandem_checkpoint.DType[m.dtype] : m.dtype;
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
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob")) {
                d.blob = $root.tandem_checkpoint.BlobRef.toObject(m.blob, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this TensorEntry to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.TensorEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorEntry.prototype.toJSON = function() {
            return TensorEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorEntry
         * @function getTypeUrl
         * @memberof tandem_checkpoint.TensorEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.TensorEntry";
        };

        return TensorEntry;
    })();

    tandem_checkpoint.LayerEntry = (function() {

        /**
         * Properties of a LayerEntry.
         * @typedef {Object} tandem_checkpoint.LayerEntry.$Properties
         * @property {number|null} [layer] LayerEntry layer
         * @property {Array.<tandem_checkpoint.TensorEntry.$Properties>|null} [tensors] LayerEntry tensors
         * @property {number|null} [stageIndex] LayerEntry stageIndex
         * @property {number|null} [replicaIndex] LayerEntry replicaIndex
         * @property {string|null} [uploaderPeerId] LayerEntry uploaderPeerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LayerEntry.
         * @memberof tandem_checkpoint
         * @interface ILayerEntry
         * @augments tandem_checkpoint.LayerEntry.$Properties
         * @deprecated Use tandem_checkpoint.LayerEntry.$Properties instead.
         */

        /**
         * Shape of a LayerEntry.
         * @typedef {tandem_checkpoint.LayerEntry.$Properties} tandem_checkpoint.LayerEntry.$Shape
         */

        /**
         * Constructs a new LayerEntry.
         * @memberof tandem_checkpoint
         * @classdesc Represents a LayerEntry.
         * @constructor
         * @param {tandem_checkpoint.LayerEntry.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LayerEntry = function (p) {
            this.tensors = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LayerEntry layer.
         * @member {number} layer
         * @memberof tandem_checkpoint.LayerEntry
         * @instance
         */
        LayerEntry.prototype.layer = 0;

        /**
         * LayerEntry tensors.
         * @member {Array.<tandem_checkpoint.TensorEntry.$Properties>} tensors
         * @memberof tandem_checkpoint.LayerEntry
         * @instance
         */
        LayerEntry.prototype.tensors = $util.emptyArray;

        /**
         * LayerEntry stageIndex.
         * @member {number} stageIndex
         * @memberof tandem_checkpoint.LayerEntry
         * @instance
         */
        LayerEntry.prototype.stageIndex = 0;

        /**
         * LayerEntry replicaIndex.
         * @member {number} replicaIndex
         * @memberof tandem_checkpoint.LayerEntry
         * @instance
         */
        LayerEntry.prototype.replicaIndex = 0;

        /**
         * LayerEntry uploaderPeerId.
         * @member {string} uploaderPeerId
         * @memberof tandem_checkpoint.LayerEntry
         * @instance
         */
        LayerEntry.prototype.uploaderPeerId = "";

        /**
         * Creates a new LayerEntry instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.LayerEntry
         * @static
         * @param {tandem_checkpoint.LayerEntry.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.LayerEntry} LayerEntry instance
         * @type {{
         *   (properties: tandem_checkpoint.LayerEntry.$Shape): tandem_checkpoint.LayerEntry & tandem_checkpoint.LayerEntry.$Shape;
         *   (properties?: tandem_checkpoint.LayerEntry.$Properties): tandem_checkpoint.LayerEntry;
         * }}
         */
        LayerEntry.create = function(properties) {
            return new LayerEntry(properties);
        };

        /**
         * Encodes the specified LayerEntry message. Does not implicitly {@link tandem_checkpoint.LayerEntry.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.LayerEntry
         * @static
         * @param {tandem_checkpoint.LayerEntry.$Properties} m LayerEntry message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LayerEntry.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.layer != null && $Object.hasOwnProperty.call(m, "layer") && m.layer !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.layer);
            if (m.tensors != null && m.tensors.length) {
                for (var i = 0; i < m.tensors.length; ++i)
                    $root.tandem_checkpoint.TensorEntry.encode(m.tensors[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex") && m.stageIndex !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.stageIndex);
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex") && m.replicaIndex !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.replicaIndex);
            if (m.uploaderPeerId != null && $Object.hasOwnProperty.call(m, "uploaderPeerId") && m.uploaderPeerId !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.uploaderPeerId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LayerEntry message, length delimited. Does not implicitly {@link tandem_checkpoint.LayerEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.LayerEntry
         * @static
         * @param {tandem_checkpoint.LayerEntry.$Properties} message LayerEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LayerEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LayerEntry message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.LayerEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.LayerEntry & tandem_checkpoint.LayerEntry.$Shape} LayerEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LayerEntry.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.LayerEntry();
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
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.layer = v;
                        else
                            delete m.layer;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.tensors && m.tensors.length))
                            m.tensors = [];
                        m.tensors.push($root.tandem_checkpoint.TensorEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stageIndex = v;
                        else
                            delete m.stageIndex;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.replicaIndex = v;
                        else
                            delete m.replicaIndex;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.uploaderPeerId = v;
                        else
                            delete m.uploaderPeerId;
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
         * Decodes a LayerEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.LayerEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.LayerEntry & tandem_checkpoint.LayerEntry.$Shape} LayerEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LayerEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LayerEntry message.
         * @function verify
         * @memberof tandem_checkpoint.LayerEntry
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LayerEntry.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.layer != null && $Object.hasOwnProperty.call(m, "layer")) {
                if (!$util.isInteger(m.layer))
                    return "layer: integer expected";
            }
            if (m.tensors != null && $Object.hasOwnProperty.call(m, "tensors")) {
                if (!$Array.isArray(m.tensors))
                    return "tensors: array expected";
                for (var i = 0; i < m.tensors.length; ++i) {
                    {
                        var e = $root.tandem_checkpoint.TensorEntry.verify(m.tensors[i], q + 1);
                        if (e)
                            return "tensors." + e;
                    }
                }
            }
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex")) {
                if (!$util.isInteger(m.stageIndex))
                    return "stageIndex: integer expected";
            }
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex")) {
                if (!$util.isInteger(m.replicaIndex))
                    return "replicaIndex: integer expected";
            }
            if (m.uploaderPeerId != null && $Object.hasOwnProperty.call(m, "uploaderPeerId")) {
                if (!$util.isString(m.uploaderPeerId))
                    return "uploaderPeerId: string expected";
            }
            return null;
        };

        /**
         * Creates a LayerEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.LayerEntry
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.LayerEntry} LayerEntry
         */
        LayerEntry.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.LayerEntry)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.LayerEntry: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.LayerEntry();
            if (d.layer != null) {
                if ($Number(d.layer) !== 0) {
                    m.layer = d.layer | 0;
                }
            }
            if (d.tensors) {
                if (!$Array.isArray(d.tensors))
                    throw $TypeError(".tandem_checkpoint.LayerEntry.tensors: array expected");
                m.tensors = $Array(d.tensors.length);
                for (var i = 0; i < d.tensors.length; ++i) {
                    if (!$util.isObject(d.tensors[i]))
                        throw $TypeError(".tandem_checkpoint.LayerEntry.tensors: object expected");
                    m.tensors[i] = $root.tandem_checkpoint.TensorEntry.fromObject(d.tensors[i], q + 1);
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
            if (d.uploaderPeerId != null) {
                if (typeof d.uploaderPeerId !== "string" || d.uploaderPeerId.length) {
                    m.uploaderPeerId = $String(d.uploaderPeerId);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a LayerEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.LayerEntry
         * @static
         * @param {tandem_checkpoint.LayerEntry} m LayerEntry
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LayerEntry.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.tensors = [];
            }
            if (o.defaults) {
                d.layer = 0;
                d.stageIndex = 0;
                d.replicaIndex = 0;
                d.uploaderPeerId = "";
            }
            if (m.layer != null && $Object.hasOwnProperty.call(m, "layer")) {
                d.layer = m.layer;
            }
            if (m.tensors && m.tensors.length) {
                d.tensors = $Array(m.tensors.length);
                for (var j = 0; j < m.tensors.length; ++j) {
                    d.tensors[j] = $root.tandem_checkpoint.TensorEntry.toObject(m.tensors[j], o, q + 1);
                }
            }
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex")) {
                d.stageIndex = m.stageIndex;
            }
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex")) {
                d.replicaIndex = m.replicaIndex;
            }
            if (m.uploaderPeerId != null && $Object.hasOwnProperty.call(m, "uploaderPeerId")) {
                d.uploaderPeerId = m.uploaderPeerId;
            }
            return d;
        };

        /**
         * Converts this LayerEntry to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.LayerEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LayerEntry.prototype.toJSON = function() {
            return LayerEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LayerEntry
         * @function getTypeUrl
         * @memberof tandem_checkpoint.LayerEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LayerEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.LayerEntry";
        };

        return LayerEntry;
    })();

    tandem_checkpoint.OptimizerState = (function() {

        /**
         * Properties of an OptimizerState.
         * @typedef {Object} tandem_checkpoint.OptimizerState.$Properties
         * @property {string|null} [kind] OptimizerState kind
         * @property {number|null} [stepCount] OptimizerState stepCount
         * @property {number|null} [learningRate] OptimizerState learningRate
         * @property {number|null} [beta1] OptimizerState beta1
         * @property {number|null} [beta2] OptimizerState beta2
         * @property {number|null} [epsilon] OptimizerState epsilon
         * @property {number|null} [weightDecay] OptimizerState weightDecay
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OptimizerState.
         * @memberof tandem_checkpoint
         * @interface IOptimizerState
         * @augments tandem_checkpoint.OptimizerState.$Properties
         * @deprecated Use tandem_checkpoint.OptimizerState.$Properties instead.
         */

        /**
         * Shape of an OptimizerState.
         * @typedef {tandem_checkpoint.OptimizerState.$Properties} tandem_checkpoint.OptimizerState.$Shape
         */

        /**
         * Constructs a new OptimizerState.
         * @memberof tandem_checkpoint
         * @classdesc Represents an OptimizerState.
         * @constructor
         * @param {tandem_checkpoint.OptimizerState.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OptimizerState = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * OptimizerState kind.
         * @member {string} kind
         * @memberof tandem_checkpoint.OptimizerState
         * @instance
         */
        OptimizerState.prototype.kind = "";

        /**
         * OptimizerState stepCount.
         * @member {number} stepCount
         * @memberof tandem_checkpoint.OptimizerState
         * @instance
         */
        OptimizerState.prototype.stepCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * OptimizerState learningRate.
         * @member {number} learningRate
         * @memberof tandem_checkpoint.OptimizerState
         * @instance
         */
        OptimizerState.prototype.learningRate = 0;

        /**
         * OptimizerState beta1.
         * @member {number} beta1
         * @memberof tandem_checkpoint.OptimizerState
         * @instance
         */
        OptimizerState.prototype.beta1 = 0;

        /**
         * OptimizerState beta2.
         * @member {number} beta2
         * @memberof tandem_checkpoint.OptimizerState
         * @instance
         */
        OptimizerState.prototype.beta2 = 0;

        /**
         * OptimizerState epsilon.
         * @member {number} epsilon
         * @memberof tandem_checkpoint.OptimizerState
         * @instance
         */
        OptimizerState.prototype.epsilon = 0;

        /**
         * OptimizerState weightDecay.
         * @member {number} weightDecay
         * @memberof tandem_checkpoint.OptimizerState
         * @instance
         */
        OptimizerState.prototype.weightDecay = 0;

        /**
         * Creates a new OptimizerState instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.OptimizerState
         * @static
         * @param {tandem_checkpoint.OptimizerState.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.OptimizerState} OptimizerState instance
         * @type {{
         *   (properties: tandem_checkpoint.OptimizerState.$Shape): tandem_checkpoint.OptimizerState & tandem_checkpoint.OptimizerState.$Shape;
         *   (properties?: tandem_checkpoint.OptimizerState.$Properties): tandem_checkpoint.OptimizerState;
         * }}
         */
        OptimizerState.create = function(properties) {
            return new OptimizerState(properties);
        };

        /**
         * Encodes the specified OptimizerState message. Does not implicitly {@link tandem_checkpoint.OptimizerState.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.OptimizerState
         * @static
         * @param {tandem_checkpoint.OptimizerState.$Properties} m OptimizerState message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OptimizerState.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.kind);
            if (m.stepCount != null && $Object.hasOwnProperty.call(m, "stepCount") && (typeof m.stepCount === "object" ? m.stepCount.low || m.stepCount.high : m.stepCount !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.stepCount);
            if (m.learningRate != null && $Object.hasOwnProperty.call(m, "learningRate") && !$Object.is(m.learningRate, 0))
                w.uint32(/* id 3, wireType 1 =*/25).double(m.learningRate);
            if (m.beta1 != null && $Object.hasOwnProperty.call(m, "beta1") && !$Object.is(m.beta1, 0))
                w.uint32(/* id 4, wireType 1 =*/33).double(m.beta1);
            if (m.beta2 != null && $Object.hasOwnProperty.call(m, "beta2") && !$Object.is(m.beta2, 0))
                w.uint32(/* id 5, wireType 1 =*/41).double(m.beta2);
            if (m.epsilon != null && $Object.hasOwnProperty.call(m, "epsilon") && !$Object.is(m.epsilon, 0))
                w.uint32(/* id 6, wireType 1 =*/49).double(m.epsilon);
            if (m.weightDecay != null && $Object.hasOwnProperty.call(m, "weightDecay") && !$Object.is(m.weightDecay, 0))
                w.uint32(/* id 7, wireType 1 =*/57).double(m.weightDecay);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified OptimizerState message, length delimited. Does not implicitly {@link tandem_checkpoint.OptimizerState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.OptimizerState
         * @static
         * @param {tandem_checkpoint.OptimizerState.$Properties} message OptimizerState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OptimizerState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an OptimizerState message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.OptimizerState
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.OptimizerState & tandem_checkpoint.OptimizerState.$Shape} OptimizerState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OptimizerState.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.OptimizerState();
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
                            m.kind = v;
                        else
                            delete m.kind;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.stepCount = v;
                        else
                            delete m.stepCount;
                        continue;
                    }
                case 3: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.learningRate = v;
                        else
                            delete m.learningRate;
                        continue;
                    }
                case 4: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.beta1 = v;
                        else
                            delete m.beta1;
                        continue;
                    }
                case 5: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.beta2 = v;
                        else
                            delete m.beta2;
                        continue;
                    }
                case 6: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.epsilon = v;
                        else
                            delete m.epsilon;
                        continue;
                    }
                case 7: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.weightDecay = v;
                        else
                            delete m.weightDecay;
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
         * Decodes an OptimizerState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.OptimizerState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.OptimizerState & tandem_checkpoint.OptimizerState.$Shape} OptimizerState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OptimizerState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an OptimizerState message.
         * @function verify
         * @memberof tandem_checkpoint.OptimizerState
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OptimizerState.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                if (!$util.isString(m.kind))
                    return "kind: string expected";
            }
            if (m.stepCount != null && $Object.hasOwnProperty.call(m, "stepCount")) {
                if (!$util.isInteger(m.stepCount) && !(m.stepCount && $util.isInteger(m.stepCount.low) && $util.isInteger(m.stepCount.high)))
                    return "stepCount: integer|Long expected";
            }
            if (m.learningRate != null && $Object.hasOwnProperty.call(m, "learningRate")) {
                if (typeof m.learningRate !== "number")
                    return "learningRate: number expected";
            }
            if (m.beta1 != null && $Object.hasOwnProperty.call(m, "beta1")) {
                if (typeof m.beta1 !== "number")
                    return "beta1: number expected";
            }
            if (m.beta2 != null && $Object.hasOwnProperty.call(m, "beta2")) {
                if (typeof m.beta2 !== "number")
                    return "beta2: number expected";
            }
            if (m.epsilon != null && $Object.hasOwnProperty.call(m, "epsilon")) {
                if (typeof m.epsilon !== "number")
                    return "epsilon: number expected";
            }
            if (m.weightDecay != null && $Object.hasOwnProperty.call(m, "weightDecay")) {
                if (typeof m.weightDecay !== "number")
                    return "weightDecay: number expected";
            }
            return null;
        };

        /**
         * Creates an OptimizerState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.OptimizerState
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.OptimizerState} OptimizerState
         */
        OptimizerState.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.OptimizerState)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.OptimizerState: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.OptimizerState();
            if (d.kind != null) {
                if (typeof d.kind !== "string" || d.kind.length) {
                    m.kind = $String(d.kind);
                }
            }
            if (d.stepCount != null) {
                if (typeof d.stepCount === "object" ? d.stepCount.low || d.stepCount.high : $Number(d.stepCount) !== 0) {
                    if ($util.Long)
                        m.stepCount = $util.Long.fromValue(d.stepCount, true);
                    else if (typeof d.stepCount === "string")
                        m.stepCount = $parseInt(d.stepCount, 10);
                    else if (typeof d.stepCount === "number")
                        m.stepCount = d.stepCount;
                    else if (typeof d.stepCount === "object")
                        m.stepCount = new $util.LongBits(d.stepCount.low >>> 0, d.stepCount.high >>> 0).toNumber(true);
                }
            }
            if (d.learningRate != null) {
                if (!$Object.is($Number(d.learningRate), 0)) {
                    m.learningRate = $Number(d.learningRate);
                }
            }
            if (d.beta1 != null) {
                if (!$Object.is($Number(d.beta1), 0)) {
                    m.beta1 = $Number(d.beta1);
                }
            }
            if (d.beta2 != null) {
                if (!$Object.is($Number(d.beta2), 0)) {
                    m.beta2 = $Number(d.beta2);
                }
            }
            if (d.epsilon != null) {
                if (!$Object.is($Number(d.epsilon), 0)) {
                    m.epsilon = $Number(d.epsilon);
                }
            }
            if (d.weightDecay != null) {
                if (!$Object.is($Number(d.weightDecay), 0)) {
                    m.weightDecay = $Number(d.weightDecay);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an OptimizerState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.OptimizerState
         * @static
         * @param {tandem_checkpoint.OptimizerState} m OptimizerState
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OptimizerState.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.kind = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.stepCount = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.stepCount = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.learningRate = 0;
                d.beta1 = 0;
                d.beta2 = 0;
                d.epsilon = 0;
                d.weightDecay = 0;
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                d.kind = m.kind;
            }
            if (m.stepCount != null && $Object.hasOwnProperty.call(m, "stepCount")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.stepCount = typeof m.stepCount === "number" ? $BigInt(m.stepCount) : $util.Long.fromBits(m.stepCount.low >>> 0, m.stepCount.high >>> 0, true).toBigInt();
                else if (typeof m.stepCount === "number")
                    d.stepCount = o.longs === $String ? $String(m.stepCount) : m.stepCount;
                else
                    d.stepCount = o.longs === $String ? $util.Long.prototype.toString.call(m.stepCount) : o.longs === $Number ? new $util.LongBits(m.stepCount.low >>> 0, m.stepCount.high >>> 0).toNumber(true) : m.stepCount;
            }
            if (m.learningRate != null && $Object.hasOwnProperty.call(m, "learningRate")) {
                d.learningRate = o.json && !$isFinite(m.learningRate) ? $String(m.learningRate) : m.learningRate;
            }
            if (m.beta1 != null && $Object.hasOwnProperty.call(m, "beta1")) {
                d.beta1 = o.json && !$isFinite(m.beta1) ? $String(m.beta1) : m.beta1;
            }
            if (m.beta2 != null && $Object.hasOwnProperty.call(m, "beta2")) {
                d.beta2 = o.json && !$isFinite(m.beta2) ? $String(m.beta2) : m.beta2;
            }
            if (m.epsilon != null && $Object.hasOwnProperty.call(m, "epsilon")) {
                d.epsilon = o.json && !$isFinite(m.epsilon) ? $String(m.epsilon) : m.epsilon;
            }
            if (m.weightDecay != null && $Object.hasOwnProperty.call(m, "weightDecay")) {
                d.weightDecay = o.json && !$isFinite(m.weightDecay) ? $String(m.weightDecay) : m.weightDecay;
            }
            return d;
        };

        /**
         * Converts this OptimizerState to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.OptimizerState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OptimizerState.prototype.toJSON = function() {
            return OptimizerState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for OptimizerState
         * @function getTypeUrl
         * @memberof tandem_checkpoint.OptimizerState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OptimizerState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.OptimizerState";
        };

        return OptimizerState;
    })();

    tandem_checkpoint.DataCursorState = (function() {

        /**
         * Properties of a DataCursorState.
         * @typedef {Object} tandem_checkpoint.DataCursorState.$Properties
         * @property {string|null} [datasetId] DataCursorState datasetId
         * @property {string|null} [datasetSha256] DataCursorState datasetSha256
         * @property {Uint8Array|null} [cursor] DataCursorState cursor
         * @property {number|null} [sequencesConsumed] DataCursorState sequencesConsumed
         * @property {number|null} [tokensConsumed] DataCursorState tokensConsumed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataCursorState.
         * @memberof tandem_checkpoint
         * @interface IDataCursorState
         * @augments tandem_checkpoint.DataCursorState.$Properties
         * @deprecated Use tandem_checkpoint.DataCursorState.$Properties instead.
         */

        /**
         * Shape of a DataCursorState.
         * @typedef {tandem_checkpoint.DataCursorState.$Properties} tandem_checkpoint.DataCursorState.$Shape
         */

        /**
         * Constructs a new DataCursorState.
         * @memberof tandem_checkpoint
         * @classdesc Represents a DataCursorState.
         * @constructor
         * @param {tandem_checkpoint.DataCursorState.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataCursorState = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DataCursorState datasetId.
         * @member {string} datasetId
         * @memberof tandem_checkpoint.DataCursorState
         * @instance
         */
        DataCursorState.prototype.datasetId = "";

        /**
         * DataCursorState datasetSha256.
         * @member {string} datasetSha256
         * @memberof tandem_checkpoint.DataCursorState
         * @instance
         */
        DataCursorState.prototype.datasetSha256 = "";

        /**
         * DataCursorState cursor.
         * @member {Uint8Array} cursor
         * @memberof tandem_checkpoint.DataCursorState
         * @instance
         */
        DataCursorState.prototype.cursor = $util.newBuffer([]);

        /**
         * DataCursorState sequencesConsumed.
         * @member {number} sequencesConsumed
         * @memberof tandem_checkpoint.DataCursorState
         * @instance
         */
        DataCursorState.prototype.sequencesConsumed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DataCursorState tokensConsumed.
         * @member {number} tokensConsumed
         * @memberof tandem_checkpoint.DataCursorState
         * @instance
         */
        DataCursorState.prototype.tokensConsumed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new DataCursorState instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.DataCursorState
         * @static
         * @param {tandem_checkpoint.DataCursorState.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.DataCursorState} DataCursorState instance
         * @type {{
         *   (properties: tandem_checkpoint.DataCursorState.$Shape): tandem_checkpoint.DataCursorState & tandem_checkpoint.DataCursorState.$Shape;
         *   (properties?: tandem_checkpoint.DataCursorState.$Properties): tandem_checkpoint.DataCursorState;
         * }}
         */
        DataCursorState.create = function(properties) {
            return new DataCursorState(properties);
        };

        /**
         * Encodes the specified DataCursorState message. Does not implicitly {@link tandem_checkpoint.DataCursorState.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.DataCursorState
         * @static
         * @param {tandem_checkpoint.DataCursorState.$Properties} m DataCursorState message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataCursorState.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.datasetId != null && $Object.hasOwnProperty.call(m, "datasetId") && m.datasetId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.datasetId);
            if (m.datasetSha256 != null && $Object.hasOwnProperty.call(m, "datasetSha256") && m.datasetSha256 !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.datasetSha256);
            if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor") && m.cursor.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.cursor);
            if (m.sequencesConsumed != null && $Object.hasOwnProperty.call(m, "sequencesConsumed") && (typeof m.sequencesConsumed === "object" ? m.sequencesConsumed.low || m.sequencesConsumed.high : m.sequencesConsumed !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.sequencesConsumed);
            if (m.tokensConsumed != null && $Object.hasOwnProperty.call(m, "tokensConsumed") && (typeof m.tokensConsumed === "object" ? m.tokensConsumed.low || m.tokensConsumed.high : m.tokensConsumed !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.tokensConsumed);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DataCursorState message, length delimited. Does not implicitly {@link tandem_checkpoint.DataCursorState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.DataCursorState
         * @static
         * @param {tandem_checkpoint.DataCursorState.$Properties} message DataCursorState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataCursorState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DataCursorState message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.DataCursorState
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.DataCursorState & tandem_checkpoint.DataCursorState.$Shape} DataCursorState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataCursorState.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.DataCursorState();
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
                            m.datasetId = v;
                        else
                            delete m.datasetId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.datasetSha256 = v;
                        else
                            delete m.datasetSha256;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.cursor = v;
                        else
                            delete m.cursor;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.sequencesConsumed = v;
                        else
                            delete m.sequencesConsumed;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.tokensConsumed = v;
                        else
                            delete m.tokensConsumed;
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
         * Decodes a DataCursorState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.DataCursorState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.DataCursorState & tandem_checkpoint.DataCursorState.$Shape} DataCursorState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataCursorState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataCursorState message.
         * @function verify
         * @memberof tandem_checkpoint.DataCursorState
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataCursorState.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.datasetId != null && $Object.hasOwnProperty.call(m, "datasetId")) {
                if (!$util.isString(m.datasetId))
                    return "datasetId: string expected";
            }
            if (m.datasetSha256 != null && $Object.hasOwnProperty.call(m, "datasetSha256")) {
                if (!$util.isString(m.datasetSha256))
                    return "datasetSha256: string expected";
            }
            if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor")) {
                if (!(m.cursor && typeof m.cursor.length === "number" || $util.isString(m.cursor)))
                    return "cursor: buffer expected";
            }
            if (m.sequencesConsumed != null && $Object.hasOwnProperty.call(m, "sequencesConsumed")) {
                if (!$util.isInteger(m.sequencesConsumed) && !(m.sequencesConsumed && $util.isInteger(m.sequencesConsumed.low) && $util.isInteger(m.sequencesConsumed.high)))
                    return "sequencesConsumed: integer|Long expected";
            }
            if (m.tokensConsumed != null && $Object.hasOwnProperty.call(m, "tokensConsumed")) {
                if (!$util.isInteger(m.tokensConsumed) && !(m.tokensConsumed && $util.isInteger(m.tokensConsumed.low) && $util.isInteger(m.tokensConsumed.high)))
                    return "tokensConsumed: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a DataCursorState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.DataCursorState
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.DataCursorState} DataCursorState
         */
        DataCursorState.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.DataCursorState)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.DataCursorState: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.DataCursorState();
            if (d.datasetId != null) {
                if (typeof d.datasetId !== "string" || d.datasetId.length) {
                    m.datasetId = $String(d.datasetId);
                }
            }
            if (d.datasetSha256 != null) {
                if (typeof d.datasetSha256 !== "string" || d.datasetSha256.length) {
                    m.datasetSha256 = $String(d.datasetSha256);
                }
            }
            if (d.cursor != null) {
                if (d.cursor.length) {
                    if (typeof d.cursor === "string")
                        $util.base64.decode(d.cursor, m.cursor = $util.newBuffer($util.base64.length(d.cursor)), 0);
                    else if (d.cursor.length >= 0)
                        m.cursor = d.cursor;
                }
            }
            if (d.sequencesConsumed != null) {
                if (typeof d.sequencesConsumed === "object" ? d.sequencesConsumed.low || d.sequencesConsumed.high : $Number(d.sequencesConsumed) !== 0) {
                    if ($util.Long)
                        m.sequencesConsumed = $util.Long.fromValue(d.sequencesConsumed, true);
                    else if (typeof d.sequencesConsumed === "string")
                        m.sequencesConsumed = $parseInt(d.sequencesConsumed, 10);
                    else if (typeof d.sequencesConsumed === "number")
                        m.sequencesConsumed = d.sequencesConsumed;
                    else if (typeof d.sequencesConsumed === "object")
                        m.sequencesConsumed = new $util.LongBits(d.sequencesConsumed.low >>> 0, d.sequencesConsumed.high >>> 0).toNumber(true);
                }
            }
            if (d.tokensConsumed != null) {
                if (typeof d.tokensConsumed === "object" ? d.tokensConsumed.low || d.tokensConsumed.high : $Number(d.tokensConsumed) !== 0) {
                    if ($util.Long)
                        m.tokensConsumed = $util.Long.fromValue(d.tokensConsumed, true);
                    else if (typeof d.tokensConsumed === "string")
                        m.tokensConsumed = $parseInt(d.tokensConsumed, 10);
                    else if (typeof d.tokensConsumed === "number")
                        m.tokensConsumed = d.tokensConsumed;
                    else if (typeof d.tokensConsumed === "object")
                        m.tokensConsumed = new $util.LongBits(d.tokensConsumed.low >>> 0, d.tokensConsumed.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DataCursorState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.DataCursorState
         * @static
         * @param {tandem_checkpoint.DataCursorState} m DataCursorState
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataCursorState.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.datasetId = "";
                d.datasetSha256 = "";
                if (o.bytes === $String)
                    d.cursor = "";
                else {
                    d.cursor = [];
                    if (o.bytes !== $Array)
                        d.cursor = $util.newBuffer(d.cursor);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.sequencesConsumed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.sequencesConsumed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.tokensConsumed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tokensConsumed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.datasetId != null && $Object.hasOwnProperty.call(m, "datasetId")) {
                d.datasetId = m.datasetId;
            }
            if (m.datasetSha256 != null && $Object.hasOwnProperty.call(m, "datasetSha256")) {
                d.datasetSha256 = m.datasetSha256;
            }
            if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor")) {
                d.cursor = o.bytes === $String ? $util.base64.encode(m.cursor, 0, m.cursor.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.cursor) : m.cursor;
            }
            if (m.sequencesConsumed != null && $Object.hasOwnProperty.call(m, "sequencesConsumed")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.sequencesConsumed = typeof m.sequencesConsumed === "number" ? $BigInt(m.sequencesConsumed) : $util.Long.fromBits(m.sequencesConsumed.low >>> 0, m.sequencesConsumed.high >>> 0, true).toBigInt();
                else if (typeof m.sequencesConsumed === "number")
                    d.sequencesConsumed = o.longs === $String ? $String(m.sequencesConsumed) : m.sequencesConsumed;
                else
                    d.sequencesConsumed = o.longs === $String ? $util.Long.prototype.toString.call(m.sequencesConsumed) : o.longs === $Number ? new $util.LongBits(m.sequencesConsumed.low >>> 0, m.sequencesConsumed.high >>> 0).toNumber(true) : m.sequencesConsumed;
            }
            if (m.tokensConsumed != null && $Object.hasOwnProperty.call(m, "tokensConsumed")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tokensConsumed = typeof m.tokensConsumed === "number" ? $BigInt(m.tokensConsumed) : $util.Long.fromBits(m.tokensConsumed.low >>> 0, m.tokensConsumed.high >>> 0, true).toBigInt();
                else if (typeof m.tokensConsumed === "number")
                    d.tokensConsumed = o.longs === $String ? $String(m.tokensConsumed) : m.tokensConsumed;
                else
                    d.tokensConsumed = o.longs === $String ? $util.Long.prototype.toString.call(m.tokensConsumed) : o.longs === $Number ? new $util.LongBits(m.tokensConsumed.low >>> 0, m.tokensConsumed.high >>> 0).toNumber(true) : m.tokensConsumed;
            }
            return d;
        };

        /**
         * Converts this DataCursorState to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.DataCursorState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataCursorState.prototype.toJSON = function() {
            return DataCursorState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataCursorState
         * @function getTypeUrl
         * @memberof tandem_checkpoint.DataCursorState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataCursorState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.DataCursorState";
        };

        return DataCursorState;
    })();

    tandem_checkpoint.RngState = (function() {

        /**
         * Properties of a RngState.
         * @typedef {Object} tandem_checkpoint.RngState.$Properties
         * @property {number|null} [seed] RngState seed
         * @property {Uint8Array|null} [state] RngState state
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RngState.
         * @memberof tandem_checkpoint
         * @interface IRngState
         * @augments tandem_checkpoint.RngState.$Properties
         * @deprecated Use tandem_checkpoint.RngState.$Properties instead.
         */

        /**
         * Shape of a RngState.
         * @typedef {tandem_checkpoint.RngState.$Properties} tandem_checkpoint.RngState.$Shape
         */

        /**
         * Constructs a new RngState.
         * @memberof tandem_checkpoint
         * @classdesc Represents a RngState.
         * @constructor
         * @param {tandem_checkpoint.RngState.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RngState = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RngState seed.
         * @member {number} seed
         * @memberof tandem_checkpoint.RngState
         * @instance
         */
        RngState.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RngState state.
         * @member {Uint8Array} state
         * @memberof tandem_checkpoint.RngState
         * @instance
         */
        RngState.prototype.state = $util.newBuffer([]);

        /**
         * Creates a new RngState instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.RngState
         * @static
         * @param {tandem_checkpoint.RngState.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.RngState} RngState instance
         * @type {{
         *   (properties: tandem_checkpoint.RngState.$Shape): tandem_checkpoint.RngState & tandem_checkpoint.RngState.$Shape;
         *   (properties?: tandem_checkpoint.RngState.$Properties): tandem_checkpoint.RngState;
         * }}
         */
        RngState.create = function(properties) {
            return new RngState(properties);
        };

        /**
         * Encodes the specified RngState message. Does not implicitly {@link tandem_checkpoint.RngState.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.RngState
         * @static
         * @param {tandem_checkpoint.RngState.$Properties} m RngState message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RngState.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.seed != null && $Object.hasOwnProperty.call(m, "seed") && (typeof m.seed === "object" ? m.seed.low || m.seed.high : m.seed !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seed);
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.state);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RngState message, length delimited. Does not implicitly {@link tandem_checkpoint.RngState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.RngState
         * @static
         * @param {tandem_checkpoint.RngState.$Properties} message RngState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RngState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RngState message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.RngState
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.RngState & tandem_checkpoint.RngState.$Shape} RngState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RngState.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.RngState();
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
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.seed = v;
                        else
                            delete m.seed;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.state = v;
                        else
                            delete m.state;
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
         * Decodes a RngState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.RngState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.RngState & tandem_checkpoint.RngState.$Shape} RngState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RngState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RngState message.
         * @function verify
         * @memberof tandem_checkpoint.RngState
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RngState.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.seed != null && $Object.hasOwnProperty.call(m, "seed")) {
                if (!$util.isInteger(m.seed) && !(m.seed && $util.isInteger(m.seed.low) && $util.isInteger(m.seed.high)))
                    return "seed: integer|Long expected";
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                if (!(m.state && typeof m.state.length === "number" || $util.isString(m.state)))
                    return "state: buffer expected";
            }
            return null;
        };

        /**
         * Creates a RngState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.RngState
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.RngState} RngState
         */
        RngState.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.RngState)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.RngState: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.RngState();
            if (d.seed != null) {
                if (typeof d.seed === "object" ? d.seed.low || d.seed.high : $Number(d.seed) !== 0) {
                    if ($util.Long)
                        m.seed = $util.Long.fromValue(d.seed, true);
                    else if (typeof d.seed === "string")
                        m.seed = $parseInt(d.seed, 10);
                    else if (typeof d.seed === "number")
                        m.seed = d.seed;
                    else if (typeof d.seed === "object")
                        m.seed = new $util.LongBits(d.seed.low >>> 0, d.seed.high >>> 0).toNumber(true);
                }
            }
            if (d.state != null) {
                if (d.state.length) {
                    if (typeof d.state === "string")
                        $util.base64.decode(d.state, m.state = $util.newBuffer($util.base64.length(d.state)), 0);
                    else if (d.state.length >= 0)
                        m.state = d.state;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RngState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.RngState
         * @static
         * @param {tandem_checkpoint.RngState} m RngState
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RngState.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.seed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.seed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.state = "";
                else {
                    d.state = [];
                    if (o.bytes !== $Array)
                        d.state = $util.newBuffer(d.state);
                }
            }
            if (m.seed != null && $Object.hasOwnProperty.call(m, "seed")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.seed = typeof m.seed === "number" ? $BigInt(m.seed) : $util.Long.fromBits(m.seed.low >>> 0, m.seed.high >>> 0, true).toBigInt();
                else if (typeof m.seed === "number")
                    d.seed = o.longs === $String ? $String(m.seed) : m.seed;
                else
                    d.seed = o.longs === $String ? $util.Long.prototype.toString.call(m.seed) : o.longs === $Number ? new $util.LongBits(m.seed.low >>> 0, m.seed.high >>> 0).toNumber(true) : m.seed;
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = o.bytes === $String ? $util.base64.encode(m.state, 0, m.state.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.state) : m.state;
            }
            return d;
        };

        /**
         * Converts this RngState to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.RngState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RngState.prototype.toJSON = function() {
            return RngState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RngState
         * @function getTypeUrl
         * @memberof tandem_checkpoint.RngState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RngState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.RngState";
        };

        return RngState;
    })();

    tandem_checkpoint.LossScaleState = (function() {

        /**
         * Properties of a LossScaleState.
         * @typedef {Object} tandem_checkpoint.LossScaleState.$Properties
         * @property {boolean|null} [dynamic] LossScaleState dynamic
         * @property {number|null} [scale] LossScaleState scale
         * @property {number|null} [goodSteps] LossScaleState goodSteps
         * @property {number|null} [window] LossScaleState window
         * @property {number|null} [factor] LossScaleState factor
         * @property {number|null} [overflowSteps] LossScaleState overflowSteps
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LossScaleState.
         * @memberof tandem_checkpoint
         * @interface ILossScaleState
         * @augments tandem_checkpoint.LossScaleState.$Properties
         * @deprecated Use tandem_checkpoint.LossScaleState.$Properties instead.
         */

        /**
         * Shape of a LossScaleState.
         * @typedef {tandem_checkpoint.LossScaleState.$Properties} tandem_checkpoint.LossScaleState.$Shape
         */

        /**
         * Constructs a new LossScaleState.
         * @memberof tandem_checkpoint
         * @classdesc Represents a LossScaleState.
         * @constructor
         * @param {tandem_checkpoint.LossScaleState.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LossScaleState = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LossScaleState dynamic.
         * @member {boolean} dynamic
         * @memberof tandem_checkpoint.LossScaleState
         * @instance
         */
        LossScaleState.prototype.dynamic = false;

        /**
         * LossScaleState scale.
         * @member {number} scale
         * @memberof tandem_checkpoint.LossScaleState
         * @instance
         */
        LossScaleState.prototype.scale = 0;

        /**
         * LossScaleState goodSteps.
         * @member {number} goodSteps
         * @memberof tandem_checkpoint.LossScaleState
         * @instance
         */
        LossScaleState.prototype.goodSteps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * LossScaleState window.
         * @member {number} window
         * @memberof tandem_checkpoint.LossScaleState
         * @instance
         */
        LossScaleState.prototype.window = 0;

        /**
         * LossScaleState factor.
         * @member {number} factor
         * @memberof tandem_checkpoint.LossScaleState
         * @instance
         */
        LossScaleState.prototype.factor = 0;

        /**
         * LossScaleState overflowSteps.
         * @member {number} overflowSteps
         * @memberof tandem_checkpoint.LossScaleState
         * @instance
         */
        LossScaleState.prototype.overflowSteps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new LossScaleState instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.LossScaleState
         * @static
         * @param {tandem_checkpoint.LossScaleState.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.LossScaleState} LossScaleState instance
         * @type {{
         *   (properties: tandem_checkpoint.LossScaleState.$Shape): tandem_checkpoint.LossScaleState & tandem_checkpoint.LossScaleState.$Shape;
         *   (properties?: tandem_checkpoint.LossScaleState.$Properties): tandem_checkpoint.LossScaleState;
         * }}
         */
        LossScaleState.create = function(properties) {
            return new LossScaleState(properties);
        };

        /**
         * Encodes the specified LossScaleState message. Does not implicitly {@link tandem_checkpoint.LossScaleState.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.LossScaleState
         * @static
         * @param {tandem_checkpoint.LossScaleState.$Properties} m LossScaleState message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LossScaleState.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dynamic != null && $Object.hasOwnProperty.call(m, "dynamic") && m.dynamic !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.dynamic);
            if (m.scale != null && $Object.hasOwnProperty.call(m, "scale") && !$Object.is(m.scale, 0))
                w.uint32(/* id 2, wireType 1 =*/17).double(m.scale);
            if (m.goodSteps != null && $Object.hasOwnProperty.call(m, "goodSteps") && (typeof m.goodSteps === "object" ? m.goodSteps.low || m.goodSteps.high : m.goodSteps !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.goodSteps);
            if (m.window != null && $Object.hasOwnProperty.call(m, "window") && m.window !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.window);
            if (m.factor != null && $Object.hasOwnProperty.call(m, "factor") && !$Object.is(m.factor, 0))
                w.uint32(/* id 5, wireType 1 =*/41).double(m.factor);
            if (m.overflowSteps != null && $Object.hasOwnProperty.call(m, "overflowSteps") && (typeof m.overflowSteps === "object" ? m.overflowSteps.low || m.overflowSteps.high : m.overflowSteps !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.overflowSteps);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LossScaleState message, length delimited. Does not implicitly {@link tandem_checkpoint.LossScaleState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.LossScaleState
         * @static
         * @param {tandem_checkpoint.LossScaleState.$Properties} message LossScaleState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LossScaleState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LossScaleState message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.LossScaleState
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.LossScaleState & tandem_checkpoint.LossScaleState.$Shape} LossScaleState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LossScaleState.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.LossScaleState();
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
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.dynamic = v;
                        else
                            delete m.dynamic;
                        continue;
                    }
                case 2: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.scale = v;
                        else
                            delete m.scale;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.goodSteps = v;
                        else
                            delete m.goodSteps;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.window = v;
                        else
                            delete m.window;
                        continue;
                    }
                case 5: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.factor = v;
                        else
                            delete m.factor;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.overflowSteps = v;
                        else
                            delete m.overflowSteps;
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
         * Decodes a LossScaleState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.LossScaleState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.LossScaleState & tandem_checkpoint.LossScaleState.$Shape} LossScaleState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LossScaleState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LossScaleState message.
         * @function verify
         * @memberof tandem_checkpoint.LossScaleState
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LossScaleState.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.dynamic != null && $Object.hasOwnProperty.call(m, "dynamic")) {
                if (typeof m.dynamic !== "boolean")
                    return "dynamic: boolean expected";
            }
            if (m.scale != null && $Object.hasOwnProperty.call(m, "scale")) {
                if (typeof m.scale !== "number")
                    return "scale: number expected";
            }
            if (m.goodSteps != null && $Object.hasOwnProperty.call(m, "goodSteps")) {
                if (!$util.isInteger(m.goodSteps) && !(m.goodSteps && $util.isInteger(m.goodSteps.low) && $util.isInteger(m.goodSteps.high)))
                    return "goodSteps: integer|Long expected";
            }
            if (m.window != null && $Object.hasOwnProperty.call(m, "window")) {
                if (!$util.isInteger(m.window))
                    return "window: integer expected";
            }
            if (m.factor != null && $Object.hasOwnProperty.call(m, "factor")) {
                if (typeof m.factor !== "number")
                    return "factor: number expected";
            }
            if (m.overflowSteps != null && $Object.hasOwnProperty.call(m, "overflowSteps")) {
                if (!$util.isInteger(m.overflowSteps) && !(m.overflowSteps && $util.isInteger(m.overflowSteps.low) && $util.isInteger(m.overflowSteps.high)))
                    return "overflowSteps: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a LossScaleState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.LossScaleState
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.LossScaleState} LossScaleState
         */
        LossScaleState.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.LossScaleState)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.LossScaleState: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.LossScaleState();
            if (d.dynamic != null) {
                if (d.dynamic) {
                    m.dynamic = $Boolean(d.dynamic);
                }
            }
            if (d.scale != null) {
                if (!$Object.is($Number(d.scale), 0)) {
                    m.scale = $Number(d.scale);
                }
            }
            if (d.goodSteps != null) {
                if (typeof d.goodSteps === "object" ? d.goodSteps.low || d.goodSteps.high : $Number(d.goodSteps) !== 0) {
                    if ($util.Long)
                        m.goodSteps = $util.Long.fromValue(d.goodSteps, true);
                    else if (typeof d.goodSteps === "string")
                        m.goodSteps = $parseInt(d.goodSteps, 10);
                    else if (typeof d.goodSteps === "number")
                        m.goodSteps = d.goodSteps;
                    else if (typeof d.goodSteps === "object")
                        m.goodSteps = new $util.LongBits(d.goodSteps.low >>> 0, d.goodSteps.high >>> 0).toNumber(true);
                }
            }
            if (d.window != null) {
                if ($Number(d.window) !== 0) {
                    m.window = d.window >>> 0;
                }
            }
            if (d.factor != null) {
                if (!$Object.is($Number(d.factor), 0)) {
                    m.factor = $Number(d.factor);
                }
            }
            if (d.overflowSteps != null) {
                if (typeof d.overflowSteps === "object" ? d.overflowSteps.low || d.overflowSteps.high : $Number(d.overflowSteps) !== 0) {
                    if ($util.Long)
                        m.overflowSteps = $util.Long.fromValue(d.overflowSteps, true);
                    else if (typeof d.overflowSteps === "string")
                        m.overflowSteps = $parseInt(d.overflowSteps, 10);
                    else if (typeof d.overflowSteps === "number")
                        m.overflowSteps = d.overflowSteps;
                    else if (typeof d.overflowSteps === "object")
                        m.overflowSteps = new $util.LongBits(d.overflowSteps.low >>> 0, d.overflowSteps.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a LossScaleState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.LossScaleState
         * @static
         * @param {tandem_checkpoint.LossScaleState} m LossScaleState
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LossScaleState.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.dynamic = false;
                d.scale = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.goodSteps = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.goodSteps = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.window = 0;
                d.factor = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.overflowSteps = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.overflowSteps = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.dynamic != null && $Object.hasOwnProperty.call(m, "dynamic")) {
                d.dynamic = m.dynamic;
            }
            if (m.scale != null && $Object.hasOwnProperty.call(m, "scale")) {
                d.scale = o.json && !$isFinite(m.scale) ? $String(m.scale) : m.scale;
            }
            if (m.goodSteps != null && $Object.hasOwnProperty.call(m, "goodSteps")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.goodSteps = typeof m.goodSteps === "number" ? $BigInt(m.goodSteps) : $util.Long.fromBits(m.goodSteps.low >>> 0, m.goodSteps.high >>> 0, true).toBigInt();
                else if (typeof m.goodSteps === "number")
                    d.goodSteps = o.longs === $String ? $String(m.goodSteps) : m.goodSteps;
                else
                    d.goodSteps = o.longs === $String ? $util.Long.prototype.toString.call(m.goodSteps) : o.longs === $Number ? new $util.LongBits(m.goodSteps.low >>> 0, m.goodSteps.high >>> 0).toNumber(true) : m.goodSteps;
            }
            if (m.window != null && $Object.hasOwnProperty.call(m, "window")) {
                d.window = m.window;
            }
            if (m.factor != null && $Object.hasOwnProperty.call(m, "factor")) {
                d.factor = o.json && !$isFinite(m.factor) ? $String(m.factor) : m.factor;
            }
            if (m.overflowSteps != null && $Object.hasOwnProperty.call(m, "overflowSteps")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.overflowSteps = typeof m.overflowSteps === "number" ? $BigInt(m.overflowSteps) : $util.Long.fromBits(m.overflowSteps.low >>> 0, m.overflowSteps.high >>> 0, true).toBigInt();
                else if (typeof m.overflowSteps === "number")
                    d.overflowSteps = o.longs === $String ? $String(m.overflowSteps) : m.overflowSteps;
                else
                    d.overflowSteps = o.longs === $String ? $util.Long.prototype.toString.call(m.overflowSteps) : o.longs === $Number ? new $util.LongBits(m.overflowSteps.low >>> 0, m.overflowSteps.high >>> 0).toNumber(true) : m.overflowSteps;
            }
            return d;
        };

        /**
         * Converts this LossScaleState to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.LossScaleState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LossScaleState.prototype.toJSON = function() {
            return LossScaleState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LossScaleState
         * @function getTypeUrl
         * @memberof tandem_checkpoint.LossScaleState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LossScaleState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.LossScaleState";
        };

        return LossScaleState;
    })();

    tandem_checkpoint.CompressionBlob = (function() {

        /**
         * Properties of a CompressionBlob.
         * @typedef {Object} tandem_checkpoint.CompressionBlob.$Properties
         * @property {string|null} [codec] CompressionBlob codec
         * @property {string|null} [scope] CompressionBlob scope
         * @property {string|null} [tensorName] CompressionBlob tensorName
         * @property {number|null} [stageIndex] CompressionBlob stageIndex
         * @property {number|null} [replicaIndex] CompressionBlob replicaIndex
         * @property {tandem_checkpoint.DType|null} [dtype] CompressionBlob dtype
         * @property {Array.<number>|null} [shape] CompressionBlob shape
         * @property {tandem_checkpoint.BlobRef.$Properties|null} [blob] CompressionBlob blob
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CompressionBlob.
         * @memberof tandem_checkpoint
         * @interface ICompressionBlob
         * @augments tandem_checkpoint.CompressionBlob.$Properties
         * @deprecated Use tandem_checkpoint.CompressionBlob.$Properties instead.
         */

        /**
         * Shape of a CompressionBlob.
         * @typedef {tandem_checkpoint.CompressionBlob.$Properties} tandem_checkpoint.CompressionBlob.$Shape
         */

        /**
         * Constructs a new CompressionBlob.
         * @memberof tandem_checkpoint
         * @classdesc Represents a CompressionBlob.
         * @constructor
         * @param {tandem_checkpoint.CompressionBlob.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CompressionBlob = function (p) {
            this.shape = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CompressionBlob codec.
         * @member {string} codec
         * @memberof tandem_checkpoint.CompressionBlob
         * @instance
         */
        CompressionBlob.prototype.codec = "";

        /**
         * CompressionBlob scope.
         * @member {string} scope
         * @memberof tandem_checkpoint.CompressionBlob
         * @instance
         */
        CompressionBlob.prototype.scope = "";

        /**
         * CompressionBlob tensorName.
         * @member {string} tensorName
         * @memberof tandem_checkpoint.CompressionBlob
         * @instance
         */
        CompressionBlob.prototype.tensorName = "";

        /**
         * CompressionBlob stageIndex.
         * @member {number} stageIndex
         * @memberof tandem_checkpoint.CompressionBlob
         * @instance
         */
        CompressionBlob.prototype.stageIndex = 0;

        /**
         * CompressionBlob replicaIndex.
         * @member {number} replicaIndex
         * @memberof tandem_checkpoint.CompressionBlob
         * @instance
         */
        CompressionBlob.prototype.replicaIndex = 0;

        /**
         * CompressionBlob dtype.
         * @member {tandem_checkpoint.DType} dtype
         * @memberof tandem_checkpoint.CompressionBlob
         * @instance
         */
        CompressionBlob.prototype.dtype = 0;

        /**
         * CompressionBlob shape.
         * @member {Array.<number>} shape
         * @memberof tandem_checkpoint.CompressionBlob
         * @instance
         */
        CompressionBlob.prototype.shape = $util.emptyArray;

        /**
         * CompressionBlob blob.
         * @member {tandem_checkpoint.BlobRef.$Properties|null|undefined} blob
         * @memberof tandem_checkpoint.CompressionBlob
         * @instance
         */
        CompressionBlob.prototype.blob = null;

        /**
         * Creates a new CompressionBlob instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.CompressionBlob
         * @static
         * @param {tandem_checkpoint.CompressionBlob.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.CompressionBlob} CompressionBlob instance
         * @type {{
         *   (properties: tandem_checkpoint.CompressionBlob.$Shape): tandem_checkpoint.CompressionBlob & tandem_checkpoint.CompressionBlob.$Shape;
         *   (properties?: tandem_checkpoint.CompressionBlob.$Properties): tandem_checkpoint.CompressionBlob;
         * }}
         */
        CompressionBlob.create = function(properties) {
            return new CompressionBlob(properties);
        };

        /**
         * Encodes the specified CompressionBlob message. Does not implicitly {@link tandem_checkpoint.CompressionBlob.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.CompressionBlob
         * @static
         * @param {tandem_checkpoint.CompressionBlob.$Properties} m CompressionBlob message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CompressionBlob.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.codec != null && $Object.hasOwnProperty.call(m, "codec") && m.codec !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.codec);
            if (m.scope != null && $Object.hasOwnProperty.call(m, "scope") && m.scope !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.scope);
            if (m.tensorName != null && $Object.hasOwnProperty.call(m, "tensorName") && m.tensorName !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.tensorName);
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex") && m.stageIndex !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.stageIndex);
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex") && m.replicaIndex !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.replicaIndex);
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype") && m.dtype !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).int32(m.dtype);
            if (m.shape != null && m.shape.length) {
                w.uint32(/* id 7, wireType 2 =*/58).uint64s(m.shape);
            }
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob"))
                $root.tandem_checkpoint.BlobRef.encode(m.blob, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CompressionBlob message, length delimited. Does not implicitly {@link tandem_checkpoint.CompressionBlob.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.CompressionBlob
         * @static
         * @param {tandem_checkpoint.CompressionBlob.$Properties} message CompressionBlob message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CompressionBlob.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CompressionBlob message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.CompressionBlob
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.CompressionBlob & tandem_checkpoint.CompressionBlob.$Shape} CompressionBlob
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CompressionBlob.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.CompressionBlob();
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
                            m.codec = v;
                        else
                            delete m.codec;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.scope = v;
                        else
                            delete m.scope;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.tensorName = v;
                        else
                            delete m.tensorName;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stageIndex = v;
                        else
                            delete m.stageIndex;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.replicaIndex = v;
                        else
                            delete m.replicaIndex;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.dtype = v;
                        else
                            delete m.dtype;
                        continue;
                    }
                case 7: {
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
                case 8: {
                        if (u !== 2)
                            break;
                        m.blob = $root.tandem_checkpoint.BlobRef.decode(r, r.size(), $undefined, q + 1, m.blob);
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
         * Decodes a CompressionBlob message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.CompressionBlob
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.CompressionBlob & tandem_checkpoint.CompressionBlob.$Shape} CompressionBlob
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CompressionBlob.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CompressionBlob message.
         * @function verify
         * @memberof tandem_checkpoint.CompressionBlob
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CompressionBlob.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.codec != null && $Object.hasOwnProperty.call(m, "codec")) {
                if (!$util.isString(m.codec))
                    return "codec: string expected";
            }
            if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                if (!$util.isString(m.scope))
                    return "scope: string expected";
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
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob")) {
                {
                    var e = $root.tandem_checkpoint.BlobRef.verify(m.blob, q + 1);
                    if (e)
                        return "blob." + e;
                }
            }
            return null;
        };

        /**
         * Creates a CompressionBlob message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.CompressionBlob
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.CompressionBlob} CompressionBlob
         */
        CompressionBlob.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.CompressionBlob)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.CompressionBlob: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.CompressionBlob();
            if (d.codec != null) {
                if (typeof d.codec !== "string" || d.codec.length) {
                    m.codec = $String(d.codec);
                }
            }
            if (d.scope != null) {
                if (typeof d.scope !== "string" || d.scope.length) {
                    m.scope = $String(d.scope);
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
            if (d.dtype !== 0 && (typeof d.dtype !== "string" || $root.tandem_checkpoint.DType[d.dtype] !== 0)) {
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
                    throw $TypeError(".tandem_checkpoint.CompressionBlob.shape: array expected");
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
            if (d.blob != null) {
                if (!$util.isObject(d.blob))
                    throw $TypeError(".tandem_checkpoint.CompressionBlob.blob: object expected");
                m.blob = $root.tandem_checkpoint.BlobRef.fromObject(d.blob, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a CompressionBlob message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.CompressionBlob
         * @static
         * @param {tandem_checkpoint.CompressionBlob} m CompressionBlob
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CompressionBlob.toObject = function (m, o, q) {
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
                d.codec = "";
                d.scope = "";
                d.tensorName = "";
                d.stageIndex = 0;
                d.replicaIndex = 0;
                d.dtype = o.enums === $String ? "DTYPE_UNSPECIFIED" : 0;
                d.blob = null;
            }
            if (m.codec != null && $Object.hasOwnProperty.call(m, "codec")) {
                d.codec = m.codec;
            }
            if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                d.scope = m.scope;
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
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype")) {
                d.dtype = o.enums === $String ? $root.tandem_checkpoint.DType[m.dtype] === $undefined ? m.dtype : $root.tandem_checkpoint.DType[m.dtype] : m.dtype;
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
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob")) {
                d.blob = $root.tandem_checkpoint.BlobRef.toObject(m.blob, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this CompressionBlob to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.CompressionBlob
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CompressionBlob.prototype.toJSON = function() {
            return CompressionBlob.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CompressionBlob
         * @function getTypeUrl
         * @memberof tandem_checkpoint.CompressionBlob
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CompressionBlob.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.CompressionBlob";
        };

        return CompressionBlob;
    })();

    tandem_checkpoint.CompressionState = (function() {

        /**
         * Properties of a CompressionState.
         * @typedef {Object} tandem_checkpoint.CompressionState.$Properties
         * @property {Array.<tandem_checkpoint.CompressionBlob.$Properties>|null} [blobs] CompressionState blobs
         * @property {Uint8Array|null} [params] CompressionState params
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CompressionState.
         * @memberof tandem_checkpoint
         * @interface ICompressionState
         * @augments tandem_checkpoint.CompressionState.$Properties
         * @deprecated Use tandem_checkpoint.CompressionState.$Properties instead.
         */

        /**
         * Shape of a CompressionState.
         * @typedef {tandem_checkpoint.CompressionState.$Properties} tandem_checkpoint.CompressionState.$Shape
         */

        /**
         * Constructs a new CompressionState.
         * @memberof tandem_checkpoint
         * @classdesc Represents a CompressionState.
         * @constructor
         * @param {tandem_checkpoint.CompressionState.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CompressionState = function (p) {
            this.blobs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CompressionState blobs.
         * @member {Array.<tandem_checkpoint.CompressionBlob.$Properties>} blobs
         * @memberof tandem_checkpoint.CompressionState
         * @instance
         */
        CompressionState.prototype.blobs = $util.emptyArray;

        /**
         * CompressionState params.
         * @member {Uint8Array} params
         * @memberof tandem_checkpoint.CompressionState
         * @instance
         */
        CompressionState.prototype.params = $util.newBuffer([]);

        /**
         * Creates a new CompressionState instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.CompressionState
         * @static
         * @param {tandem_checkpoint.CompressionState.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.CompressionState} CompressionState instance
         * @type {{
         *   (properties: tandem_checkpoint.CompressionState.$Shape): tandem_checkpoint.CompressionState & tandem_checkpoint.CompressionState.$Shape;
         *   (properties?: tandem_checkpoint.CompressionState.$Properties): tandem_checkpoint.CompressionState;
         * }}
         */
        CompressionState.create = function(properties) {
            return new CompressionState(properties);
        };

        /**
         * Encodes the specified CompressionState message. Does not implicitly {@link tandem_checkpoint.CompressionState.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.CompressionState
         * @static
         * @param {tandem_checkpoint.CompressionState.$Properties} m CompressionState message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CompressionState.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.blobs != null && m.blobs.length) {
                for (var i = 0; i < m.blobs.length; ++i)
                    $root.tandem_checkpoint.CompressionBlob.encode(m.blobs[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.params != null && $Object.hasOwnProperty.call(m, "params") && m.params.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.params);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CompressionState message, length delimited. Does not implicitly {@link tandem_checkpoint.CompressionState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.CompressionState
         * @static
         * @param {tandem_checkpoint.CompressionState.$Properties} message CompressionState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CompressionState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CompressionState message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.CompressionState
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.CompressionState & tandem_checkpoint.CompressionState.$Shape} CompressionState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CompressionState.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.CompressionState();
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
                        if (!(m.blobs && m.blobs.length))
                            m.blobs = [];
                        m.blobs.push($root.tandem_checkpoint.CompressionBlob.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.params = v;
                        else
                            delete m.params;
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
         * Decodes a CompressionState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.CompressionState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.CompressionState & tandem_checkpoint.CompressionState.$Shape} CompressionState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CompressionState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CompressionState message.
         * @function verify
         * @memberof tandem_checkpoint.CompressionState
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CompressionState.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.blobs != null && $Object.hasOwnProperty.call(m, "blobs")) {
                if (!$Array.isArray(m.blobs))
                    return "blobs: array expected";
                for (var i = 0; i < m.blobs.length; ++i) {
                    {
                        var e = $root.tandem_checkpoint.CompressionBlob.verify(m.blobs[i], q + 1);
                        if (e)
                            return "blobs." + e;
                    }
                }
            }
            if (m.params != null && $Object.hasOwnProperty.call(m, "params")) {
                if (!(m.params && typeof m.params.length === "number" || $util.isString(m.params)))
                    return "params: buffer expected";
            }
            return null;
        };

        /**
         * Creates a CompressionState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.CompressionState
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.CompressionState} CompressionState
         */
        CompressionState.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.CompressionState)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.CompressionState: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.CompressionState();
            if (d.blobs) {
                if (!$Array.isArray(d.blobs))
                    throw $TypeError(".tandem_checkpoint.CompressionState.blobs: array expected");
                m.blobs = $Array(d.blobs.length);
                for (var i = 0; i < d.blobs.length; ++i) {
                    if (!$util.isObject(d.blobs[i]))
                        throw $TypeError(".tandem_checkpoint.CompressionState.blobs: object expected");
                    m.blobs[i] = $root.tandem_checkpoint.CompressionBlob.fromObject(d.blobs[i], q + 1);
                }
            }
            if (d.params != null) {
                if (d.params.length) {
                    if (typeof d.params === "string")
                        $util.base64.decode(d.params, m.params = $util.newBuffer($util.base64.length(d.params)), 0);
                    else if (d.params.length >= 0)
                        m.params = d.params;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CompressionState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.CompressionState
         * @static
         * @param {tandem_checkpoint.CompressionState} m CompressionState
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CompressionState.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.blobs = [];
            }
            if (o.defaults) {
                if (o.bytes === $String)
                    d.params = "";
                else {
                    d.params = [];
                    if (o.bytes !== $Array)
                        d.params = $util.newBuffer(d.params);
                }
            }
            if (m.blobs && m.blobs.length) {
                d.blobs = $Array(m.blobs.length);
                for (var j = 0; j < m.blobs.length; ++j) {
                    d.blobs[j] = $root.tandem_checkpoint.CompressionBlob.toObject(m.blobs[j], o, q + 1);
                }
            }
            if (m.params != null && $Object.hasOwnProperty.call(m, "params")) {
                d.params = o.bytes === $String ? $util.base64.encode(m.params, 0, m.params.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.params) : m.params;
            }
            return d;
        };

        /**
         * Converts this CompressionState to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.CompressionState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CompressionState.prototype.toJSON = function() {
            return CompressionState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CompressionState
         * @function getTypeUrl
         * @memberof tandem_checkpoint.CompressionState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CompressionState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.CompressionState";
        };

        return CompressionState;
    })();

    tandem_checkpoint.CheckpointManifest = (function() {

        /**
         * Properties of a CheckpointManifest.
         * @typedef {Object} tandem_checkpoint.CheckpointManifest.$Properties
         * @property {number|null} [formatVersion] CheckpointManifest formatVersion
         * @property {string|null} [runId] CheckpointManifest runId
         * @property {number|null} [step] CheckpointManifest step
         * @property {string|null} [modelKind] CheckpointManifest modelKind
         * @property {string|null} [modelConfigJson] CheckpointManifest modelConfigJson
         * @property {string|null} [modelConfigSha256] CheckpointManifest modelConfigSha256
         * @property {number|null} [numLayers] CheckpointManifest numLayers
         * @property {Array.<tandem_checkpoint.LayerEntry.$Properties>|null} [layers] CheckpointManifest layers
         * @property {tandem_checkpoint.OptimizerState.$Properties|null} [optimizer] CheckpointManifest optimizer
         * @property {tandem_checkpoint.DataCursorState.$Properties|null} [data] CheckpointManifest data
         * @property {tandem_checkpoint.RngState.$Properties|null} [rng] CheckpointManifest rng
         * @property {tandem_checkpoint.LossScaleState.$Properties|null} [lossScale] CheckpointManifest lossScale
         * @property {tandem_checkpoint.CompressionState.$Properties|null} [compression] CheckpointManifest compression
         * @property {number|null} [createdAtMs] CheckpointManifest createdAtMs
         * @property {string|null} [parentManifestSha256] CheckpointManifest parentManifestSha256
         * @property {string|null} [runConfigJson] CheckpointManifest runConfigJson
         * @property {number|null} [tokensSeen] CheckpointManifest tokensSeen
         * @property {number|null} [lossAvg] CheckpointManifest lossAvg
         * @property {number|null} [numStages] CheckpointManifest numStages
         * @property {number|null} [numReplicas] CheckpointManifest numReplicas
         * @property {string|null} [softwareVersion] CheckpointManifest softwareVersion
         * @property {number|null} [planEpoch] CheckpointManifest planEpoch
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CheckpointManifest.
         * @memberof tandem_checkpoint
         * @interface ICheckpointManifest
         * @augments tandem_checkpoint.CheckpointManifest.$Properties
         * @deprecated Use tandem_checkpoint.CheckpointManifest.$Properties instead.
         */

        /**
         * Shape of a CheckpointManifest.
         * @typedef {tandem_checkpoint.CheckpointManifest.$Properties} tandem_checkpoint.CheckpointManifest.$Shape
         */

        /**
         * Constructs a new CheckpointManifest.
         * @memberof tandem_checkpoint
         * @classdesc Represents a CheckpointManifest.
         * @constructor
         * @param {tandem_checkpoint.CheckpointManifest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CheckpointManifest = function (p) {
            this.layers = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CheckpointManifest formatVersion.
         * @member {number} formatVersion
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.formatVersion = 0;

        /**
         * CheckpointManifest runId.
         * @member {string} runId
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.runId = "";

        /**
         * CheckpointManifest step.
         * @member {number} step
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CheckpointManifest modelKind.
         * @member {string} modelKind
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.modelKind = "";

        /**
         * CheckpointManifest modelConfigJson.
         * @member {string} modelConfigJson
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.modelConfigJson = "";

        /**
         * CheckpointManifest modelConfigSha256.
         * @member {string} modelConfigSha256
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.modelConfigSha256 = "";

        /**
         * CheckpointManifest numLayers.
         * @member {number} numLayers
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.numLayers = 0;

        /**
         * CheckpointManifest layers.
         * @member {Array.<tandem_checkpoint.LayerEntry.$Properties>} layers
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.layers = $util.emptyArray;

        /**
         * CheckpointManifest optimizer.
         * @member {tandem_checkpoint.OptimizerState.$Properties|null|undefined} optimizer
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.optimizer = null;

        /**
         * CheckpointManifest data.
         * @member {tandem_checkpoint.DataCursorState.$Properties|null|undefined} data
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.data = null;

        /**
         * CheckpointManifest rng.
         * @member {tandem_checkpoint.RngState.$Properties|null|undefined} rng
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.rng = null;

        /**
         * CheckpointManifest lossScale.
         * @member {tandem_checkpoint.LossScaleState.$Properties|null|undefined} lossScale
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.lossScale = null;

        /**
         * CheckpointManifest compression.
         * @member {tandem_checkpoint.CompressionState.$Properties|null|undefined} compression
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.compression = null;

        /**
         * CheckpointManifest createdAtMs.
         * @member {number} createdAtMs
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CheckpointManifest parentManifestSha256.
         * @member {string} parentManifestSha256
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.parentManifestSha256 = "";

        /**
         * CheckpointManifest runConfigJson.
         * @member {string} runConfigJson
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.runConfigJson = "";

        /**
         * CheckpointManifest tokensSeen.
         * @member {number} tokensSeen
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.tokensSeen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CheckpointManifest lossAvg.
         * @member {number} lossAvg
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.lossAvg = 0;

        /**
         * CheckpointManifest numStages.
         * @member {number} numStages
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.numStages = 0;

        /**
         * CheckpointManifest numReplicas.
         * @member {number} numReplicas
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.numReplicas = 0;

        /**
         * CheckpointManifest softwareVersion.
         * @member {string} softwareVersion
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.softwareVersion = "";

        /**
         * CheckpointManifest planEpoch.
         * @member {number} planEpoch
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         */
        CheckpointManifest.prototype.planEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new CheckpointManifest instance using the specified properties.
         * @function create
         * @memberof tandem_checkpoint.CheckpointManifest
         * @static
         * @param {tandem_checkpoint.CheckpointManifest.$Properties=} [properties] Properties to set
         * @returns {tandem_checkpoint.CheckpointManifest} CheckpointManifest instance
         * @type {{
         *   (properties: tandem_checkpoint.CheckpointManifest.$Shape): tandem_checkpoint.CheckpointManifest & tandem_checkpoint.CheckpointManifest.$Shape;
         *   (properties?: tandem_checkpoint.CheckpointManifest.$Properties): tandem_checkpoint.CheckpointManifest;
         * }}
         */
        CheckpointManifest.create = function(properties) {
            return new CheckpointManifest(properties);
        };

        /**
         * Encodes the specified CheckpointManifest message. Does not implicitly {@link tandem_checkpoint.CheckpointManifest.verify|verify} messages.
         * @function encode
         * @memberof tandem_checkpoint.CheckpointManifest
         * @static
         * @param {tandem_checkpoint.CheckpointManifest.$Properties} m CheckpointManifest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointManifest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion") && m.formatVersion !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.formatVersion);
            if (m.runId != null && $Object.hasOwnProperty.call(m, "runId") && m.runId !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.runId);
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.step);
            if (m.modelKind != null && $Object.hasOwnProperty.call(m, "modelKind") && m.modelKind !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.modelKind);
            if (m.modelConfigJson != null && $Object.hasOwnProperty.call(m, "modelConfigJson") && m.modelConfigJson !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.modelConfigJson);
            if (m.modelConfigSha256 != null && $Object.hasOwnProperty.call(m, "modelConfigSha256") && m.modelConfigSha256 !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.modelConfigSha256);
            if (m.numLayers != null && $Object.hasOwnProperty.call(m, "numLayers") && m.numLayers !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.numLayers);
            if (m.layers != null && m.layers.length) {
                for (var i = 0; i < m.layers.length; ++i)
                    $root.tandem_checkpoint.LayerEntry.encode(m.layers[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            }
            if (m.optimizer != null && $Object.hasOwnProperty.call(m, "optimizer"))
                $root.tandem_checkpoint.OptimizerState.encode(m.optimizer, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            if (m.data != null && $Object.hasOwnProperty.call(m, "data"))
                $root.tandem_checkpoint.DataCursorState.encode(m.data, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (m.rng != null && $Object.hasOwnProperty.call(m, "rng"))
                $root.tandem_checkpoint.RngState.encode(m.rng, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.lossScale != null && $Object.hasOwnProperty.call(m, "lossScale"))
                $root.tandem_checkpoint.LossScaleState.encode(m.lossScale, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            if (m.compression != null && $Object.hasOwnProperty.call(m, "compression"))
                $root.tandem_checkpoint.CompressionState.encode(m.compression, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                w.uint32(/* id 14, wireType 0 =*/112).uint64(m.createdAtMs);
            if (m.parentManifestSha256 != null && $Object.hasOwnProperty.call(m, "parentManifestSha256") && m.parentManifestSha256 !== "")
                w.uint32(/* id 15, wireType 2 =*/122).string(m.parentManifestSha256);
            if (m.runConfigJson != null && $Object.hasOwnProperty.call(m, "runConfigJson") && m.runConfigJson !== "")
                w.uint32(/* id 16, wireType 2 =*/130).string(m.runConfigJson);
            if (m.tokensSeen != null && $Object.hasOwnProperty.call(m, "tokensSeen") && (typeof m.tokensSeen === "object" ? m.tokensSeen.low || m.tokensSeen.high : m.tokensSeen !== 0))
                w.uint32(/* id 17, wireType 0 =*/136).uint64(m.tokensSeen);
            if (m.lossAvg != null && $Object.hasOwnProperty.call(m, "lossAvg") && !$Object.is(m.lossAvg, 0))
                w.uint32(/* id 18, wireType 1 =*/145).double(m.lossAvg);
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages") && m.numStages !== 0)
                w.uint32(/* id 19, wireType 0 =*/152).uint32(m.numStages);
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas") && m.numReplicas !== 0)
                w.uint32(/* id 20, wireType 0 =*/160).uint32(m.numReplicas);
            if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion") && m.softwareVersion !== "")
                w.uint32(/* id 21, wireType 2 =*/170).string(m.softwareVersion);
            if (m.planEpoch != null && $Object.hasOwnProperty.call(m, "planEpoch") && (typeof m.planEpoch === "object" ? m.planEpoch.low || m.planEpoch.high : m.planEpoch !== 0))
                w.uint32(/* id 22, wireType 0 =*/176).uint64(m.planEpoch);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CheckpointManifest message, length delimited. Does not implicitly {@link tandem_checkpoint.CheckpointManifest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_checkpoint.CheckpointManifest
         * @static
         * @param {tandem_checkpoint.CheckpointManifest.$Properties} message CheckpointManifest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointManifest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CheckpointManifest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_checkpoint.CheckpointManifest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_checkpoint.CheckpointManifest & tandem_checkpoint.CheckpointManifest.$Shape} CheckpointManifest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointManifest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_checkpoint.CheckpointManifest();
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
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.formatVersion = v;
                        else
                            delete m.formatVersion;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.runId = v;
                        else
                            delete m.runId;
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
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.modelKind = v;
                        else
                            delete m.modelKind;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.modelConfigJson = v;
                        else
                            delete m.modelConfigJson;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.modelConfigSha256 = v;
                        else
                            delete m.modelConfigSha256;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.numLayers = v;
                        else
                            delete m.numLayers;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.layers && m.layers.length))
                            m.layers = [];
                        m.layers.push($root.tandem_checkpoint.LayerEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        m.optimizer = $root.tandem_checkpoint.OptimizerState.decode(r, r.size(), $undefined, q + 1, m.optimizer);
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.data = $root.tandem_checkpoint.DataCursorState.decode(r, r.size(), $undefined, q + 1, m.data);
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.rng = $root.tandem_checkpoint.RngState.decode(r, r.size(), $undefined, q + 1, m.rng);
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        m.lossScale = $root.tandem_checkpoint.LossScaleState.decode(r, r.size(), $undefined, q + 1, m.lossScale);
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.compression = $root.tandem_checkpoint.CompressionState.decode(r, r.size(), $undefined, q + 1, m.compression);
                        continue;
                    }
                case 14: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdAtMs = v;
                        else
                            delete m.createdAtMs;
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.parentManifestSha256 = v;
                        else
                            delete m.parentManifestSha256;
                        continue;
                    }
                case 16: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.runConfigJson = v;
                        else
                            delete m.runConfigJson;
                        continue;
                    }
                case 17: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.tokensSeen = v;
                        else
                            delete m.tokensSeen;
                        continue;
                    }
                case 18: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.lossAvg = v;
                        else
                            delete m.lossAvg;
                        continue;
                    }
                case 19: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.numStages = v;
                        else
                            delete m.numStages;
                        continue;
                    }
                case 20: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.numReplicas = v;
                        else
                            delete m.numReplicas;
                        continue;
                    }
                case 21: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.softwareVersion = v;
                        else
                            delete m.softwareVersion;
                        continue;
                    }
                case 22: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.planEpoch = v;
                        else
                            delete m.planEpoch;
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
         * Decodes a CheckpointManifest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_checkpoint.CheckpointManifest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_checkpoint.CheckpointManifest & tandem_checkpoint.CheckpointManifest.$Shape} CheckpointManifest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointManifest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CheckpointManifest message.
         * @function verify
         * @memberof tandem_checkpoint.CheckpointManifest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CheckpointManifest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion")) {
                if (!$util.isInteger(m.formatVersion))
                    return "formatVersion: integer expected";
            }
            if (m.runId != null && $Object.hasOwnProperty.call(m, "runId")) {
                if (!$util.isString(m.runId))
                    return "runId: string expected";
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (!$util.isInteger(m.step) && !(m.step && $util.isInteger(m.step.low) && $util.isInteger(m.step.high)))
                    return "step: integer|Long expected";
            }
            if (m.modelKind != null && $Object.hasOwnProperty.call(m, "modelKind")) {
                if (!$util.isString(m.modelKind))
                    return "modelKind: string expected";
            }
            if (m.modelConfigJson != null && $Object.hasOwnProperty.call(m, "modelConfigJson")) {
                if (!$util.isString(m.modelConfigJson))
                    return "modelConfigJson: string expected";
            }
            if (m.modelConfigSha256 != null && $Object.hasOwnProperty.call(m, "modelConfigSha256")) {
                if (!$util.isString(m.modelConfigSha256))
                    return "modelConfigSha256: string expected";
            }
            if (m.numLayers != null && $Object.hasOwnProperty.call(m, "numLayers")) {
                if (!$util.isInteger(m.numLayers))
                    return "numLayers: integer expected";
            }
            if (m.layers != null && $Object.hasOwnProperty.call(m, "layers")) {
                if (!$Array.isArray(m.layers))
                    return "layers: array expected";
                for (var i = 0; i < m.layers.length; ++i) {
                    {
                        var e = $root.tandem_checkpoint.LayerEntry.verify(m.layers[i], q + 1);
                        if (e)
                            return "layers." + e;
                    }
                }
            }
            if (m.optimizer != null && $Object.hasOwnProperty.call(m, "optimizer")) {
                {
                    var e = $root.tandem_checkpoint.OptimizerState.verify(m.optimizer, q + 1);
                    if (e)
                        return "optimizer." + e;
                }
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                {
                    var e = $root.tandem_checkpoint.DataCursorState.verify(m.data, q + 1);
                    if (e)
                        return "data." + e;
                }
            }
            if (m.rng != null && $Object.hasOwnProperty.call(m, "rng")) {
                {
                    var e = $root.tandem_checkpoint.RngState.verify(m.rng, q + 1);
                    if (e)
                        return "rng." + e;
                }
            }
            if (m.lossScale != null && $Object.hasOwnProperty.call(m, "lossScale")) {
                {
                    var e = $root.tandem_checkpoint.LossScaleState.verify(m.lossScale, q + 1);
                    if (e)
                        return "lossScale." + e;
                }
            }
            if (m.compression != null && $Object.hasOwnProperty.call(m, "compression")) {
                {
                    var e = $root.tandem_checkpoint.CompressionState.verify(m.compression, q + 1);
                    if (e)
                        return "compression." + e;
                }
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (!$util.isInteger(m.createdAtMs) && !(m.createdAtMs && $util.isInteger(m.createdAtMs.low) && $util.isInteger(m.createdAtMs.high)))
                    return "createdAtMs: integer|Long expected";
            }
            if (m.parentManifestSha256 != null && $Object.hasOwnProperty.call(m, "parentManifestSha256")) {
                if (!$util.isString(m.parentManifestSha256))
                    return "parentManifestSha256: string expected";
            }
            if (m.runConfigJson != null && $Object.hasOwnProperty.call(m, "runConfigJson")) {
                if (!$util.isString(m.runConfigJson))
                    return "runConfigJson: string expected";
            }
            if (m.tokensSeen != null && $Object.hasOwnProperty.call(m, "tokensSeen")) {
                if (!$util.isInteger(m.tokensSeen) && !(m.tokensSeen && $util.isInteger(m.tokensSeen.low) && $util.isInteger(m.tokensSeen.high)))
                    return "tokensSeen: integer|Long expected";
            }
            if (m.lossAvg != null && $Object.hasOwnProperty.call(m, "lossAvg")) {
                if (typeof m.lossAvg !== "number")
                    return "lossAvg: number expected";
            }
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages")) {
                if (!$util.isInteger(m.numStages))
                    return "numStages: integer expected";
            }
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas")) {
                if (!$util.isInteger(m.numReplicas))
                    return "numReplicas: integer expected";
            }
            if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion")) {
                if (!$util.isString(m.softwareVersion))
                    return "softwareVersion: string expected";
            }
            if (m.planEpoch != null && $Object.hasOwnProperty.call(m, "planEpoch")) {
                if (!$util.isInteger(m.planEpoch) && !(m.planEpoch && $util.isInteger(m.planEpoch.low) && $util.isInteger(m.planEpoch.high)))
                    return "planEpoch: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a CheckpointManifest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_checkpoint.CheckpointManifest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_checkpoint.CheckpointManifest} CheckpointManifest
         */
        CheckpointManifest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_checkpoint.CheckpointManifest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_checkpoint.CheckpointManifest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_checkpoint.CheckpointManifest();
            if (d.formatVersion != null) {
                if ($Number(d.formatVersion) !== 0) {
                    m.formatVersion = d.formatVersion >>> 0;
                }
            }
            if (d.runId != null) {
                if (typeof d.runId !== "string" || d.runId.length) {
                    m.runId = $String(d.runId);
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
            if (d.modelKind != null) {
                if (typeof d.modelKind !== "string" || d.modelKind.length) {
                    m.modelKind = $String(d.modelKind);
                }
            }
            if (d.modelConfigJson != null) {
                if (typeof d.modelConfigJson !== "string" || d.modelConfigJson.length) {
                    m.modelConfigJson = $String(d.modelConfigJson);
                }
            }
            if (d.modelConfigSha256 != null) {
                if (typeof d.modelConfigSha256 !== "string" || d.modelConfigSha256.length) {
                    m.modelConfigSha256 = $String(d.modelConfigSha256);
                }
            }
            if (d.numLayers != null) {
                if ($Number(d.numLayers) !== 0) {
                    m.numLayers = d.numLayers >>> 0;
                }
            }
            if (d.layers) {
                if (!$Array.isArray(d.layers))
                    throw $TypeError(".tandem_checkpoint.CheckpointManifest.layers: array expected");
                m.layers = $Array(d.layers.length);
                for (var i = 0; i < d.layers.length; ++i) {
                    if (!$util.isObject(d.layers[i]))
                        throw $TypeError(".tandem_checkpoint.CheckpointManifest.layers: object expected");
                    m.layers[i] = $root.tandem_checkpoint.LayerEntry.fromObject(d.layers[i], q + 1);
                }
            }
            if (d.optimizer != null) {
                if (!$util.isObject(d.optimizer))
                    throw $TypeError(".tandem_checkpoint.CheckpointManifest.optimizer: object expected");
                m.optimizer = $root.tandem_checkpoint.OptimizerState.fromObject(d.optimizer, q + 1);
            }
            if (d.data != null) {
                if (!$util.isObject(d.data))
                    throw $TypeError(".tandem_checkpoint.CheckpointManifest.data: object expected");
                m.data = $root.tandem_checkpoint.DataCursorState.fromObject(d.data, q + 1);
            }
            if (d.rng != null) {
                if (!$util.isObject(d.rng))
                    throw $TypeError(".tandem_checkpoint.CheckpointManifest.rng: object expected");
                m.rng = $root.tandem_checkpoint.RngState.fromObject(d.rng, q + 1);
            }
            if (d.lossScale != null) {
                if (!$util.isObject(d.lossScale))
                    throw $TypeError(".tandem_checkpoint.CheckpointManifest.lossScale: object expected");
                m.lossScale = $root.tandem_checkpoint.LossScaleState.fromObject(d.lossScale, q + 1);
            }
            if (d.compression != null) {
                if (!$util.isObject(d.compression))
                    throw $TypeError(".tandem_checkpoint.CheckpointManifest.compression: object expected");
                m.compression = $root.tandem_checkpoint.CompressionState.fromObject(d.compression, q + 1);
            }
            if (d.createdAtMs != null) {
                if (typeof d.createdAtMs === "object" ? d.createdAtMs.low || d.createdAtMs.high : $Number(d.createdAtMs) !== 0) {
                    if ($util.Long)
                        m.createdAtMs = $util.Long.fromValue(d.createdAtMs, true);
                    else if (typeof d.createdAtMs === "string")
                        m.createdAtMs = $parseInt(d.createdAtMs, 10);
                    else if (typeof d.createdAtMs === "number")
                        m.createdAtMs = d.createdAtMs;
                    else if (typeof d.createdAtMs === "object")
                        m.createdAtMs = new $util.LongBits(d.createdAtMs.low >>> 0, d.createdAtMs.high >>> 0).toNumber(true);
                }
            }
            if (d.parentManifestSha256 != null) {
                if (typeof d.parentManifestSha256 !== "string" || d.parentManifestSha256.length) {
                    m.parentManifestSha256 = $String(d.parentManifestSha256);
                }
            }
            if (d.runConfigJson != null) {
                if (typeof d.runConfigJson !== "string" || d.runConfigJson.length) {
                    m.runConfigJson = $String(d.runConfigJson);
                }
            }
            if (d.tokensSeen != null) {
                if (typeof d.tokensSeen === "object" ? d.tokensSeen.low || d.tokensSeen.high : $Number(d.tokensSeen) !== 0) {
                    if ($util.Long)
                        m.tokensSeen = $util.Long.fromValue(d.tokensSeen, true);
                    else if (typeof d.tokensSeen === "string")
                        m.tokensSeen = $parseInt(d.tokensSeen, 10);
                    else if (typeof d.tokensSeen === "number")
                        m.tokensSeen = d.tokensSeen;
                    else if (typeof d.tokensSeen === "object")
                        m.tokensSeen = new $util.LongBits(d.tokensSeen.low >>> 0, d.tokensSeen.high >>> 0).toNumber(true);
                }
            }
            if (d.lossAvg != null) {
                if (!$Object.is($Number(d.lossAvg), 0)) {
                    m.lossAvg = $Number(d.lossAvg);
                }
            }
            if (d.numStages != null) {
                if ($Number(d.numStages) !== 0) {
                    m.numStages = d.numStages >>> 0;
                }
            }
            if (d.numReplicas != null) {
                if ($Number(d.numReplicas) !== 0) {
                    m.numReplicas = d.numReplicas >>> 0;
                }
            }
            if (d.softwareVersion != null) {
                if (typeof d.softwareVersion !== "string" || d.softwareVersion.length) {
                    m.softwareVersion = $String(d.softwareVersion);
                }
            }
            if (d.planEpoch != null) {
                if (typeof d.planEpoch === "object" ? d.planEpoch.low || d.planEpoch.high : $Number(d.planEpoch) !== 0) {
                    if ($util.Long)
                        m.planEpoch = $util.Long.fromValue(d.planEpoch, true);
                    else if (typeof d.planEpoch === "string")
                        m.planEpoch = $parseInt(d.planEpoch, 10);
                    else if (typeof d.planEpoch === "number")
                        m.planEpoch = d.planEpoch;
                    else if (typeof d.planEpoch === "object")
                        m.planEpoch = new $util.LongBits(d.planEpoch.low >>> 0, d.planEpoch.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CheckpointManifest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_checkpoint.CheckpointManifest
         * @static
         * @param {tandem_checkpoint.CheckpointManifest} m CheckpointManifest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CheckpointManifest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.layers = [];
            }
            if (o.defaults) {
                d.formatVersion = 0;
                d.runId = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.step = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.step = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.modelKind = "";
                d.modelConfigJson = "";
                d.modelConfigSha256 = "";
                d.numLayers = 0;
                d.optimizer = null;
                d.data = null;
                d.rng = null;
                d.lossScale = null;
                d.compression = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.parentManifestSha256 = "";
                d.runConfigJson = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.tokensSeen = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tokensSeen = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.lossAvg = 0;
                d.numStages = 0;
                d.numReplicas = 0;
                d.softwareVersion = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.planEpoch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.planEpoch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion")) {
                d.formatVersion = m.formatVersion;
            }
            if (m.runId != null && $Object.hasOwnProperty.call(m, "runId")) {
                d.runId = m.runId;
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                else if (typeof m.step === "number")
                    d.step = o.longs === $String ? $String(m.step) : m.step;
                else
                    d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
            }
            if (m.modelKind != null && $Object.hasOwnProperty.call(m, "modelKind")) {
                d.modelKind = m.modelKind;
            }
            if (m.modelConfigJson != null && $Object.hasOwnProperty.call(m, "modelConfigJson")) {
                d.modelConfigJson = m.modelConfigJson;
            }
            if (m.modelConfigSha256 != null && $Object.hasOwnProperty.call(m, "modelConfigSha256")) {
                d.modelConfigSha256 = m.modelConfigSha256;
            }
            if (m.numLayers != null && $Object.hasOwnProperty.call(m, "numLayers")) {
                d.numLayers = m.numLayers;
            }
            if (m.layers && m.layers.length) {
                d.layers = $Array(m.layers.length);
                for (var j = 0; j < m.layers.length; ++j) {
                    d.layers[j] = $root.tandem_checkpoint.LayerEntry.toObject(m.layers[j], o, q + 1);
                }
            }
            if (m.optimizer != null && $Object.hasOwnProperty.call(m, "optimizer")) {
                d.optimizer = $root.tandem_checkpoint.OptimizerState.toObject(m.optimizer, o, q + 1);
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = $root.tandem_checkpoint.DataCursorState.toObject(m.data, o, q + 1);
            }
            if (m.rng != null && $Object.hasOwnProperty.call(m, "rng")) {
                d.rng = $root.tandem_checkpoint.RngState.toObject(m.rng, o, q + 1);
            }
            if (m.lossScale != null && $Object.hasOwnProperty.call(m, "lossScale")) {
                d.lossScale = $root.tandem_checkpoint.LossScaleState.toObject(m.lossScale, o, q + 1);
            }
            if (m.compression != null && $Object.hasOwnProperty.call(m, "compression")) {
                d.compression = $root.tandem_checkpoint.CompressionState.toObject(m.compression, o, q + 1);
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.createdAtMs === "number")
                    d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                else
                    d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber(true) : m.createdAtMs;
            }
            if (m.parentManifestSha256 != null && $Object.hasOwnProperty.call(m, "parentManifestSha256")) {
                d.parentManifestSha256 = m.parentManifestSha256;
            }
            if (m.runConfigJson != null && $Object.hasOwnProperty.call(m, "runConfigJson")) {
                d.runConfigJson = m.runConfigJson;
            }
            if (m.tokensSeen != null && $Object.hasOwnProperty.call(m, "tokensSeen")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tokensSeen = typeof m.tokensSeen === "number" ? $BigInt(m.tokensSeen) : $util.Long.fromBits(m.tokensSeen.low >>> 0, m.tokensSeen.high >>> 0, true).toBigInt();
                else if (typeof m.tokensSeen === "number")
                    d.tokensSeen = o.longs === $String ? $String(m.tokensSeen) : m.tokensSeen;
                else
                    d.tokensSeen = o.longs === $String ? $util.Long.prototype.toString.call(m.tokensSeen) : o.longs === $Number ? new $util.LongBits(m.tokensSeen.low >>> 0, m.tokensSeen.high >>> 0).toNumber(true) : m.tokensSeen;
            }
            if (m.lossAvg != null && $Object.hasOwnProperty.call(m, "lossAvg")) {
                d.lossAvg = o.json && !$isFinite(m.lossAvg) ? $String(m.lossAvg) : m.lossAvg;
            }
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages")) {
                d.numStages = m.numStages;
            }
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas")) {
                d.numReplicas = m.numReplicas;
            }
            if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion")) {
                d.softwareVersion = m.softwareVersion;
            }
            if (m.planEpoch != null && $Object.hasOwnProperty.call(m, "planEpoch")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.planEpoch = typeof m.planEpoch === "number" ? $BigInt(m.planEpoch) : $util.Long.fromBits(m.planEpoch.low >>> 0, m.planEpoch.high >>> 0, true).toBigInt();
                else if (typeof m.planEpoch === "number")
                    d.planEpoch = o.longs === $String ? $String(m.planEpoch) : m.planEpoch;
                else
                    d.planEpoch = o.longs === $String ? $util.Long.prototype.toString.call(m.planEpoch) : o.longs === $Number ? new $util.LongBits(m.planEpoch.low >>> 0, m.planEpoch.high >>> 0).toNumber(true) : m.planEpoch;
            }
            return d;
        };

        /**
         * Converts this CheckpointManifest to JSON.
         * @function toJSON
         * @memberof tandem_checkpoint.CheckpointManifest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CheckpointManifest.prototype.toJSON = function() {
            return CheckpointManifest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CheckpointManifest
         * @function getTypeUrl
         * @memberof tandem_checkpoint.CheckpointManifest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CheckpointManifest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_checkpoint.CheckpointManifest";
        };

        return CheckpointManifest;
    })();

    return tandem_checkpoint;
})();

export {
  $root as default
};
