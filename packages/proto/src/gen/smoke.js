/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tandem = $root.tandem = (() => {

    /**
     * Namespace tandem.
     * @exports tandem
     * @namespace
     */
    const tandem = {};

    tandem.smoke = (function() {

        /**
         * Namespace smoke.
         * @memberof tandem
         * @namespace
         */
        const smoke = {};

        smoke.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} tandem.smoke.Ping.$Properties
             * @property {number|null} [step] Ping step
             * @property {string|null} [run] Ping run
             * @property {Uint8Array|null} [payload] Ping payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof tandem.smoke
             * @interface IPing
             * @augments tandem.smoke.Ping.$Properties
             * @deprecated Use tandem.smoke.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {tandem.smoke.Ping.$Properties} tandem.smoke.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof tandem.smoke
             * @classdesc Represents a Ping.
             * @constructor
             * @param {tandem.smoke.Ping.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ping step.
             * @member {number} step
             * @memberof tandem.smoke.Ping
             * @instance
             */
            Ping.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ping run.
             * @member {string} run
             * @memberof tandem.smoke.Ping
             * @instance
             */
            Ping.prototype.run = "";

            /**
             * Ping payload.
             * @member {Uint8Array} payload
             * @memberof tandem.smoke.Ping
             * @instance
             */
            Ping.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof tandem.smoke.Ping
             * @static
             * @param {tandem.smoke.Ping.$Properties=} [properties] Properties to set
             * @returns {tandem.smoke.Ping} Ping instance
             * @type {{
             *   (properties: tandem.smoke.Ping.$Shape): tandem.smoke.Ping & tandem.smoke.Ping.$Shape;
             *   (properties?: tandem.smoke.Ping.$Properties): tandem.smoke.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link tandem.smoke.Ping.verify|verify} messages.
             * @function encode
             * @memberof tandem.smoke.Ping
             * @static
             * @param {tandem.smoke.Ping.$Properties} m Ping message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.step);
                if (m.run != null && $Object.hasOwnProperty.call(m, "run") && m.run !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.run);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.payload);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link tandem.smoke.Ping.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tandem.smoke.Ping
             * @static
             * @param {tandem.smoke.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof tandem.smoke.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {tandem.smoke.Ping & tandem.smoke.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (r, l, z, q, g) {
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
                m = g || new $root.tandem.smoke.Ping();
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
                                m.step = v;
                            else
                                delete m.step;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.run = v;
                            else
                                delete m.run;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
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
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tandem.smoke.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tandem.smoke.Ping & tandem.smoke.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Ping message.
             * @function verify
             * @memberof tandem.smoke.Ping
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ping.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                    if (!$util.isInteger(m.step) && !(m.step && $util.isInteger(m.step.low) && $util.isInteger(m.step.high)))
                        return "step: integer|Long expected";
                }
                if (m.run != null && $Object.hasOwnProperty.call(m, "run")) {
                    if (!$util.isString(m.run))
                        return "run: string expected";
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    if (!(m.payload && typeof m.payload.length === "number" || $util.isString(m.payload)))
                        return "payload: buffer expected";
                }
                return null;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tandem.smoke.Ping
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {tandem.smoke.Ping} Ping
             */
            Ping.fromObject = function (d, q) {
                if (d instanceof $root.tandem.smoke.Ping)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".tandem.smoke.Ping: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.tandem.smoke.Ping();
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
                if (d.run != null) {
                    if (typeof d.run !== "string" || d.run.length) {
                        m.run = $String(d.run);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tandem.smoke.Ping
             * @static
             * @param {tandem.smoke.Ping} m Ping
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (m, o, q) {
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
                        d.step = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.step = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.run = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                }
                if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                    else if (typeof m.step === "number")
                        d.step = o.longs === $String ? $String(m.step) : m.step;
                    else
                        d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
                }
                if (m.run != null && $Object.hasOwnProperty.call(m, "run")) {
                    d.run = m.run;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                return d;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof tandem.smoke.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof tandem.smoke.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tandem.smoke.Ping";
            };

            return Ping;
        })();

        return smoke;
    })();

    return tandem;
})();

export {
  $root as default
};
