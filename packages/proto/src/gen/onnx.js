/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const onnx = $root.onnx = (() => {

    /**
     * Namespace onnx.
     * @exports onnx
     * @namespace
     */
    const onnx = {};

    onnx.AttributeProto = (function() {

        /**
         * Properties of an AttributeProto.
         * @typedef {Object} onnx.AttributeProto.$Properties
         * @property {string|null} [name] AttributeProto name
         * @property {string|null} [doc_string] AttributeProto doc_string
         * @property {onnx.AttributeProto.AttributeType|null} [type] AttributeProto type
         * @property {number|null} [f] AttributeProto f
         * @property {number|null} [i] AttributeProto i
         * @property {Uint8Array|null} [s] AttributeProto s
         * @property {onnx.TensorProto.$Properties|null} [t] AttributeProto t
         * @property {onnx.GraphProto.$Properties|null} [g] AttributeProto g
         * @property {Array.<number>|null} [floats] AttributeProto floats
         * @property {Array.<number>|null} [ints] AttributeProto ints
         * @property {Array.<Uint8Array>|null} [strings] AttributeProto strings
         * @property {Array.<onnx.TensorProto.$Properties>|null} [tensors] AttributeProto tensors
         * @property {Array.<onnx.GraphProto.$Properties>|null} [graphs] AttributeProto graphs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttributeProto.
         * @memberof onnx
         * @interface IAttributeProto
         * @augments onnx.AttributeProto.$Properties
         * @deprecated Use onnx.AttributeProto.$Properties instead.
         */

        /**
         * Shape of an AttributeProto.
         * @typedef {{
         *   name?: string|null;
         *   doc_string?: string|null;
         *   type?: onnx.AttributeProto.AttributeType|null;
         *   f?: number|null;
         *   i?: number|null;
         *   s?: Uint8Array|null;
         *   t?: onnx.TensorProto.$Shape|null;
         *   g?: onnx.GraphProto.$Shape|null;
         *   floats?: Array.<number>|null;
         *   ints?: Array.<number>|null;
         *   strings?: Array.<Uint8Array>|null;
         *   tensors?: Array.<onnx.TensorProto.$Shape>|null;
         *   graphs?: Array.<onnx.GraphProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.AttributeProto.$Shape
         */

        /**
         * Constructs a new AttributeProto.
         * @memberof onnx
         * @classdesc Represents an AttributeProto.
         * @constructor
         * @param {onnx.AttributeProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttributeProto = function (p) {
            this.floats = [];
            this.ints = [];
            this.strings = [];
            this.tensors = [];
            this.graphs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AttributeProto name.
         * @member {string} name
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.name = "";

        /**
         * AttributeProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.doc_string = "";

        /**
         * AttributeProto type.
         * @member {onnx.AttributeProto.AttributeType} type
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.type = 0;

        /**
         * AttributeProto f.
         * @member {number} f
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.f = 0;

        /**
         * AttributeProto i.
         * @member {number} i
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.i = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * AttributeProto s.
         * @member {Uint8Array} s
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.s = $util.newBuffer([]);

        /**
         * AttributeProto t.
         * @member {onnx.TensorProto.$Properties|null|undefined} t
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.t = null;

        /**
         * AttributeProto g.
         * @member {onnx.GraphProto.$Properties|null|undefined} g
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.g = null;

        /**
         * AttributeProto floats.
         * @member {Array.<number>} floats
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.floats = $util.emptyArray;

        /**
         * AttributeProto ints.
         * @member {Array.<number>} ints
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.ints = $util.emptyArray;

        /**
         * AttributeProto strings.
         * @member {Array.<Uint8Array>} strings
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.strings = $util.emptyArray;

        /**
         * AttributeProto tensors.
         * @member {Array.<onnx.TensorProto.$Properties>} tensors
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.tensors = $util.emptyArray;

        /**
         * AttributeProto graphs.
         * @member {Array.<onnx.GraphProto.$Properties>} graphs
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.graphs = $util.emptyArray;

        /**
         * Creates a new AttributeProto instance using the specified properties.
         * @function create
         * @memberof onnx.AttributeProto
         * @static
         * @param {onnx.AttributeProto.$Properties=} [properties] Properties to set
         * @returns {onnx.AttributeProto} AttributeProto instance
         * @type {{
         *   (properties: onnx.AttributeProto.$Shape): onnx.AttributeProto & onnx.AttributeProto.$Shape;
         *   (properties?: onnx.AttributeProto.$Properties): onnx.AttributeProto;
         * }}
         */
        AttributeProto.create = function(properties) {
            return new AttributeProto(properties);
        };

        /**
         * Encodes the specified AttributeProto message. Does not implicitly {@link onnx.AttributeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.AttributeProto
         * @static
         * @param {onnx.AttributeProto.$Properties} m AttributeProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttributeProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.f != null && $Object.hasOwnProperty.call(m, "f") && !$Object.is(m.f, 0))
                w.uint32(/* id 2, wireType 5 =*/21).float(m.f);
            if (m.i != null && $Object.hasOwnProperty.call(m, "i") && (typeof m.i === "object" ? m.i.low || m.i.high : m.i !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).int64(m.i);
            if (m.s != null && $Object.hasOwnProperty.call(m, "s") && m.s.length)
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.s);
            if (m.t != null && $Object.hasOwnProperty.call(m, "t"))
                $root.onnx.TensorProto.encode(m.t, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.g != null && $Object.hasOwnProperty.call(m, "g"))
                $root.onnx.GraphProto.encode(m.g, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.floats != null && m.floats.length) {
                w.uint32(/* id 7, wireType 2 =*/58).floats(m.floats);
            }
            if (m.ints != null && m.ints.length) {
                w.uint32(/* id 8, wireType 2 =*/66).int64s(m.ints);
            }
            if (m.strings != null && m.strings.length) {
                for (var i = 0; i < m.strings.length; ++i)
                    w.uint32(/* id 9, wireType 2 =*/74).bytes(m.strings[i]);
            }
            if (m.tensors != null && m.tensors.length) {
                for (var i = 0; i < m.tensors.length; ++i)
                    $root.onnx.TensorProto.encode(m.tensors[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            }
            if (m.graphs != null && m.graphs.length) {
                for (var i = 0; i < m.graphs.length; ++i)
                    $root.onnx.GraphProto.encode(m.graphs[i], w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string") && m.doc_string !== "")
                w.uint32(/* id 13, wireType 2 =*/106).string(m.doc_string);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                w.uint32(/* id 20, wireType 0 =*/160).int32(m.type);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AttributeProto message, length delimited. Does not implicitly {@link onnx.AttributeProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.AttributeProto
         * @static
         * @param {onnx.AttributeProto.$Properties} message AttributeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttributeProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AttributeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.AttributeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.AttributeProto & onnx.AttributeProto.$Shape} AttributeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttributeProto.decode = function (r, l, z, q, g) {
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
            m = g || new $root.onnx.AttributeProto();
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
                case 13: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.doc_string = v;
                        else
                            delete m.doc_string;
                        continue;
                    }
                case 20: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.type = v;
                        else
                            delete m.type;
                        continue;
                    }
                case 2: {
                        if (u !== 5)
                            break;
                        if (!$Object.is(v = r.float(), 0))
                            m.f = v;
                        else
                            delete m.f;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.i = v;
                        else
                            delete m.i;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.s = v;
                        else
                            delete m.s;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.t = $root.onnx.TensorProto.decode(r, r.size(), $undefined, q + 1, m.t);
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.g = $root.onnx.GraphProto.decode(r, r.size(), $undefined, q + 1, m.g);
                        continue;
                    }
                case 7: {
                        if (u === 2) {
                            if (!(m.floats && m.floats.length))
                                m.floats = [];
                            r.floats(m.floats);
                            continue;
                        }
                        if (u !== 5)
                            break;
                        if (!(m.floats && m.floats.length))
                            m.floats = [];
                        m.floats.push(r.float());
                        continue;
                    }
                case 8: {
                        if (u === 2) {
                            if (!(m.ints && m.ints.length))
                                m.ints = [];
                            r.int64s(m.ints);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.ints && m.ints.length))
                            m.ints = [];
                        m.ints.push(r.int64());
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if (!(m.strings && m.strings.length))
                            m.strings = [];
                        m.strings.push(r.bytes());
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if (!(m.tensors && m.tensors.length))
                            m.tensors = [];
                        m.tensors.push($root.onnx.TensorProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if (!(m.graphs && m.graphs.length))
                            m.graphs = [];
                        m.graphs.push($root.onnx.GraphProto.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes an AttributeProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.AttributeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.AttributeProto & onnx.AttributeProto.$Shape} AttributeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttributeProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AttributeProto message.
         * @function verify
         * @memberof onnx.AttributeProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AttributeProto.verify = function (m, q) {
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
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                if (!$util.isString(m.doc_string))
                    return "doc_string: string expected";
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                    return "type: enum value expected";
            }
            if (m.f != null && $Object.hasOwnProperty.call(m, "f")) {
                if (typeof m.f !== "number")
                    return "f: number expected";
            }
            if (m.i != null && $Object.hasOwnProperty.call(m, "i")) {
                if (!$util.isInteger(m.i) && !(m.i && $util.isInteger(m.i.low) && $util.isInteger(m.i.high)))
                    return "i: integer|Long expected";
            }
            if (m.s != null && $Object.hasOwnProperty.call(m, "s")) {
                if (!(m.s && typeof m.s.length === "number" || $util.isString(m.s)))
                    return "s: buffer expected";
            }
            if (m.t != null && $Object.hasOwnProperty.call(m, "t")) {
                {
                    var e = $root.onnx.TensorProto.verify(m.t, q + 1);
                    if (e)
                        return "t." + e;
                }
            }
            if (m.g != null && $Object.hasOwnProperty.call(m, "g")) {
                {
                    var e = $root.onnx.GraphProto.verify(m.g, q + 1);
                    if (e)
                        return "g." + e;
                }
            }
            if (m.floats != null && $Object.hasOwnProperty.call(m, "floats")) {
                if (!$Array.isArray(m.floats))
                    return "floats: array expected";
                for (var i = 0; i < m.floats.length; ++i) {
                    if (typeof m.floats[i] !== "number")
                        return "floats: number[] expected";
                }
            }
            if (m.ints != null && $Object.hasOwnProperty.call(m, "ints")) {
                if (!$Array.isArray(m.ints))
                    return "ints: array expected";
                for (var i = 0; i < m.ints.length; ++i) {
                    if (!$util.isInteger(m.ints[i]) && !(m.ints[i] && $util.isInteger(m.ints[i].low) && $util.isInteger(m.ints[i].high)))
                        return "ints: integer|Long[] expected";
                }
            }
            if (m.strings != null && $Object.hasOwnProperty.call(m, "strings")) {
                if (!$Array.isArray(m.strings))
                    return "strings: array expected";
                for (var i = 0; i < m.strings.length; ++i) {
                    if (!(m.strings[i] && typeof m.strings[i].length === "number" || $util.isString(m.strings[i])))
                        return "strings: buffer[] expected";
                }
            }
            if (m.tensors != null && $Object.hasOwnProperty.call(m, "tensors")) {
                if (!$Array.isArray(m.tensors))
                    return "tensors: array expected";
                for (var i = 0; i < m.tensors.length; ++i) {
                    {
                        var e = $root.onnx.TensorProto.verify(m.tensors[i], q + 1);
                        if (e)
                            return "tensors." + e;
                    }
                }
            }
            if (m.graphs != null && $Object.hasOwnProperty.call(m, "graphs")) {
                if (!$Array.isArray(m.graphs))
                    return "graphs: array expected";
                for (var i = 0; i < m.graphs.length; ++i) {
                    {
                        var e = $root.onnx.GraphProto.verify(m.graphs[i], q + 1);
                        if (e)
                            return "graphs." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates an AttributeProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.AttributeProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.AttributeProto} AttributeProto
         */
        AttributeProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.AttributeProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.AttributeProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.AttributeProto();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.doc_string != null) {
                if (typeof d.doc_string !== "string" || d.doc_string.length) {
                    m.doc_string = $String(d.doc_string);
                }
            }
            if (d.type !== 0 && (typeof d.type !== "string" || $root.onnx.AttributeProto.AttributeType[d.type] !== 0)) {
                switch (d.type) {
                case "UNDEFINED":
                case 0:
                    m.type = 0;
                    break;
                case "FLOAT":
                case 1:
                    m.type = 1;
                    break;
                case "INT":
                case 2:
                    m.type = 2;
                    break;
                case "STRING":
                case 3:
                    m.type = 3;
                    break;
                case "TENSOR":
                case 4:
                    m.type = 4;
                    break;
                case "GRAPH":
                case 5:
                    m.type = 5;
                    break;
                case "FLOATS":
                case 6:
                    m.type = 6;
                    break;
                case "INTS":
                case 7:
                    m.type = 7;
                    break;
                case "STRINGS":
                case 8:
                    m.type = 8;
                    break;
                case "TENSORS":
                case 9:
                    m.type = 9;
                    break;
                case "GRAPHS":
                case 10:
                    m.type = 10;
                    break;
                default:
                    if (typeof d.type === "number" && (d.type | 0) === d.type)
                        m.type = d.type;
                }
            }
            if (d.f != null) {
                if (!$Object.is($Number(d.f), 0)) {
                    m.f = $Number(d.f);
                }
            }
            if (d.i != null) {
                if (typeof d.i === "object" ? d.i.low || d.i.high : $Number(d.i) !== 0) {
                    if ($util.Long)
                        m.i = $util.Long.fromValue(d.i, false);
                    else if (typeof d.i === "string")
                        m.i = $parseInt(d.i, 10);
                    else if (typeof d.i === "number")
                        m.i = d.i;
                    else if (typeof d.i === "object")
                        m.i = new $util.LongBits(d.i.low >>> 0, d.i.high >>> 0).toNumber();
                }
            }
            if (d.s != null) {
                if (d.s.length) {
                    if (typeof d.s === "string")
                        $util.base64.decode(d.s, m.s = $util.newBuffer($util.base64.length(d.s)), 0);
                    else if (d.s.length >= 0)
                        m.s = d.s;
                }
            }
            if (d.t != null) {
                if (!$util.isObject(d.t))
                    throw $TypeError(".onnx.AttributeProto.t: object expected");
                m.t = $root.onnx.TensorProto.fromObject(d.t, q + 1);
            }
            if (d.g != null) {
                if (!$util.isObject(d.g))
                    throw $TypeError(".onnx.AttributeProto.g: object expected");
                m.g = $root.onnx.GraphProto.fromObject(d.g, q + 1);
            }
            if (d.floats) {
                if (!$Array.isArray(d.floats))
                    throw $TypeError(".onnx.AttributeProto.floats: array expected");
                m.floats = $Array(d.floats.length);
                for (var i = 0; i < d.floats.length; ++i) {
                    m.floats[i] = $Number(d.floats[i]);
                }
            }
            if (d.ints) {
                if (!$Array.isArray(d.ints))
                    throw $TypeError(".onnx.AttributeProto.ints: array expected");
                m.ints = $Array(d.ints.length);
                for (var i = 0; i < d.ints.length; ++i) {
                    if ($util.Long)
                        m.ints[i] = $util.Long.fromValue(d.ints[i], false);
                    else if (typeof d.ints[i] === "string")
                        m.ints[i] = $parseInt(d.ints[i], 10);
                    else if (typeof d.ints[i] === "number")
                        m.ints[i] = d.ints[i];
                    else if (typeof d.ints[i] === "object")
                        m.ints[i] = new $util.LongBits(d.ints[i].low >>> 0, d.ints[i].high >>> 0).toNumber();
                }
            }
            if (d.strings) {
                if (!$Array.isArray(d.strings))
                    throw $TypeError(".onnx.AttributeProto.strings: array expected");
                m.strings = $Array(d.strings.length);
                for (var i = 0; i < d.strings.length; ++i) {
                    if (typeof d.strings[i] === "string")
                        $util.base64.decode(d.strings[i], m.strings[i] = $util.newBuffer($util.base64.length(d.strings[i])), 0);
                    else if (d.strings[i].length >= 0)
                        m.strings[i] = d.strings[i];
                }
            }
            if (d.tensors) {
                if (!$Array.isArray(d.tensors))
                    throw $TypeError(".onnx.AttributeProto.tensors: array expected");
                m.tensors = $Array(d.tensors.length);
                for (var i = 0; i < d.tensors.length; ++i) {
                    if (!$util.isObject(d.tensors[i]))
                        throw $TypeError(".onnx.AttributeProto.tensors: object expected");
                    m.tensors[i] = $root.onnx.TensorProto.fromObject(d.tensors[i], q + 1);
                }
            }
            if (d.graphs) {
                if (!$Array.isArray(d.graphs))
                    throw $TypeError(".onnx.AttributeProto.graphs: array expected");
                m.graphs = $Array(d.graphs.length);
                for (var i = 0; i < d.graphs.length; ++i) {
                    if (!$util.isObject(d.graphs[i]))
                        throw $TypeError(".onnx.AttributeProto.graphs: object expected");
                    m.graphs[i] = $root.onnx.GraphProto.fromObject(d.graphs[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AttributeProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.AttributeProto
         * @static
         * @param {onnx.AttributeProto} m AttributeProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AttributeProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.floats = [];
                d.ints = [];
                d.strings = [];
                d.tensors = [];
                d.graphs = [];
            }
            if (o.defaults) {
                d.name = "";
                d.f = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.i = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.i = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.s = "";
                else {
                    d.s = [];
                    if (o.bytes !== $Array)
                        d.s = $util.newBuffer(d.s);
                }
                d.t = null;
                d.g = null;
                d.doc_string = "";
                d.type = o.enums === $String ? "UNDEFINED" : 0;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.f != null && $Object.hasOwnProperty.call(m, "f")) {
                d.f = o.json && !$isFinite(m.f) ? $String(m.f) : m.f;
            }
            if (m.i != null && $Object.hasOwnProperty.call(m, "i")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.i = typeof m.i === "number" ? $BigInt(m.i) : $util.Long.fromBits(m.i.low >>> 0, m.i.high >>> 0, false).toBigInt();
                else if (typeof m.i === "number")
                    d.i = o.longs === $String ? $String(m.i) : m.i;
                else
                    d.i = o.longs === $String ? $util.Long.prototype.toString.call(m.i) : o.longs === $Number ? new $util.LongBits(m.i.low >>> 0, m.i.high >>> 0).toNumber() : m.i;
            }
            if (m.s != null && $Object.hasOwnProperty.call(m, "s")) {
                d.s = o.bytes === $String ? $util.base64.encode(m.s, 0, m.s.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.s) : m.s;
            }
            if (m.t != null && $Object.hasOwnProperty.call(m, "t")) {
                d.t = $root.onnx.TensorProto.toObject(m.t, o, q + 1);
            }
            if (m.g != null && $Object.hasOwnProperty.call(m, "g")) {
                d.g = $root.onnx.GraphProto.toObject(m.g, o, q + 1);
            }
            if (m.floats && m.floats.length) {
                d.floats = $Array(m.floats.length);
                for (var j = 0; j < m.floats.length; ++j) {
                    d.floats[j] = o.json && !$isFinite(m.floats[j]) ? $String(m.floats[j]) : m.floats[j];
                }
            }
            if (m.ints && m.ints.length) {
                d.ints = $Array(m.ints.length);
                for (var j = 0; j < m.ints.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ints[j] = typeof m.ints[j] === "number" ? $BigInt(m.ints[j]) : $util.Long.fromBits(m.ints[j].low >>> 0, m.ints[j].high >>> 0, false).toBigInt();
                    else if (typeof m.ints[j] === "number")
                        d.ints[j] = o.longs === $String ? $String(m.ints[j]) : m.ints[j];
                    else
                        d.ints[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.ints[j]) : o.longs === $Number ? new $util.LongBits(m.ints[j].low >>> 0, m.ints[j].high >>> 0).toNumber() : m.ints[j];
                }
            }
            if (m.strings && m.strings.length) {
                d.strings = $Array(m.strings.length);
                for (var j = 0; j < m.strings.length; ++j) {
                    d.strings[j] = o.bytes === $String ? $util.base64.encode(m.strings[j], 0, m.strings[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.strings[j]) : m.strings[j];
                }
            }
            if (m.tensors && m.tensors.length) {
                d.tensors = $Array(m.tensors.length);
                for (var j = 0; j < m.tensors.length; ++j) {
                    d.tensors[j] = $root.onnx.TensorProto.toObject(m.tensors[j], o, q + 1);
                }
            }
            if (m.graphs && m.graphs.length) {
                d.graphs = $Array(m.graphs.length);
                for (var j = 0; j < m.graphs.length; ++j) {
                    d.graphs[j] = $root.onnx.GraphProto.toObject(m.graphs[j], o, q + 1);
                }
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                d.doc_string = m.doc_string;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = o.enums === $String ? $root.onnx.AttributeProto.AttributeType[m.type] === $undefined ? m.type : $root.onnx.AttributeProto.AttributeType[m.type] : m.type;
            }
            return d;
        };

        /**
         * Converts this AttributeProto to JSON.
         * @function toJSON
         * @memberof onnx.AttributeProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AttributeProto.prototype.toJSON = function() {
            return AttributeProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AttributeProto
         * @function getTypeUrl
         * @memberof onnx.AttributeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttributeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.AttributeProto";
        };

        /**
         * AttributeType enum.
         * @name onnx.AttributeProto.AttributeType
         * @enum {number}
         * @property {number} UNDEFINED=0 UNDEFINED value
         * @property {number} FLOAT=1 FLOAT value
         * @property {number} INT=2 INT value
         * @property {number} STRING=3 STRING value
         * @property {number} TENSOR=4 TENSOR value
         * @property {number} GRAPH=5 GRAPH value
         * @property {number} FLOATS=6 FLOATS value
         * @property {number} INTS=7 INTS value
         * @property {number} STRINGS=8 STRINGS value
         * @property {number} TENSORS=9 TENSORS value
         * @property {number} GRAPHS=10 GRAPHS value
         */
        AttributeProto.AttributeType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNDEFINED"] = 0;
            values[valuesById[1] = "FLOAT"] = 1;
            values[valuesById[2] = "INT"] = 2;
            values[valuesById[3] = "STRING"] = 3;
            values[valuesById[4] = "TENSOR"] = 4;
            values[valuesById[5] = "GRAPH"] = 5;
            values[valuesById[6] = "FLOATS"] = 6;
            values[valuesById[7] = "INTS"] = 7;
            values[valuesById[8] = "STRINGS"] = 8;
            values[valuesById[9] = "TENSORS"] = 9;
            values[valuesById[10] = "GRAPHS"] = 10;
            return values;
        })();

        return AttributeProto;
    })();

    onnx.ValueInfoProto = (function() {

        /**
         * Properties of a ValueInfoProto.
         * @typedef {Object} onnx.ValueInfoProto.$Properties
         * @property {string|null} [name] ValueInfoProto name
         * @property {onnx.TypeProto.$Properties|null} [type] ValueInfoProto type
         * @property {string|null} [doc_string] ValueInfoProto doc_string
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValueInfoProto.
         * @memberof onnx
         * @interface IValueInfoProto
         * @augments onnx.ValueInfoProto.$Properties
         * @deprecated Use onnx.ValueInfoProto.$Properties instead.
         */

        /**
         * Shape of a ValueInfoProto.
         * @typedef {{
         *   name?: string|null;
         *   type?: onnx.TypeProto.$Shape|null;
         *   doc_string?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ValueInfoProto.$Shape
         */

        /**
         * Constructs a new ValueInfoProto.
         * @memberof onnx
         * @classdesc Represents a ValueInfoProto.
         * @constructor
         * @param {onnx.ValueInfoProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ValueInfoProto = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ValueInfoProto name.
         * @member {string} name
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.name = "";

        /**
         * ValueInfoProto type.
         * @member {onnx.TypeProto.$Properties|null|undefined} type
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.type = null;

        /**
         * ValueInfoProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.doc_string = "";

        /**
         * Creates a new ValueInfoProto instance using the specified properties.
         * @function create
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {onnx.ValueInfoProto.$Properties=} [properties] Properties to set
         * @returns {onnx.ValueInfoProto} ValueInfoProto instance
         * @type {{
         *   (properties: onnx.ValueInfoProto.$Shape): onnx.ValueInfoProto & onnx.ValueInfoProto.$Shape;
         *   (properties?: onnx.ValueInfoProto.$Properties): onnx.ValueInfoProto;
         * }}
         */
        ValueInfoProto.create = function(properties) {
            return new ValueInfoProto(properties);
        };

        /**
         * Encodes the specified ValueInfoProto message. Does not implicitly {@link onnx.ValueInfoProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {onnx.ValueInfoProto.$Properties} m ValueInfoProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValueInfoProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type"))
                $root.onnx.TypeProto.encode(m.type, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string") && m.doc_string !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.doc_string);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ValueInfoProto message, length delimited. Does not implicitly {@link onnx.ValueInfoProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {onnx.ValueInfoProto.$Properties} message ValueInfoProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValueInfoProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ValueInfoProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.ValueInfoProto & onnx.ValueInfoProto.$Shape} ValueInfoProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValueInfoProto.decode = function (r, l, z, q, g) {
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
            m = g || new $root.onnx.ValueInfoProto();
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
                        if (u !== 2)
                            break;
                        m.type = $root.onnx.TypeProto.decode(r, r.size(), $undefined, q + 1, m.type);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.doc_string = v;
                        else
                            delete m.doc_string;
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
         * Decodes a ValueInfoProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.ValueInfoProto & onnx.ValueInfoProto.$Shape} ValueInfoProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValueInfoProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ValueInfoProto message.
         * @function verify
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ValueInfoProto.verify = function (m, q) {
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
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                {
                    var e = $root.onnx.TypeProto.verify(m.type, q + 1);
                    if (e)
                        return "type." + e;
                }
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                if (!$util.isString(m.doc_string))
                    return "doc_string: string expected";
            }
            return null;
        };

        /**
         * Creates a ValueInfoProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.ValueInfoProto} ValueInfoProto
         */
        ValueInfoProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.ValueInfoProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.ValueInfoProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.ValueInfoProto();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.type != null) {
                if (!$util.isObject(d.type))
                    throw $TypeError(".onnx.ValueInfoProto.type: object expected");
                m.type = $root.onnx.TypeProto.fromObject(d.type, q + 1);
            }
            if (d.doc_string != null) {
                if (typeof d.doc_string !== "string" || d.doc_string.length) {
                    m.doc_string = $String(d.doc_string);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ValueInfoProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {onnx.ValueInfoProto} m ValueInfoProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ValueInfoProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.name = "";
                d.type = null;
                d.doc_string = "";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = $root.onnx.TypeProto.toObject(m.type, o, q + 1);
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                d.doc_string = m.doc_string;
            }
            return d;
        };

        /**
         * Converts this ValueInfoProto to JSON.
         * @function toJSON
         * @memberof onnx.ValueInfoProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ValueInfoProto.prototype.toJSON = function() {
            return ValueInfoProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ValueInfoProto
         * @function getTypeUrl
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ValueInfoProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ValueInfoProto";
        };

        return ValueInfoProto;
    })();

    onnx.NodeProto = (function() {

        /**
         * Properties of a NodeProto.
         * @typedef {Object} onnx.NodeProto.$Properties
         * @property {Array.<string>|null} [input] NodeProto input
         * @property {Array.<string>|null} [output] NodeProto output
         * @property {string|null} [name] NodeProto name
         * @property {string|null} [op_type] NodeProto op_type
         * @property {string|null} [domain] NodeProto domain
         * @property {Array.<onnx.AttributeProto.$Properties>|null} [attribute] NodeProto attribute
         * @property {string|null} [doc_string] NodeProto doc_string
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeProto.
         * @memberof onnx
         * @interface INodeProto
         * @augments onnx.NodeProto.$Properties
         * @deprecated Use onnx.NodeProto.$Properties instead.
         */

        /**
         * Shape of a NodeProto.
         * @typedef {{
         *   input?: Array.<string>|null;
         *   output?: Array.<string>|null;
         *   name?: string|null;
         *   op_type?: string|null;
         *   domain?: string|null;
         *   attribute?: Array.<onnx.AttributeProto.$Shape>|null;
         *   doc_string?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.NodeProto.$Shape
         */

        /**
         * Constructs a new NodeProto.
         * @memberof onnx
         * @classdesc Represents a NodeProto.
         * @constructor
         * @param {onnx.NodeProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeProto = function (p) {
            this.input = [];
            this.output = [];
            this.attribute = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeProto input.
         * @member {Array.<string>} input
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.input = $util.emptyArray;

        /**
         * NodeProto output.
         * @member {Array.<string>} output
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.output = $util.emptyArray;

        /**
         * NodeProto name.
         * @member {string} name
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.name = "";

        /**
         * NodeProto op_type.
         * @member {string} op_type
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.op_type = "";

        /**
         * NodeProto domain.
         * @member {string} domain
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.domain = "";

        /**
         * NodeProto attribute.
         * @member {Array.<onnx.AttributeProto.$Properties>} attribute
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.attribute = $util.emptyArray;

        /**
         * NodeProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.doc_string = "";

        /**
         * Creates a new NodeProto instance using the specified properties.
         * @function create
         * @memberof onnx.NodeProto
         * @static
         * @param {onnx.NodeProto.$Properties=} [properties] Properties to set
         * @returns {onnx.NodeProto} NodeProto instance
         * @type {{
         *   (properties: onnx.NodeProto.$Shape): onnx.NodeProto & onnx.NodeProto.$Shape;
         *   (properties?: onnx.NodeProto.$Properties): onnx.NodeProto;
         * }}
         */
        NodeProto.create = function(properties) {
            return new NodeProto(properties);
        };

        /**
         * Encodes the specified NodeProto message. Does not implicitly {@link onnx.NodeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.NodeProto
         * @static
         * @param {onnx.NodeProto.$Properties} m NodeProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.input != null && m.input.length) {
                for (var i = 0; i < m.input.length; ++i)
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.input[i]);
            }
            if (m.output != null && m.output.length) {
                for (var i = 0; i < m.output.length; ++i)
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.output[i]);
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
            if (m.op_type != null && $Object.hasOwnProperty.call(m, "op_type") && m.op_type !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.op_type);
            if (m.attribute != null && m.attribute.length) {
                for (var i = 0; i < m.attribute.length; ++i)
                    $root.onnx.AttributeProto.encode(m.attribute[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string") && m.doc_string !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.doc_string);
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain") && m.domain !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.domain);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeProto message, length delimited. Does not implicitly {@link onnx.NodeProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.NodeProto
         * @static
         * @param {onnx.NodeProto.$Properties} message NodeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.NodeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.NodeProto & onnx.NodeProto.$Shape} NodeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeProto.decode = function (r, l, z, q, g) {
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
            m = g || new $root.onnx.NodeProto();
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
                        if (!(m.input && m.input.length))
                            m.input = [];
                        m.input.push(r.stringVerify());
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.output && m.output.length))
                            m.output = [];
                        m.output.push(r.stringVerify());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.op_type = v;
                        else
                            delete m.op_type;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.domain = v;
                        else
                            delete m.domain;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.attribute && m.attribute.length))
                            m.attribute = [];
                        m.attribute.push($root.onnx.AttributeProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.doc_string = v;
                        else
                            delete m.doc_string;
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
         * Decodes a NodeProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.NodeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.NodeProto & onnx.NodeProto.$Shape} NodeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeProto message.
         * @function verify
         * @memberof onnx.NodeProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.input != null && $Object.hasOwnProperty.call(m, "input")) {
                if (!$Array.isArray(m.input))
                    return "input: array expected";
                for (var i = 0; i < m.input.length; ++i) {
                    if (!$util.isString(m.input[i]))
                        return "input: string[] expected";
                }
            }
            if (m.output != null && $Object.hasOwnProperty.call(m, "output")) {
                if (!$Array.isArray(m.output))
                    return "output: array expected";
                for (var i = 0; i < m.output.length; ++i) {
                    if (!$util.isString(m.output[i]))
                        return "output: string[] expected";
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.op_type != null && $Object.hasOwnProperty.call(m, "op_type")) {
                if (!$util.isString(m.op_type))
                    return "op_type: string expected";
            }
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain")) {
                if (!$util.isString(m.domain))
                    return "domain: string expected";
            }
            if (m.attribute != null && $Object.hasOwnProperty.call(m, "attribute")) {
                if (!$Array.isArray(m.attribute))
                    return "attribute: array expected";
                for (var i = 0; i < m.attribute.length; ++i) {
                    {
                        var e = $root.onnx.AttributeProto.verify(m.attribute[i], q + 1);
                        if (e)
                            return "attribute." + e;
                    }
                }
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                if (!$util.isString(m.doc_string))
                    return "doc_string: string expected";
            }
            return null;
        };

        /**
         * Creates a NodeProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.NodeProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.NodeProto} NodeProto
         */
        NodeProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.NodeProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.NodeProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.NodeProto();
            if (d.input) {
                if (!$Array.isArray(d.input))
                    throw $TypeError(".onnx.NodeProto.input: array expected");
                m.input = $Array(d.input.length);
                for (var i = 0; i < d.input.length; ++i) {
                    m.input[i] = $String(d.input[i]);
                }
            }
            if (d.output) {
                if (!$Array.isArray(d.output))
                    throw $TypeError(".onnx.NodeProto.output: array expected");
                m.output = $Array(d.output.length);
                for (var i = 0; i < d.output.length; ++i) {
                    m.output[i] = $String(d.output[i]);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.op_type != null) {
                if (typeof d.op_type !== "string" || d.op_type.length) {
                    m.op_type = $String(d.op_type);
                }
            }
            if (d.domain != null) {
                if (typeof d.domain !== "string" || d.domain.length) {
                    m.domain = $String(d.domain);
                }
            }
            if (d.attribute) {
                if (!$Array.isArray(d.attribute))
                    throw $TypeError(".onnx.NodeProto.attribute: array expected");
                m.attribute = $Array(d.attribute.length);
                for (var i = 0; i < d.attribute.length; ++i) {
                    if (!$util.isObject(d.attribute[i]))
                        throw $TypeError(".onnx.NodeProto.attribute: object expected");
                    m.attribute[i] = $root.onnx.AttributeProto.fromObject(d.attribute[i], q + 1);
                }
            }
            if (d.doc_string != null) {
                if (typeof d.doc_string !== "string" || d.doc_string.length) {
                    m.doc_string = $String(d.doc_string);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.NodeProto
         * @static
         * @param {onnx.NodeProto} m NodeProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.input = [];
                d.output = [];
                d.attribute = [];
            }
            if (o.defaults) {
                d.name = "";
                d.op_type = "";
                d.doc_string = "";
                d.domain = "";
            }
            if (m.input && m.input.length) {
                d.input = $Array(m.input.length);
                for (var j = 0; j < m.input.length; ++j) {
                    d.input[j] = m.input[j];
                }
            }
            if (m.output && m.output.length) {
                d.output = $Array(m.output.length);
                for (var j = 0; j < m.output.length; ++j) {
                    d.output[j] = m.output[j];
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.op_type != null && $Object.hasOwnProperty.call(m, "op_type")) {
                d.op_type = m.op_type;
            }
            if (m.attribute && m.attribute.length) {
                d.attribute = $Array(m.attribute.length);
                for (var j = 0; j < m.attribute.length; ++j) {
                    d.attribute[j] = $root.onnx.AttributeProto.toObject(m.attribute[j], o, q + 1);
                }
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                d.doc_string = m.doc_string;
            }
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain")) {
                d.domain = m.domain;
            }
            return d;
        };

        /**
         * Converts this NodeProto to JSON.
         * @function toJSON
         * @memberof onnx.NodeProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeProto.prototype.toJSON = function() {
            return NodeProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeProto
         * @function getTypeUrl
         * @memberof onnx.NodeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.NodeProto";
        };

        return NodeProto;
    })();

    onnx.StringStringEntryProto = (function() {

        /**
         * Properties of a StringStringEntryProto.
         * @typedef {Object} onnx.StringStringEntryProto.$Properties
         * @property {string|null} [key] StringStringEntryProto key
         * @property {string|null} [value] StringStringEntryProto value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StringStringEntryProto.
         * @memberof onnx
         * @interface IStringStringEntryProto
         * @augments onnx.StringStringEntryProto.$Properties
         * @deprecated Use onnx.StringStringEntryProto.$Properties instead.
         */

        /**
         * Shape of a StringStringEntryProto.
         * @typedef {onnx.StringStringEntryProto.$Properties} onnx.StringStringEntryProto.$Shape
         */

        /**
         * Constructs a new StringStringEntryProto.
         * @memberof onnx
         * @classdesc Represents a StringStringEntryProto.
         * @constructor
         * @param {onnx.StringStringEntryProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StringStringEntryProto = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StringStringEntryProto key.
         * @member {string} key
         * @memberof onnx.StringStringEntryProto
         * @instance
         */
        StringStringEntryProto.prototype.key = "";

        /**
         * StringStringEntryProto value.
         * @member {string} value
         * @memberof onnx.StringStringEntryProto
         * @instance
         */
        StringStringEntryProto.prototype.value = "";

        /**
         * Creates a new StringStringEntryProto instance using the specified properties.
         * @function create
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {onnx.StringStringEntryProto.$Properties=} [properties] Properties to set
         * @returns {onnx.StringStringEntryProto} StringStringEntryProto instance
         * @type {{
         *   (properties: onnx.StringStringEntryProto.$Shape): onnx.StringStringEntryProto & onnx.StringStringEntryProto.$Shape;
         *   (properties?: onnx.StringStringEntryProto.$Properties): onnx.StringStringEntryProto;
         * }}
         */
        StringStringEntryProto.create = function(properties) {
            return new StringStringEntryProto(properties);
        };

        /**
         * Encodes the specified StringStringEntryProto message. Does not implicitly {@link onnx.StringStringEntryProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {onnx.StringStringEntryProto.$Properties} m StringStringEntryProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StringStringEntryProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
            if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified StringStringEntryProto message, length delimited. Does not implicitly {@link onnx.StringStringEntryProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {onnx.StringStringEntryProto.$Properties} message StringStringEntryProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StringStringEntryProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StringStringEntryProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.StringStringEntryProto & onnx.StringStringEntryProto.$Shape} StringStringEntryProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StringStringEntryProto.decode = function (r, l, z, q, g) {
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
            m = g || new $root.onnx.StringStringEntryProto();
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
                            m.key = v;
                        else
                            delete m.key;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.value = v;
                        else
                            delete m.value;
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
         * Decodes a StringStringEntryProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.StringStringEntryProto & onnx.StringStringEntryProto.$Shape} StringStringEntryProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StringStringEntryProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StringStringEntryProto message.
         * @function verify
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StringStringEntryProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                if (!$util.isString(m.key))
                    return "key: string expected";
            }
            if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                if (!$util.isString(m.value))
                    return "value: string expected";
            }
            return null;
        };

        /**
         * Creates a StringStringEntryProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.StringStringEntryProto} StringStringEntryProto
         */
        StringStringEntryProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.StringStringEntryProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.StringStringEntryProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.StringStringEntryProto();
            if (d.key != null) {
                if (typeof d.key !== "string" || d.key.length) {
                    m.key = $String(d.key);
                }
            }
            if (d.value != null) {
                if (typeof d.value !== "string" || d.value.length) {
                    m.value = $String(d.value);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a StringStringEntryProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {onnx.StringStringEntryProto} m StringStringEntryProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StringStringEntryProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.key = "";
                d.value = "";
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                d.key = m.key;
            }
            if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                d.value = m.value;
            }
            return d;
        };

        /**
         * Converts this StringStringEntryProto to JSON.
         * @function toJSON
         * @memberof onnx.StringStringEntryProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StringStringEntryProto.prototype.toJSON = function() {
            return StringStringEntryProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StringStringEntryProto
         * @function getTypeUrl
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StringStringEntryProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.StringStringEntryProto";
        };

        return StringStringEntryProto;
    })();

    onnx.ModelProto = (function() {

        /**
         * Properties of a ModelProto.
         * @typedef {Object} onnx.ModelProto.$Properties
         * @property {number|null} [ir_version] ModelProto ir_version
         * @property {Array.<onnx.OperatorSetIdProto.$Properties>|null} [opset_import] ModelProto opset_import
         * @property {string|null} [producer_name] ModelProto producer_name
         * @property {string|null} [producer_version] ModelProto producer_version
         * @property {string|null} [domain] ModelProto domain
         * @property {number|null} [model_version] ModelProto model_version
         * @property {string|null} [doc_string] ModelProto doc_string
         * @property {onnx.GraphProto.$Properties|null} [graph] ModelProto graph
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] ModelProto metadata_props
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ModelProto.
         * @memberof onnx
         * @interface IModelProto
         * @augments onnx.ModelProto.$Properties
         * @deprecated Use onnx.ModelProto.$Properties instead.
         */

        /**
         * Shape of a ModelProto.
         * @typedef {{
         *   ir_version?: number|null;
         *   opset_import?: Array.<onnx.OperatorSetIdProto.$Shape>|null;
         *   producer_name?: string|null;
         *   producer_version?: string|null;
         *   domain?: string|null;
         *   model_version?: number|null;
         *   doc_string?: string|null;
         *   graph?: onnx.GraphProto.$Shape|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ModelProto.$Shape
         */

        /**
         * Constructs a new ModelProto.
         * @memberof onnx
         * @classdesc Represents a ModelProto.
         * @constructor
         * @param {onnx.ModelProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ModelProto = function (p) {
            this.opset_import = [];
            this.metadata_props = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ModelProto ir_version.
         * @member {number} ir_version
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.ir_version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ModelProto opset_import.
         * @member {Array.<onnx.OperatorSetIdProto.$Properties>} opset_import
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.opset_import = $util.emptyArray;

        /**
         * ModelProto producer_name.
         * @member {string} producer_name
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.producer_name = "";

        /**
         * ModelProto producer_version.
         * @member {string} producer_version
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.producer_version = "";

        /**
         * ModelProto domain.
         * @member {string} domain
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.domain = "";

        /**
         * ModelProto model_version.
         * @member {number} model_version
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.model_version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ModelProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.doc_string = "";

        /**
         * ModelProto graph.
         * @member {onnx.GraphProto.$Properties|null|undefined} graph
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.graph = null;

        /**
         * ModelProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.metadata_props = $util.emptyArray;

        /**
         * Creates a new ModelProto instance using the specified properties.
         * @function create
         * @memberof onnx.ModelProto
         * @static
         * @param {onnx.ModelProto.$Properties=} [properties] Properties to set
         * @returns {onnx.ModelProto} ModelProto instance
         * @type {{
         *   (properties: onnx.ModelProto.$Shape): onnx.ModelProto & onnx.ModelProto.$Shape;
         *   (properties?: onnx.ModelProto.$Properties): onnx.ModelProto;
         * }}
         */
        ModelProto.create = function(properties) {
            return new ModelProto(properties);
        };

        /**
         * Encodes the specified ModelProto message. Does not implicitly {@link onnx.ModelProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ModelProto
         * @static
         * @param {onnx.ModelProto.$Properties} m ModelProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ModelProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ir_version != null && $Object.hasOwnProperty.call(m, "ir_version") && (typeof m.ir_version === "object" ? m.ir_version.low || m.ir_version.high : m.ir_version !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.ir_version);
            if (m.producer_name != null && $Object.hasOwnProperty.call(m, "producer_name") && m.producer_name !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.producer_name);
            if (m.producer_version != null && $Object.hasOwnProperty.call(m, "producer_version") && m.producer_version !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.producer_version);
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain") && m.domain !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.domain);
            if (m.model_version != null && $Object.hasOwnProperty.call(m, "model_version") && (typeof m.model_version === "object" ? m.model_version.low || m.model_version.high : m.model_version !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).int64(m.model_version);
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string") && m.doc_string !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.doc_string);
            if (m.graph != null && $Object.hasOwnProperty.call(m, "graph"))
                $root.onnx.GraphProto.encode(m.graph, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (m.opset_import != null && m.opset_import.length) {
                for (var i = 0; i < m.opset_import.length; ++i)
                    $root.onnx.OperatorSetIdProto.encode(m.opset_import[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            }
            if (m.metadata_props != null && m.metadata_props.length) {
                for (var i = 0; i < m.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(m.metadata_props[i], w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ModelProto message, length delimited. Does not implicitly {@link onnx.ModelProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.ModelProto
         * @static
         * @param {onnx.ModelProto.$Properties} message ModelProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ModelProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ModelProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ModelProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.ModelProto & onnx.ModelProto.$Shape} ModelProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ModelProto.decode = function (r, l, z, q, g) {
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
            m = g || new $root.onnx.ModelProto();
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
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.ir_version = v;
                        else
                            delete m.ir_version;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.opset_import && m.opset_import.length))
                            m.opset_import = [];
                        m.opset_import.push($root.onnx.OperatorSetIdProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.producer_name = v;
                        else
                            delete m.producer_name;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.producer_version = v;
                        else
                            delete m.producer_version;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.domain = v;
                        else
                            delete m.domain;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.model_version = v;
                        else
                            delete m.model_version;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.doc_string = v;
                        else
                            delete m.doc_string;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.graph = $root.onnx.GraphProto.decode(r, r.size(), $undefined, q + 1, m.graph);
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        if (!(m.metadata_props && m.metadata_props.length))
                            m.metadata_props = [];
                        m.metadata_props.push($root.onnx.StringStringEntryProto.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a ModelProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.ModelProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.ModelProto & onnx.ModelProto.$Shape} ModelProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ModelProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ModelProto message.
         * @function verify
         * @memberof onnx.ModelProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ModelProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ir_version != null && $Object.hasOwnProperty.call(m, "ir_version")) {
                if (!$util.isInteger(m.ir_version) && !(m.ir_version && $util.isInteger(m.ir_version.low) && $util.isInteger(m.ir_version.high)))
                    return "ir_version: integer|Long expected";
            }
            if (m.opset_import != null && $Object.hasOwnProperty.call(m, "opset_import")) {
                if (!$Array.isArray(m.opset_import))
                    return "opset_import: array expected";
                for (var i = 0; i < m.opset_import.length; ++i) {
                    {
                        var e = $root.onnx.OperatorSetIdProto.verify(m.opset_import[i], q + 1);
                        if (e)
                            return "opset_import." + e;
                    }
                }
            }
            if (m.producer_name != null && $Object.hasOwnProperty.call(m, "producer_name")) {
                if (!$util.isString(m.producer_name))
                    return "producer_name: string expected";
            }
            if (m.producer_version != null && $Object.hasOwnProperty.call(m, "producer_version")) {
                if (!$util.isString(m.producer_version))
                    return "producer_version: string expected";
            }
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain")) {
                if (!$util.isString(m.domain))
                    return "domain: string expected";
            }
            if (m.model_version != null && $Object.hasOwnProperty.call(m, "model_version")) {
                if (!$util.isInteger(m.model_version) && !(m.model_version && $util.isInteger(m.model_version.low) && $util.isInteger(m.model_version.high)))
                    return "model_version: integer|Long expected";
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                if (!$util.isString(m.doc_string))
                    return "doc_string: string expected";
            }
            if (m.graph != null && $Object.hasOwnProperty.call(m, "graph")) {
                {
                    var e = $root.onnx.GraphProto.verify(m.graph, q + 1);
                    if (e)
                        return "graph." + e;
                }
            }
            if (m.metadata_props != null && $Object.hasOwnProperty.call(m, "metadata_props")) {
                if (!$Array.isArray(m.metadata_props))
                    return "metadata_props: array expected";
                for (var i = 0; i < m.metadata_props.length; ++i) {
                    {
                        var e = $root.onnx.StringStringEntryProto.verify(m.metadata_props[i], q + 1);
                        if (e)
                            return "metadata_props." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a ModelProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.ModelProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.ModelProto} ModelProto
         */
        ModelProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.ModelProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.ModelProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.ModelProto();
            if (d.ir_version != null) {
                if (typeof d.ir_version === "object" ? d.ir_version.low || d.ir_version.high : $Number(d.ir_version) !== 0) {
                    if ($util.Long)
                        m.ir_version = $util.Long.fromValue(d.ir_version, false);
                    else if (typeof d.ir_version === "string")
                        m.ir_version = $parseInt(d.ir_version, 10);
                    else if (typeof d.ir_version === "number")
                        m.ir_version = d.ir_version;
                    else if (typeof d.ir_version === "object")
                        m.ir_version = new $util.LongBits(d.ir_version.low >>> 0, d.ir_version.high >>> 0).toNumber();
                }
            }
            if (d.opset_import) {
                if (!$Array.isArray(d.opset_import))
                    throw $TypeError(".onnx.ModelProto.opset_import: array expected");
                m.opset_import = $Array(d.opset_import.length);
                for (var i = 0; i < d.opset_import.length; ++i) {
                    if (!$util.isObject(d.opset_import[i]))
                        throw $TypeError(".onnx.ModelProto.opset_import: object expected");
                    m.opset_import[i] = $root.onnx.OperatorSetIdProto.fromObject(d.opset_import[i], q + 1);
                }
            }
            if (d.producer_name != null) {
                if (typeof d.producer_name !== "string" || d.producer_name.length) {
                    m.producer_name = $String(d.producer_name);
                }
            }
            if (d.producer_version != null) {
                if (typeof d.producer_version !== "string" || d.producer_version.length) {
                    m.producer_version = $String(d.producer_version);
                }
            }
            if (d.domain != null) {
                if (typeof d.domain !== "string" || d.domain.length) {
                    m.domain = $String(d.domain);
                }
            }
            if (d.model_version != null) {
                if (typeof d.model_version === "object" ? d.model_version.low || d.model_version.high : $Number(d.model_version) !== 0) {
                    if ($util.Long)
                        m.model_version = $util.Long.fromValue(d.model_version, false);
                    else if (typeof d.model_version === "string")
                        m.model_version = $parseInt(d.model_version, 10);
                    else if (typeof d.model_version === "number")
                        m.model_version = d.model_version;
                    else if (typeof d.model_version === "object")
                        m.model_version = new $util.LongBits(d.model_version.low >>> 0, d.model_version.high >>> 0).toNumber();
                }
            }
            if (d.doc_string != null) {
                if (typeof d.doc_string !== "string" || d.doc_string.length) {
                    m.doc_string = $String(d.doc_string);
                }
            }
            if (d.graph != null) {
                if (!$util.isObject(d.graph))
                    throw $TypeError(".onnx.ModelProto.graph: object expected");
                m.graph = $root.onnx.GraphProto.fromObject(d.graph, q + 1);
            }
            if (d.metadata_props) {
                if (!$Array.isArray(d.metadata_props))
                    throw $TypeError(".onnx.ModelProto.metadata_props: array expected");
                m.metadata_props = $Array(d.metadata_props.length);
                for (var i = 0; i < d.metadata_props.length; ++i) {
                    if (!$util.isObject(d.metadata_props[i]))
                        throw $TypeError(".onnx.ModelProto.metadata_props: object expected");
                    m.metadata_props[i] = $root.onnx.StringStringEntryProto.fromObject(d.metadata_props[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ModelProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.ModelProto
         * @static
         * @param {onnx.ModelProto} m ModelProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ModelProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.opset_import = [];
                d.metadata_props = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.ir_version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.ir_version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.producer_name = "";
                d.producer_version = "";
                d.domain = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.model_version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.model_version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.doc_string = "";
                d.graph = null;
            }
            if (m.ir_version != null && $Object.hasOwnProperty.call(m, "ir_version")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.ir_version = typeof m.ir_version === "number" ? $BigInt(m.ir_version) : $util.Long.fromBits(m.ir_version.low >>> 0, m.ir_version.high >>> 0, false).toBigInt();
                else if (typeof m.ir_version === "number")
                    d.ir_version = o.longs === $String ? $String(m.ir_version) : m.ir_version;
                else
                    d.ir_version = o.longs === $String ? $util.Long.prototype.toString.call(m.ir_version) : o.longs === $Number ? new $util.LongBits(m.ir_version.low >>> 0, m.ir_version.high >>> 0).toNumber() : m.ir_version;
            }
            if (m.producer_name != null && $Object.hasOwnProperty.call(m, "producer_name")) {
                d.producer_name = m.producer_name;
            }
            if (m.producer_version != null && $Object.hasOwnProperty.call(m, "producer_version")) {
                d.producer_version = m.producer_version;
            }
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain")) {
                d.domain = m.domain;
            }
            if (m.model_version != null && $Object.hasOwnProperty.call(m, "model_version")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.model_version = typeof m.model_version === "number" ? $BigInt(m.model_version) : $util.Long.fromBits(m.model_version.low >>> 0, m.model_version.high >>> 0, false).toBigInt();
                else if (typeof m.model_version === "number")
                    d.model_version = o.longs === $String ? $String(m.model_version) : m.model_version;
                else
                    d.model_version = o.longs === $String ? $util.Long.prototype.toString.call(m.model_version) : o.longs === $Number ? new $util.LongBits(m.model_version.low >>> 0, m.model_version.high >>> 0).toNumber() : m.model_version;
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                d.doc_string = m.doc_string;
            }
            if (m.graph != null && $Object.hasOwnProperty.call(m, "graph")) {
                d.graph = $root.onnx.GraphProto.toObject(m.graph, o, q + 1);
            }
            if (m.opset_import && m.opset_import.length) {
                d.opset_import = $Array(m.opset_import.length);
                for (var j = 0; j < m.opset_import.length; ++j) {
                    d.opset_import[j] = $root.onnx.OperatorSetIdProto.toObject(m.opset_import[j], o, q + 1);
                }
            }
            if (m.metadata_props && m.metadata_props.length) {
                d.metadata_props = $Array(m.metadata_props.length);
                for (var j = 0; j < m.metadata_props.length; ++j) {
                    d.metadata_props[j] = $root.onnx.StringStringEntryProto.toObject(m.metadata_props[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this ModelProto to JSON.
         * @function toJSON
         * @memberof onnx.ModelProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ModelProto.prototype.toJSON = function() {
            return ModelProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ModelProto
         * @function getTypeUrl
         * @memberof onnx.ModelProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ModelProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ModelProto";
        };

        return ModelProto;
    })();

    onnx.GraphProto = (function() {

        /**
         * Properties of a GraphProto.
         * @typedef {Object} onnx.GraphProto.$Properties
         * @property {Array.<onnx.NodeProto.$Properties>|null} [node] GraphProto node
         * @property {string|null} [name] GraphProto name
         * @property {Array.<onnx.TensorProto.$Properties>|null} [initializer] GraphProto initializer
         * @property {string|null} [doc_string] GraphProto doc_string
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [input] GraphProto input
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [output] GraphProto output
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [value_info] GraphProto value_info
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GraphProto.
         * @memberof onnx
         * @interface IGraphProto
         * @augments onnx.GraphProto.$Properties
         * @deprecated Use onnx.GraphProto.$Properties instead.
         */

        /**
         * Shape of a GraphProto.
         * @typedef {{
         *   node?: Array.<onnx.NodeProto.$Shape>|null;
         *   name?: string|null;
         *   initializer?: Array.<onnx.TensorProto.$Shape>|null;
         *   doc_string?: string|null;
         *   input?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   output?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   value_info?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.GraphProto.$Shape
         */

        /**
         * Constructs a new GraphProto.
         * @memberof onnx
         * @classdesc Represents a GraphProto.
         * @constructor
         * @param {onnx.GraphProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GraphProto = function (p) {
            this.node = [];
            this.initializer = [];
            this.input = [];
            this.output = [];
            this.value_info = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GraphProto node.
         * @member {Array.<onnx.NodeProto.$Properties>} node
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.node = $util.emptyArray;

        /**
         * GraphProto name.
         * @member {string} name
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.name = "";

        /**
         * GraphProto initializer.
         * @member {Array.<onnx.TensorProto.$Properties>} initializer
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.initializer = $util.emptyArray;

        /**
         * GraphProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.doc_string = "";

        /**
         * GraphProto input.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} input
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.input = $util.emptyArray;

        /**
         * GraphProto output.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} output
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.output = $util.emptyArray;

        /**
         * GraphProto value_info.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} value_info
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.value_info = $util.emptyArray;

        /**
         * Creates a new GraphProto instance using the specified properties.
         * @function create
         * @memberof onnx.GraphProto
         * @static
         * @param {onnx.GraphProto.$Properties=} [properties] Properties to set
         * @returns {onnx.GraphProto} GraphProto instance
         * @type {{
         *   (properties: onnx.GraphProto.$Shape): onnx.GraphProto & onnx.GraphProto.$Shape;
         *   (properties?: onnx.GraphProto.$Properties): onnx.GraphProto;
         * }}
         */
        GraphProto.create = function(properties) {
            return new GraphProto(properties);
        };

        /**
         * Encodes the specified GraphProto message. Does not implicitly {@link onnx.GraphProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.GraphProto
         * @static
         * @param {onnx.GraphProto.$Properties} m GraphProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GraphProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.node != null && m.node.length) {
                for (var i = 0; i < m.node.length; ++i)
                    $root.onnx.NodeProto.encode(m.node[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
            if (m.initializer != null && m.initializer.length) {
                for (var i = 0; i < m.initializer.length; ++i)
                    $root.onnx.TensorProto.encode(m.initializer[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string") && m.doc_string !== "")
                w.uint32(/* id 10, wireType 2 =*/82).string(m.doc_string);
            if (m.input != null && m.input.length) {
                for (var i = 0; i < m.input.length; ++i)
                    $root.onnx.ValueInfoProto.encode(m.input[i], w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            }
            if (m.output != null && m.output.length) {
                for (var i = 0; i < m.output.length; ++i)
                    $root.onnx.ValueInfoProto.encode(m.output[i], w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            }
            if (m.value_info != null && m.value_info.length) {
                for (var i = 0; i < m.value_info.length; ++i)
                    $root.onnx.ValueInfoProto.encode(m.value_info[i], w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified GraphProto message, length delimited. Does not implicitly {@link onnx.GraphProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.GraphProto
         * @static
         * @param {onnx.GraphProto.$Properties} message GraphProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GraphProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GraphProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.GraphProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.GraphProto & onnx.GraphProto.$Shape} GraphProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GraphProto.decode = function (r, l, z, q, g) {
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
            m = g || new $root.onnx.GraphProto();
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
                        if (!(m.node && m.node.length))
                            m.node = [];
                        m.node.push($root.onnx.NodeProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.initializer && m.initializer.length))
                            m.initializer = [];
                        m.initializer.push($root.onnx.TensorProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.doc_string = v;
                        else
                            delete m.doc_string;
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if (!(m.input && m.input.length))
                            m.input = [];
                        m.input.push($root.onnx.ValueInfoProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if (!(m.output && m.output.length))
                            m.output = [];
                        m.output.push($root.onnx.ValueInfoProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        if (!(m.value_info && m.value_info.length))
                            m.value_info = [];
                        m.value_info.push($root.onnx.ValueInfoProto.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a GraphProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.GraphProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.GraphProto & onnx.GraphProto.$Shape} GraphProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GraphProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a GraphProto message.
         * @function verify
         * @memberof onnx.GraphProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        GraphProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                if (!$Array.isArray(m.node))
                    return "node: array expected";
                for (var i = 0; i < m.node.length; ++i) {
                    {
                        var e = $root.onnx.NodeProto.verify(m.node[i], q + 1);
                        if (e)
                            return "node." + e;
                    }
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.initializer != null && $Object.hasOwnProperty.call(m, "initializer")) {
                if (!$Array.isArray(m.initializer))
                    return "initializer: array expected";
                for (var i = 0; i < m.initializer.length; ++i) {
                    {
                        var e = $root.onnx.TensorProto.verify(m.initializer[i], q + 1);
                        if (e)
                            return "initializer." + e;
                    }
                }
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                if (!$util.isString(m.doc_string))
                    return "doc_string: string expected";
            }
            if (m.input != null && $Object.hasOwnProperty.call(m, "input")) {
                if (!$Array.isArray(m.input))
                    return "input: array expected";
                for (var i = 0; i < m.input.length; ++i) {
                    {
                        var e = $root.onnx.ValueInfoProto.verify(m.input[i], q + 1);
                        if (e)
                            return "input." + e;
                    }
                }
            }
            if (m.output != null && $Object.hasOwnProperty.call(m, "output")) {
                if (!$Array.isArray(m.output))
                    return "output: array expected";
                for (var i = 0; i < m.output.length; ++i) {
                    {
                        var e = $root.onnx.ValueInfoProto.verify(m.output[i], q + 1);
                        if (e)
                            return "output." + e;
                    }
                }
            }
            if (m.value_info != null && $Object.hasOwnProperty.call(m, "value_info")) {
                if (!$Array.isArray(m.value_info))
                    return "value_info: array expected";
                for (var i = 0; i < m.value_info.length; ++i) {
                    {
                        var e = $root.onnx.ValueInfoProto.verify(m.value_info[i], q + 1);
                        if (e)
                            return "value_info." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a GraphProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.GraphProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.GraphProto} GraphProto
         */
        GraphProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.GraphProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.GraphProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.GraphProto();
            if (d.node) {
                if (!$Array.isArray(d.node))
                    throw $TypeError(".onnx.GraphProto.node: array expected");
                m.node = $Array(d.node.length);
                for (var i = 0; i < d.node.length; ++i) {
                    if (!$util.isObject(d.node[i]))
                        throw $TypeError(".onnx.GraphProto.node: object expected");
                    m.node[i] = $root.onnx.NodeProto.fromObject(d.node[i], q + 1);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.initializer) {
                if (!$Array.isArray(d.initializer))
                    throw $TypeError(".onnx.GraphProto.initializer: array expected");
                m.initializer = $Array(d.initializer.length);
                for (var i = 0; i < d.initializer.length; ++i) {
                    if (!$util.isObject(d.initializer[i]))
                        throw $TypeError(".onnx.GraphProto.initializer: object expected");
                    m.initializer[i] = $root.onnx.TensorProto.fromObject(d.initializer[i], q + 1);
                }
            }
            if (d.doc_string != null) {
                if (typeof d.doc_string !== "string" || d.doc_string.length) {
                    m.doc_string = $String(d.doc_string);
                }
            }
            if (d.input) {
                if (!$Array.isArray(d.input))
                    throw $TypeError(".onnx.GraphProto.input: array expected");
                m.input = $Array(d.input.length);
                for (var i = 0; i < d.input.length; ++i) {
                    if (!$util.isObject(d.input[i]))
                        throw $TypeError(".onnx.GraphProto.input: object expected");
                    m.input[i] = $root.onnx.ValueInfoProto.fromObject(d.input[i], q + 1);
                }
            }
            if (d.output) {
                if (!$Array.isArray(d.output))
                    throw $TypeError(".onnx.GraphProto.output: array expected");
                m.output = $Array(d.output.length);
                for (var i = 0; i < d.output.length; ++i) {
                    if (!$util.isObject(d.output[i]))
                        throw $TypeError(".onnx.GraphProto.output: object expected");
                    m.output[i] = $root.onnx.ValueInfoProto.fromObject(d.output[i], q + 1);
                }
            }
            if (d.value_info) {
                if (!$Array.isArray(d.value_info))
                    throw $TypeError(".onnx.GraphProto.value_info: array expected");
                m.value_info = $Array(d.value_info.length);
                for (var i = 0; i < d.value_info.length; ++i) {
                    if (!$util.isObject(d.value_info[i]))
                        throw $TypeError(".onnx.GraphProto.value_info: object expected");
                    m.value_info[i] = $root.onnx.ValueInfoProto.fromObject(d.value_info[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a GraphProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.GraphProto
         * @static
         * @param {onnx.GraphProto} m GraphProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GraphProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.node = [];
                d.initializer = [];
                d.input = [];
                d.output = [];
                d.value_info = [];
            }
            if (o.defaults) {
                d.name = "";
                d.doc_string = "";
            }
            if (m.node && m.node.length) {
                d.node = $Array(m.node.length);
                for (var j = 0; j < m.node.length; ++j) {
                    d.node[j] = $root.onnx.NodeProto.toObject(m.node[j], o, q + 1);
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.initializer && m.initializer.length) {
                d.initializer = $Array(m.initializer.length);
                for (var j = 0; j < m.initializer.length; ++j) {
                    d.initializer[j] = $root.onnx.TensorProto.toObject(m.initializer[j], o, q + 1);
                }
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                d.doc_string = m.doc_string;
            }
            if (m.input && m.input.length) {
                d.input = $Array(m.input.length);
                for (var j = 0; j < m.input.length; ++j) {
                    d.input[j] = $root.onnx.ValueInfoProto.toObject(m.input[j], o, q + 1);
                }
            }
            if (m.output && m.output.length) {
                d.output = $Array(m.output.length);
                for (var j = 0; j < m.output.length; ++j) {
                    d.output[j] = $root.onnx.ValueInfoProto.toObject(m.output[j], o, q + 1);
                }
            }
            if (m.value_info && m.value_info.length) {
                d.value_info = $Array(m.value_info.length);
                for (var j = 0; j < m.value_info.length; ++j) {
                    d.value_info[j] = $root.onnx.ValueInfoProto.toObject(m.value_info[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this GraphProto to JSON.
         * @function toJSON
         * @memberof onnx.GraphProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GraphProto.prototype.toJSON = function() {
            return GraphProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GraphProto
         * @function getTypeUrl
         * @memberof onnx.GraphProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GraphProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.GraphProto";
        };

        return GraphProto;
    })();

    onnx.TensorProto = (function() {

        /**
         * Properties of a TensorProto.
         * @typedef {Object} onnx.TensorProto.$Properties
         * @property {Array.<number>|null} [dims] TensorProto dims
         * @property {number|null} [data_type] TensorProto data_type
         * @property {Array.<number>|null} [float_data] TensorProto float_data
         * @property {Array.<number>|null} [int32_data] TensorProto int32_data
         * @property {Array.<Uint8Array>|null} [string_data] TensorProto string_data
         * @property {Array.<number>|null} [int64_data] TensorProto int64_data
         * @property {string|null} [name] TensorProto name
         * @property {string|null} [doc_string] TensorProto doc_string
         * @property {Uint8Array|null} [raw_data] TensorProto raw_data
         * @property {Array.<number>|null} [double_data] TensorProto double_data
         * @property {Array.<number>|null} [uint64_data] TensorProto uint64_data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorProto.
         * @memberof onnx
         * @interface ITensorProto
         * @augments onnx.TensorProto.$Properties
         * @deprecated Use onnx.TensorProto.$Properties instead.
         */

        /**
         * Shape of a TensorProto.
         * @typedef {onnx.TensorProto.$Properties} onnx.TensorProto.$Shape
         */

        /**
         * Constructs a new TensorProto.
         * @memberof onnx
         * @classdesc Represents a TensorProto.
         * @constructor
         * @param {onnx.TensorProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorProto = function (p) {
            this.dims = [];
            this.float_data = [];
            this.int32_data = [];
            this.string_data = [];
            this.int64_data = [];
            this.double_data = [];
            this.uint64_data = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TensorProto dims.
         * @member {Array.<number>} dims
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.dims = $util.emptyArray;

        /**
         * TensorProto data_type.
         * @member {number} data_type
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.data_type = 0;

        /**
         * TensorProto float_data.
         * @member {Array.<number>} float_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.float_data = $util.emptyArray;

        /**
         * TensorProto int32_data.
         * @member {Array.<number>} int32_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.int32_data = $util.emptyArray;

        /**
         * TensorProto string_data.
         * @member {Array.<Uint8Array>} string_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.string_data = $util.emptyArray;

        /**
         * TensorProto int64_data.
         * @member {Array.<number>} int64_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.int64_data = $util.emptyArray;

        /**
         * TensorProto name.
         * @member {string} name
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.name = "";

        /**
         * TensorProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.doc_string = "";

        /**
         * TensorProto raw_data.
         * @member {Uint8Array} raw_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.raw_data = $util.newBuffer([]);

        /**
         * TensorProto double_data.
         * @member {Array.<number>} double_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.double_data = $util.emptyArray;

        /**
         * TensorProto uint64_data.
         * @member {Array.<number>} uint64_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.uint64_data = $util.emptyArray;

        /**
         * Creates a new TensorProto instance using the specified properties.
         * @function create
         * @memberof onnx.TensorProto
         * @static
         * @param {onnx.TensorProto.$Properties=} [properties] Properties to set
         * @returns {onnx.TensorProto} TensorProto instance
         * @type {{
         *   (properties: onnx.TensorProto.$Shape): onnx.TensorProto & onnx.TensorProto.$Shape;
         *   (properties?: onnx.TensorProto.$Properties): onnx.TensorProto;
         * }}
         */
        TensorProto.create = function(properties) {
            return new TensorProto(properties);
        };

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link onnx.TensorProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TensorProto
         * @static
         * @param {onnx.TensorProto.$Properties} m TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dims != null && m.dims.length) {
                w.uint32(/* id 1, wireType 2 =*/10).int64s(m.dims);
            }
            if (m.data_type != null && $Object.hasOwnProperty.call(m, "data_type") && m.data_type !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.data_type);
            if (m.float_data != null && m.float_data.length) {
                w.uint32(/* id 4, wireType 2 =*/34).floats(m.float_data);
            }
            if (m.int32_data != null && m.int32_data.length) {
                w.uint32(/* id 5, wireType 2 =*/42).int32s(m.int32_data);
            }
            if (m.string_data != null && m.string_data.length) {
                for (var i = 0; i < m.string_data.length; ++i)
                    w.uint32(/* id 6, wireType 2 =*/50).bytes(m.string_data[i]);
            }
            if (m.int64_data != null && m.int64_data.length) {
                w.uint32(/* id 7, wireType 2 =*/58).int64s(m.int64_data);
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 8, wireType 2 =*/66).string(m.name);
            if (m.raw_data != null && $Object.hasOwnProperty.call(m, "raw_data") && m.raw_data.length)
                w.uint32(/* id 9, wireType 2 =*/74).bytes(m.raw_data);
            if (m.double_data != null && m.double_data.length) {
                w.uint32(/* id 10, wireType 2 =*/82).doubles(m.double_data);
            }
            if (m.uint64_data != null && m.uint64_data.length) {
                w.uint32(/* id 11, wireType 2 =*/90).uint64s(m.uint64_data);
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string") && m.doc_string !== "")
                w.uint32(/* id 12, wireType 2 =*/98).string(m.doc_string);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorProto message, length delimited. Does not implicitly {@link onnx.TensorProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.TensorProto
         * @static
         * @param {onnx.TensorProto.$Properties} message TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.TensorProto & onnx.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decode = function (r, l, z, q, g) {
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
            m = g || new $root.onnx.TensorProto();
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
                        if (u === 2) {
                            if (!(m.dims && m.dims.length))
                                m.dims = [];
                            r.int64s(m.dims);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.dims && m.dims.length))
                            m.dims = [];
                        m.dims.push(r.int64());
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.data_type = v;
                        else
                            delete m.data_type;
                        continue;
                    }
                case 4: {
                        if (u === 2) {
                            if (!(m.float_data && m.float_data.length))
                                m.float_data = [];
                            r.floats(m.float_data);
                            continue;
                        }
                        if (u !== 5)
                            break;
                        if (!(m.float_data && m.float_data.length))
                            m.float_data = [];
                        m.float_data.push(r.float());
                        continue;
                    }
                case 5: {
                        if (u === 2) {
                            if (!(m.int32_data && m.int32_data.length))
                                m.int32_data = [];
                            r.int32s(m.int32_data);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.int32_data && m.int32_data.length))
                            m.int32_data = [];
                        m.int32_data.push(r.int32());
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.string_data && m.string_data.length))
                            m.string_data = [];
                        m.string_data.push(r.bytes());
                        continue;
                    }
                case 7: {
                        if (u === 2) {
                            if (!(m.int64_data && m.int64_data.length))
                                m.int64_data = [];
                            r.int64s(m.int64_data);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.int64_data && m.int64_data.length))
                            m.int64_data = [];
                        m.int64_data.push(r.int64());
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.doc_string = v;
                        else
                            delete m.doc_string;
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.raw_data = v;
                        else
                            delete m.raw_data;
                        continue;
                    }
                case 10: {
                        if (u === 2) {
                            if (!(m.double_data && m.double_data.length))
                                m.double_data = [];
                            r.doubles(m.double_data);
                            continue;
                        }
                        if (u !== 1)
                            break;
                        if (!(m.double_data && m.double_data.length))
                            m.double_data = [];
                        m.double_data.push(r.double());
                        continue;
                    }
                case 11: {
                        if (u === 2) {
                            if (!(m.uint64_data && m.uint64_data.length))
                                m.uint64_data = [];
                            r.uint64s(m.uint64_data);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.uint64_data && m.uint64_data.length))
                            m.uint64_data = [];
                        m.uint64_data.push(r.uint64());
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
         * Decodes a TensorProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.TensorProto & onnx.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorProto message.
         * @function verify
         * @memberof onnx.TensorProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.dims != null && $Object.hasOwnProperty.call(m, "dims")) {
                if (!$Array.isArray(m.dims))
                    return "dims: array expected";
                for (var i = 0; i < m.dims.length; ++i) {
                    if (!$util.isInteger(m.dims[i]) && !(m.dims[i] && $util.isInteger(m.dims[i].low) && $util.isInteger(m.dims[i].high)))
                        return "dims: integer|Long[] expected";
                }
            }
            if (m.data_type != null && $Object.hasOwnProperty.call(m, "data_type")) {
                if (!$util.isInteger(m.data_type))
                    return "data_type: integer expected";
            }
            if (m.float_data != null && $Object.hasOwnProperty.call(m, "float_data")) {
                if (!$Array.isArray(m.float_data))
                    return "float_data: array expected";
                for (var i = 0; i < m.float_data.length; ++i) {
                    if (typeof m.float_data[i] !== "number")
                        return "float_data: number[] expected";
                }
            }
            if (m.int32_data != null && $Object.hasOwnProperty.call(m, "int32_data")) {
                if (!$Array.isArray(m.int32_data))
                    return "int32_data: array expected";
                for (var i = 0; i < m.int32_data.length; ++i) {
                    if (!$util.isInteger(m.int32_data[i]))
                        return "int32_data: integer[] expected";
                }
            }
            if (m.string_data != null && $Object.hasOwnProperty.call(m, "string_data")) {
                if (!$Array.isArray(m.string_data))
                    return "string_data: array expected";
                for (var i = 0; i < m.string_data.length; ++i) {
                    if (!(m.string_data[i] && typeof m.string_data[i].length === "number" || $util.isString(m.string_data[i])))
                        return "string_data: buffer[] expected";
                }
            }
            if (m.int64_data != null && $Object.hasOwnProperty.call(m, "int64_data")) {
                if (!$Array.isArray(m.int64_data))
                    return "int64_data: array expected";
                for (var i = 0; i < m.int64_data.length; ++i) {
                    if (!$util.isInteger(m.int64_data[i]) && !(m.int64_data[i] && $util.isInteger(m.int64_data[i].low) && $util.isInteger(m.int64_data[i].high)))
                        return "int64_data: integer|Long[] expected";
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                if (!$util.isString(m.doc_string))
                    return "doc_string: string expected";
            }
            if (m.raw_data != null && $Object.hasOwnProperty.call(m, "raw_data")) {
                if (!(m.raw_data && typeof m.raw_data.length === "number" || $util.isString(m.raw_data)))
                    return "raw_data: buffer expected";
            }
            if (m.double_data != null && $Object.hasOwnProperty.call(m, "double_data")) {
                if (!$Array.isArray(m.double_data))
                    return "double_data: array expected";
                for (var i = 0; i < m.double_data.length; ++i) {
                    if (typeof m.double_data[i] !== "number")
                        return "double_data: number[] expected";
                }
            }
            if (m.uint64_data != null && $Object.hasOwnProperty.call(m, "uint64_data")) {
                if (!$Array.isArray(m.uint64_data))
                    return "uint64_data: array expected";
                for (var i = 0; i < m.uint64_data.length; ++i) {
                    if (!$util.isInteger(m.uint64_data[i]) && !(m.uint64_data[i] && $util.isInteger(m.uint64_data[i].low) && $util.isInteger(m.uint64_data[i].high)))
                        return "uint64_data: integer|Long[] expected";
                }
            }
            return null;
        };

        /**
         * Creates a TensorProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.TensorProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.TensorProto} TensorProto
         */
        TensorProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.TensorProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.TensorProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.TensorProto();
            if (d.dims) {
                if (!$Array.isArray(d.dims))
                    throw $TypeError(".onnx.TensorProto.dims: array expected");
                m.dims = $Array(d.dims.length);
                for (var i = 0; i < d.dims.length; ++i) {
                    if ($util.Long)
                        m.dims[i] = $util.Long.fromValue(d.dims[i], false);
                    else if (typeof d.dims[i] === "string")
                        m.dims[i] = $parseInt(d.dims[i], 10);
                    else if (typeof d.dims[i] === "number")
                        m.dims[i] = d.dims[i];
                    else if (typeof d.dims[i] === "object")
                        m.dims[i] = new $util.LongBits(d.dims[i].low >>> 0, d.dims[i].high >>> 0).toNumber();
                }
            }
            if (d.data_type != null) {
                if ($Number(d.data_type) !== 0) {
                    m.data_type = d.data_type | 0;
                }
            }
            if (d.float_data) {
                if (!$Array.isArray(d.float_data))
                    throw $TypeError(".onnx.TensorProto.float_data: array expected");
                m.float_data = $Array(d.float_data.length);
                for (var i = 0; i < d.float_data.length; ++i) {
                    m.float_data[i] = $Number(d.float_data[i]);
                }
            }
            if (d.int32_data) {
                if (!$Array.isArray(d.int32_data))
                    throw $TypeError(".onnx.TensorProto.int32_data: array expected");
                m.int32_data = $Array(d.int32_data.length);
                for (var i = 0; i < d.int32_data.length; ++i) {
                    m.int32_data[i] = d.int32_data[i] | 0;
                }
            }
            if (d.string_data) {
                if (!$Array.isArray(d.string_data))
                    throw $TypeError(".onnx.TensorProto.string_data: array expected");
                m.string_data = $Array(d.string_data.length);
                for (var i = 0; i < d.string_data.length; ++i) {
                    if (typeof d.string_data[i] === "string")
                        $util.base64.decode(d.string_data[i], m.string_data[i] = $util.newBuffer($util.base64.length(d.string_data[i])), 0);
                    else if (d.string_data[i].length >= 0)
                        m.string_data[i] = d.string_data[i];
                }
            }
            if (d.int64_data) {
                if (!$Array.isArray(d.int64_data))
                    throw $TypeError(".onnx.TensorProto.int64_data: array expected");
                m.int64_data = $Array(d.int64_data.length);
                for (var i = 0; i < d.int64_data.length; ++i) {
                    if ($util.Long)
                        m.int64_data[i] = $util.Long.fromValue(d.int64_data[i], false);
                    else if (typeof d.int64_data[i] === "string")
                        m.int64_data[i] = $parseInt(d.int64_data[i], 10);
                    else if (typeof d.int64_data[i] === "number")
                        m.int64_data[i] = d.int64_data[i];
                    else if (typeof d.int64_data[i] === "object")
                        m.int64_data[i] = new $util.LongBits(d.int64_data[i].low >>> 0, d.int64_data[i].high >>> 0).toNumber();
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.doc_string != null) {
                if (typeof d.doc_string !== "string" || d.doc_string.length) {
                    m.doc_string = $String(d.doc_string);
                }
            }
            if (d.raw_data != null) {
                if (d.raw_data.length) {
                    if (typeof d.raw_data === "string")
                        $util.base64.decode(d.raw_data, m.raw_data = $util.newBuffer($util.base64.length(d.raw_data)), 0);
                    else if (d.raw_data.length >= 0)
                        m.raw_data = d.raw_data;
                }
            }
            if (d.double_data) {
                if (!$Array.isArray(d.double_data))
                    throw $TypeError(".onnx.TensorProto.double_data: array expected");
                m.double_data = $Array(d.double_data.length);
                for (var i = 0; i < d.double_data.length; ++i) {
                    m.double_data[i] = $Number(d.double_data[i]);
                }
            }
            if (d.uint64_data) {
                if (!$Array.isArray(d.uint64_data))
                    throw $TypeError(".onnx.TensorProto.uint64_data: array expected");
                m.uint64_data = $Array(d.uint64_data.length);
                for (var i = 0; i < d.uint64_data.length; ++i) {
                    if ($util.Long)
                        m.uint64_data[i] = $util.Long.fromValue(d.uint64_data[i], true);
                    else if (typeof d.uint64_data[i] === "string")
                        m.uint64_data[i] = $parseInt(d.uint64_data[i], 10);
                    else if (typeof d.uint64_data[i] === "number")
                        m.uint64_data[i] = d.uint64_data[i];
                    else if (typeof d.uint64_data[i] === "object")
                        m.uint64_data[i] = new $util.LongBits(d.uint64_data[i].low >>> 0, d.uint64_data[i].high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.TensorProto
         * @static
         * @param {onnx.TensorProto} m TensorProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.dims = [];
                d.float_data = [];
                d.int32_data = [];
                d.string_data = [];
                d.int64_data = [];
                d.double_data = [];
                d.uint64_data = [];
            }
            if (o.defaults) {
                d.data_type = 0;
                d.name = "";
                if (o.bytes === $String)
                    d.raw_data = "";
                else {
                    d.raw_data = [];
                    if (o.bytes !== $Array)
                        d.raw_data = $util.newBuffer(d.raw_data);
                }
                d.doc_string = "";
            }
            if (m.dims && m.dims.length) {
                d.dims = $Array(m.dims.length);
                for (var j = 0; j < m.dims.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dims[j] = typeof m.dims[j] === "number" ? $BigInt(m.dims[j]) : $util.Long.fromBits(m.dims[j].low >>> 0, m.dims[j].high >>> 0, false).toBigInt();
                    else if (typeof m.dims[j] === "number")
                        d.dims[j] = o.longs === $String ? $String(m.dims[j]) : m.dims[j];
                    else
                        d.dims[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.dims[j]) : o.longs === $Number ? new $util.LongBits(m.dims[j].low >>> 0, m.dims[j].high >>> 0).toNumber() : m.dims[j];
                }
            }
            if (m.data_type != null && $Object.hasOwnProperty.call(m, "data_type")) {
                d.data_type = m.data_type;
            }
            if (m.float_data && m.float_data.length) {
                d.float_data = $Array(m.float_data.length);
                for (var j = 0; j < m.float_data.length; ++j) {
                    d.float_data[j] = o.json && !$isFinite(m.float_data[j]) ? $String(m.float_data[j]) : m.float_data[j];
                }
            }
            if (m.int32_data && m.int32_data.length) {
                d.int32_data = $Array(m.int32_data.length);
                for (var j = 0; j < m.int32_data.length; ++j) {
                    d.int32_data[j] = m.int32_data[j];
                }
            }
            if (m.string_data && m.string_data.length) {
                d.string_data = $Array(m.string_data.length);
                for (var j = 0; j < m.string_data.length; ++j) {
                    d.string_data[j] = o.bytes === $String ? $util.base64.encode(m.string_data[j], 0, m.string_data[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.string_data[j]) : m.string_data[j];
                }
            }
            if (m.int64_data && m.int64_data.length) {
                d.int64_data = $Array(m.int64_data.length);
                for (var j = 0; j < m.int64_data.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.int64_data[j] = typeof m.int64_data[j] === "number" ? $BigInt(m.int64_data[j]) : $util.Long.fromBits(m.int64_data[j].low >>> 0, m.int64_data[j].high >>> 0, false).toBigInt();
                    else if (typeof m.int64_data[j] === "number")
                        d.int64_data[j] = o.longs === $String ? $String(m.int64_data[j]) : m.int64_data[j];
                    else
                        d.int64_data[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.int64_data[j]) : o.longs === $Number ? new $util.LongBits(m.int64_data[j].low >>> 0, m.int64_data[j].high >>> 0).toNumber() : m.int64_data[j];
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.raw_data != null && $Object.hasOwnProperty.call(m, "raw_data")) {
                d.raw_data = o.bytes === $String ? $util.base64.encode(m.raw_data, 0, m.raw_data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.raw_data) : m.raw_data;
            }
            if (m.double_data && m.double_data.length) {
                d.double_data = $Array(m.double_data.length);
                for (var j = 0; j < m.double_data.length; ++j) {
                    d.double_data[j] = o.json && !$isFinite(m.double_data[j]) ? $String(m.double_data[j]) : m.double_data[j];
                }
            }
            if (m.uint64_data && m.uint64_data.length) {
                d.uint64_data = $Array(m.uint64_data.length);
                for (var j = 0; j < m.uint64_data.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.uint64_data[j] = typeof m.uint64_data[j] === "number" ? $BigInt(m.uint64_data[j]) : $util.Long.fromBits(m.uint64_data[j].low >>> 0, m.uint64_data[j].high >>> 0, true).toBigInt();
                    else if (typeof m.uint64_data[j] === "number")
                        d.uint64_data[j] = o.longs === $String ? $String(m.uint64_data[j]) : m.uint64_data[j];
                    else
                        d.uint64_data[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.uint64_data[j]) : o.longs === $Number ? new $util.LongBits(m.uint64_data[j].low >>> 0, m.uint64_data[j].high >>> 0).toNumber(true) : m.uint64_data[j];
                }
            }
            if (m.doc_string != null && $Object.hasOwnProperty.call(m, "doc_string")) {
                d.doc_string = m.doc_string;
            }
            return d;
        };

        /**
         * Converts this TensorProto to JSON.
         * @function toJSON
         * @memberof onnx.TensorProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorProto.prototype.toJSON = function() {
            return TensorProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorProto
         * @function getTypeUrl
         * @memberof onnx.TensorProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TensorProto";
        };

        /**
         * DataType enum.
         * @name onnx.TensorProto.DataType
         * @enum {number}
         * @property {number} UNDEFINED=0 UNDEFINED value
         * @property {number} FLOAT=1 FLOAT value
         * @property {number} UINT8=2 UINT8 value
         * @property {number} INT8=3 INT8 value
         * @property {number} UINT16=4 UINT16 value
         * @property {number} INT16=5 INT16 value
         * @property {number} INT32=6 INT32 value
         * @property {number} INT64=7 INT64 value
         * @property {number} STRING=8 STRING value
         * @property {number} BOOL=9 BOOL value
         * @property {number} FLOAT16=10 FLOAT16 value
         * @property {number} DOUBLE=11 DOUBLE value
         * @property {number} UINT32=12 UINT32 value
         * @property {number} UINT64=13 UINT64 value
         * @property {number} COMPLEX64=14 COMPLEX64 value
         * @property {number} COMPLEX128=15 COMPLEX128 value
         * @property {number} BFLOAT16=16 BFLOAT16 value
         */
        TensorProto.DataType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNDEFINED"] = 0;
            values[valuesById[1] = "FLOAT"] = 1;
            values[valuesById[2] = "UINT8"] = 2;
            values[valuesById[3] = "INT8"] = 3;
            values[valuesById[4] = "UINT16"] = 4;
            values[valuesById[5] = "INT16"] = 5;
            values[valuesById[6] = "INT32"] = 6;
            values[valuesById[7] = "INT64"] = 7;
            values[valuesById[8] = "STRING"] = 8;
            values[valuesById[9] = "BOOL"] = 9;
            values[valuesById[10] = "FLOAT16"] = 10;
            values[valuesById[11] = "DOUBLE"] = 11;
            values[valuesById[12] = "UINT32"] = 12;
            values[valuesById[13] = "UINT64"] = 13;
            values[valuesById[14] = "COMPLEX64"] = 14;
            values[valuesById[15] = "COMPLEX128"] = 15;
            values[valuesById[16] = "BFLOAT16"] = 16;
            return values;
        })();

        return TensorProto;
    })();

    onnx.TensorShapeProto = (function() {

        /**
         * Properties of a TensorShapeProto.
         * @typedef {Object} onnx.TensorShapeProto.$Properties
         * @property {Array.<onnx.TensorShapeProto.Dimension.$Properties>|null} [dim] TensorShapeProto dim
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorShapeProto.
         * @memberof onnx
         * @interface ITensorShapeProto
         * @augments onnx.TensorShapeProto.$Properties
         * @deprecated Use onnx.TensorShapeProto.$Properties instead.
         */

        /**
         * Shape of a TensorShapeProto.
         * @typedef {{
         *   dim?: Array.<onnx.TensorShapeProto.Dimension.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.TensorShapeProto.$Shape
         */

        /**
         * Constructs a new TensorShapeProto.
         * @memberof onnx
         * @classdesc Represents a TensorShapeProto.
         * @constructor
         * @param {onnx.TensorShapeProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorShapeProto = function (p) {
            this.dim = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TensorShapeProto dim.
         * @member {Array.<onnx.TensorShapeProto.Dimension.$Properties>} dim
         * @memberof onnx.TensorShapeProto
         * @instance
         */
        TensorShapeProto.prototype.dim = $util.emptyArray;

        /**
         * Creates a new TensorShapeProto instance using the specified properties.
         * @function create
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {onnx.TensorShapeProto.$Properties=} [properties] Properties to set
         * @returns {onnx.TensorShapeProto} TensorShapeProto instance
         * @type {{
         *   (properties: onnx.TensorShapeProto.$Shape): onnx.TensorShapeProto & onnx.TensorShapeProto.$Shape;
         *   (properties?: onnx.TensorShapeProto.$Properties): onnx.TensorShapeProto;
         * }}
         */
        TensorShapeProto.create = function(properties) {
            return new TensorShapeProto(properties);
        };

        /**
         * Encodes the specified TensorShapeProto message. Does not implicitly {@link onnx.TensorShapeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {onnx.TensorShapeProto.$Properties} m TensorShapeProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapeProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dim != null && m.dim.length) {
                for (var i = 0; i < m.dim.length; ++i)
                    $root.onnx.TensorShapeProto.Dimension.encode(m.dim[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorShapeProto message, length delimited. Does not implicitly {@link onnx.TensorShapeProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {onnx.TensorShapeProto.$Properties} message TensorShapeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapeProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.TensorShapeProto & onnx.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapeProto.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.onnx.TensorShapeProto();
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
                        if (!(m.dim && m.dim.length))
                            m.dim = [];
                        m.dim.push($root.onnx.TensorShapeProto.Dimension.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a TensorShapeProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.TensorShapeProto & onnx.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapeProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorShapeProto message.
         * @function verify
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorShapeProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.dim != null && $Object.hasOwnProperty.call(m, "dim")) {
                if (!$Array.isArray(m.dim))
                    return "dim: array expected";
                for (var i = 0; i < m.dim.length; ++i) {
                    {
                        var e = $root.onnx.TensorShapeProto.Dimension.verify(m.dim[i], q + 1);
                        if (e)
                            return "dim." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a TensorShapeProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.TensorShapeProto} TensorShapeProto
         */
        TensorShapeProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.TensorShapeProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.TensorShapeProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.TensorShapeProto();
            if (d.dim) {
                if (!$Array.isArray(d.dim))
                    throw $TypeError(".onnx.TensorShapeProto.dim: array expected");
                m.dim = $Array(d.dim.length);
                for (var i = 0; i < d.dim.length; ++i) {
                    if (!$util.isObject(d.dim[i]))
                        throw $TypeError(".onnx.TensorShapeProto.dim: object expected");
                    m.dim[i] = $root.onnx.TensorShapeProto.Dimension.fromObject(d.dim[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorShapeProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {onnx.TensorShapeProto} m TensorShapeProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorShapeProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.dim = [];
            }
            if (m.dim && m.dim.length) {
                d.dim = $Array(m.dim.length);
                for (var j = 0; j < m.dim.length; ++j) {
                    d.dim[j] = $root.onnx.TensorShapeProto.Dimension.toObject(m.dim[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this TensorShapeProto to JSON.
         * @function toJSON
         * @memberof onnx.TensorShapeProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorShapeProto.prototype.toJSON = function() {
            return TensorShapeProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorShapeProto
         * @function getTypeUrl
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorShapeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TensorShapeProto";
        };

        TensorShapeProto.Dimension = (function() {

            /**
             * Properties of a Dimension.
             * @typedef {Object} onnx.TensorShapeProto.Dimension.$Properties
             * @property {number|null} [dim_value] Dimension dim_value
             * @property {string|null} [dim_param] Dimension dim_param
             * @property {string|null} [denotation] Dimension denotation
             * @property {"dim_value"|"dim_param"} [value] Dimension value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dimension.
             * @memberof onnx.TensorShapeProto
             * @interface IDimension
             * @augments onnx.TensorShapeProto.Dimension.$Properties
             * @deprecated Use onnx.TensorShapeProto.Dimension.$Properties instead.
             */

            /**
             * Narrowed shape of a Dimension.
             * @typedef {{
             *   dim_value?: number|null;
             *   dim_param?: string|null;
             *   denotation?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; dim_value?: null; dim_param?: null }|{ value?: "dim_value"; dim_value: number; dim_param?: null }|{ value?: "dim_param"; dim_value?: null; dim_param: string })
             * )} onnx.TensorShapeProto.Dimension.$Shape
             */

            /**
             * Constructs a new Dimension.
             * @memberof onnx.TensorShapeProto
             * @classdesc Represents a Dimension.
             * @constructor
             * @param {onnx.TensorShapeProto.Dimension.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dimension = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Dimension dim_value.
             * @member {number|null|undefined} dim_value
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            Dimension.prototype.dim_value = null;

            /**
             * Dimension dim_param.
             * @member {string|null|undefined} dim_param
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            Dimension.prototype.dim_param = null;

            /**
             * Dimension denotation.
             * @member {string} denotation
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            Dimension.prototype.denotation = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Dimension value.
             * @member {"dim_value"|"dim_param"|undefined} value
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            $Object.defineProperty(Dimension.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["dim_value", "dim_param"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Dimension instance using the specified properties.
             * @function create
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {onnx.TensorShapeProto.Dimension.$Properties=} [properties] Properties to set
             * @returns {onnx.TensorShapeProto.Dimension} Dimension instance
             * @type {{
             *   (properties: onnx.TensorShapeProto.Dimension.$Shape): onnx.TensorShapeProto.Dimension & onnx.TensorShapeProto.Dimension.$Shape;
             *   (properties?: onnx.TensorShapeProto.Dimension.$Properties): onnx.TensorShapeProto.Dimension;
             * }}
             */
            Dimension.create = function(properties) {
                return new Dimension(properties);
            };

            /**
             * Encodes the specified Dimension message. Does not implicitly {@link onnx.TensorShapeProto.Dimension.verify|verify} messages.
             * @function encode
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {onnx.TensorShapeProto.Dimension.$Properties} m Dimension message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dimension.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.dim_value != null && $Object.hasOwnProperty.call(m, "dim_value"))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.dim_value);
                if (m.dim_param != null && $Object.hasOwnProperty.call(m, "dim_param"))
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.dim_param);
                if (m.denotation != null && $Object.hasOwnProperty.call(m, "denotation") && m.denotation !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.denotation);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Dimension message, length delimited. Does not implicitly {@link onnx.TensorShapeProto.Dimension.verify|verify} messages.
             * @function encodeDelimited
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {onnx.TensorShapeProto.Dimension.$Properties} message Dimension message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dimension.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Dimension message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {onnx.TensorShapeProto.Dimension & onnx.TensorShapeProto.Dimension.$Shape} Dimension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dimension.decode = function (r, l, z, q, g) {
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
                m = g || new $root.onnx.TensorShapeProto.Dimension();
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
                            m.dim_value = r.int64();
                            m.value = "dim_value";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.dim_param = r.stringVerify();
                            m.value = "dim_param";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.denotation = v;
                            else
                                delete m.denotation;
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
             * Decodes a Dimension message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {onnx.TensorShapeProto.Dimension & onnx.TensorShapeProto.Dimension.$Shape} Dimension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dimension.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Dimension message.
             * @function verify
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Dimension.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.dim_value != null && $Object.hasOwnProperty.call(m, "dim_value")) {
                    p.value = 1;
                    if (!$util.isInteger(m.dim_value) && !(m.dim_value && $util.isInteger(m.dim_value.low) && $util.isInteger(m.dim_value.high)))
                        return "dim_value: integer|Long expected";
                }
                if (m.dim_param != null && $Object.hasOwnProperty.call(m, "dim_param")) {
                    if (p.value === 1)
                        return "value: multiple values";
                    p.value = 1;
                    if (!$util.isString(m.dim_param))
                        return "dim_param: string expected";
                }
                if (m.denotation != null && $Object.hasOwnProperty.call(m, "denotation")) {
                    if (!$util.isString(m.denotation))
                        return "denotation: string expected";
                }
                return null;
            };

            /**
             * Creates a Dimension message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {onnx.TensorShapeProto.Dimension} Dimension
             */
            Dimension.fromObject = function (d, q) {
                if (d instanceof $root.onnx.TensorShapeProto.Dimension)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".onnx.TensorShapeProto.Dimension: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.onnx.TensorShapeProto.Dimension();
                if (d.dim_value != null) {
                    if ($util.Long)
                        m.dim_value = $util.Long.fromValue(d.dim_value, false);
                    else if (typeof d.dim_value === "string")
                        m.dim_value = $parseInt(d.dim_value, 10);
                    else if (typeof d.dim_value === "number")
                        m.dim_value = d.dim_value;
                    else if (typeof d.dim_value === "object")
                        m.dim_value = new $util.LongBits(d.dim_value.low >>> 0, d.dim_value.high >>> 0).toNumber();
                }
                if (d.dim_param != null) {
                    m.dim_param = $String(d.dim_param);
                }
                if (d.denotation != null) {
                    if (typeof d.denotation !== "string" || d.denotation.length) {
                        m.denotation = $String(d.denotation);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Dimension message. Also converts values to other types if specified.
             * @function toObject
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {onnx.TensorShapeProto.Dimension} m Dimension
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Dimension.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.denotation = "";
                }
                if (m.dim_value != null && $Object.hasOwnProperty.call(m, "dim_value")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dim_value = typeof m.dim_value === "number" ? $BigInt(m.dim_value) : $util.Long.fromBits(m.dim_value.low >>> 0, m.dim_value.high >>> 0, false).toBigInt();
                    else if (typeof m.dim_value === "number")
                        d.dim_value = o.longs === $String ? $String(m.dim_value) : m.dim_value;
                    else
                        d.dim_value = o.longs === $String ? $util.Long.prototype.toString.call(m.dim_value) : o.longs === $Number ? new $util.LongBits(m.dim_value.low >>> 0, m.dim_value.high >>> 0).toNumber() : m.dim_value;
                    if (o.oneofs)
                        d.value = "dim_value";
                }
                if (m.dim_param != null && $Object.hasOwnProperty.call(m, "dim_param")) {
                    d.dim_param = m.dim_param;
                    if (o.oneofs)
                        d.value = "dim_param";
                }
                if (m.denotation != null && $Object.hasOwnProperty.call(m, "denotation")) {
                    d.denotation = m.denotation;
                }
                return d;
            };

            /**
             * Converts this Dimension to JSON.
             * @function toJSON
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Dimension.prototype.toJSON = function() {
                return Dimension.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Dimension
             * @function getTypeUrl
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Dimension.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TensorShapeProto.Dimension";
            };

            return Dimension;
        })();

        return TensorShapeProto;
    })();

    onnx.TypeProto = (function() {

        /**
         * Properties of a TypeProto.
         * @typedef {Object} onnx.TypeProto.$Properties
         * @property {onnx.TypeProto.Tensor.$Properties|null} [tensor_type] TypeProto tensor_type
         * @property {string|null} [denotation] TypeProto denotation
         * @property {"tensor_type"} [value] TypeProto value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TypeProto.
         * @memberof onnx
         * @interface ITypeProto
         * @augments onnx.TypeProto.$Properties
         * @deprecated Use onnx.TypeProto.$Properties instead.
         */

        /**
         * Narrowed shape of a TypeProto.
         * @typedef {{
         *   tensor_type?: onnx.TypeProto.Tensor.$Shape|null;
         *   denotation?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ value?: undefined; tensor_type?: null }|{ value?: "tensor_type"; tensor_type: onnx.TypeProto.Tensor.$Shape })
         * )} onnx.TypeProto.$Shape
         */

        /**
         * Constructs a new TypeProto.
         * @memberof onnx
         * @classdesc Represents a TypeProto.
         * @constructor
         * @param {onnx.TypeProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TypeProto = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TypeProto tensor_type.
         * @member {onnx.TypeProto.Tensor.$Properties|null|undefined} tensor_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.tensor_type = null;

        /**
         * TypeProto denotation.
         * @member {string} denotation
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.denotation = "";

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * TypeProto value.
         * @member {"tensor_type"|undefined} value
         * @memberof onnx.TypeProto
         * @instance
         */
        $Object.defineProperty(TypeProto.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["tensor_type"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new TypeProto instance using the specified properties.
         * @function create
         * @memberof onnx.TypeProto
         * @static
         * @param {onnx.TypeProto.$Properties=} [properties] Properties to set
         * @returns {onnx.TypeProto} TypeProto instance
         * @type {{
         *   (properties: onnx.TypeProto.$Shape): onnx.TypeProto & onnx.TypeProto.$Shape;
         *   (properties?: onnx.TypeProto.$Properties): onnx.TypeProto;
         * }}
         */
        TypeProto.create = function(properties) {
            return new TypeProto(properties);
        };

        /**
         * Encodes the specified TypeProto message. Does not implicitly {@link onnx.TypeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TypeProto
         * @static
         * @param {onnx.TypeProto.$Properties} m TypeProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TypeProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tensor_type != null && $Object.hasOwnProperty.call(m, "tensor_type"))
                $root.onnx.TypeProto.Tensor.encode(m.tensor_type, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.denotation != null && $Object.hasOwnProperty.call(m, "denotation") && m.denotation !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.denotation);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TypeProto message, length delimited. Does not implicitly {@link onnx.TypeProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.TypeProto
         * @static
         * @param {onnx.TypeProto.$Properties} message TypeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TypeProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TypeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TypeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.TypeProto & onnx.TypeProto.$Shape} TypeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TypeProto.decode = function (r, l, z, q, g) {
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
            m = g || new $root.onnx.TypeProto();
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
                        m.tensor_type = $root.onnx.TypeProto.Tensor.decode(r, r.size(), $undefined, q + 1, m.tensor_type);
                        m.value = "tensor_type";
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.denotation = v;
                        else
                            delete m.denotation;
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
         * Decodes a TypeProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.TypeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.TypeProto & onnx.TypeProto.$Shape} TypeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TypeProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TypeProto message.
         * @function verify
         * @memberof onnx.TypeProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TypeProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.tensor_type != null && $Object.hasOwnProperty.call(m, "tensor_type")) {
                p.value = 1;
                {
                    var e = $root.onnx.TypeProto.Tensor.verify(m.tensor_type, q + 1);
                    if (e)
                        return "tensor_type." + e;
                }
            }
            if (m.denotation != null && $Object.hasOwnProperty.call(m, "denotation")) {
                if (!$util.isString(m.denotation))
                    return "denotation: string expected";
            }
            return null;
        };

        /**
         * Creates a TypeProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.TypeProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.TypeProto} TypeProto
         */
        TypeProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.TypeProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.TypeProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.TypeProto();
            if (d.tensor_type != null) {
                if (!$util.isObject(d.tensor_type))
                    throw $TypeError(".onnx.TypeProto.tensor_type: object expected");
                m.tensor_type = $root.onnx.TypeProto.Tensor.fromObject(d.tensor_type, q + 1);
            }
            if (d.denotation != null) {
                if (typeof d.denotation !== "string" || d.denotation.length) {
                    m.denotation = $String(d.denotation);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TypeProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.TypeProto
         * @static
         * @param {onnx.TypeProto} m TypeProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TypeProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.denotation = "";
            }
            if (m.tensor_type != null && $Object.hasOwnProperty.call(m, "tensor_type")) {
                d.tensor_type = $root.onnx.TypeProto.Tensor.toObject(m.tensor_type, o, q + 1);
                if (o.oneofs)
                    d.value = "tensor_type";
            }
            if (m.denotation != null && $Object.hasOwnProperty.call(m, "denotation")) {
                d.denotation = m.denotation;
            }
            return d;
        };

        /**
         * Converts this TypeProto to JSON.
         * @function toJSON
         * @memberof onnx.TypeProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TypeProto.prototype.toJSON = function() {
            return TypeProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TypeProto
         * @function getTypeUrl
         * @memberof onnx.TypeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TypeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TypeProto";
        };

        TypeProto.Tensor = (function() {

            /**
             * Properties of a Tensor.
             * @typedef {Object} onnx.TypeProto.Tensor.$Properties
             * @property {number|null} [elem_type] Tensor elem_type
             * @property {onnx.TensorShapeProto.$Properties|null} [shape] Tensor shape
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tensor.
             * @memberof onnx.TypeProto
             * @interface ITensor
             * @augments onnx.TypeProto.Tensor.$Properties
             * @deprecated Use onnx.TypeProto.Tensor.$Properties instead.
             */

            /**
             * Shape of a Tensor.
             * @typedef {{
             *   elem_type?: number|null;
             *   shape?: onnx.TensorShapeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.Tensor.$Shape
             */

            /**
             * Constructs a new Tensor.
             * @memberof onnx.TypeProto
             * @classdesc Represents a Tensor.
             * @constructor
             * @param {onnx.TypeProto.Tensor.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Tensor = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Tensor elem_type.
             * @member {number} elem_type
             * @memberof onnx.TypeProto.Tensor
             * @instance
             */
            Tensor.prototype.elem_type = 0;

            /**
             * Tensor shape.
             * @member {onnx.TensorShapeProto.$Properties|null|undefined} shape
             * @memberof onnx.TypeProto.Tensor
             * @instance
             */
            Tensor.prototype.shape = null;

            /**
             * Creates a new Tensor instance using the specified properties.
             * @function create
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {onnx.TypeProto.Tensor.$Properties=} [properties] Properties to set
             * @returns {onnx.TypeProto.Tensor} Tensor instance
             * @type {{
             *   (properties: onnx.TypeProto.Tensor.$Shape): onnx.TypeProto.Tensor & onnx.TypeProto.Tensor.$Shape;
             *   (properties?: onnx.TypeProto.Tensor.$Properties): onnx.TypeProto.Tensor;
             * }}
             */
            Tensor.create = function(properties) {
                return new Tensor(properties);
            };

            /**
             * Encodes the specified Tensor message. Does not implicitly {@link onnx.TypeProto.Tensor.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {onnx.TypeProto.Tensor.$Properties} m Tensor message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tensor.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.elem_type != null && $Object.hasOwnProperty.call(m, "elem_type") && m.elem_type !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.elem_type);
                if (m.shape != null && $Object.hasOwnProperty.call(m, "shape"))
                    $root.onnx.TensorShapeProto.encode(m.shape, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Tensor message, length delimited. Does not implicitly {@link onnx.TypeProto.Tensor.verify|verify} messages.
             * @function encodeDelimited
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {onnx.TypeProto.Tensor.$Properties} message Tensor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tensor.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Tensor message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {onnx.TypeProto.Tensor & onnx.TypeProto.Tensor.$Shape} Tensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tensor.decode = function (r, l, z, q, g) {
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
                m = g || new $root.onnx.TypeProto.Tensor();
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
                                m.elem_type = v;
                            else
                                delete m.elem_type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.shape = $root.onnx.TensorShapeProto.decode(r, r.size(), $undefined, q + 1, m.shape);
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
             * Decodes a Tensor message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {onnx.TypeProto.Tensor & onnx.TypeProto.Tensor.$Shape} Tensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tensor.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Tensor message.
             * @function verify
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Tensor.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.elem_type != null && $Object.hasOwnProperty.call(m, "elem_type")) {
                    if (!$util.isInteger(m.elem_type))
                        return "elem_type: integer expected";
                }
                if (m.shape != null && $Object.hasOwnProperty.call(m, "shape")) {
                    {
                        var e = $root.onnx.TensorShapeProto.verify(m.shape, q + 1);
                        if (e)
                            return "shape." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Tensor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {onnx.TypeProto.Tensor} Tensor
             */
            Tensor.fromObject = function (d, q) {
                if (d instanceof $root.onnx.TypeProto.Tensor)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".onnx.TypeProto.Tensor: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.onnx.TypeProto.Tensor();
                if (d.elem_type != null) {
                    if ($Number(d.elem_type) !== 0) {
                        m.elem_type = d.elem_type | 0;
                    }
                }
                if (d.shape != null) {
                    if (!$util.isObject(d.shape))
                        throw $TypeError(".onnx.TypeProto.Tensor.shape: object expected");
                    m.shape = $root.onnx.TensorShapeProto.fromObject(d.shape, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Tensor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {onnx.TypeProto.Tensor} m Tensor
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Tensor.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.elem_type = 0;
                    d.shape = null;
                }
                if (m.elem_type != null && $Object.hasOwnProperty.call(m, "elem_type")) {
                    d.elem_type = m.elem_type;
                }
                if (m.shape != null && $Object.hasOwnProperty.call(m, "shape")) {
                    d.shape = $root.onnx.TensorShapeProto.toObject(m.shape, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Tensor to JSON.
             * @function toJSON
             * @memberof onnx.TypeProto.Tensor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Tensor.prototype.toJSON = function() {
                return Tensor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Tensor
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Tensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Tensor";
            };

            return Tensor;
        })();

        return TypeProto;
    })();

    onnx.OperatorSetIdProto = (function() {

        /**
         * Properties of an OperatorSetIdProto.
         * @typedef {Object} onnx.OperatorSetIdProto.$Properties
         * @property {string|null} [domain] OperatorSetIdProto domain
         * @property {number|null} [version] OperatorSetIdProto version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OperatorSetIdProto.
         * @memberof onnx
         * @interface IOperatorSetIdProto
         * @augments onnx.OperatorSetIdProto.$Properties
         * @deprecated Use onnx.OperatorSetIdProto.$Properties instead.
         */

        /**
         * Shape of an OperatorSetIdProto.
         * @typedef {onnx.OperatorSetIdProto.$Properties} onnx.OperatorSetIdProto.$Shape
         */

        /**
         * Constructs a new OperatorSetIdProto.
         * @memberof onnx
         * @classdesc Represents an OperatorSetIdProto.
         * @constructor
         * @param {onnx.OperatorSetIdProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OperatorSetIdProto = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * OperatorSetIdProto domain.
         * @member {string} domain
         * @memberof onnx.OperatorSetIdProto
         * @instance
         */
        OperatorSetIdProto.prototype.domain = "";

        /**
         * OperatorSetIdProto version.
         * @member {number} version
         * @memberof onnx.OperatorSetIdProto
         * @instance
         */
        OperatorSetIdProto.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new OperatorSetIdProto instance using the specified properties.
         * @function create
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {onnx.OperatorSetIdProto.$Properties=} [properties] Properties to set
         * @returns {onnx.OperatorSetIdProto} OperatorSetIdProto instance
         * @type {{
         *   (properties: onnx.OperatorSetIdProto.$Shape): onnx.OperatorSetIdProto & onnx.OperatorSetIdProto.$Shape;
         *   (properties?: onnx.OperatorSetIdProto.$Properties): onnx.OperatorSetIdProto;
         * }}
         */
        OperatorSetIdProto.create = function(properties) {
            return new OperatorSetIdProto(properties);
        };

        /**
         * Encodes the specified OperatorSetIdProto message. Does not implicitly {@link onnx.OperatorSetIdProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {onnx.OperatorSetIdProto.$Properties} m OperatorSetIdProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OperatorSetIdProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain") && m.domain !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.domain);
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).int64(m.version);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified OperatorSetIdProto message, length delimited. Does not implicitly {@link onnx.OperatorSetIdProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {onnx.OperatorSetIdProto.$Properties} message OperatorSetIdProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OperatorSetIdProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an OperatorSetIdProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {onnx.OperatorSetIdProto & onnx.OperatorSetIdProto.$Shape} OperatorSetIdProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OperatorSetIdProto.decode = function (r, l, z, q, g) {
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
            m = g || new $root.onnx.OperatorSetIdProto();
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
                            m.domain = v;
                        else
                            delete m.domain;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.version = v;
                        else
                            delete m.version;
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
         * Decodes an OperatorSetIdProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {onnx.OperatorSetIdProto & onnx.OperatorSetIdProto.$Shape} OperatorSetIdProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OperatorSetIdProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an OperatorSetIdProto message.
         * @function verify
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OperatorSetIdProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain")) {
                if (!$util.isString(m.domain))
                    return "domain: string expected";
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                    return "version: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates an OperatorSetIdProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {onnx.OperatorSetIdProto} OperatorSetIdProto
         */
        OperatorSetIdProto.fromObject = function (d, q) {
            if (d instanceof $root.onnx.OperatorSetIdProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".onnx.OperatorSetIdProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.onnx.OperatorSetIdProto();
            if (d.domain != null) {
                if (typeof d.domain !== "string" || d.domain.length) {
                    m.domain = $String(d.domain);
                }
            }
            if (d.version != null) {
                if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                    if ($util.Long)
                        m.version = $util.Long.fromValue(d.version, false);
                    else if (typeof d.version === "string")
                        m.version = $parseInt(d.version, 10);
                    else if (typeof d.version === "number")
                        m.version = d.version;
                    else if (typeof d.version === "object")
                        m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an OperatorSetIdProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {onnx.OperatorSetIdProto} m OperatorSetIdProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OperatorSetIdProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.domain = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain")) {
                d.domain = m.domain;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                else if (typeof m.version === "number")
                    d.version = o.longs === $String ? $String(m.version) : m.version;
                else
                    d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
            }
            return d;
        };

        /**
         * Converts this OperatorSetIdProto to JSON.
         * @function toJSON
         * @memberof onnx.OperatorSetIdProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OperatorSetIdProto.prototype.toJSON = function() {
            return OperatorSetIdProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for OperatorSetIdProto
         * @function getTypeUrl
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OperatorSetIdProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.OperatorSetIdProto";
        };

        return OperatorSetIdProto;
    })();

    return onnx;
})();

export {
  $root as default
};
