/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tandem_admin = $root.tandem_admin = (() => {

    /**
     * Namespace tandem_admin.
     * @exports tandem_admin
     * @namespace
     */
    const tandem_admin = {};

    tandem_admin.AdminRequest = (function() {

        /**
         * Properties of an AdminRequest.
         * @typedef {Object} tandem_admin.AdminRequest.$Properties
         * @property {number|null} [requestId] AdminRequest requestId
         * @property {string|null} [adminKey] AdminRequest adminKey
         * @property {string|null} [viewerToken] AdminRequest viewerToken
         * @property {tandem_admin.StatusRequest.$Properties|null} [status] AdminRequest status
         * @property {tandem_admin.WorkersRequest.$Properties|null} [workers] AdminRequest workers
         * @property {tandem_admin.PlanRequest.$Properties|null} [plan] AdminRequest plan
         * @property {tandem_admin.DrainRequest.$Properties|null} [drain] AdminRequest drain
         * @property {tandem_admin.KickRequest.$Properties|null} [kick] AdminRequest kick
         * @property {tandem_admin.PauseRequest.$Properties|null} [pause] AdminRequest pause
         * @property {tandem_admin.ResumeRequest.$Properties|null} [resume] AdminRequest resume
         * @property {tandem_admin.CheckpointNowRequest.$Properties|null} [checkpoint] AdminRequest checkpoint
         * @property {tandem_admin.CheckpointsRequest.$Properties|null} [checkpoints] AdminRequest checkpoints
         * @property {tandem_admin.RollbackRequest.$Properties|null} [rollback] AdminRequest rollback
         * @property {tandem_admin.TokenCreateRequest.$Properties|null} [tokenCreate] AdminRequest tokenCreate
         * @property {tandem_admin.TokenRevokeRequest.$Properties|null} [tokenRevoke] AdminRequest tokenRevoke
         * @property {tandem_admin.TokensListRequest.$Properties|null} [tokensList] AdminRequest tokensList
         * @property {tandem_admin.ExportRequest.$Properties|null} ["export"] AdminRequest export
         * @property {tandem_admin.BlobRequest.$Properties|null} [blob] AdminRequest blob
         * @property {tandem_admin.LogsRequest.$Properties|null} [logs] AdminRequest logs
         * @property {tandem_admin.MetricsRequest.$Properties|null} [metrics] AdminRequest metrics
         * @property {"adminKey"|"viewerToken"} [auth] AdminRequest auth
         * @property {"status"|"workers"|"plan"|"drain"|"kick"|"pause"|"resume"|"checkpoint"|"checkpoints"|"rollback"|"tokenCreate"|"tokenRevoke"|"tokensList"|"export"|"blob"|"logs"|"metrics"} [body] AdminRequest body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AdminRequest.
         * @memberof tandem_admin
         * @interface IAdminRequest
         * @augments tandem_admin.AdminRequest.$Properties
         * @deprecated Use tandem_admin.AdminRequest.$Properties instead.
         */

        /**
         * Narrowed shape of an AdminRequest.
         * @typedef {{
         *   requestId?: number|null;
         *   adminKey?: string|null;
         *   viewerToken?: string|null;
         *   status?: tandem_admin.StatusRequest.$Shape|null;
         *   workers?: tandem_admin.WorkersRequest.$Shape|null;
         *   plan?: tandem_admin.PlanRequest.$Shape|null;
         *   drain?: tandem_admin.DrainRequest.$Shape|null;
         *   kick?: tandem_admin.KickRequest.$Shape|null;
         *   pause?: tandem_admin.PauseRequest.$Shape|null;
         *   resume?: tandem_admin.ResumeRequest.$Shape|null;
         *   checkpoint?: tandem_admin.CheckpointNowRequest.$Shape|null;
         *   checkpoints?: tandem_admin.CheckpointsRequest.$Shape|null;
         *   rollback?: tandem_admin.RollbackRequest.$Shape|null;
         *   tokenCreate?: tandem_admin.TokenCreateRequest.$Shape|null;
         *   tokenRevoke?: tandem_admin.TokenRevokeRequest.$Shape|null;
         *   tokensList?: tandem_admin.TokensListRequest.$Shape|null;
         *   "export"?: tandem_admin.ExportRequest.$Shape|null;
         *   blob?: tandem_admin.BlobRequest.$Shape|null;
         *   logs?: tandem_admin.LogsRequest.$Shape|null;
         *   metrics?: tandem_admin.MetricsRequest.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ auth?: undefined; adminKey?: null; viewerToken?: null }|{ auth?: "adminKey"; adminKey: string; viewerToken?: null }|{ auth?: "viewerToken"; adminKey?: null; viewerToken: string })
         * ) & (
         *   ({ body?: undefined; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "status"; status: tandem_admin.StatusRequest.$Shape; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "workers"; status?: null; workers: tandem_admin.WorkersRequest.$Shape; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "plan"; status?: null; workers?: null; plan: tandem_admin.PlanRequest.$Shape; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "drain"; status?: null; workers?: null; plan?: null; drain: tandem_admin.DrainRequest.$Shape; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "kick"; status?: null; workers?: null; plan?: null; drain?: null; kick: tandem_admin.KickRequest.$Shape; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "pause"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause: tandem_admin.PauseRequest.$Shape; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "resume"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume: tandem_admin.ResumeRequest.$Shape; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "checkpoint"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint: tandem_admin.CheckpointNowRequest.$Shape; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "checkpoints"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints: tandem_admin.CheckpointsRequest.$Shape; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "rollback"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback: tandem_admin.RollbackRequest.$Shape; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "tokenCreate"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate: tandem_admin.TokenCreateRequest.$Shape; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "tokenRevoke"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke: tandem_admin.TokenRevokeRequest.$Shape; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "tokensList"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList: tandem_admin.TokensListRequest.$Shape; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "export"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export": tandem_admin.ExportRequest.$Shape; blob?: null; logs?: null; metrics?: null }|{ body?: "blob"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob: tandem_admin.BlobRequest.$Shape; logs?: null; metrics?: null }|{ body?: "logs"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs: tandem_admin.LogsRequest.$Shape; metrics?: null }|{ body?: "metrics"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics: tandem_admin.MetricsRequest.$Shape })
         * )} tandem_admin.AdminRequest.$Shape
         */

        /**
         * Constructs a new AdminRequest.
         * @memberof tandem_admin
         * @classdesc Represents an AdminRequest.
         * @constructor
         * @param {tandem_admin.AdminRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AdminRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AdminRequest requestId.
         * @member {number} requestId
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AdminRequest adminKey.
         * @member {string|null|undefined} adminKey
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.adminKey = null;

        /**
         * AdminRequest viewerToken.
         * @member {string|null|undefined} viewerToken
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.viewerToken = null;

        /**
         * AdminRequest status.
         * @member {tandem_admin.StatusRequest.$Properties|null|undefined} status
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.status = null;

        /**
         * AdminRequest workers.
         * @member {tandem_admin.WorkersRequest.$Properties|null|undefined} workers
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.workers = null;

        /**
         * AdminRequest plan.
         * @member {tandem_admin.PlanRequest.$Properties|null|undefined} plan
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.plan = null;

        /**
         * AdminRequest drain.
         * @member {tandem_admin.DrainRequest.$Properties|null|undefined} drain
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.drain = null;

        /**
         * AdminRequest kick.
         * @member {tandem_admin.KickRequest.$Properties|null|undefined} kick
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.kick = null;

        /**
         * AdminRequest pause.
         * @member {tandem_admin.PauseRequest.$Properties|null|undefined} pause
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.pause = null;

        /**
         * AdminRequest resume.
         * @member {tandem_admin.ResumeRequest.$Properties|null|undefined} resume
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.resume = null;

        /**
         * AdminRequest checkpoint.
         * @member {tandem_admin.CheckpointNowRequest.$Properties|null|undefined} checkpoint
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.checkpoint = null;

        /**
         * AdminRequest checkpoints.
         * @member {tandem_admin.CheckpointsRequest.$Properties|null|undefined} checkpoints
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.checkpoints = null;

        /**
         * AdminRequest rollback.
         * @member {tandem_admin.RollbackRequest.$Properties|null|undefined} rollback
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.rollback = null;

        /**
         * AdminRequest tokenCreate.
         * @member {tandem_admin.TokenCreateRequest.$Properties|null|undefined} tokenCreate
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.tokenCreate = null;

        /**
         * AdminRequest tokenRevoke.
         * @member {tandem_admin.TokenRevokeRequest.$Properties|null|undefined} tokenRevoke
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.tokenRevoke = null;

        /**
         * AdminRequest tokensList.
         * @member {tandem_admin.TokensListRequest.$Properties|null|undefined} tokensList
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.tokensList = null;

        /**
         * AdminRequest export.
         * @member {tandem_admin.ExportRequest.$Properties|null|undefined} export
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype["export"] = null;

        /**
         * AdminRequest blob.
         * @member {tandem_admin.BlobRequest.$Properties|null|undefined} blob
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.blob = null;

        /**
         * AdminRequest logs.
         * @member {tandem_admin.LogsRequest.$Properties|null|undefined} logs
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.logs = null;

        /**
         * AdminRequest metrics.
         * @member {tandem_admin.MetricsRequest.$Properties|null|undefined} metrics
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        AdminRequest.prototype.metrics = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * AdminRequest auth.
         * @member {"adminKey"|"viewerToken"|undefined} auth
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        $Object.defineProperty(AdminRequest.prototype, "auth", {
            get: $util.oneOfGetter($oneOfFields = ["adminKey", "viewerToken"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * AdminRequest body.
         * @member {"status"|"workers"|"plan"|"drain"|"kick"|"pause"|"resume"|"checkpoint"|"checkpoints"|"rollback"|"tokenCreate"|"tokenRevoke"|"tokensList"|"export"|"blob"|"logs"|"metrics"|undefined} body
         * @memberof tandem_admin.AdminRequest
         * @instance
         */
        $Object.defineProperty(AdminRequest.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["status", "workers", "plan", "drain", "kick", "pause", "resume", "checkpoint", "checkpoints", "rollback", "tokenCreate", "tokenRevoke", "tokensList", "export", "blob", "logs", "metrics"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new AdminRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.AdminRequest
         * @static
         * @param {tandem_admin.AdminRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.AdminRequest} AdminRequest instance
         * @type {{
         *   (properties: tandem_admin.AdminRequest.$Shape): tandem_admin.AdminRequest & tandem_admin.AdminRequest.$Shape;
         *   (properties?: tandem_admin.AdminRequest.$Properties): tandem_admin.AdminRequest;
         * }}
         */
        AdminRequest.create = function(properties) {
            return new AdminRequest(properties);
        };

        /**
         * Encodes the specified AdminRequest message. Does not implicitly {@link tandem_admin.AdminRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.AdminRequest
         * @static
         * @param {tandem_admin.AdminRequest.$Properties} m AdminRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AdminRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && (typeof m.requestId === "object" ? m.requestId.low || m.requestId.high : m.requestId !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.requestId);
            if (m.adminKey != null && $Object.hasOwnProperty.call(m, "adminKey"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.adminKey);
            if (m.viewerToken != null && $Object.hasOwnProperty.call(m, "viewerToken"))
                w.uint32(/* id 3, wireType 2 =*/26).string(m.viewerToken);
            if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                $root.tandem_admin.StatusRequest.encode(m.status, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers"))
                $root.tandem_admin.WorkersRequest.encode(m.workers, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.plan != null && $Object.hasOwnProperty.call(m, "plan"))
                $root.tandem_admin.PlanRequest.encode(m.plan, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            if (m.drain != null && $Object.hasOwnProperty.call(m, "drain"))
                $root.tandem_admin.DrainRequest.encode(m.drain, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
            if (m.kick != null && $Object.hasOwnProperty.call(m, "kick"))
                $root.tandem_admin.KickRequest.encode(m.kick, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            if (m.pause != null && $Object.hasOwnProperty.call(m, "pause"))
                $root.tandem_admin.PauseRequest.encode(m.pause, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
            if (m.resume != null && $Object.hasOwnProperty.call(m, "resume"))
                $root.tandem_admin.ResumeRequest.encode(m.resume, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
            if (m.checkpoint != null && $Object.hasOwnProperty.call(m, "checkpoint"))
                $root.tandem_admin.CheckpointNowRequest.encode(m.checkpoint, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
            if (m.checkpoints != null && $Object.hasOwnProperty.call(m, "checkpoints"))
                $root.tandem_admin.CheckpointsRequest.encode(m.checkpoints, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
            if (m.rollback != null && $Object.hasOwnProperty.call(m, "rollback"))
                $root.tandem_admin.RollbackRequest.encode(m.rollback, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
            if (m.tokenCreate != null && $Object.hasOwnProperty.call(m, "tokenCreate"))
                $root.tandem_admin.TokenCreateRequest.encode(m.tokenCreate, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
            if (m.tokenRevoke != null && $Object.hasOwnProperty.call(m, "tokenRevoke"))
                $root.tandem_admin.TokenRevokeRequest.encode(m.tokenRevoke, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
            if (m.tokensList != null && $Object.hasOwnProperty.call(m, "tokensList"))
                $root.tandem_admin.TokensListRequest.encode(m.tokensList, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
            if (m["export"] != null && $Object.hasOwnProperty.call(m, "export"))
                $root.tandem_admin.ExportRequest.encode(m["export"], w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob"))
                $root.tandem_admin.BlobRequest.encode(m.blob, w.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
            if (m.logs != null && $Object.hasOwnProperty.call(m, "logs"))
                $root.tandem_admin.LogsRequest.encode(m.logs, w.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
            if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics"))
                $root.tandem_admin.MetricsRequest.encode(m.metrics, w.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AdminRequest message, length delimited. Does not implicitly {@link tandem_admin.AdminRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.AdminRequest
         * @static
         * @param {tandem_admin.AdminRequest.$Properties} message AdminRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AdminRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AdminRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.AdminRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.AdminRequest & tandem_admin.AdminRequest.$Shape} AdminRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AdminRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.AdminRequest();
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
                            m.requestId = v;
                        else
                            delete m.requestId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.adminKey = r.stringVerify();
                        m.auth = "adminKey";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.viewerToken = r.stringVerify();
                        m.auth = "viewerToken";
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.status = $root.tandem_admin.StatusRequest.decode(r, r.size(), $undefined, q + 1, m.status);
                        m.body = "status";
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.workers = $root.tandem_admin.WorkersRequest.decode(r, r.size(), $undefined, q + 1, m.workers);
                        m.body = "workers";
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        m.plan = $root.tandem_admin.PlanRequest.decode(r, r.size(), $undefined, q + 1, m.plan);
                        m.body = "plan";
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.drain = $root.tandem_admin.DrainRequest.decode(r, r.size(), $undefined, q + 1, m.drain);
                        m.body = "drain";
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        m.kick = $root.tandem_admin.KickRequest.decode(r, r.size(), $undefined, q + 1, m.kick);
                        m.body = "kick";
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        m.pause = $root.tandem_admin.PauseRequest.decode(r, r.size(), $undefined, q + 1, m.pause);
                        m.body = "pause";
                        continue;
                    }
                case 16: {
                        if (u !== 2)
                            break;
                        m.resume = $root.tandem_admin.ResumeRequest.decode(r, r.size(), $undefined, q + 1, m.resume);
                        m.body = "resume";
                        continue;
                    }
                case 17: {
                        if (u !== 2)
                            break;
                        m.checkpoint = $root.tandem_admin.CheckpointNowRequest.decode(r, r.size(), $undefined, q + 1, m.checkpoint);
                        m.body = "checkpoint";
                        continue;
                    }
                case 18: {
                        if (u !== 2)
                            break;
                        m.checkpoints = $root.tandem_admin.CheckpointsRequest.decode(r, r.size(), $undefined, q + 1, m.checkpoints);
                        m.body = "checkpoints";
                        continue;
                    }
                case 19: {
                        if (u !== 2)
                            break;
                        m.rollback = $root.tandem_admin.RollbackRequest.decode(r, r.size(), $undefined, q + 1, m.rollback);
                        m.body = "rollback";
                        continue;
                    }
                case 20: {
                        if (u !== 2)
                            break;
                        m.tokenCreate = $root.tandem_admin.TokenCreateRequest.decode(r, r.size(), $undefined, q + 1, m.tokenCreate);
                        m.body = "tokenCreate";
                        continue;
                    }
                case 21: {
                        if (u !== 2)
                            break;
                        m.tokenRevoke = $root.tandem_admin.TokenRevokeRequest.decode(r, r.size(), $undefined, q + 1, m.tokenRevoke);
                        m.body = "tokenRevoke";
                        continue;
                    }
                case 22: {
                        if (u !== 2)
                            break;
                        m.tokensList = $root.tandem_admin.TokensListRequest.decode(r, r.size(), $undefined, q + 1, m.tokensList);
                        m.body = "tokensList";
                        continue;
                    }
                case 23: {
                        if (u !== 2)
                            break;
                        m["export"] = $root.tandem_admin.ExportRequest.decode(r, r.size(), $undefined, q + 1, m["export"]);
                        m.body = "export";
                        continue;
                    }
                case 24: {
                        if (u !== 2)
                            break;
                        m.blob = $root.tandem_admin.BlobRequest.decode(r, r.size(), $undefined, q + 1, m.blob);
                        m.body = "blob";
                        continue;
                    }
                case 25: {
                        if (u !== 2)
                            break;
                        m.logs = $root.tandem_admin.LogsRequest.decode(r, r.size(), $undefined, q + 1, m.logs);
                        m.body = "logs";
                        continue;
                    }
                case 26: {
                        if (u !== 2)
                            break;
                        m.metrics = $root.tandem_admin.MetricsRequest.decode(r, r.size(), $undefined, q + 1, m.metrics);
                        m.body = "metrics";
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
         * Decodes an AdminRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.AdminRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.AdminRequest & tandem_admin.AdminRequest.$Shape} AdminRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AdminRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AdminRequest message.
         * @function verify
         * @memberof tandem_admin.AdminRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AdminRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                if (!$util.isInteger(m.requestId) && !(m.requestId && $util.isInteger(m.requestId.low) && $util.isInteger(m.requestId.high)))
                    return "requestId: integer|Long expected";
            }
            if (m.adminKey != null && $Object.hasOwnProperty.call(m, "adminKey")) {
                p.auth = 1;
                if (!$util.isString(m.adminKey))
                    return "adminKey: string expected";
            }
            if (m.viewerToken != null && $Object.hasOwnProperty.call(m, "viewerToken")) {
                if (p.auth === 1)
                    return "auth: multiple values";
                p.auth = 1;
                if (!$util.isString(m.viewerToken))
                    return "viewerToken: string expected";
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                p.body = 1;
                {
                    var e = $root.tandem_admin.StatusRequest.verify(m.status, q + 1);
                    if (e)
                        return "status." + e;
                }
            }
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.WorkersRequest.verify(m.workers, q + 1);
                    if (e)
                        return "workers." + e;
                }
            }
            if (m.plan != null && $Object.hasOwnProperty.call(m, "plan")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.PlanRequest.verify(m.plan, q + 1);
                    if (e)
                        return "plan." + e;
                }
            }
            if (m.drain != null && $Object.hasOwnProperty.call(m, "drain")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.DrainRequest.verify(m.drain, q + 1);
                    if (e)
                        return "drain." + e;
                }
            }
            if (m.kick != null && $Object.hasOwnProperty.call(m, "kick")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.KickRequest.verify(m.kick, q + 1);
                    if (e)
                        return "kick." + e;
                }
            }
            if (m.pause != null && $Object.hasOwnProperty.call(m, "pause")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.PauseRequest.verify(m.pause, q + 1);
                    if (e)
                        return "pause." + e;
                }
            }
            if (m.resume != null && $Object.hasOwnProperty.call(m, "resume")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.ResumeRequest.verify(m.resume, q + 1);
                    if (e)
                        return "resume." + e;
                }
            }
            if (m.checkpoint != null && $Object.hasOwnProperty.call(m, "checkpoint")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.CheckpointNowRequest.verify(m.checkpoint, q + 1);
                    if (e)
                        return "checkpoint." + e;
                }
            }
            if (m.checkpoints != null && $Object.hasOwnProperty.call(m, "checkpoints")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.CheckpointsRequest.verify(m.checkpoints, q + 1);
                    if (e)
                        return "checkpoints." + e;
                }
            }
            if (m.rollback != null && $Object.hasOwnProperty.call(m, "rollback")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.RollbackRequest.verify(m.rollback, q + 1);
                    if (e)
                        return "rollback." + e;
                }
            }
            if (m.tokenCreate != null && $Object.hasOwnProperty.call(m, "tokenCreate")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.TokenCreateRequest.verify(m.tokenCreate, q + 1);
                    if (e)
                        return "tokenCreate." + e;
                }
            }
            if (m.tokenRevoke != null && $Object.hasOwnProperty.call(m, "tokenRevoke")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.TokenRevokeRequest.verify(m.tokenRevoke, q + 1);
                    if (e)
                        return "tokenRevoke." + e;
                }
            }
            if (m.tokensList != null && $Object.hasOwnProperty.call(m, "tokensList")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.TokensListRequest.verify(m.tokensList, q + 1);
                    if (e)
                        return "tokensList." + e;
                }
            }
            if (m["export"] != null && $Object.hasOwnProperty.call(m, "export")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.ExportRequest.verify(m["export"], q + 1);
                    if (e)
                        return "export." + e;
                }
            }
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.BlobRequest.verify(m.blob, q + 1);
                    if (e)
                        return "blob." + e;
                }
            }
            if (m.logs != null && $Object.hasOwnProperty.call(m, "logs")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.LogsRequest.verify(m.logs, q + 1);
                    if (e)
                        return "logs." + e;
                }
            }
            if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.MetricsRequest.verify(m.metrics, q + 1);
                    if (e)
                        return "metrics." + e;
                }
            }
            return null;
        };

        /**
         * Creates an AdminRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.AdminRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.AdminRequest} AdminRequest
         */
        AdminRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.AdminRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.AdminRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.AdminRequest();
            if (d.requestId != null) {
                if (typeof d.requestId === "object" ? d.requestId.low || d.requestId.high : $Number(d.requestId) !== 0) {
                    if ($util.Long)
                        m.requestId = $util.Long.fromValue(d.requestId, true);
                    else if (typeof d.requestId === "string")
                        m.requestId = $parseInt(d.requestId, 10);
                    else if (typeof d.requestId === "number")
                        m.requestId = d.requestId;
                    else if (typeof d.requestId === "object")
                        m.requestId = new $util.LongBits(d.requestId.low >>> 0, d.requestId.high >>> 0).toNumber(true);
                }
            }
            if (d.adminKey != null) {
                m.adminKey = $String(d.adminKey);
            }
            if (d.viewerToken != null) {
                m.viewerToken = $String(d.viewerToken);
            }
            if (d.status != null) {
                if (!$util.isObject(d.status))
                    throw $TypeError(".tandem_admin.AdminRequest.status: object expected");
                m.status = $root.tandem_admin.StatusRequest.fromObject(d.status, q + 1);
            }
            if (d.workers != null) {
                if (!$util.isObject(d.workers))
                    throw $TypeError(".tandem_admin.AdminRequest.workers: object expected");
                m.workers = $root.tandem_admin.WorkersRequest.fromObject(d.workers, q + 1);
            }
            if (d.plan != null) {
                if (!$util.isObject(d.plan))
                    throw $TypeError(".tandem_admin.AdminRequest.plan: object expected");
                m.plan = $root.tandem_admin.PlanRequest.fromObject(d.plan, q + 1);
            }
            if (d.drain != null) {
                if (!$util.isObject(d.drain))
                    throw $TypeError(".tandem_admin.AdminRequest.drain: object expected");
                m.drain = $root.tandem_admin.DrainRequest.fromObject(d.drain, q + 1);
            }
            if (d.kick != null) {
                if (!$util.isObject(d.kick))
                    throw $TypeError(".tandem_admin.AdminRequest.kick: object expected");
                m.kick = $root.tandem_admin.KickRequest.fromObject(d.kick, q + 1);
            }
            if (d.pause != null) {
                if (!$util.isObject(d.pause))
                    throw $TypeError(".tandem_admin.AdminRequest.pause: object expected");
                m.pause = $root.tandem_admin.PauseRequest.fromObject(d.pause, q + 1);
            }
            if (d.resume != null) {
                if (!$util.isObject(d.resume))
                    throw $TypeError(".tandem_admin.AdminRequest.resume: object expected");
                m.resume = $root.tandem_admin.ResumeRequest.fromObject(d.resume, q + 1);
            }
            if (d.checkpoint != null) {
                if (!$util.isObject(d.checkpoint))
                    throw $TypeError(".tandem_admin.AdminRequest.checkpoint: object expected");
                m.checkpoint = $root.tandem_admin.CheckpointNowRequest.fromObject(d.checkpoint, q + 1);
            }
            if (d.checkpoints != null) {
                if (!$util.isObject(d.checkpoints))
                    throw $TypeError(".tandem_admin.AdminRequest.checkpoints: object expected");
                m.checkpoints = $root.tandem_admin.CheckpointsRequest.fromObject(d.checkpoints, q + 1);
            }
            if (d.rollback != null) {
                if (!$util.isObject(d.rollback))
                    throw $TypeError(".tandem_admin.AdminRequest.rollback: object expected");
                m.rollback = $root.tandem_admin.RollbackRequest.fromObject(d.rollback, q + 1);
            }
            if (d.tokenCreate != null) {
                if (!$util.isObject(d.tokenCreate))
                    throw $TypeError(".tandem_admin.AdminRequest.tokenCreate: object expected");
                m.tokenCreate = $root.tandem_admin.TokenCreateRequest.fromObject(d.tokenCreate, q + 1);
            }
            if (d.tokenRevoke != null) {
                if (!$util.isObject(d.tokenRevoke))
                    throw $TypeError(".tandem_admin.AdminRequest.tokenRevoke: object expected");
                m.tokenRevoke = $root.tandem_admin.TokenRevokeRequest.fromObject(d.tokenRevoke, q + 1);
            }
            if (d.tokensList != null) {
                if (!$util.isObject(d.tokensList))
                    throw $TypeError(".tandem_admin.AdminRequest.tokensList: object expected");
                m.tokensList = $root.tandem_admin.TokensListRequest.fromObject(d.tokensList, q + 1);
            }
            if (d["export"] != null) {
                if (!$util.isObject(d["export"]))
                    throw $TypeError(".tandem_admin.AdminRequest.export: object expected");
                m["export"] = $root.tandem_admin.ExportRequest.fromObject(d["export"], q + 1);
            }
            if (d.blob != null) {
                if (!$util.isObject(d.blob))
                    throw $TypeError(".tandem_admin.AdminRequest.blob: object expected");
                m.blob = $root.tandem_admin.BlobRequest.fromObject(d.blob, q + 1);
            }
            if (d.logs != null) {
                if (!$util.isObject(d.logs))
                    throw $TypeError(".tandem_admin.AdminRequest.logs: object expected");
                m.logs = $root.tandem_admin.LogsRequest.fromObject(d.logs, q + 1);
            }
            if (d.metrics != null) {
                if (!$util.isObject(d.metrics))
                    throw $TypeError(".tandem_admin.AdminRequest.metrics: object expected");
                m.metrics = $root.tandem_admin.MetricsRequest.fromObject(d.metrics, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from an AdminRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.AdminRequest
         * @static
         * @param {tandem_admin.AdminRequest} m AdminRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AdminRequest.toObject = function (m, o, q) {
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
                    d.requestId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.requestId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.requestId = typeof m.requestId === "number" ? $BigInt(m.requestId) : $util.Long.fromBits(m.requestId.low >>> 0, m.requestId.high >>> 0, true).toBigInt();
                else if (typeof m.requestId === "number")
                    d.requestId = o.longs === $String ? $String(m.requestId) : m.requestId;
                else
                    d.requestId = o.longs === $String ? $util.Long.prototype.toString.call(m.requestId) : o.longs === $Number ? new $util.LongBits(m.requestId.low >>> 0, m.requestId.high >>> 0).toNumber(true) : m.requestId;
            }
            if (m.adminKey != null && $Object.hasOwnProperty.call(m, "adminKey")) {
                d.adminKey = m.adminKey;
                if (o.oneofs)
                    d.auth = "adminKey";
            }
            if (m.viewerToken != null && $Object.hasOwnProperty.call(m, "viewerToken")) {
                d.viewerToken = m.viewerToken;
                if (o.oneofs)
                    d.auth = "viewerToken";
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = $root.tandem_admin.StatusRequest.toObject(m.status, o, q + 1);
                if (o.oneofs)
                    d.body = "status";
            }
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers")) {
                d.workers = $root.tandem_admin.WorkersRequest.toObject(m.workers, o, q + 1);
                if (o.oneofs)
                    d.body = "workers";
            }
            if (m.plan != null && $Object.hasOwnProperty.call(m, "plan")) {
                d.plan = $root.tandem_admin.PlanRequest.toObject(m.plan, o, q + 1);
                if (o.oneofs)
                    d.body = "plan";
            }
            if (m.drain != null && $Object.hasOwnProperty.call(m, "drain")) {
                d.drain = $root.tandem_admin.DrainRequest.toObject(m.drain, o, q + 1);
                if (o.oneofs)
                    d.body = "drain";
            }
            if (m.kick != null && $Object.hasOwnProperty.call(m, "kick")) {
                d.kick = $root.tandem_admin.KickRequest.toObject(m.kick, o, q + 1);
                if (o.oneofs)
                    d.body = "kick";
            }
            if (m.pause != null && $Object.hasOwnProperty.call(m, "pause")) {
                d.pause = $root.tandem_admin.PauseRequest.toObject(m.pause, o, q + 1);
                if (o.oneofs)
                    d.body = "pause";
            }
            if (m.resume != null && $Object.hasOwnProperty.call(m, "resume")) {
                d.resume = $root.tandem_admin.ResumeRequest.toObject(m.resume, o, q + 1);
                if (o.oneofs)
                    d.body = "resume";
            }
            if (m.checkpoint != null && $Object.hasOwnProperty.call(m, "checkpoint")) {
                d.checkpoint = $root.tandem_admin.CheckpointNowRequest.toObject(m.checkpoint, o, q + 1);
                if (o.oneofs)
                    d.body = "checkpoint";
            }
            if (m.checkpoints != null && $Object.hasOwnProperty.call(m, "checkpoints")) {
                d.checkpoints = $root.tandem_admin.CheckpointsRequest.toObject(m.checkpoints, o, q + 1);
                if (o.oneofs)
                    d.body = "checkpoints";
            }
            if (m.rollback != null && $Object.hasOwnProperty.call(m, "rollback")) {
                d.rollback = $root.tandem_admin.RollbackRequest.toObject(m.rollback, o, q + 1);
                if (o.oneofs)
                    d.body = "rollback";
            }
            if (m.tokenCreate != null && $Object.hasOwnProperty.call(m, "tokenCreate")) {
                d.tokenCreate = $root.tandem_admin.TokenCreateRequest.toObject(m.tokenCreate, o, q + 1);
                if (o.oneofs)
                    d.body = "tokenCreate";
            }
            if (m.tokenRevoke != null && $Object.hasOwnProperty.call(m, "tokenRevoke")) {
                d.tokenRevoke = $root.tandem_admin.TokenRevokeRequest.toObject(m.tokenRevoke, o, q + 1);
                if (o.oneofs)
                    d.body = "tokenRevoke";
            }
            if (m.tokensList != null && $Object.hasOwnProperty.call(m, "tokensList")) {
                d.tokensList = $root.tandem_admin.TokensListRequest.toObject(m.tokensList, o, q + 1);
                if (o.oneofs)
                    d.body = "tokensList";
            }
            if (m["export"] != null && $Object.hasOwnProperty.call(m, "export")) {
                d["export"] = $root.tandem_admin.ExportRequest.toObject(m["export"], o, q + 1);
                if (o.oneofs)
                    d.body = "export";
            }
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob")) {
                d.blob = $root.tandem_admin.BlobRequest.toObject(m.blob, o, q + 1);
                if (o.oneofs)
                    d.body = "blob";
            }
            if (m.logs != null && $Object.hasOwnProperty.call(m, "logs")) {
                d.logs = $root.tandem_admin.LogsRequest.toObject(m.logs, o, q + 1);
                if (o.oneofs)
                    d.body = "logs";
            }
            if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics")) {
                d.metrics = $root.tandem_admin.MetricsRequest.toObject(m.metrics, o, q + 1);
                if (o.oneofs)
                    d.body = "metrics";
            }
            return d;
        };

        /**
         * Converts this AdminRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.AdminRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AdminRequest.prototype.toJSON = function() {
            return AdminRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AdminRequest
         * @function getTypeUrl
         * @memberof tandem_admin.AdminRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AdminRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.AdminRequest";
        };

        return AdminRequest;
    })();

    /**
     * AdminErrorCode enum.
     * @name tandem_admin.AdminErrorCode
     * @enum {number}
     * @property {number} ADMIN_ERROR_CODE_NONE=0 ADMIN_ERROR_CODE_NONE value
     * @property {number} ADMIN_ERROR_CODE_UNAUTHORIZED=1 ADMIN_ERROR_CODE_UNAUTHORIZED value
     * @property {number} ADMIN_ERROR_CODE_FORBIDDEN=2 ADMIN_ERROR_CODE_FORBIDDEN value
     * @property {number} ADMIN_ERROR_CODE_BAD_REQUEST=3 ADMIN_ERROR_CODE_BAD_REQUEST value
     * @property {number} ADMIN_ERROR_CODE_UNKNOWN_PEER=4 ADMIN_ERROR_CODE_UNKNOWN_PEER value
     * @property {number} ADMIN_ERROR_CODE_NO_CHECKPOINT=5 ADMIN_ERROR_CODE_NO_CHECKPOINT value
     * @property {number} ADMIN_ERROR_CODE_NOT_RUNNING=6 ADMIN_ERROR_CODE_NOT_RUNNING value
     * @property {number} ADMIN_ERROR_CODE_UNKNOWN_TOKEN=7 ADMIN_ERROR_CODE_UNKNOWN_TOKEN value
     * @property {number} ADMIN_ERROR_CODE_UNKNOWN_BLOB=8 ADMIN_ERROR_CODE_UNKNOWN_BLOB value
     * @property {number} ADMIN_ERROR_CODE_BUSY=9 ADMIN_ERROR_CODE_BUSY value
     * @property {number} ADMIN_ERROR_CODE_INTERNAL=10 ADMIN_ERROR_CODE_INTERNAL value
     * @property {number} ADMIN_ERROR_CODE_PEER_UNREACHABLE=11 ADMIN_ERROR_CODE_PEER_UNREACHABLE value
     */
    tandem_admin.AdminErrorCode = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "ADMIN_ERROR_CODE_NONE"] = 0;
        values[valuesById[1] = "ADMIN_ERROR_CODE_UNAUTHORIZED"] = 1;
        values[valuesById[2] = "ADMIN_ERROR_CODE_FORBIDDEN"] = 2;
        values[valuesById[3] = "ADMIN_ERROR_CODE_BAD_REQUEST"] = 3;
        values[valuesById[4] = "ADMIN_ERROR_CODE_UNKNOWN_PEER"] = 4;
        values[valuesById[5] = "ADMIN_ERROR_CODE_NO_CHECKPOINT"] = 5;
        values[valuesById[6] = "ADMIN_ERROR_CODE_NOT_RUNNING"] = 6;
        values[valuesById[7] = "ADMIN_ERROR_CODE_UNKNOWN_TOKEN"] = 7;
        values[valuesById[8] = "ADMIN_ERROR_CODE_UNKNOWN_BLOB"] = 8;
        values[valuesById[9] = "ADMIN_ERROR_CODE_BUSY"] = 9;
        values[valuesById[10] = "ADMIN_ERROR_CODE_INTERNAL"] = 10;
        values[valuesById[11] = "ADMIN_ERROR_CODE_PEER_UNREACHABLE"] = 11;
        return values;
    })();

    tandem_admin.AdminAnswer = (function() {

        /**
         * Properties of an AdminAnswer.
         * @typedef {Object} tandem_admin.AdminAnswer.$Properties
         * @property {number|null} [requestId] AdminAnswer requestId
         * @property {boolean|null} [ok] AdminAnswer ok
         * @property {tandem_admin.AdminErrorCode|null} [error] AdminAnswer error
         * @property {string|null} [message] AdminAnswer message
         * @property {tandem_admin.StatusAnswer.$Properties|null} [status] AdminAnswer status
         * @property {tandem_admin.WorkersAnswer.$Properties|null} [workers] AdminAnswer workers
         * @property {tandem_admin.PlanAnswer.$Properties|null} [plan] AdminAnswer plan
         * @property {tandem_admin.AckAnswer.$Properties|null} [ack] AdminAnswer ack
         * @property {tandem_admin.CheckpointNowAnswer.$Properties|null} [checkpoint] AdminAnswer checkpoint
         * @property {tandem_admin.CheckpointsAnswer.$Properties|null} [checkpoints] AdminAnswer checkpoints
         * @property {tandem_admin.TokenAnswer.$Properties|null} [token] AdminAnswer token
         * @property {tandem_admin.TokensListAnswer.$Properties|null} [tokensList] AdminAnswer tokensList
         * @property {tandem_admin.ExportAnswer.$Properties|null} ["export"] AdminAnswer export
         * @property {tandem_admin.BlobAnswer.$Properties|null} [blob] AdminAnswer blob
         * @property {tandem_admin.LogsAnswer.$Properties|null} [logs] AdminAnswer logs
         * @property {tandem_admin.MetricsAnswer.$Properties|null} [metrics] AdminAnswer metrics
         * @property {"status"|"workers"|"plan"|"ack"|"checkpoint"|"checkpoints"|"token"|"tokensList"|"export"|"blob"|"logs"|"metrics"} [body] AdminAnswer body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AdminAnswer.
         * @memberof tandem_admin
         * @interface IAdminAnswer
         * @augments tandem_admin.AdminAnswer.$Properties
         * @deprecated Use tandem_admin.AdminAnswer.$Properties instead.
         */

        /**
         * Narrowed shape of an AdminAnswer.
         * @typedef {{
         *   requestId?: number|null;
         *   ok?: boolean|null;
         *   error?: tandem_admin.AdminErrorCode|null;
         *   message?: string|null;
         *   status?: tandem_admin.StatusAnswer.$Shape|null;
         *   workers?: tandem_admin.WorkersAnswer.$Shape|null;
         *   plan?: tandem_admin.PlanAnswer.$Shape|null;
         *   ack?: tandem_admin.AckAnswer.$Shape|null;
         *   checkpoint?: tandem_admin.CheckpointNowAnswer.$Shape|null;
         *   checkpoints?: tandem_admin.CheckpointsAnswer.$Shape|null;
         *   token?: tandem_admin.TokenAnswer.$Shape|null;
         *   tokensList?: tandem_admin.TokensListAnswer.$Shape|null;
         *   "export"?: tandem_admin.ExportAnswer.$Shape|null;
         *   blob?: tandem_admin.BlobAnswer.$Shape|null;
         *   logs?: tandem_admin.LogsAnswer.$Shape|null;
         *   metrics?: tandem_admin.MetricsAnswer.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "status"; status: tandem_admin.StatusAnswer.$Shape; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "workers"; status?: null; workers: tandem_admin.WorkersAnswer.$Shape; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "plan"; status?: null; workers?: null; plan: tandem_admin.PlanAnswer.$Shape; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "ack"; status?: null; workers?: null; plan?: null; ack: tandem_admin.AckAnswer.$Shape; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "checkpoint"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint: tandem_admin.CheckpointNowAnswer.$Shape; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "checkpoints"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints: tandem_admin.CheckpointsAnswer.$Shape; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "token"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token: tandem_admin.TokenAnswer.$Shape; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "tokensList"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList: tandem_admin.TokensListAnswer.$Shape; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "export"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export": tandem_admin.ExportAnswer.$Shape; blob?: null; logs?: null; metrics?: null }|{ body?: "blob"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob: tandem_admin.BlobAnswer.$Shape; logs?: null; metrics?: null }|{ body?: "logs"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs: tandem_admin.LogsAnswer.$Shape; metrics?: null }|{ body?: "metrics"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics: tandem_admin.MetricsAnswer.$Shape })
         * )} tandem_admin.AdminAnswer.$Shape
         */

        /**
         * Constructs a new AdminAnswer.
         * @memberof tandem_admin
         * @classdesc Represents an AdminAnswer.
         * @constructor
         * @param {tandem_admin.AdminAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AdminAnswer = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AdminAnswer requestId.
         * @member {number} requestId
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AdminAnswer ok.
         * @member {boolean} ok
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.ok = false;

        /**
         * AdminAnswer error.
         * @member {tandem_admin.AdminErrorCode} error
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.error = 0;

        /**
         * AdminAnswer message.
         * @member {string} message
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.message = "";

        /**
         * AdminAnswer status.
         * @member {tandem_admin.StatusAnswer.$Properties|null|undefined} status
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.status = null;

        /**
         * AdminAnswer workers.
         * @member {tandem_admin.WorkersAnswer.$Properties|null|undefined} workers
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.workers = null;

        /**
         * AdminAnswer plan.
         * @member {tandem_admin.PlanAnswer.$Properties|null|undefined} plan
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.plan = null;

        /**
         * AdminAnswer ack.
         * @member {tandem_admin.AckAnswer.$Properties|null|undefined} ack
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.ack = null;

        /**
         * AdminAnswer checkpoint.
         * @member {tandem_admin.CheckpointNowAnswer.$Properties|null|undefined} checkpoint
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.checkpoint = null;

        /**
         * AdminAnswer checkpoints.
         * @member {tandem_admin.CheckpointsAnswer.$Properties|null|undefined} checkpoints
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.checkpoints = null;

        /**
         * AdminAnswer token.
         * @member {tandem_admin.TokenAnswer.$Properties|null|undefined} token
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.token = null;

        /**
         * AdminAnswer tokensList.
         * @member {tandem_admin.TokensListAnswer.$Properties|null|undefined} tokensList
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.tokensList = null;

        /**
         * AdminAnswer export.
         * @member {tandem_admin.ExportAnswer.$Properties|null|undefined} export
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype["export"] = null;

        /**
         * AdminAnswer blob.
         * @member {tandem_admin.BlobAnswer.$Properties|null|undefined} blob
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.blob = null;

        /**
         * AdminAnswer logs.
         * @member {tandem_admin.LogsAnswer.$Properties|null|undefined} logs
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.logs = null;

        /**
         * AdminAnswer metrics.
         * @member {tandem_admin.MetricsAnswer.$Properties|null|undefined} metrics
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        AdminAnswer.prototype.metrics = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * AdminAnswer body.
         * @member {"status"|"workers"|"plan"|"ack"|"checkpoint"|"checkpoints"|"token"|"tokensList"|"export"|"blob"|"logs"|"metrics"|undefined} body
         * @memberof tandem_admin.AdminAnswer
         * @instance
         */
        $Object.defineProperty(AdminAnswer.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["status", "workers", "plan", "ack", "checkpoint", "checkpoints", "token", "tokensList", "export", "blob", "logs", "metrics"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new AdminAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.AdminAnswer
         * @static
         * @param {tandem_admin.AdminAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.AdminAnswer} AdminAnswer instance
         * @type {{
         *   (properties: tandem_admin.AdminAnswer.$Shape): tandem_admin.AdminAnswer & tandem_admin.AdminAnswer.$Shape;
         *   (properties?: tandem_admin.AdminAnswer.$Properties): tandem_admin.AdminAnswer;
         * }}
         */
        AdminAnswer.create = function(properties) {
            return new AdminAnswer(properties);
        };

        /**
         * Encodes the specified AdminAnswer message. Does not implicitly {@link tandem_admin.AdminAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.AdminAnswer
         * @static
         * @param {tandem_admin.AdminAnswer.$Properties} m AdminAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AdminAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && (typeof m.requestId === "object" ? m.requestId.low || m.requestId.high : m.requestId !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.requestId);
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.ok);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.error);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.message);
            if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                $root.tandem_admin.StatusAnswer.encode(m.status, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers"))
                $root.tandem_admin.WorkersAnswer.encode(m.workers, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.plan != null && $Object.hasOwnProperty.call(m, "plan"))
                $root.tandem_admin.PlanAnswer.encode(m.plan, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            if (m.ack != null && $Object.hasOwnProperty.call(m, "ack"))
                $root.tandem_admin.AckAnswer.encode(m.ack, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
            if (m.checkpoint != null && $Object.hasOwnProperty.call(m, "checkpoint"))
                $root.tandem_admin.CheckpointNowAnswer.encode(m.checkpoint, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            if (m.checkpoints != null && $Object.hasOwnProperty.call(m, "checkpoints"))
                $root.tandem_admin.CheckpointsAnswer.encode(m.checkpoints, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
            if (m.token != null && $Object.hasOwnProperty.call(m, "token"))
                $root.tandem_admin.TokenAnswer.encode(m.token, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
            if (m.tokensList != null && $Object.hasOwnProperty.call(m, "tokensList"))
                $root.tandem_admin.TokensListAnswer.encode(m.tokensList, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
            if (m["export"] != null && $Object.hasOwnProperty.call(m, "export"))
                $root.tandem_admin.ExportAnswer.encode(m["export"], w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob"))
                $root.tandem_admin.BlobAnswer.encode(m.blob, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
            if (m.logs != null && $Object.hasOwnProperty.call(m, "logs"))
                $root.tandem_admin.LogsAnswer.encode(m.logs, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
            if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics"))
                $root.tandem_admin.MetricsAnswer.encode(m.metrics, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AdminAnswer message, length delimited. Does not implicitly {@link tandem_admin.AdminAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.AdminAnswer
         * @static
         * @param {tandem_admin.AdminAnswer.$Properties} message AdminAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AdminAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AdminAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.AdminAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.AdminAnswer & tandem_admin.AdminAnswer.$Shape} AdminAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AdminAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.AdminAnswer();
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
                            m.requestId = v;
                        else
                            delete m.requestId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ok = v;
                        else
                            delete m.ok;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.error = v;
                        else
                            delete m.error;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.status = $root.tandem_admin.StatusAnswer.decode(r, r.size(), $undefined, q + 1, m.status);
                        m.body = "status";
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.workers = $root.tandem_admin.WorkersAnswer.decode(r, r.size(), $undefined, q + 1, m.workers);
                        m.body = "workers";
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        m.plan = $root.tandem_admin.PlanAnswer.decode(r, r.size(), $undefined, q + 1, m.plan);
                        m.body = "plan";
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.ack = $root.tandem_admin.AckAnswer.decode(r, r.size(), $undefined, q + 1, m.ack);
                        m.body = "ack";
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        m.checkpoint = $root.tandem_admin.CheckpointNowAnswer.decode(r, r.size(), $undefined, q + 1, m.checkpoint);
                        m.body = "checkpoint";
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        m.checkpoints = $root.tandem_admin.CheckpointsAnswer.decode(r, r.size(), $undefined, q + 1, m.checkpoints);
                        m.body = "checkpoints";
                        continue;
                    }
                case 16: {
                        if (u !== 2)
                            break;
                        m.token = $root.tandem_admin.TokenAnswer.decode(r, r.size(), $undefined, q + 1, m.token);
                        m.body = "token";
                        continue;
                    }
                case 17: {
                        if (u !== 2)
                            break;
                        m.tokensList = $root.tandem_admin.TokensListAnswer.decode(r, r.size(), $undefined, q + 1, m.tokensList);
                        m.body = "tokensList";
                        continue;
                    }
                case 18: {
                        if (u !== 2)
                            break;
                        m["export"] = $root.tandem_admin.ExportAnswer.decode(r, r.size(), $undefined, q + 1, m["export"]);
                        m.body = "export";
                        continue;
                    }
                case 19: {
                        if (u !== 2)
                            break;
                        m.blob = $root.tandem_admin.BlobAnswer.decode(r, r.size(), $undefined, q + 1, m.blob);
                        m.body = "blob";
                        continue;
                    }
                case 20: {
                        if (u !== 2)
                            break;
                        m.logs = $root.tandem_admin.LogsAnswer.decode(r, r.size(), $undefined, q + 1, m.logs);
                        m.body = "logs";
                        continue;
                    }
                case 21: {
                        if (u !== 2)
                            break;
                        m.metrics = $root.tandem_admin.MetricsAnswer.decode(r, r.size(), $undefined, q + 1, m.metrics);
                        m.body = "metrics";
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
         * Decodes an AdminAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.AdminAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.AdminAnswer & tandem_admin.AdminAnswer.$Shape} AdminAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AdminAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AdminAnswer message.
         * @function verify
         * @memberof tandem_admin.AdminAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AdminAnswer.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                if (!$util.isInteger(m.requestId) && !(m.requestId && $util.isInteger(m.requestId.low) && $util.isInteger(m.requestId.high)))
                    return "requestId: integer|Long expected";
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                if (typeof m.error !== "number" || (m.error | 0) !== m.error)
                    return "error: enum value expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                p.body = 1;
                {
                    var e = $root.tandem_admin.StatusAnswer.verify(m.status, q + 1);
                    if (e)
                        return "status." + e;
                }
            }
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.WorkersAnswer.verify(m.workers, q + 1);
                    if (e)
                        return "workers." + e;
                }
            }
            if (m.plan != null && $Object.hasOwnProperty.call(m, "plan")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.PlanAnswer.verify(m.plan, q + 1);
                    if (e)
                        return "plan." + e;
                }
            }
            if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.AckAnswer.verify(m.ack, q + 1);
                    if (e)
                        return "ack." + e;
                }
            }
            if (m.checkpoint != null && $Object.hasOwnProperty.call(m, "checkpoint")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.CheckpointNowAnswer.verify(m.checkpoint, q + 1);
                    if (e)
                        return "checkpoint." + e;
                }
            }
            if (m.checkpoints != null && $Object.hasOwnProperty.call(m, "checkpoints")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.CheckpointsAnswer.verify(m.checkpoints, q + 1);
                    if (e)
                        return "checkpoints." + e;
                }
            }
            if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.TokenAnswer.verify(m.token, q + 1);
                    if (e)
                        return "token." + e;
                }
            }
            if (m.tokensList != null && $Object.hasOwnProperty.call(m, "tokensList")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.TokensListAnswer.verify(m.tokensList, q + 1);
                    if (e)
                        return "tokensList." + e;
                }
            }
            if (m["export"] != null && $Object.hasOwnProperty.call(m, "export")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.ExportAnswer.verify(m["export"], q + 1);
                    if (e)
                        return "export." + e;
                }
            }
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.BlobAnswer.verify(m.blob, q + 1);
                    if (e)
                        return "blob." + e;
                }
            }
            if (m.logs != null && $Object.hasOwnProperty.call(m, "logs")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.LogsAnswer.verify(m.logs, q + 1);
                    if (e)
                        return "logs." + e;
                }
            }
            if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics")) {
                if (p.body === 1)
                    return "body: multiple values";
                p.body = 1;
                {
                    var e = $root.tandem_admin.MetricsAnswer.verify(m.metrics, q + 1);
                    if (e)
                        return "metrics." + e;
                }
            }
            return null;
        };

        /**
         * Creates an AdminAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.AdminAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.AdminAnswer} AdminAnswer
         */
        AdminAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.AdminAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.AdminAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.AdminAnswer();
            if (d.requestId != null) {
                if (typeof d.requestId === "object" ? d.requestId.low || d.requestId.high : $Number(d.requestId) !== 0) {
                    if ($util.Long)
                        m.requestId = $util.Long.fromValue(d.requestId, true);
                    else if (typeof d.requestId === "string")
                        m.requestId = $parseInt(d.requestId, 10);
                    else if (typeof d.requestId === "number")
                        m.requestId = d.requestId;
                    else if (typeof d.requestId === "object")
                        m.requestId = new $util.LongBits(d.requestId.low >>> 0, d.requestId.high >>> 0).toNumber(true);
                }
            }
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
            if (d.error !== 0 && (typeof d.error !== "string" || $root.tandem_admin.AdminErrorCode[d.error] !== 0)) {
                switch (d.error) {
                case "ADMIN_ERROR_CODE_NONE":
                case 0:
                    m.error = 0;
                    break;
                case "ADMIN_ERROR_CODE_UNAUTHORIZED":
                case 1:
                    m.error = 1;
                    break;
                case "ADMIN_ERROR_CODE_FORBIDDEN":
                case 2:
                    m.error = 2;
                    break;
                case "ADMIN_ERROR_CODE_BAD_REQUEST":
                case 3:
                    m.error = 3;
                    break;
                case "ADMIN_ERROR_CODE_UNKNOWN_PEER":
                case 4:
                    m.error = 4;
                    break;
                case "ADMIN_ERROR_CODE_NO_CHECKPOINT":
                case 5:
                    m.error = 5;
                    break;
                case "ADMIN_ERROR_CODE_NOT_RUNNING":
                case 6:
                    m.error = 6;
                    break;
                case "ADMIN_ERROR_CODE_UNKNOWN_TOKEN":
                case 7:
                    m.error = 7;
                    break;
                case "ADMIN_ERROR_CODE_UNKNOWN_BLOB":
                case 8:
                    m.error = 8;
                    break;
                case "ADMIN_ERROR_CODE_BUSY":
                case 9:
                    m.error = 9;
                    break;
                case "ADMIN_ERROR_CODE_INTERNAL":
                case 10:
                    m.error = 10;
                    break;
                case "ADMIN_ERROR_CODE_PEER_UNREACHABLE":
                case 11:
                    m.error = 11;
                    break;
                default:
                    if (typeof d.error === "number" && (d.error | 0) === d.error)
                        m.error = d.error;
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            if (d.status != null) {
                if (!$util.isObject(d.status))
                    throw $TypeError(".tandem_admin.AdminAnswer.status: object expected");
                m.status = $root.tandem_admin.StatusAnswer.fromObject(d.status, q + 1);
            }
            if (d.workers != null) {
                if (!$util.isObject(d.workers))
                    throw $TypeError(".tandem_admin.AdminAnswer.workers: object expected");
                m.workers = $root.tandem_admin.WorkersAnswer.fromObject(d.workers, q + 1);
            }
            if (d.plan != null) {
                if (!$util.isObject(d.plan))
                    throw $TypeError(".tandem_admin.AdminAnswer.plan: object expected");
                m.plan = $root.tandem_admin.PlanAnswer.fromObject(d.plan, q + 1);
            }
            if (d.ack != null) {
                if (!$util.isObject(d.ack))
                    throw $TypeError(".tandem_admin.AdminAnswer.ack: object expected");
                m.ack = $root.tandem_admin.AckAnswer.fromObject(d.ack, q + 1);
            }
            if (d.checkpoint != null) {
                if (!$util.isObject(d.checkpoint))
                    throw $TypeError(".tandem_admin.AdminAnswer.checkpoint: object expected");
                m.checkpoint = $root.tandem_admin.CheckpointNowAnswer.fromObject(d.checkpoint, q + 1);
            }
            if (d.checkpoints != null) {
                if (!$util.isObject(d.checkpoints))
                    throw $TypeError(".tandem_admin.AdminAnswer.checkpoints: object expected");
                m.checkpoints = $root.tandem_admin.CheckpointsAnswer.fromObject(d.checkpoints, q + 1);
            }
            if (d.token != null) {
                if (!$util.isObject(d.token))
                    throw $TypeError(".tandem_admin.AdminAnswer.token: object expected");
                m.token = $root.tandem_admin.TokenAnswer.fromObject(d.token, q + 1);
            }
            if (d.tokensList != null) {
                if (!$util.isObject(d.tokensList))
                    throw $TypeError(".tandem_admin.AdminAnswer.tokensList: object expected");
                m.tokensList = $root.tandem_admin.TokensListAnswer.fromObject(d.tokensList, q + 1);
            }
            if (d["export"] != null) {
                if (!$util.isObject(d["export"]))
                    throw $TypeError(".tandem_admin.AdminAnswer.export: object expected");
                m["export"] = $root.tandem_admin.ExportAnswer.fromObject(d["export"], q + 1);
            }
            if (d.blob != null) {
                if (!$util.isObject(d.blob))
                    throw $TypeError(".tandem_admin.AdminAnswer.blob: object expected");
                m.blob = $root.tandem_admin.BlobAnswer.fromObject(d.blob, q + 1);
            }
            if (d.logs != null) {
                if (!$util.isObject(d.logs))
                    throw $TypeError(".tandem_admin.AdminAnswer.logs: object expected");
                m.logs = $root.tandem_admin.LogsAnswer.fromObject(d.logs, q + 1);
            }
            if (d.metrics != null) {
                if (!$util.isObject(d.metrics))
                    throw $TypeError(".tandem_admin.AdminAnswer.metrics: object expected");
                m.metrics = $root.tandem_admin.MetricsAnswer.fromObject(d.metrics, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from an AdminAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.AdminAnswer
         * @static
         * @param {tandem_admin.AdminAnswer} m AdminAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AdminAnswer.toObject = function (m, o, q) {
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
                    d.requestId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.requestId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.ok = false;
                d.error = o.enums === $String ? "ADMIN_ERROR_CODE_NONE" : 0;
                d.message = "";
            }
            if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.requestId = typeof m.requestId === "number" ? $BigInt(m.requestId) : $util.Long.fromBits(m.requestId.low >>> 0, m.requestId.high >>> 0, true).toBigInt();
                else if (typeof m.requestId === "number")
                    d.requestId = o.longs === $String ? $String(m.requestId) : m.requestId;
                else
                    d.requestId = o.longs === $String ? $util.Long.prototype.toString.call(m.requestId) : o.longs === $Number ? new $util.LongBits(m.requestId.low >>> 0, m.requestId.high >>> 0).toNumber(true) : m.requestId;
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = o.enums === $String ? $root.tandem_admin.AdminErrorCode[m.error] === $undefined ? m.error : $root.tandem_admin.AdminErrorCode[m.error] : m.error;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = $root.tandem_admin.StatusAnswer.toObject(m.status, o, q + 1);
                if (o.oneofs)
                    d.body = "status";
            }
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers")) {
                d.workers = $root.tandem_admin.WorkersAnswer.toObject(m.workers, o, q + 1);
                if (o.oneofs)
                    d.body = "workers";
            }
            if (m.plan != null && $Object.hasOwnProperty.call(m, "plan")) {
                d.plan = $root.tandem_admin.PlanAnswer.toObject(m.plan, o, q + 1);
                if (o.oneofs)
                    d.body = "plan";
            }
            if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                d.ack = $root.tandem_admin.AckAnswer.toObject(m.ack, o, q + 1);
                if (o.oneofs)
                    d.body = "ack";
            }
            if (m.checkpoint != null && $Object.hasOwnProperty.call(m, "checkpoint")) {
                d.checkpoint = $root.tandem_admin.CheckpointNowAnswer.toObject(m.checkpoint, o, q + 1);
                if (o.oneofs)
                    d.body = "checkpoint";
            }
            if (m.checkpoints != null && $Object.hasOwnProperty.call(m, "checkpoints")) {
                d.checkpoints = $root.tandem_admin.CheckpointsAnswer.toObject(m.checkpoints, o, q + 1);
                if (o.oneofs)
                    d.body = "checkpoints";
            }
            if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                d.token = $root.tandem_admin.TokenAnswer.toObject(m.token, o, q + 1);
                if (o.oneofs)
                    d.body = "token";
            }
            if (m.tokensList != null && $Object.hasOwnProperty.call(m, "tokensList")) {
                d.tokensList = $root.tandem_admin.TokensListAnswer.toObject(m.tokensList, o, q + 1);
                if (o.oneofs)
                    d.body = "tokensList";
            }
            if (m["export"] != null && $Object.hasOwnProperty.call(m, "export")) {
                d["export"] = $root.tandem_admin.ExportAnswer.toObject(m["export"], o, q + 1);
                if (o.oneofs)
                    d.body = "export";
            }
            if (m.blob != null && $Object.hasOwnProperty.call(m, "blob")) {
                d.blob = $root.tandem_admin.BlobAnswer.toObject(m.blob, o, q + 1);
                if (o.oneofs)
                    d.body = "blob";
            }
            if (m.logs != null && $Object.hasOwnProperty.call(m, "logs")) {
                d.logs = $root.tandem_admin.LogsAnswer.toObject(m.logs, o, q + 1);
                if (o.oneofs)
                    d.body = "logs";
            }
            if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics")) {
                d.metrics = $root.tandem_admin.MetricsAnswer.toObject(m.metrics, o, q + 1);
                if (o.oneofs)
                    d.body = "metrics";
            }
            return d;
        };

        /**
         * Converts this AdminAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.AdminAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AdminAnswer.prototype.toJSON = function() {
            return AdminAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AdminAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.AdminAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AdminAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.AdminAnswer";
        };

        return AdminAnswer;
    })();

    tandem_admin.StatusRequest = (function() {

        /**
         * Properties of a StatusRequest.
         * @typedef {Object} tandem_admin.StatusRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusRequest.
         * @memberof tandem_admin
         * @interface IStatusRequest
         * @augments tandem_admin.StatusRequest.$Properties
         * @deprecated Use tandem_admin.StatusRequest.$Properties instead.
         */

        /**
         * Shape of a StatusRequest.
         * @typedef {tandem_admin.StatusRequest.$Properties} tandem_admin.StatusRequest.$Shape
         */

        /**
         * Constructs a new StatusRequest.
         * @memberof tandem_admin
         * @classdesc Represents a StatusRequest.
         * @constructor
         * @param {tandem_admin.StatusRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.StatusRequest
         * @static
         * @param {tandem_admin.StatusRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.StatusRequest} StatusRequest instance
         * @type {{
         *   (properties: tandem_admin.StatusRequest.$Shape): tandem_admin.StatusRequest & tandem_admin.StatusRequest.$Shape;
         *   (properties?: tandem_admin.StatusRequest.$Properties): tandem_admin.StatusRequest;
         * }}
         */
        StatusRequest.create = function(properties) {
            return new StatusRequest(properties);
        };

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link tandem_admin.StatusRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.StatusRequest
         * @static
         * @param {tandem_admin.StatusRequest.$Properties} m StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link tandem_admin.StatusRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.StatusRequest
         * @static
         * @param {tandem_admin.StatusRequest.$Properties} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.StatusRequest & tandem_admin.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.StatusRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
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
         * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.StatusRequest & tandem_admin.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StatusRequest message.
         * @function verify
         * @memberof tandem_admin.StatusRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StatusRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.StatusRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.StatusRequest} StatusRequest
         */
        StatusRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.StatusRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.StatusRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.tandem_admin.StatusRequest();
        };

        /**
         * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.StatusRequest
         * @static
         * @param {tandem_admin.StatusRequest} m StatusRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatusRequest.toObject = function () {
            return {};
        };

        /**
         * Converts this StatusRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.StatusRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatusRequest.prototype.toJSON = function() {
            return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StatusRequest
         * @function getTypeUrl
         * @memberof tandem_admin.StatusRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StatusRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.StatusRequest";
        };

        return StatusRequest;
    })();

    tandem_admin.WorkersRequest = (function() {

        /**
         * Properties of a WorkersRequest.
         * @typedef {Object} tandem_admin.WorkersRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkersRequest.
         * @memberof tandem_admin
         * @interface IWorkersRequest
         * @augments tandem_admin.WorkersRequest.$Properties
         * @deprecated Use tandem_admin.WorkersRequest.$Properties instead.
         */

        /**
         * Shape of a WorkersRequest.
         * @typedef {tandem_admin.WorkersRequest.$Properties} tandem_admin.WorkersRequest.$Shape
         */

        /**
         * Constructs a new WorkersRequest.
         * @memberof tandem_admin
         * @classdesc Represents a WorkersRequest.
         * @constructor
         * @param {tandem_admin.WorkersRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkersRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new WorkersRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.WorkersRequest
         * @static
         * @param {tandem_admin.WorkersRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.WorkersRequest} WorkersRequest instance
         * @type {{
         *   (properties: tandem_admin.WorkersRequest.$Shape): tandem_admin.WorkersRequest & tandem_admin.WorkersRequest.$Shape;
         *   (properties?: tandem_admin.WorkersRequest.$Properties): tandem_admin.WorkersRequest;
         * }}
         */
        WorkersRequest.create = function(properties) {
            return new WorkersRequest(properties);
        };

        /**
         * Encodes the specified WorkersRequest message. Does not implicitly {@link tandem_admin.WorkersRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.WorkersRequest
         * @static
         * @param {tandem_admin.WorkersRequest.$Properties} m WorkersRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkersRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified WorkersRequest message, length delimited. Does not implicitly {@link tandem_admin.WorkersRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.WorkersRequest
         * @static
         * @param {tandem_admin.WorkersRequest.$Properties} message WorkersRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkersRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WorkersRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.WorkersRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.WorkersRequest & tandem_admin.WorkersRequest.$Shape} WorkersRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkersRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.WorkersRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
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
         * Decodes a WorkersRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.WorkersRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.WorkersRequest & tandem_admin.WorkersRequest.$Shape} WorkersRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkersRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WorkersRequest message.
         * @function verify
         * @memberof tandem_admin.WorkersRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WorkersRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a WorkersRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.WorkersRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.WorkersRequest} WorkersRequest
         */
        WorkersRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.WorkersRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.WorkersRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.tandem_admin.WorkersRequest();
        };

        /**
         * Creates a plain object from a WorkersRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.WorkersRequest
         * @static
         * @param {tandem_admin.WorkersRequest} m WorkersRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkersRequest.toObject = function () {
            return {};
        };

        /**
         * Converts this WorkersRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.WorkersRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkersRequest.prototype.toJSON = function() {
            return WorkersRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WorkersRequest
         * @function getTypeUrl
         * @memberof tandem_admin.WorkersRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WorkersRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.WorkersRequest";
        };

        return WorkersRequest;
    })();

    tandem_admin.PlanRequest = (function() {

        /**
         * Properties of a PlanRequest.
         * @typedef {Object} tandem_admin.PlanRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlanRequest.
         * @memberof tandem_admin
         * @interface IPlanRequest
         * @augments tandem_admin.PlanRequest.$Properties
         * @deprecated Use tandem_admin.PlanRequest.$Properties instead.
         */

        /**
         * Shape of a PlanRequest.
         * @typedef {tandem_admin.PlanRequest.$Properties} tandem_admin.PlanRequest.$Shape
         */

        /**
         * Constructs a new PlanRequest.
         * @memberof tandem_admin
         * @classdesc Represents a PlanRequest.
         * @constructor
         * @param {tandem_admin.PlanRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlanRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new PlanRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.PlanRequest
         * @static
         * @param {tandem_admin.PlanRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.PlanRequest} PlanRequest instance
         * @type {{
         *   (properties: tandem_admin.PlanRequest.$Shape): tandem_admin.PlanRequest & tandem_admin.PlanRequest.$Shape;
         *   (properties?: tandem_admin.PlanRequest.$Properties): tandem_admin.PlanRequest;
         * }}
         */
        PlanRequest.create = function(properties) {
            return new PlanRequest(properties);
        };

        /**
         * Encodes the specified PlanRequest message. Does not implicitly {@link tandem_admin.PlanRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.PlanRequest
         * @static
         * @param {tandem_admin.PlanRequest.$Properties} m PlanRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PlanRequest message, length delimited. Does not implicitly {@link tandem_admin.PlanRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.PlanRequest
         * @static
         * @param {tandem_admin.PlanRequest.$Properties} message PlanRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlanRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.PlanRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.PlanRequest & tandem_admin.PlanRequest.$Shape} PlanRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.PlanRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
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
         * Decodes a PlanRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.PlanRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.PlanRequest & tandem_admin.PlanRequest.$Shape} PlanRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PlanRequest message.
         * @function verify
         * @memberof tandem_admin.PlanRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlanRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a PlanRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.PlanRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.PlanRequest} PlanRequest
         */
        PlanRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.PlanRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.PlanRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.tandem_admin.PlanRequest();
        };

        /**
         * Creates a plain object from a PlanRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.PlanRequest
         * @static
         * @param {tandem_admin.PlanRequest} m PlanRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlanRequest.toObject = function () {
            return {};
        };

        /**
         * Converts this PlanRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.PlanRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlanRequest.prototype.toJSON = function() {
            return PlanRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlanRequest
         * @function getTypeUrl
         * @memberof tandem_admin.PlanRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlanRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.PlanRequest";
        };

        return PlanRequest;
    })();

    tandem_admin.DrainRequest = (function() {

        /**
         * Properties of a DrainRequest.
         * @typedef {Object} tandem_admin.DrainRequest.$Properties
         * @property {string|null} [peerId] DrainRequest peerId
         * @property {string|null} [reason] DrainRequest reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DrainRequest.
         * @memberof tandem_admin
         * @interface IDrainRequest
         * @augments tandem_admin.DrainRequest.$Properties
         * @deprecated Use tandem_admin.DrainRequest.$Properties instead.
         */

        /**
         * Shape of a DrainRequest.
         * @typedef {tandem_admin.DrainRequest.$Properties} tandem_admin.DrainRequest.$Shape
         */

        /**
         * Constructs a new DrainRequest.
         * @memberof tandem_admin
         * @classdesc Represents a DrainRequest.
         * @constructor
         * @param {tandem_admin.DrainRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DrainRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DrainRequest peerId.
         * @member {string} peerId
         * @memberof tandem_admin.DrainRequest
         * @instance
         */
        DrainRequest.prototype.peerId = "";

        /**
         * DrainRequest reason.
         * @member {string} reason
         * @memberof tandem_admin.DrainRequest
         * @instance
         */
        DrainRequest.prototype.reason = "";

        /**
         * Creates a new DrainRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.DrainRequest
         * @static
         * @param {tandem_admin.DrainRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.DrainRequest} DrainRequest instance
         * @type {{
         *   (properties: tandem_admin.DrainRequest.$Shape): tandem_admin.DrainRequest & tandem_admin.DrainRequest.$Shape;
         *   (properties?: tandem_admin.DrainRequest.$Properties): tandem_admin.DrainRequest;
         * }}
         */
        DrainRequest.create = function(properties) {
            return new DrainRequest(properties);
        };

        /**
         * Encodes the specified DrainRequest message. Does not implicitly {@link tandem_admin.DrainRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.DrainRequest
         * @static
         * @param {tandem_admin.DrainRequest.$Properties} m DrainRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DrainRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DrainRequest message, length delimited. Does not implicitly {@link tandem_admin.DrainRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.DrainRequest
         * @static
         * @param {tandem_admin.DrainRequest.$Properties} message DrainRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DrainRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DrainRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.DrainRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.DrainRequest & tandem_admin.DrainRequest.$Shape} DrainRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DrainRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.DrainRequest();
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
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
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
         * Decodes a DrainRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.DrainRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.DrainRequest & tandem_admin.DrainRequest.$Shape} DrainRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DrainRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DrainRequest message.
         * @function verify
         * @memberof tandem_admin.DrainRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DrainRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            return null;
        };

        /**
         * Creates a DrainRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.DrainRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.DrainRequest} DrainRequest
         */
        DrainRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.DrainRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.DrainRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.DrainRequest();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DrainRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.DrainRequest
         * @static
         * @param {tandem_admin.DrainRequest} m DrainRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DrainRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.peerId = "";
                d.reason = "";
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            return d;
        };

        /**
         * Converts this DrainRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.DrainRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DrainRequest.prototype.toJSON = function() {
            return DrainRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DrainRequest
         * @function getTypeUrl
         * @memberof tandem_admin.DrainRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DrainRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.DrainRequest";
        };

        return DrainRequest;
    })();

    tandem_admin.KickRequest = (function() {

        /**
         * Properties of a KickRequest.
         * @typedef {Object} tandem_admin.KickRequest.$Properties
         * @property {string|null} [peerId] KickRequest peerId
         * @property {string|null} [reason] KickRequest reason
         * @property {boolean|null} [ban] KickRequest ban
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a KickRequest.
         * @memberof tandem_admin
         * @interface IKickRequest
         * @augments tandem_admin.KickRequest.$Properties
         * @deprecated Use tandem_admin.KickRequest.$Properties instead.
         */

        /**
         * Shape of a KickRequest.
         * @typedef {tandem_admin.KickRequest.$Properties} tandem_admin.KickRequest.$Shape
         */

        /**
         * Constructs a new KickRequest.
         * @memberof tandem_admin
         * @classdesc Represents a KickRequest.
         * @constructor
         * @param {tandem_admin.KickRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const KickRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * KickRequest peerId.
         * @member {string} peerId
         * @memberof tandem_admin.KickRequest
         * @instance
         */
        KickRequest.prototype.peerId = "";

        /**
         * KickRequest reason.
         * @member {string} reason
         * @memberof tandem_admin.KickRequest
         * @instance
         */
        KickRequest.prototype.reason = "";

        /**
         * KickRequest ban.
         * @member {boolean} ban
         * @memberof tandem_admin.KickRequest
         * @instance
         */
        KickRequest.prototype.ban = false;

        /**
         * Creates a new KickRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.KickRequest
         * @static
         * @param {tandem_admin.KickRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.KickRequest} KickRequest instance
         * @type {{
         *   (properties: tandem_admin.KickRequest.$Shape): tandem_admin.KickRequest & tandem_admin.KickRequest.$Shape;
         *   (properties?: tandem_admin.KickRequest.$Properties): tandem_admin.KickRequest;
         * }}
         */
        KickRequest.create = function(properties) {
            return new KickRequest(properties);
        };

        /**
         * Encodes the specified KickRequest message. Does not implicitly {@link tandem_admin.KickRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.KickRequest
         * @static
         * @param {tandem_admin.KickRequest.$Properties} m KickRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KickRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
            if (m.ban != null && $Object.hasOwnProperty.call(m, "ban") && m.ban !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.ban);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified KickRequest message, length delimited. Does not implicitly {@link tandem_admin.KickRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.KickRequest
         * @static
         * @param {tandem_admin.KickRequest.$Properties} message KickRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KickRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a KickRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.KickRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.KickRequest & tandem_admin.KickRequest.$Shape} KickRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KickRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.KickRequest();
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
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ban = v;
                        else
                            delete m.ban;
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
         * Decodes a KickRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.KickRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.KickRequest & tandem_admin.KickRequest.$Shape} KickRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KickRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a KickRequest message.
         * @function verify
         * @memberof tandem_admin.KickRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        KickRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            if (m.ban != null && $Object.hasOwnProperty.call(m, "ban")) {
                if (typeof m.ban !== "boolean")
                    return "ban: boolean expected";
            }
            return null;
        };

        /**
         * Creates a KickRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.KickRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.KickRequest} KickRequest
         */
        KickRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.KickRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.KickRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.KickRequest();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            if (d.ban != null) {
                if (d.ban) {
                    m.ban = $Boolean(d.ban);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a KickRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.KickRequest
         * @static
         * @param {tandem_admin.KickRequest} m KickRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        KickRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.peerId = "";
                d.reason = "";
                d.ban = false;
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            if (m.ban != null && $Object.hasOwnProperty.call(m, "ban")) {
                d.ban = m.ban;
            }
            return d;
        };

        /**
         * Converts this KickRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.KickRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        KickRequest.prototype.toJSON = function() {
            return KickRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for KickRequest
         * @function getTypeUrl
         * @memberof tandem_admin.KickRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        KickRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.KickRequest";
        };

        return KickRequest;
    })();

    tandem_admin.PauseRequest = (function() {

        /**
         * Properties of a PauseRequest.
         * @typedef {Object} tandem_admin.PauseRequest.$Properties
         * @property {string|null} [reason] PauseRequest reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PauseRequest.
         * @memberof tandem_admin
         * @interface IPauseRequest
         * @augments tandem_admin.PauseRequest.$Properties
         * @deprecated Use tandem_admin.PauseRequest.$Properties instead.
         */

        /**
         * Shape of a PauseRequest.
         * @typedef {tandem_admin.PauseRequest.$Properties} tandem_admin.PauseRequest.$Shape
         */

        /**
         * Constructs a new PauseRequest.
         * @memberof tandem_admin
         * @classdesc Represents a PauseRequest.
         * @constructor
         * @param {tandem_admin.PauseRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PauseRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PauseRequest reason.
         * @member {string} reason
         * @memberof tandem_admin.PauseRequest
         * @instance
         */
        PauseRequest.prototype.reason = "";

        /**
         * Creates a new PauseRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.PauseRequest
         * @static
         * @param {tandem_admin.PauseRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.PauseRequest} PauseRequest instance
         * @type {{
         *   (properties: tandem_admin.PauseRequest.$Shape): tandem_admin.PauseRequest & tandem_admin.PauseRequest.$Shape;
         *   (properties?: tandem_admin.PauseRequest.$Properties): tandem_admin.PauseRequest;
         * }}
         */
        PauseRequest.create = function(properties) {
            return new PauseRequest(properties);
        };

        /**
         * Encodes the specified PauseRequest message. Does not implicitly {@link tandem_admin.PauseRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.PauseRequest
         * @static
         * @param {tandem_admin.PauseRequest.$Properties} m PauseRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PauseRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PauseRequest message, length delimited. Does not implicitly {@link tandem_admin.PauseRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.PauseRequest
         * @static
         * @param {tandem_admin.PauseRequest.$Properties} message PauseRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PauseRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PauseRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.PauseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.PauseRequest & tandem_admin.PauseRequest.$Shape} PauseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PauseRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.PauseRequest();
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
                            m.reason = v;
                        else
                            delete m.reason;
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
         * Decodes a PauseRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.PauseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.PauseRequest & tandem_admin.PauseRequest.$Shape} PauseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PauseRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PauseRequest message.
         * @function verify
         * @memberof tandem_admin.PauseRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PauseRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            return null;
        };

        /**
         * Creates a PauseRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.PauseRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.PauseRequest} PauseRequest
         */
        PauseRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.PauseRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.PauseRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.PauseRequest();
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PauseRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.PauseRequest
         * @static
         * @param {tandem_admin.PauseRequest} m PauseRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PauseRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.reason = "";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            return d;
        };

        /**
         * Converts this PauseRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.PauseRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PauseRequest.prototype.toJSON = function() {
            return PauseRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PauseRequest
         * @function getTypeUrl
         * @memberof tandem_admin.PauseRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PauseRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.PauseRequest";
        };

        return PauseRequest;
    })();

    tandem_admin.ResumeRequest = (function() {

        /**
         * Properties of a ResumeRequest.
         * @typedef {Object} tandem_admin.ResumeRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ResumeRequest.
         * @memberof tandem_admin
         * @interface IResumeRequest
         * @augments tandem_admin.ResumeRequest.$Properties
         * @deprecated Use tandem_admin.ResumeRequest.$Properties instead.
         */

        /**
         * Shape of a ResumeRequest.
         * @typedef {tandem_admin.ResumeRequest.$Properties} tandem_admin.ResumeRequest.$Shape
         */

        /**
         * Constructs a new ResumeRequest.
         * @memberof tandem_admin
         * @classdesc Represents a ResumeRequest.
         * @constructor
         * @param {tandem_admin.ResumeRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ResumeRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new ResumeRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.ResumeRequest
         * @static
         * @param {tandem_admin.ResumeRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.ResumeRequest} ResumeRequest instance
         * @type {{
         *   (properties: tandem_admin.ResumeRequest.$Shape): tandem_admin.ResumeRequest & tandem_admin.ResumeRequest.$Shape;
         *   (properties?: tandem_admin.ResumeRequest.$Properties): tandem_admin.ResumeRequest;
         * }}
         */
        ResumeRequest.create = function(properties) {
            return new ResumeRequest(properties);
        };

        /**
         * Encodes the specified ResumeRequest message. Does not implicitly {@link tandem_admin.ResumeRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.ResumeRequest
         * @static
         * @param {tandem_admin.ResumeRequest.$Properties} m ResumeRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResumeRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ResumeRequest message, length delimited. Does not implicitly {@link tandem_admin.ResumeRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.ResumeRequest
         * @static
         * @param {tandem_admin.ResumeRequest.$Properties} message ResumeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResumeRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ResumeRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.ResumeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.ResumeRequest & tandem_admin.ResumeRequest.$Shape} ResumeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResumeRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.ResumeRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
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
         * Decodes a ResumeRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.ResumeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.ResumeRequest & tandem_admin.ResumeRequest.$Shape} ResumeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResumeRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ResumeRequest message.
         * @function verify
         * @memberof tandem_admin.ResumeRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ResumeRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a ResumeRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.ResumeRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.ResumeRequest} ResumeRequest
         */
        ResumeRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.ResumeRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.ResumeRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.tandem_admin.ResumeRequest();
        };

        /**
         * Creates a plain object from a ResumeRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.ResumeRequest
         * @static
         * @param {tandem_admin.ResumeRequest} m ResumeRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ResumeRequest.toObject = function () {
            return {};
        };

        /**
         * Converts this ResumeRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.ResumeRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ResumeRequest.prototype.toJSON = function() {
            return ResumeRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ResumeRequest
         * @function getTypeUrl
         * @memberof tandem_admin.ResumeRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ResumeRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.ResumeRequest";
        };

        return ResumeRequest;
    })();

    tandem_admin.CheckpointNowRequest = (function() {

        /**
         * Properties of a CheckpointNowRequest.
         * @typedef {Object} tandem_admin.CheckpointNowRequest.$Properties
         * @property {boolean|null} [wait] CheckpointNowRequest wait
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CheckpointNowRequest.
         * @memberof tandem_admin
         * @interface ICheckpointNowRequest
         * @augments tandem_admin.CheckpointNowRequest.$Properties
         * @deprecated Use tandem_admin.CheckpointNowRequest.$Properties instead.
         */

        /**
         * Shape of a CheckpointNowRequest.
         * @typedef {tandem_admin.CheckpointNowRequest.$Properties} tandem_admin.CheckpointNowRequest.$Shape
         */

        /**
         * Constructs a new CheckpointNowRequest.
         * @memberof tandem_admin
         * @classdesc Represents a CheckpointNowRequest.
         * @constructor
         * @param {tandem_admin.CheckpointNowRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CheckpointNowRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CheckpointNowRequest wait.
         * @member {boolean} wait
         * @memberof tandem_admin.CheckpointNowRequest
         * @instance
         */
        CheckpointNowRequest.prototype.wait = false;

        /**
         * Creates a new CheckpointNowRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.CheckpointNowRequest
         * @static
         * @param {tandem_admin.CheckpointNowRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.CheckpointNowRequest} CheckpointNowRequest instance
         * @type {{
         *   (properties: tandem_admin.CheckpointNowRequest.$Shape): tandem_admin.CheckpointNowRequest & tandem_admin.CheckpointNowRequest.$Shape;
         *   (properties?: tandem_admin.CheckpointNowRequest.$Properties): tandem_admin.CheckpointNowRequest;
         * }}
         */
        CheckpointNowRequest.create = function(properties) {
            return new CheckpointNowRequest(properties);
        };

        /**
         * Encodes the specified CheckpointNowRequest message. Does not implicitly {@link tandem_admin.CheckpointNowRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.CheckpointNowRequest
         * @static
         * @param {tandem_admin.CheckpointNowRequest.$Properties} m CheckpointNowRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointNowRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.wait != null && $Object.hasOwnProperty.call(m, "wait") && m.wait !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.wait);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CheckpointNowRequest message, length delimited. Does not implicitly {@link tandem_admin.CheckpointNowRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.CheckpointNowRequest
         * @static
         * @param {tandem_admin.CheckpointNowRequest.$Properties} message CheckpointNowRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointNowRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CheckpointNowRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.CheckpointNowRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.CheckpointNowRequest & tandem_admin.CheckpointNowRequest.$Shape} CheckpointNowRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointNowRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.CheckpointNowRequest();
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
                            m.wait = v;
                        else
                            delete m.wait;
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
         * Decodes a CheckpointNowRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.CheckpointNowRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.CheckpointNowRequest & tandem_admin.CheckpointNowRequest.$Shape} CheckpointNowRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointNowRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CheckpointNowRequest message.
         * @function verify
         * @memberof tandem_admin.CheckpointNowRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CheckpointNowRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.wait != null && $Object.hasOwnProperty.call(m, "wait")) {
                if (typeof m.wait !== "boolean")
                    return "wait: boolean expected";
            }
            return null;
        };

        /**
         * Creates a CheckpointNowRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.CheckpointNowRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.CheckpointNowRequest} CheckpointNowRequest
         */
        CheckpointNowRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.CheckpointNowRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.CheckpointNowRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.CheckpointNowRequest();
            if (d.wait != null) {
                if (d.wait) {
                    m.wait = $Boolean(d.wait);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CheckpointNowRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.CheckpointNowRequest
         * @static
         * @param {tandem_admin.CheckpointNowRequest} m CheckpointNowRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CheckpointNowRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.wait = false;
            }
            if (m.wait != null && $Object.hasOwnProperty.call(m, "wait")) {
                d.wait = m.wait;
            }
            return d;
        };

        /**
         * Converts this CheckpointNowRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.CheckpointNowRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CheckpointNowRequest.prototype.toJSON = function() {
            return CheckpointNowRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CheckpointNowRequest
         * @function getTypeUrl
         * @memberof tandem_admin.CheckpointNowRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CheckpointNowRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.CheckpointNowRequest";
        };

        return CheckpointNowRequest;
    })();

    tandem_admin.CheckpointsRequest = (function() {

        /**
         * Properties of a CheckpointsRequest.
         * @typedef {Object} tandem_admin.CheckpointsRequest.$Properties
         * @property {number|null} [limit] CheckpointsRequest limit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CheckpointsRequest.
         * @memberof tandem_admin
         * @interface ICheckpointsRequest
         * @augments tandem_admin.CheckpointsRequest.$Properties
         * @deprecated Use tandem_admin.CheckpointsRequest.$Properties instead.
         */

        /**
         * Shape of a CheckpointsRequest.
         * @typedef {tandem_admin.CheckpointsRequest.$Properties} tandem_admin.CheckpointsRequest.$Shape
         */

        /**
         * Constructs a new CheckpointsRequest.
         * @memberof tandem_admin
         * @classdesc Represents a CheckpointsRequest.
         * @constructor
         * @param {tandem_admin.CheckpointsRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CheckpointsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CheckpointsRequest limit.
         * @member {number} limit
         * @memberof tandem_admin.CheckpointsRequest
         * @instance
         */
        CheckpointsRequest.prototype.limit = 0;

        /**
         * Creates a new CheckpointsRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.CheckpointsRequest
         * @static
         * @param {tandem_admin.CheckpointsRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.CheckpointsRequest} CheckpointsRequest instance
         * @type {{
         *   (properties: tandem_admin.CheckpointsRequest.$Shape): tandem_admin.CheckpointsRequest & tandem_admin.CheckpointsRequest.$Shape;
         *   (properties?: tandem_admin.CheckpointsRequest.$Properties): tandem_admin.CheckpointsRequest;
         * }}
         */
        CheckpointsRequest.create = function(properties) {
            return new CheckpointsRequest(properties);
        };

        /**
         * Encodes the specified CheckpointsRequest message. Does not implicitly {@link tandem_admin.CheckpointsRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.CheckpointsRequest
         * @static
         * @param {tandem_admin.CheckpointsRequest.$Properties} m CheckpointsRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.limit);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CheckpointsRequest message, length delimited. Does not implicitly {@link tandem_admin.CheckpointsRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.CheckpointsRequest
         * @static
         * @param {tandem_admin.CheckpointsRequest.$Properties} message CheckpointsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CheckpointsRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.CheckpointsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.CheckpointsRequest & tandem_admin.CheckpointsRequest.$Shape} CheckpointsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointsRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.CheckpointsRequest();
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
                            m.limit = v;
                        else
                            delete m.limit;
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
         * Decodes a CheckpointsRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.CheckpointsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.CheckpointsRequest & tandem_admin.CheckpointsRequest.$Shape} CheckpointsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CheckpointsRequest message.
         * @function verify
         * @memberof tandem_admin.CheckpointsRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CheckpointsRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                if (!$util.isInteger(m.limit))
                    return "limit: integer expected";
            }
            return null;
        };

        /**
         * Creates a CheckpointsRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.CheckpointsRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.CheckpointsRequest} CheckpointsRequest
         */
        CheckpointsRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.CheckpointsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.CheckpointsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.CheckpointsRequest();
            if (d.limit != null) {
                if ($Number(d.limit) !== 0) {
                    m.limit = d.limit >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CheckpointsRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.CheckpointsRequest
         * @static
         * @param {tandem_admin.CheckpointsRequest} m CheckpointsRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CheckpointsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.limit = 0;
            }
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                d.limit = m.limit;
            }
            return d;
        };

        /**
         * Converts this CheckpointsRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.CheckpointsRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CheckpointsRequest.prototype.toJSON = function() {
            return CheckpointsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CheckpointsRequest
         * @function getTypeUrl
         * @memberof tandem_admin.CheckpointsRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CheckpointsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.CheckpointsRequest";
        };

        return CheckpointsRequest;
    })();

    tandem_admin.RollbackRequest = (function() {

        /**
         * Properties of a RollbackRequest.
         * @typedef {Object} tandem_admin.RollbackRequest.$Properties
         * @property {number|null} [step] RollbackRequest step
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RollbackRequest.
         * @memberof tandem_admin
         * @interface IRollbackRequest
         * @augments tandem_admin.RollbackRequest.$Properties
         * @deprecated Use tandem_admin.RollbackRequest.$Properties instead.
         */

        /**
         * Shape of a RollbackRequest.
         * @typedef {tandem_admin.RollbackRequest.$Properties} tandem_admin.RollbackRequest.$Shape
         */

        /**
         * Constructs a new RollbackRequest.
         * @memberof tandem_admin
         * @classdesc Represents a RollbackRequest.
         * @constructor
         * @param {tandem_admin.RollbackRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RollbackRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RollbackRequest step.
         * @member {number} step
         * @memberof tandem_admin.RollbackRequest
         * @instance
         */
        RollbackRequest.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RollbackRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.RollbackRequest
         * @static
         * @param {tandem_admin.RollbackRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.RollbackRequest} RollbackRequest instance
         * @type {{
         *   (properties: tandem_admin.RollbackRequest.$Shape): tandem_admin.RollbackRequest & tandem_admin.RollbackRequest.$Shape;
         *   (properties?: tandem_admin.RollbackRequest.$Properties): tandem_admin.RollbackRequest;
         * }}
         */
        RollbackRequest.create = function(properties) {
            return new RollbackRequest(properties);
        };

        /**
         * Encodes the specified RollbackRequest message. Does not implicitly {@link tandem_admin.RollbackRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.RollbackRequest
         * @static
         * @param {tandem_admin.RollbackRequest.$Properties} m RollbackRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RollbackRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.step);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RollbackRequest message, length delimited. Does not implicitly {@link tandem_admin.RollbackRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.RollbackRequest
         * @static
         * @param {tandem_admin.RollbackRequest.$Properties} message RollbackRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RollbackRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RollbackRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.RollbackRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.RollbackRequest & tandem_admin.RollbackRequest.$Shape} RollbackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RollbackRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.RollbackRequest();
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
         * Decodes a RollbackRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.RollbackRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.RollbackRequest & tandem_admin.RollbackRequest.$Shape} RollbackRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RollbackRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RollbackRequest message.
         * @function verify
         * @memberof tandem_admin.RollbackRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RollbackRequest.verify = function (m, q) {
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
            return null;
        };

        /**
         * Creates a RollbackRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.RollbackRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.RollbackRequest} RollbackRequest
         */
        RollbackRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.RollbackRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.RollbackRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.RollbackRequest();
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
            return m;
        };

        /**
         * Creates a plain object from a RollbackRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.RollbackRequest
         * @static
         * @param {tandem_admin.RollbackRequest} m RollbackRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RollbackRequest.toObject = function (m, o, q) {
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
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                else if (typeof m.step === "number")
                    d.step = o.longs === $String ? $String(m.step) : m.step;
                else
                    d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
            }
            return d;
        };

        /**
         * Converts this RollbackRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.RollbackRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RollbackRequest.prototype.toJSON = function() {
            return RollbackRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RollbackRequest
         * @function getTypeUrl
         * @memberof tandem_admin.RollbackRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RollbackRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.RollbackRequest";
        };

        return RollbackRequest;
    })();

    /**
     * TokenKind enum.
     * @name tandem_admin.TokenKind
     * @enum {number}
     * @property {number} TOKEN_KIND_UNSPECIFIED=0 TOKEN_KIND_UNSPECIFIED value
     * @property {number} TOKEN_KIND_JOIN=1 TOKEN_KIND_JOIN value
     * @property {number} TOKEN_KIND_VIEWER=2 TOKEN_KIND_VIEWER value
     */
    tandem_admin.TokenKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "TOKEN_KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "TOKEN_KIND_JOIN"] = 1;
        values[valuesById[2] = "TOKEN_KIND_VIEWER"] = 2;
        return values;
    })();

    tandem_admin.TokenCreateRequest = (function() {

        /**
         * Properties of a TokenCreateRequest.
         * @typedef {Object} tandem_admin.TokenCreateRequest.$Properties
         * @property {tandem_admin.TokenKind|null} [kind] TokenCreateRequest kind
         * @property {string|null} [label] TokenCreateRequest label
         * @property {number|null} [ttlMs] TokenCreateRequest ttlMs
         * @property {number|null} [usesMax] TokenCreateRequest usesMax
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TokenCreateRequest.
         * @memberof tandem_admin
         * @interface ITokenCreateRequest
         * @augments tandem_admin.TokenCreateRequest.$Properties
         * @deprecated Use tandem_admin.TokenCreateRequest.$Properties instead.
         */

        /**
         * Shape of a TokenCreateRequest.
         * @typedef {tandem_admin.TokenCreateRequest.$Properties} tandem_admin.TokenCreateRequest.$Shape
         */

        /**
         * Constructs a new TokenCreateRequest.
         * @memberof tandem_admin
         * @classdesc Represents a TokenCreateRequest.
         * @constructor
         * @param {tandem_admin.TokenCreateRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TokenCreateRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TokenCreateRequest kind.
         * @member {tandem_admin.TokenKind} kind
         * @memberof tandem_admin.TokenCreateRequest
         * @instance
         */
        TokenCreateRequest.prototype.kind = 0;

        /**
         * TokenCreateRequest label.
         * @member {string} label
         * @memberof tandem_admin.TokenCreateRequest
         * @instance
         */
        TokenCreateRequest.prototype.label = "";

        /**
         * TokenCreateRequest ttlMs.
         * @member {number} ttlMs
         * @memberof tandem_admin.TokenCreateRequest
         * @instance
         */
        TokenCreateRequest.prototype.ttlMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TokenCreateRequest usesMax.
         * @member {number} usesMax
         * @memberof tandem_admin.TokenCreateRequest
         * @instance
         */
        TokenCreateRequest.prototype.usesMax = 0;

        /**
         * Creates a new TokenCreateRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.TokenCreateRequest
         * @static
         * @param {tandem_admin.TokenCreateRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.TokenCreateRequest} TokenCreateRequest instance
         * @type {{
         *   (properties: tandem_admin.TokenCreateRequest.$Shape): tandem_admin.TokenCreateRequest & tandem_admin.TokenCreateRequest.$Shape;
         *   (properties?: tandem_admin.TokenCreateRequest.$Properties): tandem_admin.TokenCreateRequest;
         * }}
         */
        TokenCreateRequest.create = function(properties) {
            return new TokenCreateRequest(properties);
        };

        /**
         * Encodes the specified TokenCreateRequest message. Does not implicitly {@link tandem_admin.TokenCreateRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.TokenCreateRequest
         * @static
         * @param {tandem_admin.TokenCreateRequest.$Properties} m TokenCreateRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokenCreateRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
            if (m.label != null && $Object.hasOwnProperty.call(m, "label") && m.label !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.label);
            if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs") && (typeof m.ttlMs === "object" ? m.ttlMs.low || m.ttlMs.high : m.ttlMs !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.ttlMs);
            if (m.usesMax != null && $Object.hasOwnProperty.call(m, "usesMax") && m.usesMax !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.usesMax);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TokenCreateRequest message, length delimited. Does not implicitly {@link tandem_admin.TokenCreateRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.TokenCreateRequest
         * @static
         * @param {tandem_admin.TokenCreateRequest.$Properties} message TokenCreateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokenCreateRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TokenCreateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.TokenCreateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.TokenCreateRequest & tandem_admin.TokenCreateRequest.$Shape} TokenCreateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokenCreateRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.TokenCreateRequest();
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
                            m.kind = v;
                        else
                            delete m.kind;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.label = v;
                        else
                            delete m.label;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.ttlMs = v;
                        else
                            delete m.ttlMs;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.usesMax = v;
                        else
                            delete m.usesMax;
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
         * Decodes a TokenCreateRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.TokenCreateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.TokenCreateRequest & tandem_admin.TokenCreateRequest.$Shape} TokenCreateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokenCreateRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TokenCreateRequest message.
         * @function verify
         * @memberof tandem_admin.TokenCreateRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TokenCreateRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                    return "kind: enum value expected";
            }
            if (m.label != null && $Object.hasOwnProperty.call(m, "label")) {
                if (!$util.isString(m.label))
                    return "label: string expected";
            }
            if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs")) {
                if (!$util.isInteger(m.ttlMs) && !(m.ttlMs && $util.isInteger(m.ttlMs.low) && $util.isInteger(m.ttlMs.high)))
                    return "ttlMs: integer|Long expected";
            }
            if (m.usesMax != null && $Object.hasOwnProperty.call(m, "usesMax")) {
                if (!$util.isInteger(m.usesMax))
                    return "usesMax: integer expected";
            }
            return null;
        };

        /**
         * Creates a TokenCreateRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.TokenCreateRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.TokenCreateRequest} TokenCreateRequest
         */
        TokenCreateRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.TokenCreateRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.TokenCreateRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.TokenCreateRequest();
            if (d.kind !== 0 && (typeof d.kind !== "string" || $root.tandem_admin.TokenKind[d.kind] !== 0)) {
                switch (d.kind) {
                case "TOKEN_KIND_UNSPECIFIED":
                case 0:
                    m.kind = 0;
                    break;
                case "TOKEN_KIND_JOIN":
                case 1:
                    m.kind = 1;
                    break;
                case "TOKEN_KIND_VIEWER":
                case 2:
                    m.kind = 2;
                    break;
                default:
                    if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                        m.kind = d.kind;
                }
            }
            if (d.label != null) {
                if (typeof d.label !== "string" || d.label.length) {
                    m.label = $String(d.label);
                }
            }
            if (d.ttlMs != null) {
                if (typeof d.ttlMs === "object" ? d.ttlMs.low || d.ttlMs.high : $Number(d.ttlMs) !== 0) {
                    if ($util.Long)
                        m.ttlMs = $util.Long.fromValue(d.ttlMs, true);
                    else if (typeof d.ttlMs === "string")
                        m.ttlMs = $parseInt(d.ttlMs, 10);
                    else if (typeof d.ttlMs === "number")
                        m.ttlMs = d.ttlMs;
                    else if (typeof d.ttlMs === "object")
                        m.ttlMs = new $util.LongBits(d.ttlMs.low >>> 0, d.ttlMs.high >>> 0).toNumber(true);
                }
            }
            if (d.usesMax != null) {
                if ($Number(d.usesMax) !== 0) {
                    m.usesMax = d.usesMax >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TokenCreateRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.TokenCreateRequest
         * @static
         * @param {tandem_admin.TokenCreateRequest} m TokenCreateRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TokenCreateRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.kind = o.enums === $String ? "TOKEN_KIND_UNSPECIFIED" : 0;
                d.label = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.ttlMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.ttlMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.usesMax = 0;
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                d.kind = o.enums === $String ? $root.tandem_admin.TokenKind[m.kind] === $undefined ? m.kind : $root.tandem_admin.TokenKind[m.kind] : m.kind;
            }
            if (m.label != null && $Object.hasOwnProperty.call(m, "label")) {
                d.label = m.label;
            }
            if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.ttlMs = typeof m.ttlMs === "number" ? $BigInt(m.ttlMs) : $util.Long.fromBits(m.ttlMs.low >>> 0, m.ttlMs.high >>> 0, true).toBigInt();
                else if (typeof m.ttlMs === "number")
                    d.ttlMs = o.longs === $String ? $String(m.ttlMs) : m.ttlMs;
                else
                    d.ttlMs = o.longs === $String ? $util.Long.prototype.toString.call(m.ttlMs) : o.longs === $Number ? new $util.LongBits(m.ttlMs.low >>> 0, m.ttlMs.high >>> 0).toNumber(true) : m.ttlMs;
            }
            if (m.usesMax != null && $Object.hasOwnProperty.call(m, "usesMax")) {
                d.usesMax = m.usesMax;
            }
            return d;
        };

        /**
         * Converts this TokenCreateRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.TokenCreateRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TokenCreateRequest.prototype.toJSON = function() {
            return TokenCreateRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TokenCreateRequest
         * @function getTypeUrl
         * @memberof tandem_admin.TokenCreateRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TokenCreateRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.TokenCreateRequest";
        };

        return TokenCreateRequest;
    })();

    tandem_admin.TokenRevokeRequest = (function() {

        /**
         * Properties of a TokenRevokeRequest.
         * @typedef {Object} tandem_admin.TokenRevokeRequest.$Properties
         * @property {string|null} [tokenId] TokenRevokeRequest tokenId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TokenRevokeRequest.
         * @memberof tandem_admin
         * @interface ITokenRevokeRequest
         * @augments tandem_admin.TokenRevokeRequest.$Properties
         * @deprecated Use tandem_admin.TokenRevokeRequest.$Properties instead.
         */

        /**
         * Shape of a TokenRevokeRequest.
         * @typedef {tandem_admin.TokenRevokeRequest.$Properties} tandem_admin.TokenRevokeRequest.$Shape
         */

        /**
         * Constructs a new TokenRevokeRequest.
         * @memberof tandem_admin
         * @classdesc Represents a TokenRevokeRequest.
         * @constructor
         * @param {tandem_admin.TokenRevokeRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TokenRevokeRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TokenRevokeRequest tokenId.
         * @member {string} tokenId
         * @memberof tandem_admin.TokenRevokeRequest
         * @instance
         */
        TokenRevokeRequest.prototype.tokenId = "";

        /**
         * Creates a new TokenRevokeRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.TokenRevokeRequest
         * @static
         * @param {tandem_admin.TokenRevokeRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.TokenRevokeRequest} TokenRevokeRequest instance
         * @type {{
         *   (properties: tandem_admin.TokenRevokeRequest.$Shape): tandem_admin.TokenRevokeRequest & tandem_admin.TokenRevokeRequest.$Shape;
         *   (properties?: tandem_admin.TokenRevokeRequest.$Properties): tandem_admin.TokenRevokeRequest;
         * }}
         */
        TokenRevokeRequest.create = function(properties) {
            return new TokenRevokeRequest(properties);
        };

        /**
         * Encodes the specified TokenRevokeRequest message. Does not implicitly {@link tandem_admin.TokenRevokeRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.TokenRevokeRequest
         * @static
         * @param {tandem_admin.TokenRevokeRequest.$Properties} m TokenRevokeRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokenRevokeRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId") && m.tokenId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.tokenId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TokenRevokeRequest message, length delimited. Does not implicitly {@link tandem_admin.TokenRevokeRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.TokenRevokeRequest
         * @static
         * @param {tandem_admin.TokenRevokeRequest.$Properties} message TokenRevokeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokenRevokeRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TokenRevokeRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.TokenRevokeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.TokenRevokeRequest & tandem_admin.TokenRevokeRequest.$Shape} TokenRevokeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokenRevokeRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.TokenRevokeRequest();
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
                            m.tokenId = v;
                        else
                            delete m.tokenId;
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
         * Decodes a TokenRevokeRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.TokenRevokeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.TokenRevokeRequest & tandem_admin.TokenRevokeRequest.$Shape} TokenRevokeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokenRevokeRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TokenRevokeRequest message.
         * @function verify
         * @memberof tandem_admin.TokenRevokeRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TokenRevokeRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId")) {
                if (!$util.isString(m.tokenId))
                    return "tokenId: string expected";
            }
            return null;
        };

        /**
         * Creates a TokenRevokeRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.TokenRevokeRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.TokenRevokeRequest} TokenRevokeRequest
         */
        TokenRevokeRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.TokenRevokeRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.TokenRevokeRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.TokenRevokeRequest();
            if (d.tokenId != null) {
                if (typeof d.tokenId !== "string" || d.tokenId.length) {
                    m.tokenId = $String(d.tokenId);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TokenRevokeRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.TokenRevokeRequest
         * @static
         * @param {tandem_admin.TokenRevokeRequest} m TokenRevokeRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TokenRevokeRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tokenId = "";
            }
            if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId")) {
                d.tokenId = m.tokenId;
            }
            return d;
        };

        /**
         * Converts this TokenRevokeRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.TokenRevokeRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TokenRevokeRequest.prototype.toJSON = function() {
            return TokenRevokeRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TokenRevokeRequest
         * @function getTypeUrl
         * @memberof tandem_admin.TokenRevokeRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TokenRevokeRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.TokenRevokeRequest";
        };

        return TokenRevokeRequest;
    })();

    tandem_admin.TokensListRequest = (function() {

        /**
         * Properties of a TokensListRequest.
         * @typedef {Object} tandem_admin.TokensListRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TokensListRequest.
         * @memberof tandem_admin
         * @interface ITokensListRequest
         * @augments tandem_admin.TokensListRequest.$Properties
         * @deprecated Use tandem_admin.TokensListRequest.$Properties instead.
         */

        /**
         * Shape of a TokensListRequest.
         * @typedef {tandem_admin.TokensListRequest.$Properties} tandem_admin.TokensListRequest.$Shape
         */

        /**
         * Constructs a new TokensListRequest.
         * @memberof tandem_admin
         * @classdesc Represents a TokensListRequest.
         * @constructor
         * @param {tandem_admin.TokensListRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TokensListRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new TokensListRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.TokensListRequest
         * @static
         * @param {tandem_admin.TokensListRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.TokensListRequest} TokensListRequest instance
         * @type {{
         *   (properties: tandem_admin.TokensListRequest.$Shape): tandem_admin.TokensListRequest & tandem_admin.TokensListRequest.$Shape;
         *   (properties?: tandem_admin.TokensListRequest.$Properties): tandem_admin.TokensListRequest;
         * }}
         */
        TokensListRequest.create = function(properties) {
            return new TokensListRequest(properties);
        };

        /**
         * Encodes the specified TokensListRequest message. Does not implicitly {@link tandem_admin.TokensListRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.TokensListRequest
         * @static
         * @param {tandem_admin.TokensListRequest.$Properties} m TokensListRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokensListRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TokensListRequest message, length delimited. Does not implicitly {@link tandem_admin.TokensListRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.TokensListRequest
         * @static
         * @param {tandem_admin.TokensListRequest.$Properties} message TokensListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokensListRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TokensListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.TokensListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.TokensListRequest & tandem_admin.TokensListRequest.$Shape} TokensListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokensListRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.TokensListRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
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
         * Decodes a TokensListRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.TokensListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.TokensListRequest & tandem_admin.TokensListRequest.$Shape} TokensListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokensListRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TokensListRequest message.
         * @function verify
         * @memberof tandem_admin.TokensListRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TokensListRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a TokensListRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.TokensListRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.TokensListRequest} TokensListRequest
         */
        TokensListRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.TokensListRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.TokensListRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.tandem_admin.TokensListRequest();
        };

        /**
         * Creates a plain object from a TokensListRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.TokensListRequest
         * @static
         * @param {tandem_admin.TokensListRequest} m TokensListRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TokensListRequest.toObject = function () {
            return {};
        };

        /**
         * Converts this TokensListRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.TokensListRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TokensListRequest.prototype.toJSON = function() {
            return TokensListRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TokensListRequest
         * @function getTypeUrl
         * @memberof tandem_admin.TokensListRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TokensListRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.TokensListRequest";
        };

        return TokensListRequest;
    })();

    tandem_admin.ExportRequest = (function() {

        /**
         * Properties of an ExportRequest.
         * @typedef {Object} tandem_admin.ExportRequest.$Properties
         * @property {number|null} [step] ExportRequest step
         * @property {string|null} [dtype] ExportRequest dtype
         * @property {string|null} [serverOutDir] ExportRequest serverOutDir
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ExportRequest.
         * @memberof tandem_admin
         * @interface IExportRequest
         * @augments tandem_admin.ExportRequest.$Properties
         * @deprecated Use tandem_admin.ExportRequest.$Properties instead.
         */

        /**
         * Shape of an ExportRequest.
         * @typedef {tandem_admin.ExportRequest.$Properties} tandem_admin.ExportRequest.$Shape
         */

        /**
         * Constructs a new ExportRequest.
         * @memberof tandem_admin
         * @classdesc Represents an ExportRequest.
         * @constructor
         * @param {tandem_admin.ExportRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ExportRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ExportRequest step.
         * @member {number} step
         * @memberof tandem_admin.ExportRequest
         * @instance
         */
        ExportRequest.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ExportRequest dtype.
         * @member {string} dtype
         * @memberof tandem_admin.ExportRequest
         * @instance
         */
        ExportRequest.prototype.dtype = "";

        /**
         * ExportRequest serverOutDir.
         * @member {string} serverOutDir
         * @memberof tandem_admin.ExportRequest
         * @instance
         */
        ExportRequest.prototype.serverOutDir = "";

        /**
         * Creates a new ExportRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.ExportRequest
         * @static
         * @param {tandem_admin.ExportRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.ExportRequest} ExportRequest instance
         * @type {{
         *   (properties: tandem_admin.ExportRequest.$Shape): tandem_admin.ExportRequest & tandem_admin.ExportRequest.$Shape;
         *   (properties?: tandem_admin.ExportRequest.$Properties): tandem_admin.ExportRequest;
         * }}
         */
        ExportRequest.create = function(properties) {
            return new ExportRequest(properties);
        };

        /**
         * Encodes the specified ExportRequest message. Does not implicitly {@link tandem_admin.ExportRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.ExportRequest
         * @static
         * @param {tandem_admin.ExportRequest.$Properties} m ExportRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExportRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.step);
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype") && m.dtype !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.dtype);
            if (m.serverOutDir != null && $Object.hasOwnProperty.call(m, "serverOutDir") && m.serverOutDir !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.serverOutDir);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ExportRequest message, length delimited. Does not implicitly {@link tandem_admin.ExportRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.ExportRequest
         * @static
         * @param {tandem_admin.ExportRequest.$Properties} message ExportRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExportRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ExportRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.ExportRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.ExportRequest & tandem_admin.ExportRequest.$Shape} ExportRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExportRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.ExportRequest();
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
                            m.dtype = v;
                        else
                            delete m.dtype;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.serverOutDir = v;
                        else
                            delete m.serverOutDir;
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
         * Decodes an ExportRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.ExportRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.ExportRequest & tandem_admin.ExportRequest.$Shape} ExportRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExportRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ExportRequest message.
         * @function verify
         * @memberof tandem_admin.ExportRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ExportRequest.verify = function (m, q) {
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
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype")) {
                if (!$util.isString(m.dtype))
                    return "dtype: string expected";
            }
            if (m.serverOutDir != null && $Object.hasOwnProperty.call(m, "serverOutDir")) {
                if (!$util.isString(m.serverOutDir))
                    return "serverOutDir: string expected";
            }
            return null;
        };

        /**
         * Creates an ExportRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.ExportRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.ExportRequest} ExportRequest
         */
        ExportRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.ExportRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.ExportRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.ExportRequest();
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
            if (d.dtype != null) {
                if (typeof d.dtype !== "string" || d.dtype.length) {
                    m.dtype = $String(d.dtype);
                }
            }
            if (d.serverOutDir != null) {
                if (typeof d.serverOutDir !== "string" || d.serverOutDir.length) {
                    m.serverOutDir = $String(d.serverOutDir);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ExportRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.ExportRequest
         * @static
         * @param {tandem_admin.ExportRequest} m ExportRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ExportRequest.toObject = function (m, o, q) {
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
                d.dtype = "";
                d.serverOutDir = "";
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                else if (typeof m.step === "number")
                    d.step = o.longs === $String ? $String(m.step) : m.step;
                else
                    d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
            }
            if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype")) {
                d.dtype = m.dtype;
            }
            if (m.serverOutDir != null && $Object.hasOwnProperty.call(m, "serverOutDir")) {
                d.serverOutDir = m.serverOutDir;
            }
            return d;
        };

        /**
         * Converts this ExportRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.ExportRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ExportRequest.prototype.toJSON = function() {
            return ExportRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ExportRequest
         * @function getTypeUrl
         * @memberof tandem_admin.ExportRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ExportRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.ExportRequest";
        };

        return ExportRequest;
    })();

    tandem_admin.BlobRequest = (function() {

        /**
         * Properties of a BlobRequest.
         * @typedef {Object} tandem_admin.BlobRequest.$Properties
         * @property {string|null} [sha256] BlobRequest sha256
         * @property {number|null} [offset] BlobRequest offset
         * @property {number|null} [length] BlobRequest length
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlobRequest.
         * @memberof tandem_admin
         * @interface IBlobRequest
         * @augments tandem_admin.BlobRequest.$Properties
         * @deprecated Use tandem_admin.BlobRequest.$Properties instead.
         */

        /**
         * Shape of a BlobRequest.
         * @typedef {tandem_admin.BlobRequest.$Properties} tandem_admin.BlobRequest.$Shape
         */

        /**
         * Constructs a new BlobRequest.
         * @memberof tandem_admin
         * @classdesc Represents a BlobRequest.
         * @constructor
         * @param {tandem_admin.BlobRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BlobRequest sha256.
         * @member {string} sha256
         * @memberof tandem_admin.BlobRequest
         * @instance
         */
        BlobRequest.prototype.sha256 = "";

        /**
         * BlobRequest offset.
         * @member {number} offset
         * @memberof tandem_admin.BlobRequest
         * @instance
         */
        BlobRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BlobRequest length.
         * @member {number} length
         * @memberof tandem_admin.BlobRequest
         * @instance
         */
        BlobRequest.prototype.length = 0;

        /**
         * Creates a new BlobRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.BlobRequest
         * @static
         * @param {tandem_admin.BlobRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.BlobRequest} BlobRequest instance
         * @type {{
         *   (properties: tandem_admin.BlobRequest.$Shape): tandem_admin.BlobRequest & tandem_admin.BlobRequest.$Shape;
         *   (properties?: tandem_admin.BlobRequest.$Properties): tandem_admin.BlobRequest;
         * }}
         */
        BlobRequest.create = function(properties) {
            return new BlobRequest(properties);
        };

        /**
         * Encodes the specified BlobRequest message. Does not implicitly {@link tandem_admin.BlobRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.BlobRequest
         * @static
         * @param {tandem_admin.BlobRequest.$Properties} m BlobRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256 !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.sha256);
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.offset);
            if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.length);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BlobRequest message, length delimited. Does not implicitly {@link tandem_admin.BlobRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.BlobRequest
         * @static
         * @param {tandem_admin.BlobRequest.$Properties} message BlobRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BlobRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.BlobRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.BlobRequest & tandem_admin.BlobRequest.$Shape} BlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.BlobRequest();
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
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.length = v;
                        else
                            delete m.length;
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
         * Decodes a BlobRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.BlobRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.BlobRequest & tandem_admin.BlobRequest.$Shape} BlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BlobRequest message.
         * @function verify
         * @memberof tandem_admin.BlobRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobRequest.verify = function (m, q) {
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
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (!$util.isInteger(m.offset) && !(m.offset && $util.isInteger(m.offset.low) && $util.isInteger(m.offset.high)))
                    return "offset: integer|Long expected";
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (!$util.isInteger(m.length))
                    return "length: integer expected";
            }
            return null;
        };

        /**
         * Creates a BlobRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.BlobRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.BlobRequest} BlobRequest
         */
        BlobRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.BlobRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.BlobRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.BlobRequest();
            if (d.sha256 != null) {
                if (typeof d.sha256 !== "string" || d.sha256.length) {
                    m.sha256 = $String(d.sha256);
                }
            }
            if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                    if ($util.Long)
                        m.offset = $util.Long.fromValue(d.offset, true);
                    else if (typeof d.offset === "string")
                        m.offset = $parseInt(d.offset, 10);
                    else if (typeof d.offset === "number")
                        m.offset = d.offset;
                    else if (typeof d.offset === "object")
                        m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                }
            }
            if (d.length != null) {
                if ($Number(d.length) !== 0) {
                    m.length = d.length >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BlobRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.BlobRequest
         * @static
         * @param {tandem_admin.BlobRequest} m BlobRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobRequest.toObject = function (m, o, q) {
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
                    d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.length = 0;
            }
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                d.sha256 = m.sha256;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                else if (typeof m.offset === "number")
                    d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                else
                    d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                d.length = m.length;
            }
            return d;
        };

        /**
         * Converts this BlobRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.BlobRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlobRequest.prototype.toJSON = function() {
            return BlobRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BlobRequest
         * @function getTypeUrl
         * @memberof tandem_admin.BlobRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BlobRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.BlobRequest";
        };

        return BlobRequest;
    })();

    tandem_admin.LogsRequest = (function() {

        /**
         * Properties of a LogsRequest.
         * @typedef {Object} tandem_admin.LogsRequest.$Properties
         * @property {string|null} [peerId] LogsRequest peerId
         * @property {number|null} [linesMax] LogsRequest linesMax
         * @property {string|null} [levelMin] LogsRequest levelMin
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LogsRequest.
         * @memberof tandem_admin
         * @interface ILogsRequest
         * @augments tandem_admin.LogsRequest.$Properties
         * @deprecated Use tandem_admin.LogsRequest.$Properties instead.
         */

        /**
         * Shape of a LogsRequest.
         * @typedef {tandem_admin.LogsRequest.$Properties} tandem_admin.LogsRequest.$Shape
         */

        /**
         * Constructs a new LogsRequest.
         * @memberof tandem_admin
         * @classdesc Represents a LogsRequest.
         * @constructor
         * @param {tandem_admin.LogsRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LogsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LogsRequest peerId.
         * @member {string} peerId
         * @memberof tandem_admin.LogsRequest
         * @instance
         */
        LogsRequest.prototype.peerId = "";

        /**
         * LogsRequest linesMax.
         * @member {number} linesMax
         * @memberof tandem_admin.LogsRequest
         * @instance
         */
        LogsRequest.prototype.linesMax = 0;

        /**
         * LogsRequest levelMin.
         * @member {string} levelMin
         * @memberof tandem_admin.LogsRequest
         * @instance
         */
        LogsRequest.prototype.levelMin = "";

        /**
         * Creates a new LogsRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.LogsRequest
         * @static
         * @param {tandem_admin.LogsRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.LogsRequest} LogsRequest instance
         * @type {{
         *   (properties: tandem_admin.LogsRequest.$Shape): tandem_admin.LogsRequest & tandem_admin.LogsRequest.$Shape;
         *   (properties?: tandem_admin.LogsRequest.$Properties): tandem_admin.LogsRequest;
         * }}
         */
        LogsRequest.create = function(properties) {
            return new LogsRequest(properties);
        };

        /**
         * Encodes the specified LogsRequest message. Does not implicitly {@link tandem_admin.LogsRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.LogsRequest
         * @static
         * @param {tandem_admin.LogsRequest.$Properties} m LogsRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LogsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.linesMax != null && $Object.hasOwnProperty.call(m, "linesMax") && m.linesMax !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.linesMax);
            if (m.levelMin != null && $Object.hasOwnProperty.call(m, "levelMin") && m.levelMin !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.levelMin);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LogsRequest message, length delimited. Does not implicitly {@link tandem_admin.LogsRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.LogsRequest
         * @static
         * @param {tandem_admin.LogsRequest.$Properties} message LogsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LogsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LogsRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.LogsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.LogsRequest & tandem_admin.LogsRequest.$Shape} LogsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LogsRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.LogsRequest();
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
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.linesMax = v;
                        else
                            delete m.linesMax;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.levelMin = v;
                        else
                            delete m.levelMin;
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
         * Decodes a LogsRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.LogsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.LogsRequest & tandem_admin.LogsRequest.$Shape} LogsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LogsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LogsRequest message.
         * @function verify
         * @memberof tandem_admin.LogsRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LogsRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.linesMax != null && $Object.hasOwnProperty.call(m, "linesMax")) {
                if (!$util.isInteger(m.linesMax))
                    return "linesMax: integer expected";
            }
            if (m.levelMin != null && $Object.hasOwnProperty.call(m, "levelMin")) {
                if (!$util.isString(m.levelMin))
                    return "levelMin: string expected";
            }
            return null;
        };

        /**
         * Creates a LogsRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.LogsRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.LogsRequest} LogsRequest
         */
        LogsRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.LogsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.LogsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.LogsRequest();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.linesMax != null) {
                if ($Number(d.linesMax) !== 0) {
                    m.linesMax = d.linesMax >>> 0;
                }
            }
            if (d.levelMin != null) {
                if (typeof d.levelMin !== "string" || d.levelMin.length) {
                    m.levelMin = $String(d.levelMin);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a LogsRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.LogsRequest
         * @static
         * @param {tandem_admin.LogsRequest} m LogsRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LogsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.peerId = "";
                d.linesMax = 0;
                d.levelMin = "";
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.linesMax != null && $Object.hasOwnProperty.call(m, "linesMax")) {
                d.linesMax = m.linesMax;
            }
            if (m.levelMin != null && $Object.hasOwnProperty.call(m, "levelMin")) {
                d.levelMin = m.levelMin;
            }
            return d;
        };

        /**
         * Converts this LogsRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.LogsRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LogsRequest.prototype.toJSON = function() {
            return LogsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LogsRequest
         * @function getTypeUrl
         * @memberof tandem_admin.LogsRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LogsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.LogsRequest";
        };

        return LogsRequest;
    })();

    tandem_admin.MetricsRequest = (function() {

        /**
         * Properties of a MetricsRequest.
         * @typedef {Object} tandem_admin.MetricsRequest.$Properties
         * @property {number|null} [sinceStep] MetricsRequest sinceStep
         * @property {number|null} [pointsMax] MetricsRequest pointsMax
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MetricsRequest.
         * @memberof tandem_admin
         * @interface IMetricsRequest
         * @augments tandem_admin.MetricsRequest.$Properties
         * @deprecated Use tandem_admin.MetricsRequest.$Properties instead.
         */

        /**
         * Shape of a MetricsRequest.
         * @typedef {tandem_admin.MetricsRequest.$Properties} tandem_admin.MetricsRequest.$Shape
         */

        /**
         * Constructs a new MetricsRequest.
         * @memberof tandem_admin
         * @classdesc Represents a MetricsRequest.
         * @constructor
         * @param {tandem_admin.MetricsRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MetricsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MetricsRequest sinceStep.
         * @member {number} sinceStep
         * @memberof tandem_admin.MetricsRequest
         * @instance
         */
        MetricsRequest.prototype.sinceStep = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MetricsRequest pointsMax.
         * @member {number} pointsMax
         * @memberof tandem_admin.MetricsRequest
         * @instance
         */
        MetricsRequest.prototype.pointsMax = 0;

        /**
         * Creates a new MetricsRequest instance using the specified properties.
         * @function create
         * @memberof tandem_admin.MetricsRequest
         * @static
         * @param {tandem_admin.MetricsRequest.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.MetricsRequest} MetricsRequest instance
         * @type {{
         *   (properties: tandem_admin.MetricsRequest.$Shape): tandem_admin.MetricsRequest & tandem_admin.MetricsRequest.$Shape;
         *   (properties?: tandem_admin.MetricsRequest.$Properties): tandem_admin.MetricsRequest;
         * }}
         */
        MetricsRequest.create = function(properties) {
            return new MetricsRequest(properties);
        };

        /**
         * Encodes the specified MetricsRequest message. Does not implicitly {@link tandem_admin.MetricsRequest.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.MetricsRequest
         * @static
         * @param {tandem_admin.MetricsRequest.$Properties} m MetricsRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.sinceStep != null && $Object.hasOwnProperty.call(m, "sinceStep") && (typeof m.sinceStep === "object" ? m.sinceStep.low || m.sinceStep.high : m.sinceStep !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sinceStep);
            if (m.pointsMax != null && $Object.hasOwnProperty.call(m, "pointsMax") && m.pointsMax !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.pointsMax);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MetricsRequest message, length delimited. Does not implicitly {@link tandem_admin.MetricsRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.MetricsRequest
         * @static
         * @param {tandem_admin.MetricsRequest.$Properties} message MetricsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MetricsRequest message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.MetricsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.MetricsRequest & tandem_admin.MetricsRequest.$Shape} MetricsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricsRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.MetricsRequest();
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
                            m.sinceStep = v;
                        else
                            delete m.sinceStep;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pointsMax = v;
                        else
                            delete m.pointsMax;
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
         * Decodes a MetricsRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.MetricsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.MetricsRequest & tandem_admin.MetricsRequest.$Shape} MetricsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MetricsRequest message.
         * @function verify
         * @memberof tandem_admin.MetricsRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MetricsRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.sinceStep != null && $Object.hasOwnProperty.call(m, "sinceStep")) {
                if (!$util.isInteger(m.sinceStep) && !(m.sinceStep && $util.isInteger(m.sinceStep.low) && $util.isInteger(m.sinceStep.high)))
                    return "sinceStep: integer|Long expected";
            }
            if (m.pointsMax != null && $Object.hasOwnProperty.call(m, "pointsMax")) {
                if (!$util.isInteger(m.pointsMax))
                    return "pointsMax: integer expected";
            }
            return null;
        };

        /**
         * Creates a MetricsRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.MetricsRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.MetricsRequest} MetricsRequest
         */
        MetricsRequest.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.MetricsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.MetricsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.MetricsRequest();
            if (d.sinceStep != null) {
                if (typeof d.sinceStep === "object" ? d.sinceStep.low || d.sinceStep.high : $Number(d.sinceStep) !== 0) {
                    if ($util.Long)
                        m.sinceStep = $util.Long.fromValue(d.sinceStep, true);
                    else if (typeof d.sinceStep === "string")
                        m.sinceStep = $parseInt(d.sinceStep, 10);
                    else if (typeof d.sinceStep === "number")
                        m.sinceStep = d.sinceStep;
                    else if (typeof d.sinceStep === "object")
                        m.sinceStep = new $util.LongBits(d.sinceStep.low >>> 0, d.sinceStep.high >>> 0).toNumber(true);
                }
            }
            if (d.pointsMax != null) {
                if ($Number(d.pointsMax) !== 0) {
                    m.pointsMax = d.pointsMax >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MetricsRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.MetricsRequest
         * @static
         * @param {tandem_admin.MetricsRequest} m MetricsRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MetricsRequest.toObject = function (m, o, q) {
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
                    d.sinceStep = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.sinceStep = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.pointsMax = 0;
            }
            if (m.sinceStep != null && $Object.hasOwnProperty.call(m, "sinceStep")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.sinceStep = typeof m.sinceStep === "number" ? $BigInt(m.sinceStep) : $util.Long.fromBits(m.sinceStep.low >>> 0, m.sinceStep.high >>> 0, true).toBigInt();
                else if (typeof m.sinceStep === "number")
                    d.sinceStep = o.longs === $String ? $String(m.sinceStep) : m.sinceStep;
                else
                    d.sinceStep = o.longs === $String ? $util.Long.prototype.toString.call(m.sinceStep) : o.longs === $Number ? new $util.LongBits(m.sinceStep.low >>> 0, m.sinceStep.high >>> 0).toNumber(true) : m.sinceStep;
            }
            if (m.pointsMax != null && $Object.hasOwnProperty.call(m, "pointsMax")) {
                d.pointsMax = m.pointsMax;
            }
            return d;
        };

        /**
         * Converts this MetricsRequest to JSON.
         * @function toJSON
         * @memberof tandem_admin.MetricsRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MetricsRequest.prototype.toJSON = function() {
            return MetricsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MetricsRequest
         * @function getTypeUrl
         * @memberof tandem_admin.MetricsRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MetricsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.MetricsRequest";
        };

        return MetricsRequest;
    })();

    tandem_admin.StatusAnswer = (function() {

        /**
         * Properties of a StatusAnswer.
         * @typedef {Object} tandem_admin.StatusAnswer.$Properties
         * @property {string|null} [runId] StatusAnswer runId
         * @property {string|null} [runName] StatusAnswer runName
         * @property {string|null} [state] StatusAnswer state
         * @property {string|null} [stateReason] StatusAnswer stateReason
         * @property {number|null} [step] StatusAnswer step
         * @property {number|null} [stepsMax] StatusAnswer stepsMax
         * @property {number|null} [loss] StatusAnswer loss
         * @property {number|null} [tokensPerSecond] StatusAnswer tokensPerSecond
         * @property {number|null} [planEpoch] StatusAnswer planEpoch
         * @property {number|null} [lastCheckpointStep] StatusAnswer lastCheckpointStep
         * @property {boolean|null} [hasCheckpoint] StatusAnswer hasCheckpoint
         * @property {number|null} [workers] StatusAnswer workers
         * @property {number|null} [numStages] StatusAnswer numStages
         * @property {number|null} [numReplicas] StatusAnswer numReplicas
         * @property {number|null} [startedAtMs] StatusAnswer startedAtMs
         * @property {number|null} [tokensSeen] StatusAnswer tokensSeen
         * @property {number|null} [bytesSent] StatusAnswer bytesSent
         * @property {number|null} [bytesUncompressed] StatusAnswer bytesUncompressed
         * @property {number|null} [recoveries] StatusAnswer recoveries
         * @property {number|null} [lossScale] StatusAnswer lossScale
         * @property {string|null} [coordinatorPeerId] StatusAnswer coordinatorPeerId
         * @property {Array.<string>|null} [multiaddrs] StatusAnswer multiaddrs
         * @property {string|null} [softwareVersion] StatusAnswer softwareVersion
         * @property {number|null} [stepMs] StatusAnswer stepMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusAnswer.
         * @memberof tandem_admin
         * @interface IStatusAnswer
         * @augments tandem_admin.StatusAnswer.$Properties
         * @deprecated Use tandem_admin.StatusAnswer.$Properties instead.
         */

        /**
         * Shape of a StatusAnswer.
         * @typedef {tandem_admin.StatusAnswer.$Properties} tandem_admin.StatusAnswer.$Shape
         */

        /**
         * Constructs a new StatusAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a StatusAnswer.
         * @constructor
         * @param {tandem_admin.StatusAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusAnswer = function (p) {
            this.multiaddrs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StatusAnswer runId.
         * @member {string} runId
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.runId = "";

        /**
         * StatusAnswer runName.
         * @member {string} runName
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.runName = "";

        /**
         * StatusAnswer state.
         * @member {string} state
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.state = "";

        /**
         * StatusAnswer stateReason.
         * @member {string} stateReason
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.stateReason = "";

        /**
         * StatusAnswer step.
         * @member {number} step
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusAnswer stepsMax.
         * @member {number} stepsMax
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.stepsMax = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusAnswer loss.
         * @member {number} loss
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.loss = 0;

        /**
         * StatusAnswer tokensPerSecond.
         * @member {number} tokensPerSecond
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.tokensPerSecond = 0;

        /**
         * StatusAnswer planEpoch.
         * @member {number} planEpoch
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.planEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusAnswer lastCheckpointStep.
         * @member {number} lastCheckpointStep
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.lastCheckpointStep = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusAnswer hasCheckpoint.
         * @member {boolean} hasCheckpoint
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.hasCheckpoint = false;

        /**
         * StatusAnswer workers.
         * @member {number} workers
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.workers = 0;

        /**
         * StatusAnswer numStages.
         * @member {number} numStages
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.numStages = 0;

        /**
         * StatusAnswer numReplicas.
         * @member {number} numReplicas
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.numReplicas = 0;

        /**
         * StatusAnswer startedAtMs.
         * @member {number} startedAtMs
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusAnswer tokensSeen.
         * @member {number} tokensSeen
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.tokensSeen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusAnswer bytesSent.
         * @member {number} bytesSent
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.bytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusAnswer bytesUncompressed.
         * @member {number} bytesUncompressed
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.bytesUncompressed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusAnswer recoveries.
         * @member {number} recoveries
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.recoveries = 0;

        /**
         * StatusAnswer lossScale.
         * @member {number} lossScale
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.lossScale = 0;

        /**
         * StatusAnswer coordinatorPeerId.
         * @member {string} coordinatorPeerId
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.coordinatorPeerId = "";

        /**
         * StatusAnswer multiaddrs.
         * @member {Array.<string>} multiaddrs
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.multiaddrs = $util.emptyArray;

        /**
         * StatusAnswer softwareVersion.
         * @member {string} softwareVersion
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.softwareVersion = "";

        /**
         * StatusAnswer stepMs.
         * @member {number} stepMs
         * @memberof tandem_admin.StatusAnswer
         * @instance
         */
        StatusAnswer.prototype.stepMs = 0;

        /**
         * Creates a new StatusAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.StatusAnswer
         * @static
         * @param {tandem_admin.StatusAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.StatusAnswer} StatusAnswer instance
         * @type {{
         *   (properties: tandem_admin.StatusAnswer.$Shape): tandem_admin.StatusAnswer & tandem_admin.StatusAnswer.$Shape;
         *   (properties?: tandem_admin.StatusAnswer.$Properties): tandem_admin.StatusAnswer;
         * }}
         */
        StatusAnswer.create = function(properties) {
            return new StatusAnswer(properties);
        };

        /**
         * Encodes the specified StatusAnswer message. Does not implicitly {@link tandem_admin.StatusAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.StatusAnswer
         * @static
         * @param {tandem_admin.StatusAnswer.$Properties} m StatusAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.runId != null && $Object.hasOwnProperty.call(m, "runId") && m.runId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.runId);
            if (m.runName != null && $Object.hasOwnProperty.call(m, "runName") && m.runName !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.runName);
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.state);
            if (m.stateReason != null && $Object.hasOwnProperty.call(m, "stateReason") && m.stateReason !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.stateReason);
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.step);
            if (m.stepsMax != null && $Object.hasOwnProperty.call(m, "stepsMax") && (typeof m.stepsMax === "object" ? m.stepsMax.low || m.stepsMax.high : m.stepsMax !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.stepsMax);
            if (m.loss != null && $Object.hasOwnProperty.call(m, "loss") && !$Object.is(m.loss, 0))
                w.uint32(/* id 7, wireType 1 =*/57).double(m.loss);
            if (m.tokensPerSecond != null && $Object.hasOwnProperty.call(m, "tokensPerSecond") && !$Object.is(m.tokensPerSecond, 0))
                w.uint32(/* id 8, wireType 1 =*/65).double(m.tokensPerSecond);
            if (m.planEpoch != null && $Object.hasOwnProperty.call(m, "planEpoch") && (typeof m.planEpoch === "object" ? m.planEpoch.low || m.planEpoch.high : m.planEpoch !== 0))
                w.uint32(/* id 9, wireType 0 =*/72).uint64(m.planEpoch);
            if (m.lastCheckpointStep != null && $Object.hasOwnProperty.call(m, "lastCheckpointStep") && (typeof m.lastCheckpointStep === "object" ? m.lastCheckpointStep.low || m.lastCheckpointStep.high : m.lastCheckpointStep !== 0))
                w.uint32(/* id 10, wireType 0 =*/80).uint64(m.lastCheckpointStep);
            if (m.hasCheckpoint != null && $Object.hasOwnProperty.call(m, "hasCheckpoint") && m.hasCheckpoint !== false)
                w.uint32(/* id 11, wireType 0 =*/88).bool(m.hasCheckpoint);
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers") && m.workers !== 0)
                w.uint32(/* id 12, wireType 0 =*/96).uint32(m.workers);
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages") && m.numStages !== 0)
                w.uint32(/* id 13, wireType 0 =*/104).uint32(m.numStages);
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas") && m.numReplicas !== 0)
                w.uint32(/* id 14, wireType 0 =*/112).uint32(m.numReplicas);
            if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs") && (typeof m.startedAtMs === "object" ? m.startedAtMs.low || m.startedAtMs.high : m.startedAtMs !== 0))
                w.uint32(/* id 15, wireType 0 =*/120).uint64(m.startedAtMs);
            if (m.tokensSeen != null && $Object.hasOwnProperty.call(m, "tokensSeen") && (typeof m.tokensSeen === "object" ? m.tokensSeen.low || m.tokensSeen.high : m.tokensSeen !== 0))
                w.uint32(/* id 16, wireType 0 =*/128).uint64(m.tokensSeen);
            if (m.bytesSent != null && $Object.hasOwnProperty.call(m, "bytesSent") && (typeof m.bytesSent === "object" ? m.bytesSent.low || m.bytesSent.high : m.bytesSent !== 0))
                w.uint32(/* id 17, wireType 0 =*/136).uint64(m.bytesSent);
            if (m.bytesUncompressed != null && $Object.hasOwnProperty.call(m, "bytesUncompressed") && (typeof m.bytesUncompressed === "object" ? m.bytesUncompressed.low || m.bytesUncompressed.high : m.bytesUncompressed !== 0))
                w.uint32(/* id 18, wireType 0 =*/144).uint64(m.bytesUncompressed);
            if (m.recoveries != null && $Object.hasOwnProperty.call(m, "recoveries") && m.recoveries !== 0)
                w.uint32(/* id 19, wireType 0 =*/152).uint32(m.recoveries);
            if (m.lossScale != null && $Object.hasOwnProperty.call(m, "lossScale") && !$Object.is(m.lossScale, 0))
                w.uint32(/* id 20, wireType 1 =*/161).double(m.lossScale);
            if (m.coordinatorPeerId != null && $Object.hasOwnProperty.call(m, "coordinatorPeerId") && m.coordinatorPeerId !== "")
                w.uint32(/* id 21, wireType 2 =*/170).string(m.coordinatorPeerId);
            if (m.multiaddrs != null && m.multiaddrs.length) {
                for (var i = 0; i < m.multiaddrs.length; ++i)
                    w.uint32(/* id 22, wireType 2 =*/178).string(m.multiaddrs[i]);
            }
            if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion") && m.softwareVersion !== "")
                w.uint32(/* id 23, wireType 2 =*/186).string(m.softwareVersion);
            if (m.stepMs != null && $Object.hasOwnProperty.call(m, "stepMs") && !$Object.is(m.stepMs, 0))
                w.uint32(/* id 24, wireType 1 =*/193).double(m.stepMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified StatusAnswer message, length delimited. Does not implicitly {@link tandem_admin.StatusAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.StatusAnswer
         * @static
         * @param {tandem_admin.StatusAnswer.$Properties} message StatusAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatusAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.StatusAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.StatusAnswer & tandem_admin.StatusAnswer.$Shape} StatusAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.StatusAnswer();
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
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.runName = v;
                        else
                            delete m.runName;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.state = v;
                        else
                            delete m.state;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.stateReason = v;
                        else
                            delete m.stateReason;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.step = v;
                        else
                            delete m.step;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.stepsMax = v;
                        else
                            delete m.stepsMax;
                        continue;
                    }
                case 7: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.loss = v;
                        else
                            delete m.loss;
                        continue;
                    }
                case 8: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.tokensPerSecond = v;
                        else
                            delete m.tokensPerSecond;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.planEpoch = v;
                        else
                            delete m.planEpoch;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastCheckpointStep = v;
                        else
                            delete m.lastCheckpointStep;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.hasCheckpoint = v;
                        else
                            delete m.hasCheckpoint;
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.workers = v;
                        else
                            delete m.workers;
                        continue;
                    }
                case 13: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.numStages = v;
                        else
                            delete m.numStages;
                        continue;
                    }
                case 14: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.numReplicas = v;
                        else
                            delete m.numReplicas;
                        continue;
                    }
                case 15: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.startedAtMs = v;
                        else
                            delete m.startedAtMs;
                        continue;
                    }
                case 16: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.tokensSeen = v;
                        else
                            delete m.tokensSeen;
                        continue;
                    }
                case 17: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesSent = v;
                        else
                            delete m.bytesSent;
                        continue;
                    }
                case 18: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesUncompressed = v;
                        else
                            delete m.bytesUncompressed;
                        continue;
                    }
                case 19: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.recoveries = v;
                        else
                            delete m.recoveries;
                        continue;
                    }
                case 20: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.lossScale = v;
                        else
                            delete m.lossScale;
                        continue;
                    }
                case 21: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.coordinatorPeerId = v;
                        else
                            delete m.coordinatorPeerId;
                        continue;
                    }
                case 22: {
                        if (u !== 2)
                            break;
                        if (!(m.multiaddrs && m.multiaddrs.length))
                            m.multiaddrs = [];
                        m.multiaddrs.push(r.stringVerify());
                        continue;
                    }
                case 23: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.softwareVersion = v;
                        else
                            delete m.softwareVersion;
                        continue;
                    }
                case 24: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.stepMs = v;
                        else
                            delete m.stepMs;
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
         * Decodes a StatusAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.StatusAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.StatusAnswer & tandem_admin.StatusAnswer.$Shape} StatusAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StatusAnswer message.
         * @function verify
         * @memberof tandem_admin.StatusAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StatusAnswer.verify = function (m, q) {
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
            if (m.runName != null && $Object.hasOwnProperty.call(m, "runName")) {
                if (!$util.isString(m.runName))
                    return "runName: string expected";
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                if (!$util.isString(m.state))
                    return "state: string expected";
            }
            if (m.stateReason != null && $Object.hasOwnProperty.call(m, "stateReason")) {
                if (!$util.isString(m.stateReason))
                    return "stateReason: string expected";
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (!$util.isInteger(m.step) && !(m.step && $util.isInteger(m.step.low) && $util.isInteger(m.step.high)))
                    return "step: integer|Long expected";
            }
            if (m.stepsMax != null && $Object.hasOwnProperty.call(m, "stepsMax")) {
                if (!$util.isInteger(m.stepsMax) && !(m.stepsMax && $util.isInteger(m.stepsMax.low) && $util.isInteger(m.stepsMax.high)))
                    return "stepsMax: integer|Long expected";
            }
            if (m.loss != null && $Object.hasOwnProperty.call(m, "loss")) {
                if (typeof m.loss !== "number")
                    return "loss: number expected";
            }
            if (m.tokensPerSecond != null && $Object.hasOwnProperty.call(m, "tokensPerSecond")) {
                if (typeof m.tokensPerSecond !== "number")
                    return "tokensPerSecond: number expected";
            }
            if (m.planEpoch != null && $Object.hasOwnProperty.call(m, "planEpoch")) {
                if (!$util.isInteger(m.planEpoch) && !(m.planEpoch && $util.isInteger(m.planEpoch.low) && $util.isInteger(m.planEpoch.high)))
                    return "planEpoch: integer|Long expected";
            }
            if (m.lastCheckpointStep != null && $Object.hasOwnProperty.call(m, "lastCheckpointStep")) {
                if (!$util.isInteger(m.lastCheckpointStep) && !(m.lastCheckpointStep && $util.isInteger(m.lastCheckpointStep.low) && $util.isInteger(m.lastCheckpointStep.high)))
                    return "lastCheckpointStep: integer|Long expected";
            }
            if (m.hasCheckpoint != null && $Object.hasOwnProperty.call(m, "hasCheckpoint")) {
                if (typeof m.hasCheckpoint !== "boolean")
                    return "hasCheckpoint: boolean expected";
            }
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers")) {
                if (!$util.isInteger(m.workers))
                    return "workers: integer expected";
            }
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages")) {
                if (!$util.isInteger(m.numStages))
                    return "numStages: integer expected";
            }
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas")) {
                if (!$util.isInteger(m.numReplicas))
                    return "numReplicas: integer expected";
            }
            if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs")) {
                if (!$util.isInteger(m.startedAtMs) && !(m.startedAtMs && $util.isInteger(m.startedAtMs.low) && $util.isInteger(m.startedAtMs.high)))
                    return "startedAtMs: integer|Long expected";
            }
            if (m.tokensSeen != null && $Object.hasOwnProperty.call(m, "tokensSeen")) {
                if (!$util.isInteger(m.tokensSeen) && !(m.tokensSeen && $util.isInteger(m.tokensSeen.low) && $util.isInteger(m.tokensSeen.high)))
                    return "tokensSeen: integer|Long expected";
            }
            if (m.bytesSent != null && $Object.hasOwnProperty.call(m, "bytesSent")) {
                if (!$util.isInteger(m.bytesSent) && !(m.bytesSent && $util.isInteger(m.bytesSent.low) && $util.isInteger(m.bytesSent.high)))
                    return "bytesSent: integer|Long expected";
            }
            if (m.bytesUncompressed != null && $Object.hasOwnProperty.call(m, "bytesUncompressed")) {
                if (!$util.isInteger(m.bytesUncompressed) && !(m.bytesUncompressed && $util.isInteger(m.bytesUncompressed.low) && $util.isInteger(m.bytesUncompressed.high)))
                    return "bytesUncompressed: integer|Long expected";
            }
            if (m.recoveries != null && $Object.hasOwnProperty.call(m, "recoveries")) {
                if (!$util.isInteger(m.recoveries))
                    return "recoveries: integer expected";
            }
            if (m.lossScale != null && $Object.hasOwnProperty.call(m, "lossScale")) {
                if (typeof m.lossScale !== "number")
                    return "lossScale: number expected";
            }
            if (m.coordinatorPeerId != null && $Object.hasOwnProperty.call(m, "coordinatorPeerId")) {
                if (!$util.isString(m.coordinatorPeerId))
                    return "coordinatorPeerId: string expected";
            }
            if (m.multiaddrs != null && $Object.hasOwnProperty.call(m, "multiaddrs")) {
                if (!$Array.isArray(m.multiaddrs))
                    return "multiaddrs: array expected";
                for (var i = 0; i < m.multiaddrs.length; ++i) {
                    if (!$util.isString(m.multiaddrs[i]))
                        return "multiaddrs: string[] expected";
                }
            }
            if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion")) {
                if (!$util.isString(m.softwareVersion))
                    return "softwareVersion: string expected";
            }
            if (m.stepMs != null && $Object.hasOwnProperty.call(m, "stepMs")) {
                if (typeof m.stepMs !== "number")
                    return "stepMs: number expected";
            }
            return null;
        };

        /**
         * Creates a StatusAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.StatusAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.StatusAnswer} StatusAnswer
         */
        StatusAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.StatusAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.StatusAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.StatusAnswer();
            if (d.runId != null) {
                if (typeof d.runId !== "string" || d.runId.length) {
                    m.runId = $String(d.runId);
                }
            }
            if (d.runName != null) {
                if (typeof d.runName !== "string" || d.runName.length) {
                    m.runName = $String(d.runName);
                }
            }
            if (d.state != null) {
                if (typeof d.state !== "string" || d.state.length) {
                    m.state = $String(d.state);
                }
            }
            if (d.stateReason != null) {
                if (typeof d.stateReason !== "string" || d.stateReason.length) {
                    m.stateReason = $String(d.stateReason);
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
            if (d.stepsMax != null) {
                if (typeof d.stepsMax === "object" ? d.stepsMax.low || d.stepsMax.high : $Number(d.stepsMax) !== 0) {
                    if ($util.Long)
                        m.stepsMax = $util.Long.fromValue(d.stepsMax, true);
                    else if (typeof d.stepsMax === "string")
                        m.stepsMax = $parseInt(d.stepsMax, 10);
                    else if (typeof d.stepsMax === "number")
                        m.stepsMax = d.stepsMax;
                    else if (typeof d.stepsMax === "object")
                        m.stepsMax = new $util.LongBits(d.stepsMax.low >>> 0, d.stepsMax.high >>> 0).toNumber(true);
                }
            }
            if (d.loss != null) {
                if (!$Object.is($Number(d.loss), 0)) {
                    m.loss = $Number(d.loss);
                }
            }
            if (d.tokensPerSecond != null) {
                if (!$Object.is($Number(d.tokensPerSecond), 0)) {
                    m.tokensPerSecond = $Number(d.tokensPerSecond);
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
            if (d.lastCheckpointStep != null) {
                if (typeof d.lastCheckpointStep === "object" ? d.lastCheckpointStep.low || d.lastCheckpointStep.high : $Number(d.lastCheckpointStep) !== 0) {
                    if ($util.Long)
                        m.lastCheckpointStep = $util.Long.fromValue(d.lastCheckpointStep, true);
                    else if (typeof d.lastCheckpointStep === "string")
                        m.lastCheckpointStep = $parseInt(d.lastCheckpointStep, 10);
                    else if (typeof d.lastCheckpointStep === "number")
                        m.lastCheckpointStep = d.lastCheckpointStep;
                    else if (typeof d.lastCheckpointStep === "object")
                        m.lastCheckpointStep = new $util.LongBits(d.lastCheckpointStep.low >>> 0, d.lastCheckpointStep.high >>> 0).toNumber(true);
                }
            }
            if (d.hasCheckpoint != null) {
                if (d.hasCheckpoint) {
                    m.hasCheckpoint = $Boolean(d.hasCheckpoint);
                }
            }
            if (d.workers != null) {
                if ($Number(d.workers) !== 0) {
                    m.workers = d.workers >>> 0;
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
            if (d.startedAtMs != null) {
                if (typeof d.startedAtMs === "object" ? d.startedAtMs.low || d.startedAtMs.high : $Number(d.startedAtMs) !== 0) {
                    if ($util.Long)
                        m.startedAtMs = $util.Long.fromValue(d.startedAtMs, true);
                    else if (typeof d.startedAtMs === "string")
                        m.startedAtMs = $parseInt(d.startedAtMs, 10);
                    else if (typeof d.startedAtMs === "number")
                        m.startedAtMs = d.startedAtMs;
                    else if (typeof d.startedAtMs === "object")
                        m.startedAtMs = new $util.LongBits(d.startedAtMs.low >>> 0, d.startedAtMs.high >>> 0).toNumber(true);
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
            if (d.bytesSent != null) {
                if (typeof d.bytesSent === "object" ? d.bytesSent.low || d.bytesSent.high : $Number(d.bytesSent) !== 0) {
                    if ($util.Long)
                        m.bytesSent = $util.Long.fromValue(d.bytesSent, true);
                    else if (typeof d.bytesSent === "string")
                        m.bytesSent = $parseInt(d.bytesSent, 10);
                    else if (typeof d.bytesSent === "number")
                        m.bytesSent = d.bytesSent;
                    else if (typeof d.bytesSent === "object")
                        m.bytesSent = new $util.LongBits(d.bytesSent.low >>> 0, d.bytesSent.high >>> 0).toNumber(true);
                }
            }
            if (d.bytesUncompressed != null) {
                if (typeof d.bytesUncompressed === "object" ? d.bytesUncompressed.low || d.bytesUncompressed.high : $Number(d.bytesUncompressed) !== 0) {
                    if ($util.Long)
                        m.bytesUncompressed = $util.Long.fromValue(d.bytesUncompressed, true);
                    else if (typeof d.bytesUncompressed === "string")
                        m.bytesUncompressed = $parseInt(d.bytesUncompressed, 10);
                    else if (typeof d.bytesUncompressed === "number")
                        m.bytesUncompressed = d.bytesUncompressed;
                    else if (typeof d.bytesUncompressed === "object")
                        m.bytesUncompressed = new $util.LongBits(d.bytesUncompressed.low >>> 0, d.bytesUncompressed.high >>> 0).toNumber(true);
                }
            }
            if (d.recoveries != null) {
                if ($Number(d.recoveries) !== 0) {
                    m.recoveries = d.recoveries >>> 0;
                }
            }
            if (d.lossScale != null) {
                if (!$Object.is($Number(d.lossScale), 0)) {
                    m.lossScale = $Number(d.lossScale);
                }
            }
            if (d.coordinatorPeerId != null) {
                if (typeof d.coordinatorPeerId !== "string" || d.coordinatorPeerId.length) {
                    m.coordinatorPeerId = $String(d.coordinatorPeerId);
                }
            }
            if (d.multiaddrs) {
                if (!$Array.isArray(d.multiaddrs))
                    throw $TypeError(".tandem_admin.StatusAnswer.multiaddrs: array expected");
                m.multiaddrs = $Array(d.multiaddrs.length);
                for (var i = 0; i < d.multiaddrs.length; ++i) {
                    m.multiaddrs[i] = $String(d.multiaddrs[i]);
                }
            }
            if (d.softwareVersion != null) {
                if (typeof d.softwareVersion !== "string" || d.softwareVersion.length) {
                    m.softwareVersion = $String(d.softwareVersion);
                }
            }
            if (d.stepMs != null) {
                if (!$Object.is($Number(d.stepMs), 0)) {
                    m.stepMs = $Number(d.stepMs);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a StatusAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.StatusAnswer
         * @static
         * @param {tandem_admin.StatusAnswer} m StatusAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatusAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.multiaddrs = [];
            }
            if (o.defaults) {
                d.runId = "";
                d.runName = "";
                d.state = "";
                d.stateReason = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.step = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.step = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.stepsMax = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.stepsMax = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.loss = 0;
                d.tokensPerSecond = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.planEpoch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.planEpoch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.lastCheckpointStep = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lastCheckpointStep = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.hasCheckpoint = false;
                d.workers = 0;
                d.numStages = 0;
                d.numReplicas = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.startedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.startedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.tokensSeen = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tokensSeen = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesSent = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesSent = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesUncompressed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesUncompressed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.recoveries = 0;
                d.lossScale = 0;
                d.coordinatorPeerId = "";
                d.softwareVersion = "";
                d.stepMs = 0;
            }
            if (m.runId != null && $Object.hasOwnProperty.call(m, "runId")) {
                d.runId = m.runId;
            }
            if (m.runName != null && $Object.hasOwnProperty.call(m, "runName")) {
                d.runName = m.runName;
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = m.state;
            }
            if (m.stateReason != null && $Object.hasOwnProperty.call(m, "stateReason")) {
                d.stateReason = m.stateReason;
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                else if (typeof m.step === "number")
                    d.step = o.longs === $String ? $String(m.step) : m.step;
                else
                    d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
            }
            if (m.stepsMax != null && $Object.hasOwnProperty.call(m, "stepsMax")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.stepsMax = typeof m.stepsMax === "number" ? $BigInt(m.stepsMax) : $util.Long.fromBits(m.stepsMax.low >>> 0, m.stepsMax.high >>> 0, true).toBigInt();
                else if (typeof m.stepsMax === "number")
                    d.stepsMax = o.longs === $String ? $String(m.stepsMax) : m.stepsMax;
                else
                    d.stepsMax = o.longs === $String ? $util.Long.prototype.toString.call(m.stepsMax) : o.longs === $Number ? new $util.LongBits(m.stepsMax.low >>> 0, m.stepsMax.high >>> 0).toNumber(true) : m.stepsMax;
            }
            if (m.loss != null && $Object.hasOwnProperty.call(m, "loss")) {
                d.loss = o.json && !$isFinite(m.loss) ? $String(m.loss) : m.loss;
            }
            if (m.tokensPerSecond != null && $Object.hasOwnProperty.call(m, "tokensPerSecond")) {
                d.tokensPerSecond = o.json && !$isFinite(m.tokensPerSecond) ? $String(m.tokensPerSecond) : m.tokensPerSecond;
            }
            if (m.planEpoch != null && $Object.hasOwnProperty.call(m, "planEpoch")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.planEpoch = typeof m.planEpoch === "number" ? $BigInt(m.planEpoch) : $util.Long.fromBits(m.planEpoch.low >>> 0, m.planEpoch.high >>> 0, true).toBigInt();
                else if (typeof m.planEpoch === "number")
                    d.planEpoch = o.longs === $String ? $String(m.planEpoch) : m.planEpoch;
                else
                    d.planEpoch = o.longs === $String ? $util.Long.prototype.toString.call(m.planEpoch) : o.longs === $Number ? new $util.LongBits(m.planEpoch.low >>> 0, m.planEpoch.high >>> 0).toNumber(true) : m.planEpoch;
            }
            if (m.lastCheckpointStep != null && $Object.hasOwnProperty.call(m, "lastCheckpointStep")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lastCheckpointStep = typeof m.lastCheckpointStep === "number" ? $BigInt(m.lastCheckpointStep) : $util.Long.fromBits(m.lastCheckpointStep.low >>> 0, m.lastCheckpointStep.high >>> 0, true).toBigInt();
                else if (typeof m.lastCheckpointStep === "number")
                    d.lastCheckpointStep = o.longs === $String ? $String(m.lastCheckpointStep) : m.lastCheckpointStep;
                else
                    d.lastCheckpointStep = o.longs === $String ? $util.Long.prototype.toString.call(m.lastCheckpointStep) : o.longs === $Number ? new $util.LongBits(m.lastCheckpointStep.low >>> 0, m.lastCheckpointStep.high >>> 0).toNumber(true) : m.lastCheckpointStep;
            }
            if (m.hasCheckpoint != null && $Object.hasOwnProperty.call(m, "hasCheckpoint")) {
                d.hasCheckpoint = m.hasCheckpoint;
            }
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers")) {
                d.workers = m.workers;
            }
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages")) {
                d.numStages = m.numStages;
            }
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas")) {
                d.numReplicas = m.numReplicas;
            }
            if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.startedAtMs = typeof m.startedAtMs === "number" ? $BigInt(m.startedAtMs) : $util.Long.fromBits(m.startedAtMs.low >>> 0, m.startedAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.startedAtMs === "number")
                    d.startedAtMs = o.longs === $String ? $String(m.startedAtMs) : m.startedAtMs;
                else
                    d.startedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.startedAtMs) : o.longs === $Number ? new $util.LongBits(m.startedAtMs.low >>> 0, m.startedAtMs.high >>> 0).toNumber(true) : m.startedAtMs;
            }
            if (m.tokensSeen != null && $Object.hasOwnProperty.call(m, "tokensSeen")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tokensSeen = typeof m.tokensSeen === "number" ? $BigInt(m.tokensSeen) : $util.Long.fromBits(m.tokensSeen.low >>> 0, m.tokensSeen.high >>> 0, true).toBigInt();
                else if (typeof m.tokensSeen === "number")
                    d.tokensSeen = o.longs === $String ? $String(m.tokensSeen) : m.tokensSeen;
                else
                    d.tokensSeen = o.longs === $String ? $util.Long.prototype.toString.call(m.tokensSeen) : o.longs === $Number ? new $util.LongBits(m.tokensSeen.low >>> 0, m.tokensSeen.high >>> 0).toNumber(true) : m.tokensSeen;
            }
            if (m.bytesSent != null && $Object.hasOwnProperty.call(m, "bytesSent")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesSent = typeof m.bytesSent === "number" ? $BigInt(m.bytesSent) : $util.Long.fromBits(m.bytesSent.low >>> 0, m.bytesSent.high >>> 0, true).toBigInt();
                else if (typeof m.bytesSent === "number")
                    d.bytesSent = o.longs === $String ? $String(m.bytesSent) : m.bytesSent;
                else
                    d.bytesSent = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesSent) : o.longs === $Number ? new $util.LongBits(m.bytesSent.low >>> 0, m.bytesSent.high >>> 0).toNumber(true) : m.bytesSent;
            }
            if (m.bytesUncompressed != null && $Object.hasOwnProperty.call(m, "bytesUncompressed")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesUncompressed = typeof m.bytesUncompressed === "number" ? $BigInt(m.bytesUncompressed) : $util.Long.fromBits(m.bytesUncompressed.low >>> 0, m.bytesUncompressed.high >>> 0, true).toBigInt();
                else if (typeof m.bytesUncompressed === "number")
                    d.bytesUncompressed = o.longs === $String ? $String(m.bytesUncompressed) : m.bytesUncompressed;
                else
                    d.bytesUncompressed = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesUncompressed) : o.longs === $Number ? new $util.LongBits(m.bytesUncompressed.low >>> 0, m.bytesUncompressed.high >>> 0).toNumber(true) : m.bytesUncompressed;
            }
            if (m.recoveries != null && $Object.hasOwnProperty.call(m, "recoveries")) {
                d.recoveries = m.recoveries;
            }
            if (m.lossScale != null && $Object.hasOwnProperty.call(m, "lossScale")) {
                d.lossScale = o.json && !$isFinite(m.lossScale) ? $String(m.lossScale) : m.lossScale;
            }
            if (m.coordinatorPeerId != null && $Object.hasOwnProperty.call(m, "coordinatorPeerId")) {
                d.coordinatorPeerId = m.coordinatorPeerId;
            }
            if (m.multiaddrs && m.multiaddrs.length) {
                d.multiaddrs = $Array(m.multiaddrs.length);
                for (var j = 0; j < m.multiaddrs.length; ++j) {
                    d.multiaddrs[j] = m.multiaddrs[j];
                }
            }
            if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion")) {
                d.softwareVersion = m.softwareVersion;
            }
            if (m.stepMs != null && $Object.hasOwnProperty.call(m, "stepMs")) {
                d.stepMs = o.json && !$isFinite(m.stepMs) ? $String(m.stepMs) : m.stepMs;
            }
            return d;
        };

        /**
         * Converts this StatusAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.StatusAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatusAnswer.prototype.toJSON = function() {
            return StatusAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StatusAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.StatusAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StatusAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.StatusAnswer";
        };

        return StatusAnswer;
    })();

    tandem_admin.Link = (function() {

        /**
         * Properties of a Link.
         * @typedef {Object} tandem_admin.Link.$Properties
         * @property {string|null} [peerId] Link peerId
         * @property {number|null} [latencyMs] Link latencyMs
         * @property {number|null} [bandwidthBytesPerSecond] Link bandwidthBytesPerSecond
         * @property {number|null} [measuredAtMs] Link measuredAtMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Link.
         * @memberof tandem_admin
         * @interface ILink
         * @augments tandem_admin.Link.$Properties
         * @deprecated Use tandem_admin.Link.$Properties instead.
         */

        /**
         * Shape of a Link.
         * @typedef {tandem_admin.Link.$Properties} tandem_admin.Link.$Shape
         */

        /**
         * Constructs a new Link.
         * @memberof tandem_admin
         * @classdesc Represents a Link.
         * @constructor
         * @param {tandem_admin.Link.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Link = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Link peerId.
         * @member {string} peerId
         * @memberof tandem_admin.Link
         * @instance
         */
        Link.prototype.peerId = "";

        /**
         * Link latencyMs.
         * @member {number} latencyMs
         * @memberof tandem_admin.Link
         * @instance
         */
        Link.prototype.latencyMs = 0;

        /**
         * Link bandwidthBytesPerSecond.
         * @member {number} bandwidthBytesPerSecond
         * @memberof tandem_admin.Link
         * @instance
         */
        Link.prototype.bandwidthBytesPerSecond = 0;

        /**
         * Link measuredAtMs.
         * @member {number} measuredAtMs
         * @memberof tandem_admin.Link
         * @instance
         */
        Link.prototype.measuredAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Link instance using the specified properties.
         * @function create
         * @memberof tandem_admin.Link
         * @static
         * @param {tandem_admin.Link.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.Link} Link instance
         * @type {{
         *   (properties: tandem_admin.Link.$Shape): tandem_admin.Link & tandem_admin.Link.$Shape;
         *   (properties?: tandem_admin.Link.$Properties): tandem_admin.Link;
         * }}
         */
        Link.create = function(properties) {
            return new Link(properties);
        };

        /**
         * Encodes the specified Link message. Does not implicitly {@link tandem_admin.Link.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.Link
         * @static
         * @param {tandem_admin.Link.$Properties} m Link message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Link.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.latencyMs != null && $Object.hasOwnProperty.call(m, "latencyMs") && !$Object.is(m.latencyMs, 0))
                w.uint32(/* id 2, wireType 1 =*/17).double(m.latencyMs);
            if (m.bandwidthBytesPerSecond != null && $Object.hasOwnProperty.call(m, "bandwidthBytesPerSecond") && !$Object.is(m.bandwidthBytesPerSecond, 0))
                w.uint32(/* id 3, wireType 1 =*/25).double(m.bandwidthBytesPerSecond);
            if (m.measuredAtMs != null && $Object.hasOwnProperty.call(m, "measuredAtMs") && (typeof m.measuredAtMs === "object" ? m.measuredAtMs.low || m.measuredAtMs.high : m.measuredAtMs !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.measuredAtMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Link message, length delimited. Does not implicitly {@link tandem_admin.Link.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.Link
         * @static
         * @param {tandem_admin.Link.$Properties} message Link message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Link.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Link message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.Link
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.Link & tandem_admin.Link.$Shape} Link
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Link.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.Link();
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
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.latencyMs = v;
                        else
                            delete m.latencyMs;
                        continue;
                    }
                case 3: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.bandwidthBytesPerSecond = v;
                        else
                            delete m.bandwidthBytesPerSecond;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.measuredAtMs = v;
                        else
                            delete m.measuredAtMs;
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
         * Decodes a Link message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.Link
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.Link & tandem_admin.Link.$Shape} Link
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Link.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Link message.
         * @function verify
         * @memberof tandem_admin.Link
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Link.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.latencyMs != null && $Object.hasOwnProperty.call(m, "latencyMs")) {
                if (typeof m.latencyMs !== "number")
                    return "latencyMs: number expected";
            }
            if (m.bandwidthBytesPerSecond != null && $Object.hasOwnProperty.call(m, "bandwidthBytesPerSecond")) {
                if (typeof m.bandwidthBytesPerSecond !== "number")
                    return "bandwidthBytesPerSecond: number expected";
            }
            if (m.measuredAtMs != null && $Object.hasOwnProperty.call(m, "measuredAtMs")) {
                if (!$util.isInteger(m.measuredAtMs) && !(m.measuredAtMs && $util.isInteger(m.measuredAtMs.low) && $util.isInteger(m.measuredAtMs.high)))
                    return "measuredAtMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a Link message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.Link
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.Link} Link
         */
        Link.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.Link)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.Link: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.Link();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.latencyMs != null) {
                if (!$Object.is($Number(d.latencyMs), 0)) {
                    m.latencyMs = $Number(d.latencyMs);
                }
            }
            if (d.bandwidthBytesPerSecond != null) {
                if (!$Object.is($Number(d.bandwidthBytesPerSecond), 0)) {
                    m.bandwidthBytesPerSecond = $Number(d.bandwidthBytesPerSecond);
                }
            }
            if (d.measuredAtMs != null) {
                if (typeof d.measuredAtMs === "object" ? d.measuredAtMs.low || d.measuredAtMs.high : $Number(d.measuredAtMs) !== 0) {
                    if ($util.Long)
                        m.measuredAtMs = $util.Long.fromValue(d.measuredAtMs, true);
                    else if (typeof d.measuredAtMs === "string")
                        m.measuredAtMs = $parseInt(d.measuredAtMs, 10);
                    else if (typeof d.measuredAtMs === "number")
                        m.measuredAtMs = d.measuredAtMs;
                    else if (typeof d.measuredAtMs === "object")
                        m.measuredAtMs = new $util.LongBits(d.measuredAtMs.low >>> 0, d.measuredAtMs.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Link message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.Link
         * @static
         * @param {tandem_admin.Link} m Link
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Link.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.peerId = "";
                d.latencyMs = 0;
                d.bandwidthBytesPerSecond = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.measuredAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.measuredAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.latencyMs != null && $Object.hasOwnProperty.call(m, "latencyMs")) {
                d.latencyMs = o.json && !$isFinite(m.latencyMs) ? $String(m.latencyMs) : m.latencyMs;
            }
            if (m.bandwidthBytesPerSecond != null && $Object.hasOwnProperty.call(m, "bandwidthBytesPerSecond")) {
                d.bandwidthBytesPerSecond = o.json && !$isFinite(m.bandwidthBytesPerSecond) ? $String(m.bandwidthBytesPerSecond) : m.bandwidthBytesPerSecond;
            }
            if (m.measuredAtMs != null && $Object.hasOwnProperty.call(m, "measuredAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.measuredAtMs = typeof m.measuredAtMs === "number" ? $BigInt(m.measuredAtMs) : $util.Long.fromBits(m.measuredAtMs.low >>> 0, m.measuredAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.measuredAtMs === "number")
                    d.measuredAtMs = o.longs === $String ? $String(m.measuredAtMs) : m.measuredAtMs;
                else
                    d.measuredAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.measuredAtMs) : o.longs === $Number ? new $util.LongBits(m.measuredAtMs.low >>> 0, m.measuredAtMs.high >>> 0).toNumber(true) : m.measuredAtMs;
            }
            return d;
        };

        /**
         * Converts this Link to JSON.
         * @function toJSON
         * @memberof tandem_admin.Link
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Link.prototype.toJSON = function() {
            return Link.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Link
         * @function getTypeUrl
         * @memberof tandem_admin.Link
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Link.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.Link";
        };

        return Link;
    })();

    tandem_admin.WorkerInfo = (function() {

        /**
         * Properties of a WorkerInfo.
         * @typedef {Object} tandem_admin.WorkerInfo.$Properties
         * @property {string|null} [peerId] WorkerInfo peerId
         * @property {string|null} [workerId] WorkerInfo workerId
         * @property {string|null} [name] WorkerInfo name
         * @property {string|null} [deviceKind] WorkerInfo deviceKind
         * @property {string|null} [deviceName] WorkerInfo deviceName
         * @property {number|null} [deviceMemoryBytes] WorkerInfo deviceMemoryBytes
         * @property {number|null} [layerSecondsFwdBwd] WorkerInfo layerSecondsFwdBwd
         * @property {boolean|null} [assigned] WorkerInfo assigned
         * @property {number|null} [stageIndex] WorkerInfo stageIndex
         * @property {number|null} [replicaIndex] WorkerInfo replicaIndex
         * @property {number|null} [layerStart] WorkerInfo layerStart
         * @property {number|null} [layerEnd] WorkerInfo layerEnd
         * @property {string|null} [reachability] WorkerInfo reachability
         * @property {Array.<tandem_admin.Link.$Properties>|null} [links] WorkerInfo links
         * @property {number|null} [stepMs] WorkerInfo stepMs
         * @property {number|null} [stragglerRank] WorkerInfo stragglerRank
         * @property {number|null} [lastSeenAtMs] WorkerInfo lastSeenAtMs
         * @property {string|null} [state] WorkerInfo state
         * @property {string|null} [softwareVersion] WorkerInfo softwareVersion
         * @property {Array.<string>|null} [multiaddrs] WorkerInfo multiaddrs
         * @property {number|null} [badFrames] WorkerInfo badFrames
         * @property {number|null} [bytesOut] WorkerInfo bytesOut
         * @property {number|null} [bytesIn] WorkerInfo bytesIn
         * @property {number|null} [joinedAtMs] WorkerInfo joinedAtMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkerInfo.
         * @memberof tandem_admin
         * @interface IWorkerInfo
         * @augments tandem_admin.WorkerInfo.$Properties
         * @deprecated Use tandem_admin.WorkerInfo.$Properties instead.
         */

        /**
         * Shape of a WorkerInfo.
         * @typedef {tandem_admin.WorkerInfo.$Properties} tandem_admin.WorkerInfo.$Shape
         */

        /**
         * Constructs a new WorkerInfo.
         * @memberof tandem_admin
         * @classdesc Represents a WorkerInfo.
         * @constructor
         * @param {tandem_admin.WorkerInfo.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkerInfo = function (p) {
            this.links = [];
            this.multiaddrs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * WorkerInfo peerId.
         * @member {string} peerId
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.peerId = "";

        /**
         * WorkerInfo workerId.
         * @member {string} workerId
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.workerId = "";

        /**
         * WorkerInfo name.
         * @member {string} name
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.name = "";

        /**
         * WorkerInfo deviceKind.
         * @member {string} deviceKind
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.deviceKind = "";

        /**
         * WorkerInfo deviceName.
         * @member {string} deviceName
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.deviceName = "";

        /**
         * WorkerInfo deviceMemoryBytes.
         * @member {number} deviceMemoryBytes
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.deviceMemoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerInfo layerSecondsFwdBwd.
         * @member {number} layerSecondsFwdBwd
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.layerSecondsFwdBwd = 0;

        /**
         * WorkerInfo assigned.
         * @member {boolean} assigned
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.assigned = false;

        /**
         * WorkerInfo stageIndex.
         * @member {number} stageIndex
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.stageIndex = 0;

        /**
         * WorkerInfo replicaIndex.
         * @member {number} replicaIndex
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.replicaIndex = 0;

        /**
         * WorkerInfo layerStart.
         * @member {number} layerStart
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.layerStart = 0;

        /**
         * WorkerInfo layerEnd.
         * @member {number} layerEnd
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.layerEnd = 0;

        /**
         * WorkerInfo reachability.
         * @member {string} reachability
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.reachability = "";

        /**
         * WorkerInfo links.
         * @member {Array.<tandem_admin.Link.$Properties>} links
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.links = $util.emptyArray;

        /**
         * WorkerInfo stepMs.
         * @member {number} stepMs
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.stepMs = 0;

        /**
         * WorkerInfo stragglerRank.
         * @member {number} stragglerRank
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.stragglerRank = 0;

        /**
         * WorkerInfo lastSeenAtMs.
         * @member {number} lastSeenAtMs
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.lastSeenAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerInfo state.
         * @member {string} state
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.state = "";

        /**
         * WorkerInfo softwareVersion.
         * @member {string} softwareVersion
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.softwareVersion = "";

        /**
         * WorkerInfo multiaddrs.
         * @member {Array.<string>} multiaddrs
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.multiaddrs = $util.emptyArray;

        /**
         * WorkerInfo badFrames.
         * @member {number} badFrames
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.badFrames = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerInfo bytesOut.
         * @member {number} bytesOut
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.bytesOut = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerInfo bytesIn.
         * @member {number} bytesIn
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.bytesIn = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WorkerInfo joinedAtMs.
         * @member {number} joinedAtMs
         * @memberof tandem_admin.WorkerInfo
         * @instance
         */
        WorkerInfo.prototype.joinedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new WorkerInfo instance using the specified properties.
         * @function create
         * @memberof tandem_admin.WorkerInfo
         * @static
         * @param {tandem_admin.WorkerInfo.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.WorkerInfo} WorkerInfo instance
         * @type {{
         *   (properties: tandem_admin.WorkerInfo.$Shape): tandem_admin.WorkerInfo & tandem_admin.WorkerInfo.$Shape;
         *   (properties?: tandem_admin.WorkerInfo.$Properties): tandem_admin.WorkerInfo;
         * }}
         */
        WorkerInfo.create = function(properties) {
            return new WorkerInfo(properties);
        };

        /**
         * Encodes the specified WorkerInfo message. Does not implicitly {@link tandem_admin.WorkerInfo.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.WorkerInfo
         * @static
         * @param {tandem_admin.WorkerInfo.$Properties} m WorkerInfo message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerInfo.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.workerId != null && $Object.hasOwnProperty.call(m, "workerId") && m.workerId !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.workerId);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
            if (m.deviceKind != null && $Object.hasOwnProperty.call(m, "deviceKind") && m.deviceKind !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.deviceKind);
            if (m.deviceName != null && $Object.hasOwnProperty.call(m, "deviceName") && m.deviceName !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.deviceName);
            if (m.deviceMemoryBytes != null && $Object.hasOwnProperty.call(m, "deviceMemoryBytes") && (typeof m.deviceMemoryBytes === "object" ? m.deviceMemoryBytes.low || m.deviceMemoryBytes.high : m.deviceMemoryBytes !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.deviceMemoryBytes);
            if (m.layerSecondsFwdBwd != null && $Object.hasOwnProperty.call(m, "layerSecondsFwdBwd") && !$Object.is(m.layerSecondsFwdBwd, 0))
                w.uint32(/* id 7, wireType 1 =*/57).double(m.layerSecondsFwdBwd);
            if (m.assigned != null && $Object.hasOwnProperty.call(m, "assigned") && m.assigned !== false)
                w.uint32(/* id 8, wireType 0 =*/64).bool(m.assigned);
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex") && m.stageIndex !== 0)
                w.uint32(/* id 9, wireType 0 =*/72).uint32(m.stageIndex);
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex") && m.replicaIndex !== 0)
                w.uint32(/* id 10, wireType 0 =*/80).uint32(m.replicaIndex);
            if (m.layerStart != null && $Object.hasOwnProperty.call(m, "layerStart") && m.layerStart !== 0)
                w.uint32(/* id 11, wireType 0 =*/88).uint32(m.layerStart);
            if (m.layerEnd != null && $Object.hasOwnProperty.call(m, "layerEnd") && m.layerEnd !== 0)
                w.uint32(/* id 12, wireType 0 =*/96).uint32(m.layerEnd);
            if (m.reachability != null && $Object.hasOwnProperty.call(m, "reachability") && m.reachability !== "")
                w.uint32(/* id 13, wireType 2 =*/106).string(m.reachability);
            if (m.links != null && m.links.length) {
                for (var i = 0; i < m.links.length; ++i)
                    $root.tandem_admin.Link.encode(m.links[i], w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            }
            if (m.stepMs != null && $Object.hasOwnProperty.call(m, "stepMs") && !$Object.is(m.stepMs, 0))
                w.uint32(/* id 15, wireType 1 =*/121).double(m.stepMs);
            if (m.stragglerRank != null && $Object.hasOwnProperty.call(m, "stragglerRank") && m.stragglerRank !== 0)
                w.uint32(/* id 16, wireType 0 =*/128).uint32(m.stragglerRank);
            if (m.lastSeenAtMs != null && $Object.hasOwnProperty.call(m, "lastSeenAtMs") && (typeof m.lastSeenAtMs === "object" ? m.lastSeenAtMs.low || m.lastSeenAtMs.high : m.lastSeenAtMs !== 0))
                w.uint32(/* id 17, wireType 0 =*/136).uint64(m.lastSeenAtMs);
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                w.uint32(/* id 18, wireType 2 =*/146).string(m.state);
            if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion") && m.softwareVersion !== "")
                w.uint32(/* id 19, wireType 2 =*/154).string(m.softwareVersion);
            if (m.multiaddrs != null && m.multiaddrs.length) {
                for (var i = 0; i < m.multiaddrs.length; ++i)
                    w.uint32(/* id 20, wireType 2 =*/162).string(m.multiaddrs[i]);
            }
            if (m.badFrames != null && $Object.hasOwnProperty.call(m, "badFrames") && (typeof m.badFrames === "object" ? m.badFrames.low || m.badFrames.high : m.badFrames !== 0))
                w.uint32(/* id 21, wireType 0 =*/168).uint64(m.badFrames);
            if (m.bytesOut != null && $Object.hasOwnProperty.call(m, "bytesOut") && (typeof m.bytesOut === "object" ? m.bytesOut.low || m.bytesOut.high : m.bytesOut !== 0))
                w.uint32(/* id 22, wireType 0 =*/176).uint64(m.bytesOut);
            if (m.bytesIn != null && $Object.hasOwnProperty.call(m, "bytesIn") && (typeof m.bytesIn === "object" ? m.bytesIn.low || m.bytesIn.high : m.bytesIn !== 0))
                w.uint32(/* id 23, wireType 0 =*/184).uint64(m.bytesIn);
            if (m.joinedAtMs != null && $Object.hasOwnProperty.call(m, "joinedAtMs") && (typeof m.joinedAtMs === "object" ? m.joinedAtMs.low || m.joinedAtMs.high : m.joinedAtMs !== 0))
                w.uint32(/* id 24, wireType 0 =*/192).uint64(m.joinedAtMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified WorkerInfo message, length delimited. Does not implicitly {@link tandem_admin.WorkerInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.WorkerInfo
         * @static
         * @param {tandem_admin.WorkerInfo.$Properties} message WorkerInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WorkerInfo message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.WorkerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.WorkerInfo & tandem_admin.WorkerInfo.$Shape} WorkerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerInfo.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.WorkerInfo();
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
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.workerId = v;
                        else
                            delete m.workerId;
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
                            m.deviceKind = v;
                        else
                            delete m.deviceKind;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.deviceName = v;
                        else
                            delete m.deviceName;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.deviceMemoryBytes = v;
                        else
                            delete m.deviceMemoryBytes;
                        continue;
                    }
                case 7: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.layerSecondsFwdBwd = v;
                        else
                            delete m.layerSecondsFwdBwd;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.assigned = v;
                        else
                            delete m.assigned;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stageIndex = v;
                        else
                            delete m.stageIndex;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.replicaIndex = v;
                        else
                            delete m.replicaIndex;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.layerStart = v;
                        else
                            delete m.layerStart;
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.layerEnd = v;
                        else
                            delete m.layerEnd;
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reachability = v;
                        else
                            delete m.reachability;
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        if (!(m.links && m.links.length))
                            m.links = [];
                        m.links.push($root.tandem_admin.Link.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 15: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.stepMs = v;
                        else
                            delete m.stepMs;
                        continue;
                    }
                case 16: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stragglerRank = v;
                        else
                            delete m.stragglerRank;
                        continue;
                    }
                case 17: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastSeenAtMs = v;
                        else
                            delete m.lastSeenAtMs;
                        continue;
                    }
                case 18: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.state = v;
                        else
                            delete m.state;
                        continue;
                    }
                case 19: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.softwareVersion = v;
                        else
                            delete m.softwareVersion;
                        continue;
                    }
                case 20: {
                        if (u !== 2)
                            break;
                        if (!(m.multiaddrs && m.multiaddrs.length))
                            m.multiaddrs = [];
                        m.multiaddrs.push(r.stringVerify());
                        continue;
                    }
                case 21: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.badFrames = v;
                        else
                            delete m.badFrames;
                        continue;
                    }
                case 22: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesOut = v;
                        else
                            delete m.bytesOut;
                        continue;
                    }
                case 23: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesIn = v;
                        else
                            delete m.bytesIn;
                        continue;
                    }
                case 24: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.joinedAtMs = v;
                        else
                            delete m.joinedAtMs;
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
         * Decodes a WorkerInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.WorkerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.WorkerInfo & tandem_admin.WorkerInfo.$Shape} WorkerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WorkerInfo message.
         * @function verify
         * @memberof tandem_admin.WorkerInfo
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WorkerInfo.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.workerId != null && $Object.hasOwnProperty.call(m, "workerId")) {
                if (!$util.isString(m.workerId))
                    return "workerId: string expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.deviceKind != null && $Object.hasOwnProperty.call(m, "deviceKind")) {
                if (!$util.isString(m.deviceKind))
                    return "deviceKind: string expected";
            }
            if (m.deviceName != null && $Object.hasOwnProperty.call(m, "deviceName")) {
                if (!$util.isString(m.deviceName))
                    return "deviceName: string expected";
            }
            if (m.deviceMemoryBytes != null && $Object.hasOwnProperty.call(m, "deviceMemoryBytes")) {
                if (!$util.isInteger(m.deviceMemoryBytes) && !(m.deviceMemoryBytes && $util.isInteger(m.deviceMemoryBytes.low) && $util.isInteger(m.deviceMemoryBytes.high)))
                    return "deviceMemoryBytes: integer|Long expected";
            }
            if (m.layerSecondsFwdBwd != null && $Object.hasOwnProperty.call(m, "layerSecondsFwdBwd")) {
                if (typeof m.layerSecondsFwdBwd !== "number")
                    return "layerSecondsFwdBwd: number expected";
            }
            if (m.assigned != null && $Object.hasOwnProperty.call(m, "assigned")) {
                if (typeof m.assigned !== "boolean")
                    return "assigned: boolean expected";
            }
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex")) {
                if (!$util.isInteger(m.stageIndex))
                    return "stageIndex: integer expected";
            }
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex")) {
                if (!$util.isInteger(m.replicaIndex))
                    return "replicaIndex: integer expected";
            }
            if (m.layerStart != null && $Object.hasOwnProperty.call(m, "layerStart")) {
                if (!$util.isInteger(m.layerStart))
                    return "layerStart: integer expected";
            }
            if (m.layerEnd != null && $Object.hasOwnProperty.call(m, "layerEnd")) {
                if (!$util.isInteger(m.layerEnd))
                    return "layerEnd: integer expected";
            }
            if (m.reachability != null && $Object.hasOwnProperty.call(m, "reachability")) {
                if (!$util.isString(m.reachability))
                    return "reachability: string expected";
            }
            if (m.links != null && $Object.hasOwnProperty.call(m, "links")) {
                if (!$Array.isArray(m.links))
                    return "links: array expected";
                for (var i = 0; i < m.links.length; ++i) {
                    {
                        var e = $root.tandem_admin.Link.verify(m.links[i], q + 1);
                        if (e)
                            return "links." + e;
                    }
                }
            }
            if (m.stepMs != null && $Object.hasOwnProperty.call(m, "stepMs")) {
                if (typeof m.stepMs !== "number")
                    return "stepMs: number expected";
            }
            if (m.stragglerRank != null && $Object.hasOwnProperty.call(m, "stragglerRank")) {
                if (!$util.isInteger(m.stragglerRank))
                    return "stragglerRank: integer expected";
            }
            if (m.lastSeenAtMs != null && $Object.hasOwnProperty.call(m, "lastSeenAtMs")) {
                if (!$util.isInteger(m.lastSeenAtMs) && !(m.lastSeenAtMs && $util.isInteger(m.lastSeenAtMs.low) && $util.isInteger(m.lastSeenAtMs.high)))
                    return "lastSeenAtMs: integer|Long expected";
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                if (!$util.isString(m.state))
                    return "state: string expected";
            }
            if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion")) {
                if (!$util.isString(m.softwareVersion))
                    return "softwareVersion: string expected";
            }
            if (m.multiaddrs != null && $Object.hasOwnProperty.call(m, "multiaddrs")) {
                if (!$Array.isArray(m.multiaddrs))
                    return "multiaddrs: array expected";
                for (var i = 0; i < m.multiaddrs.length; ++i) {
                    if (!$util.isString(m.multiaddrs[i]))
                        return "multiaddrs: string[] expected";
                }
            }
            if (m.badFrames != null && $Object.hasOwnProperty.call(m, "badFrames")) {
                if (!$util.isInteger(m.badFrames) && !(m.badFrames && $util.isInteger(m.badFrames.low) && $util.isInteger(m.badFrames.high)))
                    return "badFrames: integer|Long expected";
            }
            if (m.bytesOut != null && $Object.hasOwnProperty.call(m, "bytesOut")) {
                if (!$util.isInteger(m.bytesOut) && !(m.bytesOut && $util.isInteger(m.bytesOut.low) && $util.isInteger(m.bytesOut.high)))
                    return "bytesOut: integer|Long expected";
            }
            if (m.bytesIn != null && $Object.hasOwnProperty.call(m, "bytesIn")) {
                if (!$util.isInteger(m.bytesIn) && !(m.bytesIn && $util.isInteger(m.bytesIn.low) && $util.isInteger(m.bytesIn.high)))
                    return "bytesIn: integer|Long expected";
            }
            if (m.joinedAtMs != null && $Object.hasOwnProperty.call(m, "joinedAtMs")) {
                if (!$util.isInteger(m.joinedAtMs) && !(m.joinedAtMs && $util.isInteger(m.joinedAtMs.low) && $util.isInteger(m.joinedAtMs.high)))
                    return "joinedAtMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a WorkerInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.WorkerInfo
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.WorkerInfo} WorkerInfo
         */
        WorkerInfo.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.WorkerInfo)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.WorkerInfo: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.WorkerInfo();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.workerId != null) {
                if (typeof d.workerId !== "string" || d.workerId.length) {
                    m.workerId = $String(d.workerId);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.deviceKind != null) {
                if (typeof d.deviceKind !== "string" || d.deviceKind.length) {
                    m.deviceKind = $String(d.deviceKind);
                }
            }
            if (d.deviceName != null) {
                if (typeof d.deviceName !== "string" || d.deviceName.length) {
                    m.deviceName = $String(d.deviceName);
                }
            }
            if (d.deviceMemoryBytes != null) {
                if (typeof d.deviceMemoryBytes === "object" ? d.deviceMemoryBytes.low || d.deviceMemoryBytes.high : $Number(d.deviceMemoryBytes) !== 0) {
                    if ($util.Long)
                        m.deviceMemoryBytes = $util.Long.fromValue(d.deviceMemoryBytes, true);
                    else if (typeof d.deviceMemoryBytes === "string")
                        m.deviceMemoryBytes = $parseInt(d.deviceMemoryBytes, 10);
                    else if (typeof d.deviceMemoryBytes === "number")
                        m.deviceMemoryBytes = d.deviceMemoryBytes;
                    else if (typeof d.deviceMemoryBytes === "object")
                        m.deviceMemoryBytes = new $util.LongBits(d.deviceMemoryBytes.low >>> 0, d.deviceMemoryBytes.high >>> 0).toNumber(true);
                }
            }
            if (d.layerSecondsFwdBwd != null) {
                if (!$Object.is($Number(d.layerSecondsFwdBwd), 0)) {
                    m.layerSecondsFwdBwd = $Number(d.layerSecondsFwdBwd);
                }
            }
            if (d.assigned != null) {
                if (d.assigned) {
                    m.assigned = $Boolean(d.assigned);
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
            if (d.layerStart != null) {
                if ($Number(d.layerStart) !== 0) {
                    m.layerStart = d.layerStart >>> 0;
                }
            }
            if (d.layerEnd != null) {
                if ($Number(d.layerEnd) !== 0) {
                    m.layerEnd = d.layerEnd >>> 0;
                }
            }
            if (d.reachability != null) {
                if (typeof d.reachability !== "string" || d.reachability.length) {
                    m.reachability = $String(d.reachability);
                }
            }
            if (d.links) {
                if (!$Array.isArray(d.links))
                    throw $TypeError(".tandem_admin.WorkerInfo.links: array expected");
                m.links = $Array(d.links.length);
                for (var i = 0; i < d.links.length; ++i) {
                    if (!$util.isObject(d.links[i]))
                        throw $TypeError(".tandem_admin.WorkerInfo.links: object expected");
                    m.links[i] = $root.tandem_admin.Link.fromObject(d.links[i], q + 1);
                }
            }
            if (d.stepMs != null) {
                if (!$Object.is($Number(d.stepMs), 0)) {
                    m.stepMs = $Number(d.stepMs);
                }
            }
            if (d.stragglerRank != null) {
                if ($Number(d.stragglerRank) !== 0) {
                    m.stragglerRank = d.stragglerRank >>> 0;
                }
            }
            if (d.lastSeenAtMs != null) {
                if (typeof d.lastSeenAtMs === "object" ? d.lastSeenAtMs.low || d.lastSeenAtMs.high : $Number(d.lastSeenAtMs) !== 0) {
                    if ($util.Long)
                        m.lastSeenAtMs = $util.Long.fromValue(d.lastSeenAtMs, true);
                    else if (typeof d.lastSeenAtMs === "string")
                        m.lastSeenAtMs = $parseInt(d.lastSeenAtMs, 10);
                    else if (typeof d.lastSeenAtMs === "number")
                        m.lastSeenAtMs = d.lastSeenAtMs;
                    else if (typeof d.lastSeenAtMs === "object")
                        m.lastSeenAtMs = new $util.LongBits(d.lastSeenAtMs.low >>> 0, d.lastSeenAtMs.high >>> 0).toNumber(true);
                }
            }
            if (d.state != null) {
                if (typeof d.state !== "string" || d.state.length) {
                    m.state = $String(d.state);
                }
            }
            if (d.softwareVersion != null) {
                if (typeof d.softwareVersion !== "string" || d.softwareVersion.length) {
                    m.softwareVersion = $String(d.softwareVersion);
                }
            }
            if (d.multiaddrs) {
                if (!$Array.isArray(d.multiaddrs))
                    throw $TypeError(".tandem_admin.WorkerInfo.multiaddrs: array expected");
                m.multiaddrs = $Array(d.multiaddrs.length);
                for (var i = 0; i < d.multiaddrs.length; ++i) {
                    m.multiaddrs[i] = $String(d.multiaddrs[i]);
                }
            }
            if (d.badFrames != null) {
                if (typeof d.badFrames === "object" ? d.badFrames.low || d.badFrames.high : $Number(d.badFrames) !== 0) {
                    if ($util.Long)
                        m.badFrames = $util.Long.fromValue(d.badFrames, true);
                    else if (typeof d.badFrames === "string")
                        m.badFrames = $parseInt(d.badFrames, 10);
                    else if (typeof d.badFrames === "number")
                        m.badFrames = d.badFrames;
                    else if (typeof d.badFrames === "object")
                        m.badFrames = new $util.LongBits(d.badFrames.low >>> 0, d.badFrames.high >>> 0).toNumber(true);
                }
            }
            if (d.bytesOut != null) {
                if (typeof d.bytesOut === "object" ? d.bytesOut.low || d.bytesOut.high : $Number(d.bytesOut) !== 0) {
                    if ($util.Long)
                        m.bytesOut = $util.Long.fromValue(d.bytesOut, true);
                    else if (typeof d.bytesOut === "string")
                        m.bytesOut = $parseInt(d.bytesOut, 10);
                    else if (typeof d.bytesOut === "number")
                        m.bytesOut = d.bytesOut;
                    else if (typeof d.bytesOut === "object")
                        m.bytesOut = new $util.LongBits(d.bytesOut.low >>> 0, d.bytesOut.high >>> 0).toNumber(true);
                }
            }
            if (d.bytesIn != null) {
                if (typeof d.bytesIn === "object" ? d.bytesIn.low || d.bytesIn.high : $Number(d.bytesIn) !== 0) {
                    if ($util.Long)
                        m.bytesIn = $util.Long.fromValue(d.bytesIn, true);
                    else if (typeof d.bytesIn === "string")
                        m.bytesIn = $parseInt(d.bytesIn, 10);
                    else if (typeof d.bytesIn === "number")
                        m.bytesIn = d.bytesIn;
                    else if (typeof d.bytesIn === "object")
                        m.bytesIn = new $util.LongBits(d.bytesIn.low >>> 0, d.bytesIn.high >>> 0).toNumber(true);
                }
            }
            if (d.joinedAtMs != null) {
                if (typeof d.joinedAtMs === "object" ? d.joinedAtMs.low || d.joinedAtMs.high : $Number(d.joinedAtMs) !== 0) {
                    if ($util.Long)
                        m.joinedAtMs = $util.Long.fromValue(d.joinedAtMs, true);
                    else if (typeof d.joinedAtMs === "string")
                        m.joinedAtMs = $parseInt(d.joinedAtMs, 10);
                    else if (typeof d.joinedAtMs === "number")
                        m.joinedAtMs = d.joinedAtMs;
                    else if (typeof d.joinedAtMs === "object")
                        m.joinedAtMs = new $util.LongBits(d.joinedAtMs.low >>> 0, d.joinedAtMs.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a WorkerInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.WorkerInfo
         * @static
         * @param {tandem_admin.WorkerInfo} m WorkerInfo
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkerInfo.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.links = [];
                d.multiaddrs = [];
            }
            if (o.defaults) {
                d.peerId = "";
                d.workerId = "";
                d.name = "";
                d.deviceKind = "";
                d.deviceName = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.deviceMemoryBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.deviceMemoryBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.layerSecondsFwdBwd = 0;
                d.assigned = false;
                d.stageIndex = 0;
                d.replicaIndex = 0;
                d.layerStart = 0;
                d.layerEnd = 0;
                d.reachability = "";
                d.stepMs = 0;
                d.stragglerRank = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.lastSeenAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lastSeenAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.state = "";
                d.softwareVersion = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.badFrames = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.badFrames = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesOut = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesOut = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesIn = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesIn = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.joinedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.joinedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.workerId != null && $Object.hasOwnProperty.call(m, "workerId")) {
                d.workerId = m.workerId;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.deviceKind != null && $Object.hasOwnProperty.call(m, "deviceKind")) {
                d.deviceKind = m.deviceKind;
            }
            if (m.deviceName != null && $Object.hasOwnProperty.call(m, "deviceName")) {
                d.deviceName = m.deviceName;
            }
            if (m.deviceMemoryBytes != null && $Object.hasOwnProperty.call(m, "deviceMemoryBytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.deviceMemoryBytes = typeof m.deviceMemoryBytes === "number" ? $BigInt(m.deviceMemoryBytes) : $util.Long.fromBits(m.deviceMemoryBytes.low >>> 0, m.deviceMemoryBytes.high >>> 0, true).toBigInt();
                else if (typeof m.deviceMemoryBytes === "number")
                    d.deviceMemoryBytes = o.longs === $String ? $String(m.deviceMemoryBytes) : m.deviceMemoryBytes;
                else
                    d.deviceMemoryBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.deviceMemoryBytes) : o.longs === $Number ? new $util.LongBits(m.deviceMemoryBytes.low >>> 0, m.deviceMemoryBytes.high >>> 0).toNumber(true) : m.deviceMemoryBytes;
            }
            if (m.layerSecondsFwdBwd != null && $Object.hasOwnProperty.call(m, "layerSecondsFwdBwd")) {
                d.layerSecondsFwdBwd = o.json && !$isFinite(m.layerSecondsFwdBwd) ? $String(m.layerSecondsFwdBwd) : m.layerSecondsFwdBwd;
            }
            if (m.assigned != null && $Object.hasOwnProperty.call(m, "assigned")) {
                d.assigned = m.assigned;
            }
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex")) {
                d.stageIndex = m.stageIndex;
            }
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex")) {
                d.replicaIndex = m.replicaIndex;
            }
            if (m.layerStart != null && $Object.hasOwnProperty.call(m, "layerStart")) {
                d.layerStart = m.layerStart;
            }
            if (m.layerEnd != null && $Object.hasOwnProperty.call(m, "layerEnd")) {
                d.layerEnd = m.layerEnd;
            }
            if (m.reachability != null && $Object.hasOwnProperty.call(m, "reachability")) {
                d.reachability = m.reachability;
            }
            if (m.links && m.links.length) {
                d.links = $Array(m.links.length);
                for (var j = 0; j < m.links.length; ++j) {
                    d.links[j] = $root.tandem_admin.Link.toObject(m.links[j], o, q + 1);
                }
            }
            if (m.stepMs != null && $Object.hasOwnProperty.call(m, "stepMs")) {
                d.stepMs = o.json && !$isFinite(m.stepMs) ? $String(m.stepMs) : m.stepMs;
            }
            if (m.stragglerRank != null && $Object.hasOwnProperty.call(m, "stragglerRank")) {
                d.stragglerRank = m.stragglerRank;
            }
            if (m.lastSeenAtMs != null && $Object.hasOwnProperty.call(m, "lastSeenAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lastSeenAtMs = typeof m.lastSeenAtMs === "number" ? $BigInt(m.lastSeenAtMs) : $util.Long.fromBits(m.lastSeenAtMs.low >>> 0, m.lastSeenAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.lastSeenAtMs === "number")
                    d.lastSeenAtMs = o.longs === $String ? $String(m.lastSeenAtMs) : m.lastSeenAtMs;
                else
                    d.lastSeenAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSeenAtMs) : o.longs === $Number ? new $util.LongBits(m.lastSeenAtMs.low >>> 0, m.lastSeenAtMs.high >>> 0).toNumber(true) : m.lastSeenAtMs;
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = m.state;
            }
            if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion")) {
                d.softwareVersion = m.softwareVersion;
            }
            if (m.multiaddrs && m.multiaddrs.length) {
                d.multiaddrs = $Array(m.multiaddrs.length);
                for (var j = 0; j < m.multiaddrs.length; ++j) {
                    d.multiaddrs[j] = m.multiaddrs[j];
                }
            }
            if (m.badFrames != null && $Object.hasOwnProperty.call(m, "badFrames")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.badFrames = typeof m.badFrames === "number" ? $BigInt(m.badFrames) : $util.Long.fromBits(m.badFrames.low >>> 0, m.badFrames.high >>> 0, true).toBigInt();
                else if (typeof m.badFrames === "number")
                    d.badFrames = o.longs === $String ? $String(m.badFrames) : m.badFrames;
                else
                    d.badFrames = o.longs === $String ? $util.Long.prototype.toString.call(m.badFrames) : o.longs === $Number ? new $util.LongBits(m.badFrames.low >>> 0, m.badFrames.high >>> 0).toNumber(true) : m.badFrames;
            }
            if (m.bytesOut != null && $Object.hasOwnProperty.call(m, "bytesOut")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesOut = typeof m.bytesOut === "number" ? $BigInt(m.bytesOut) : $util.Long.fromBits(m.bytesOut.low >>> 0, m.bytesOut.high >>> 0, true).toBigInt();
                else if (typeof m.bytesOut === "number")
                    d.bytesOut = o.longs === $String ? $String(m.bytesOut) : m.bytesOut;
                else
                    d.bytesOut = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesOut) : o.longs === $Number ? new $util.LongBits(m.bytesOut.low >>> 0, m.bytesOut.high >>> 0).toNumber(true) : m.bytesOut;
            }
            if (m.bytesIn != null && $Object.hasOwnProperty.call(m, "bytesIn")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesIn = typeof m.bytesIn === "number" ? $BigInt(m.bytesIn) : $util.Long.fromBits(m.bytesIn.low >>> 0, m.bytesIn.high >>> 0, true).toBigInt();
                else if (typeof m.bytesIn === "number")
                    d.bytesIn = o.longs === $String ? $String(m.bytesIn) : m.bytesIn;
                else
                    d.bytesIn = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesIn) : o.longs === $Number ? new $util.LongBits(m.bytesIn.low >>> 0, m.bytesIn.high >>> 0).toNumber(true) : m.bytesIn;
            }
            if (m.joinedAtMs != null && $Object.hasOwnProperty.call(m, "joinedAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.joinedAtMs = typeof m.joinedAtMs === "number" ? $BigInt(m.joinedAtMs) : $util.Long.fromBits(m.joinedAtMs.low >>> 0, m.joinedAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.joinedAtMs === "number")
                    d.joinedAtMs = o.longs === $String ? $String(m.joinedAtMs) : m.joinedAtMs;
                else
                    d.joinedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.joinedAtMs) : o.longs === $Number ? new $util.LongBits(m.joinedAtMs.low >>> 0, m.joinedAtMs.high >>> 0).toNumber(true) : m.joinedAtMs;
            }
            return d;
        };

        /**
         * Converts this WorkerInfo to JSON.
         * @function toJSON
         * @memberof tandem_admin.WorkerInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkerInfo.prototype.toJSON = function() {
            return WorkerInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WorkerInfo
         * @function getTypeUrl
         * @memberof tandem_admin.WorkerInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WorkerInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.WorkerInfo";
        };

        return WorkerInfo;
    })();

    tandem_admin.WorkersAnswer = (function() {

        /**
         * Properties of a WorkersAnswer.
         * @typedef {Object} tandem_admin.WorkersAnswer.$Properties
         * @property {Array.<tandem_admin.WorkerInfo.$Properties>|null} [workers] WorkersAnswer workers
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkersAnswer.
         * @memberof tandem_admin
         * @interface IWorkersAnswer
         * @augments tandem_admin.WorkersAnswer.$Properties
         * @deprecated Use tandem_admin.WorkersAnswer.$Properties instead.
         */

        /**
         * Shape of a WorkersAnswer.
         * @typedef {tandem_admin.WorkersAnswer.$Properties} tandem_admin.WorkersAnswer.$Shape
         */

        /**
         * Constructs a new WorkersAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a WorkersAnswer.
         * @constructor
         * @param {tandem_admin.WorkersAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkersAnswer = function (p) {
            this.workers = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * WorkersAnswer workers.
         * @member {Array.<tandem_admin.WorkerInfo.$Properties>} workers
         * @memberof tandem_admin.WorkersAnswer
         * @instance
         */
        WorkersAnswer.prototype.workers = $util.emptyArray;

        /**
         * Creates a new WorkersAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.WorkersAnswer
         * @static
         * @param {tandem_admin.WorkersAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.WorkersAnswer} WorkersAnswer instance
         * @type {{
         *   (properties: tandem_admin.WorkersAnswer.$Shape): tandem_admin.WorkersAnswer & tandem_admin.WorkersAnswer.$Shape;
         *   (properties?: tandem_admin.WorkersAnswer.$Properties): tandem_admin.WorkersAnswer;
         * }}
         */
        WorkersAnswer.create = function(properties) {
            return new WorkersAnswer(properties);
        };

        /**
         * Encodes the specified WorkersAnswer message. Does not implicitly {@link tandem_admin.WorkersAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.WorkersAnswer
         * @static
         * @param {tandem_admin.WorkersAnswer.$Properties} m WorkersAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkersAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.workers != null && m.workers.length) {
                for (var i = 0; i < m.workers.length; ++i)
                    $root.tandem_admin.WorkerInfo.encode(m.workers[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified WorkersAnswer message, length delimited. Does not implicitly {@link tandem_admin.WorkersAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.WorkersAnswer
         * @static
         * @param {tandem_admin.WorkersAnswer.$Properties} message WorkersAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkersAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WorkersAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.WorkersAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.WorkersAnswer & tandem_admin.WorkersAnswer.$Shape} WorkersAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkersAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.WorkersAnswer();
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
                        if (!(m.workers && m.workers.length))
                            m.workers = [];
                        m.workers.push($root.tandem_admin.WorkerInfo.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a WorkersAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.WorkersAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.WorkersAnswer & tandem_admin.WorkersAnswer.$Shape} WorkersAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkersAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WorkersAnswer message.
         * @function verify
         * @memberof tandem_admin.WorkersAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WorkersAnswer.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.workers != null && $Object.hasOwnProperty.call(m, "workers")) {
                if (!$Array.isArray(m.workers))
                    return "workers: array expected";
                for (var i = 0; i < m.workers.length; ++i) {
                    {
                        var e = $root.tandem_admin.WorkerInfo.verify(m.workers[i], q + 1);
                        if (e)
                            return "workers." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a WorkersAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.WorkersAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.WorkersAnswer} WorkersAnswer
         */
        WorkersAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.WorkersAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.WorkersAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.WorkersAnswer();
            if (d.workers) {
                if (!$Array.isArray(d.workers))
                    throw $TypeError(".tandem_admin.WorkersAnswer.workers: array expected");
                m.workers = $Array(d.workers.length);
                for (var i = 0; i < d.workers.length; ++i) {
                    if (!$util.isObject(d.workers[i]))
                        throw $TypeError(".tandem_admin.WorkersAnswer.workers: object expected");
                    m.workers[i] = $root.tandem_admin.WorkerInfo.fromObject(d.workers[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a WorkersAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.WorkersAnswer
         * @static
         * @param {tandem_admin.WorkersAnswer} m WorkersAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkersAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.workers = [];
            }
            if (m.workers && m.workers.length) {
                d.workers = $Array(m.workers.length);
                for (var j = 0; j < m.workers.length; ++j) {
                    d.workers[j] = $root.tandem_admin.WorkerInfo.toObject(m.workers[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this WorkersAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.WorkersAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkersAnswer.prototype.toJSON = function() {
            return WorkersAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WorkersAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.WorkersAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WorkersAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.WorkersAnswer";
        };

        return WorkersAnswer;
    })();

    tandem_admin.PlanCell = (function() {

        /**
         * Properties of a PlanCell.
         * @typedef {Object} tandem_admin.PlanCell.$Properties
         * @property {number|null} [stageIndex] PlanCell stageIndex
         * @property {number|null} [replicaIndex] PlanCell replicaIndex
         * @property {string|null} [peerId] PlanCell peerId
         * @property {number|null} [layerStart] PlanCell layerStart
         * @property {number|null} [layerEnd] PlanCell layerEnd
         * @property {number|null} [predictedComputeMs] PlanCell predictedComputeMs
         * @property {number|null} [measuredStepMs] PlanCell measuredStepMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlanCell.
         * @memberof tandem_admin
         * @interface IPlanCell
         * @augments tandem_admin.PlanCell.$Properties
         * @deprecated Use tandem_admin.PlanCell.$Properties instead.
         */

        /**
         * Shape of a PlanCell.
         * @typedef {tandem_admin.PlanCell.$Properties} tandem_admin.PlanCell.$Shape
         */

        /**
         * Constructs a new PlanCell.
         * @memberof tandem_admin
         * @classdesc Represents a PlanCell.
         * @constructor
         * @param {tandem_admin.PlanCell.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlanCell = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PlanCell stageIndex.
         * @member {number} stageIndex
         * @memberof tandem_admin.PlanCell
         * @instance
         */
        PlanCell.prototype.stageIndex = 0;

        /**
         * PlanCell replicaIndex.
         * @member {number} replicaIndex
         * @memberof tandem_admin.PlanCell
         * @instance
         */
        PlanCell.prototype.replicaIndex = 0;

        /**
         * PlanCell peerId.
         * @member {string} peerId
         * @memberof tandem_admin.PlanCell
         * @instance
         */
        PlanCell.prototype.peerId = "";

        /**
         * PlanCell layerStart.
         * @member {number} layerStart
         * @memberof tandem_admin.PlanCell
         * @instance
         */
        PlanCell.prototype.layerStart = 0;

        /**
         * PlanCell layerEnd.
         * @member {number} layerEnd
         * @memberof tandem_admin.PlanCell
         * @instance
         */
        PlanCell.prototype.layerEnd = 0;

        /**
         * PlanCell predictedComputeMs.
         * @member {number} predictedComputeMs
         * @memberof tandem_admin.PlanCell
         * @instance
         */
        PlanCell.prototype.predictedComputeMs = 0;

        /**
         * PlanCell measuredStepMs.
         * @member {number} measuredStepMs
         * @memberof tandem_admin.PlanCell
         * @instance
         */
        PlanCell.prototype.measuredStepMs = 0;

        /**
         * Creates a new PlanCell instance using the specified properties.
         * @function create
         * @memberof tandem_admin.PlanCell
         * @static
         * @param {tandem_admin.PlanCell.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.PlanCell} PlanCell instance
         * @type {{
         *   (properties: tandem_admin.PlanCell.$Shape): tandem_admin.PlanCell & tandem_admin.PlanCell.$Shape;
         *   (properties?: tandem_admin.PlanCell.$Properties): tandem_admin.PlanCell;
         * }}
         */
        PlanCell.create = function(properties) {
            return new PlanCell(properties);
        };

        /**
         * Encodes the specified PlanCell message. Does not implicitly {@link tandem_admin.PlanCell.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.PlanCell
         * @static
         * @param {tandem_admin.PlanCell.$Properties} m PlanCell message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanCell.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex") && m.stageIndex !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.stageIndex);
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex") && m.replicaIndex !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.replicaIndex);
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.peerId);
            if (m.layerStart != null && $Object.hasOwnProperty.call(m, "layerStart") && m.layerStart !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.layerStart);
            if (m.layerEnd != null && $Object.hasOwnProperty.call(m, "layerEnd") && m.layerEnd !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.layerEnd);
            if (m.predictedComputeMs != null && $Object.hasOwnProperty.call(m, "predictedComputeMs") && !$Object.is(m.predictedComputeMs, 0))
                w.uint32(/* id 6, wireType 1 =*/49).double(m.predictedComputeMs);
            if (m.measuredStepMs != null && $Object.hasOwnProperty.call(m, "measuredStepMs") && !$Object.is(m.measuredStepMs, 0))
                w.uint32(/* id 7, wireType 1 =*/57).double(m.measuredStepMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PlanCell message, length delimited. Does not implicitly {@link tandem_admin.PlanCell.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.PlanCell
         * @static
         * @param {tandem_admin.PlanCell.$Properties} message PlanCell message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanCell.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlanCell message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.PlanCell
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.PlanCell & tandem_admin.PlanCell.$Shape} PlanCell
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanCell.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.PlanCell();
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
                            m.stageIndex = v;
                        else
                            delete m.stageIndex;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.replicaIndex = v;
                        else
                            delete m.replicaIndex;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.layerStart = v;
                        else
                            delete m.layerStart;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.layerEnd = v;
                        else
                            delete m.layerEnd;
                        continue;
                    }
                case 6: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.predictedComputeMs = v;
                        else
                            delete m.predictedComputeMs;
                        continue;
                    }
                case 7: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.measuredStepMs = v;
                        else
                            delete m.measuredStepMs;
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
         * Decodes a PlanCell message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.PlanCell
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.PlanCell & tandem_admin.PlanCell.$Shape} PlanCell
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanCell.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PlanCell message.
         * @function verify
         * @memberof tandem_admin.PlanCell
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlanCell.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex")) {
                if (!$util.isInteger(m.stageIndex))
                    return "stageIndex: integer expected";
            }
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex")) {
                if (!$util.isInteger(m.replicaIndex))
                    return "replicaIndex: integer expected";
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.layerStart != null && $Object.hasOwnProperty.call(m, "layerStart")) {
                if (!$util.isInteger(m.layerStart))
                    return "layerStart: integer expected";
            }
            if (m.layerEnd != null && $Object.hasOwnProperty.call(m, "layerEnd")) {
                if (!$util.isInteger(m.layerEnd))
                    return "layerEnd: integer expected";
            }
            if (m.predictedComputeMs != null && $Object.hasOwnProperty.call(m, "predictedComputeMs")) {
                if (typeof m.predictedComputeMs !== "number")
                    return "predictedComputeMs: number expected";
            }
            if (m.measuredStepMs != null && $Object.hasOwnProperty.call(m, "measuredStepMs")) {
                if (typeof m.measuredStepMs !== "number")
                    return "measuredStepMs: number expected";
            }
            return null;
        };

        /**
         * Creates a PlanCell message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.PlanCell
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.PlanCell} PlanCell
         */
        PlanCell.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.PlanCell)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.PlanCell: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.PlanCell();
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
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.layerStart != null) {
                if ($Number(d.layerStart) !== 0) {
                    m.layerStart = d.layerStart >>> 0;
                }
            }
            if (d.layerEnd != null) {
                if ($Number(d.layerEnd) !== 0) {
                    m.layerEnd = d.layerEnd >>> 0;
                }
            }
            if (d.predictedComputeMs != null) {
                if (!$Object.is($Number(d.predictedComputeMs), 0)) {
                    m.predictedComputeMs = $Number(d.predictedComputeMs);
                }
            }
            if (d.measuredStepMs != null) {
                if (!$Object.is($Number(d.measuredStepMs), 0)) {
                    m.measuredStepMs = $Number(d.measuredStepMs);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PlanCell message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.PlanCell
         * @static
         * @param {tandem_admin.PlanCell} m PlanCell
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlanCell.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.stageIndex = 0;
                d.replicaIndex = 0;
                d.peerId = "";
                d.layerStart = 0;
                d.layerEnd = 0;
                d.predictedComputeMs = 0;
                d.measuredStepMs = 0;
            }
            if (m.stageIndex != null && $Object.hasOwnProperty.call(m, "stageIndex")) {
                d.stageIndex = m.stageIndex;
            }
            if (m.replicaIndex != null && $Object.hasOwnProperty.call(m, "replicaIndex")) {
                d.replicaIndex = m.replicaIndex;
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.layerStart != null && $Object.hasOwnProperty.call(m, "layerStart")) {
                d.layerStart = m.layerStart;
            }
            if (m.layerEnd != null && $Object.hasOwnProperty.call(m, "layerEnd")) {
                d.layerEnd = m.layerEnd;
            }
            if (m.predictedComputeMs != null && $Object.hasOwnProperty.call(m, "predictedComputeMs")) {
                d.predictedComputeMs = o.json && !$isFinite(m.predictedComputeMs) ? $String(m.predictedComputeMs) : m.predictedComputeMs;
            }
            if (m.measuredStepMs != null && $Object.hasOwnProperty.call(m, "measuredStepMs")) {
                d.measuredStepMs = o.json && !$isFinite(m.measuredStepMs) ? $String(m.measuredStepMs) : m.measuredStepMs;
            }
            return d;
        };

        /**
         * Converts this PlanCell to JSON.
         * @function toJSON
         * @memberof tandem_admin.PlanCell
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlanCell.prototype.toJSON = function() {
            return PlanCell.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlanCell
         * @function getTypeUrl
         * @memberof tandem_admin.PlanCell
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlanCell.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.PlanCell";
        };

        return PlanCell;
    })();

    tandem_admin.StepBreakdown = (function() {

        /**
         * Properties of a StepBreakdown.
         * @typedef {Object} tandem_admin.StepBreakdown.$Properties
         * @property {number|null} [computeMs] StepBreakdown computeMs
         * @property {number|null} [pipelineTransferMs] StepBreakdown pipelineTransferMs
         * @property {number|null} [bubbleMs] StepBreakdown bubbleMs
         * @property {number|null} [dataParallelSyncMs] StepBreakdown dataParallelSyncMs
         * @property {number|null} [totalMs] StepBreakdown totalMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StepBreakdown.
         * @memberof tandem_admin
         * @interface IStepBreakdown
         * @augments tandem_admin.StepBreakdown.$Properties
         * @deprecated Use tandem_admin.StepBreakdown.$Properties instead.
         */

        /**
         * Shape of a StepBreakdown.
         * @typedef {tandem_admin.StepBreakdown.$Properties} tandem_admin.StepBreakdown.$Shape
         */

        /**
         * Constructs a new StepBreakdown.
         * @memberof tandem_admin
         * @classdesc Represents a StepBreakdown.
         * @constructor
         * @param {tandem_admin.StepBreakdown.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StepBreakdown = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StepBreakdown computeMs.
         * @member {number} computeMs
         * @memberof tandem_admin.StepBreakdown
         * @instance
         */
        StepBreakdown.prototype.computeMs = 0;

        /**
         * StepBreakdown pipelineTransferMs.
         * @member {number} pipelineTransferMs
         * @memberof tandem_admin.StepBreakdown
         * @instance
         */
        StepBreakdown.prototype.pipelineTransferMs = 0;

        /**
         * StepBreakdown bubbleMs.
         * @member {number} bubbleMs
         * @memberof tandem_admin.StepBreakdown
         * @instance
         */
        StepBreakdown.prototype.bubbleMs = 0;

        /**
         * StepBreakdown dataParallelSyncMs.
         * @member {number} dataParallelSyncMs
         * @memberof tandem_admin.StepBreakdown
         * @instance
         */
        StepBreakdown.prototype.dataParallelSyncMs = 0;

        /**
         * StepBreakdown totalMs.
         * @member {number} totalMs
         * @memberof tandem_admin.StepBreakdown
         * @instance
         */
        StepBreakdown.prototype.totalMs = 0;

        /**
         * Creates a new StepBreakdown instance using the specified properties.
         * @function create
         * @memberof tandem_admin.StepBreakdown
         * @static
         * @param {tandem_admin.StepBreakdown.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.StepBreakdown} StepBreakdown instance
         * @type {{
         *   (properties: tandem_admin.StepBreakdown.$Shape): tandem_admin.StepBreakdown & tandem_admin.StepBreakdown.$Shape;
         *   (properties?: tandem_admin.StepBreakdown.$Properties): tandem_admin.StepBreakdown;
         * }}
         */
        StepBreakdown.create = function(properties) {
            return new StepBreakdown(properties);
        };

        /**
         * Encodes the specified StepBreakdown message. Does not implicitly {@link tandem_admin.StepBreakdown.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.StepBreakdown
         * @static
         * @param {tandem_admin.StepBreakdown.$Properties} m StepBreakdown message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StepBreakdown.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.computeMs != null && $Object.hasOwnProperty.call(m, "computeMs") && !$Object.is(m.computeMs, 0))
                w.uint32(/* id 1, wireType 1 =*/9).double(m.computeMs);
            if (m.pipelineTransferMs != null && $Object.hasOwnProperty.call(m, "pipelineTransferMs") && !$Object.is(m.pipelineTransferMs, 0))
                w.uint32(/* id 2, wireType 1 =*/17).double(m.pipelineTransferMs);
            if (m.bubbleMs != null && $Object.hasOwnProperty.call(m, "bubbleMs") && !$Object.is(m.bubbleMs, 0))
                w.uint32(/* id 3, wireType 1 =*/25).double(m.bubbleMs);
            if (m.dataParallelSyncMs != null && $Object.hasOwnProperty.call(m, "dataParallelSyncMs") && !$Object.is(m.dataParallelSyncMs, 0))
                w.uint32(/* id 4, wireType 1 =*/33).double(m.dataParallelSyncMs);
            if (m.totalMs != null && $Object.hasOwnProperty.call(m, "totalMs") && !$Object.is(m.totalMs, 0))
                w.uint32(/* id 5, wireType 1 =*/41).double(m.totalMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified StepBreakdown message, length delimited. Does not implicitly {@link tandem_admin.StepBreakdown.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.StepBreakdown
         * @static
         * @param {tandem_admin.StepBreakdown.$Properties} message StepBreakdown message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StepBreakdown.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StepBreakdown message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.StepBreakdown
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.StepBreakdown & tandem_admin.StepBreakdown.$Shape} StepBreakdown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StepBreakdown.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.StepBreakdown();
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
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.computeMs = v;
                        else
                            delete m.computeMs;
                        continue;
                    }
                case 2: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.pipelineTransferMs = v;
                        else
                            delete m.pipelineTransferMs;
                        continue;
                    }
                case 3: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.bubbleMs = v;
                        else
                            delete m.bubbleMs;
                        continue;
                    }
                case 4: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.dataParallelSyncMs = v;
                        else
                            delete m.dataParallelSyncMs;
                        continue;
                    }
                case 5: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.totalMs = v;
                        else
                            delete m.totalMs;
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
         * Decodes a StepBreakdown message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.StepBreakdown
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.StepBreakdown & tandem_admin.StepBreakdown.$Shape} StepBreakdown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StepBreakdown.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StepBreakdown message.
         * @function verify
         * @memberof tandem_admin.StepBreakdown
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StepBreakdown.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.computeMs != null && $Object.hasOwnProperty.call(m, "computeMs")) {
                if (typeof m.computeMs !== "number")
                    return "computeMs: number expected";
            }
            if (m.pipelineTransferMs != null && $Object.hasOwnProperty.call(m, "pipelineTransferMs")) {
                if (typeof m.pipelineTransferMs !== "number")
                    return "pipelineTransferMs: number expected";
            }
            if (m.bubbleMs != null && $Object.hasOwnProperty.call(m, "bubbleMs")) {
                if (typeof m.bubbleMs !== "number")
                    return "bubbleMs: number expected";
            }
            if (m.dataParallelSyncMs != null && $Object.hasOwnProperty.call(m, "dataParallelSyncMs")) {
                if (typeof m.dataParallelSyncMs !== "number")
                    return "dataParallelSyncMs: number expected";
            }
            if (m.totalMs != null && $Object.hasOwnProperty.call(m, "totalMs")) {
                if (typeof m.totalMs !== "number")
                    return "totalMs: number expected";
            }
            return null;
        };

        /**
         * Creates a StepBreakdown message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.StepBreakdown
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.StepBreakdown} StepBreakdown
         */
        StepBreakdown.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.StepBreakdown)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.StepBreakdown: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.StepBreakdown();
            if (d.computeMs != null) {
                if (!$Object.is($Number(d.computeMs), 0)) {
                    m.computeMs = $Number(d.computeMs);
                }
            }
            if (d.pipelineTransferMs != null) {
                if (!$Object.is($Number(d.pipelineTransferMs), 0)) {
                    m.pipelineTransferMs = $Number(d.pipelineTransferMs);
                }
            }
            if (d.bubbleMs != null) {
                if (!$Object.is($Number(d.bubbleMs), 0)) {
                    m.bubbleMs = $Number(d.bubbleMs);
                }
            }
            if (d.dataParallelSyncMs != null) {
                if (!$Object.is($Number(d.dataParallelSyncMs), 0)) {
                    m.dataParallelSyncMs = $Number(d.dataParallelSyncMs);
                }
            }
            if (d.totalMs != null) {
                if (!$Object.is($Number(d.totalMs), 0)) {
                    m.totalMs = $Number(d.totalMs);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a StepBreakdown message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.StepBreakdown
         * @static
         * @param {tandem_admin.StepBreakdown} m StepBreakdown
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StepBreakdown.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.computeMs = 0;
                d.pipelineTransferMs = 0;
                d.bubbleMs = 0;
                d.dataParallelSyncMs = 0;
                d.totalMs = 0;
            }
            if (m.computeMs != null && $Object.hasOwnProperty.call(m, "computeMs")) {
                d.computeMs = o.json && !$isFinite(m.computeMs) ? $String(m.computeMs) : m.computeMs;
            }
            if (m.pipelineTransferMs != null && $Object.hasOwnProperty.call(m, "pipelineTransferMs")) {
                d.pipelineTransferMs = o.json && !$isFinite(m.pipelineTransferMs) ? $String(m.pipelineTransferMs) : m.pipelineTransferMs;
            }
            if (m.bubbleMs != null && $Object.hasOwnProperty.call(m, "bubbleMs")) {
                d.bubbleMs = o.json && !$isFinite(m.bubbleMs) ? $String(m.bubbleMs) : m.bubbleMs;
            }
            if (m.dataParallelSyncMs != null && $Object.hasOwnProperty.call(m, "dataParallelSyncMs")) {
                d.dataParallelSyncMs = o.json && !$isFinite(m.dataParallelSyncMs) ? $String(m.dataParallelSyncMs) : m.dataParallelSyncMs;
            }
            if (m.totalMs != null && $Object.hasOwnProperty.call(m, "totalMs")) {
                d.totalMs = o.json && !$isFinite(m.totalMs) ? $String(m.totalMs) : m.totalMs;
            }
            return d;
        };

        /**
         * Converts this StepBreakdown to JSON.
         * @function toJSON
         * @memberof tandem_admin.StepBreakdown
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StepBreakdown.prototype.toJSON = function() {
            return StepBreakdown.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StepBreakdown
         * @function getTypeUrl
         * @memberof tandem_admin.StepBreakdown
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StepBreakdown.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.StepBreakdown";
        };

        return StepBreakdown;
    })();

    tandem_admin.PlanAnswer = (function() {

        /**
         * Properties of a PlanAnswer.
         * @typedef {Object} tandem_admin.PlanAnswer.$Properties
         * @property {number|null} [epoch] PlanAnswer epoch
         * @property {number|null} [resumeStep] PlanAnswer resumeStep
         * @property {number|null} [numStages] PlanAnswer numStages
         * @property {number|null} [numReplicas] PlanAnswer numReplicas
         * @property {Array.<tandem_admin.PlanCell.$Properties>|null} [cells] PlanAnswer cells
         * @property {string|null} [schedule] PlanAnswer schedule
         * @property {number|null} [microBatchesPerStep] PlanAnswer microBatchesPerStep
         * @property {tandem_admin.StepBreakdown.$Properties|null} [predicted] PlanAnswer predicted
         * @property {number|null} [measuredStepMs] PlanAnswer measuredStepMs
         * @property {string|null} [reason] PlanAnswer reason
         * @property {number|null} [createdAtMs] PlanAnswer createdAtMs
         * @property {boolean|null} [paused] PlanAnswer paused
         * @property {string|null} [codecsJson] PlanAnswer codecsJson
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlanAnswer.
         * @memberof tandem_admin
         * @interface IPlanAnswer
         * @augments tandem_admin.PlanAnswer.$Properties
         * @deprecated Use tandem_admin.PlanAnswer.$Properties instead.
         */

        /**
         * Shape of a PlanAnswer.
         * @typedef {tandem_admin.PlanAnswer.$Properties} tandem_admin.PlanAnswer.$Shape
         */

        /**
         * Constructs a new PlanAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a PlanAnswer.
         * @constructor
         * @param {tandem_admin.PlanAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlanAnswer = function (p) {
            this.cells = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PlanAnswer epoch.
         * @member {number} epoch
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PlanAnswer resumeStep.
         * @member {number} resumeStep
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.resumeStep = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PlanAnswer numStages.
         * @member {number} numStages
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.numStages = 0;

        /**
         * PlanAnswer numReplicas.
         * @member {number} numReplicas
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.numReplicas = 0;

        /**
         * PlanAnswer cells.
         * @member {Array.<tandem_admin.PlanCell.$Properties>} cells
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.cells = $util.emptyArray;

        /**
         * PlanAnswer schedule.
         * @member {string} schedule
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.schedule = "";

        /**
         * PlanAnswer microBatchesPerStep.
         * @member {number} microBatchesPerStep
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.microBatchesPerStep = 0;

        /**
         * PlanAnswer predicted.
         * @member {tandem_admin.StepBreakdown.$Properties|null|undefined} predicted
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.predicted = null;

        /**
         * PlanAnswer measuredStepMs.
         * @member {number} measuredStepMs
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.measuredStepMs = 0;

        /**
         * PlanAnswer reason.
         * @member {string} reason
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.reason = "";

        /**
         * PlanAnswer createdAtMs.
         * @member {number} createdAtMs
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PlanAnswer paused.
         * @member {boolean} paused
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.paused = false;

        /**
         * PlanAnswer codecsJson.
         * @member {string} codecsJson
         * @memberof tandem_admin.PlanAnswer
         * @instance
         */
        PlanAnswer.prototype.codecsJson = "";

        /**
         * Creates a new PlanAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.PlanAnswer
         * @static
         * @param {tandem_admin.PlanAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.PlanAnswer} PlanAnswer instance
         * @type {{
         *   (properties: tandem_admin.PlanAnswer.$Shape): tandem_admin.PlanAnswer & tandem_admin.PlanAnswer.$Shape;
         *   (properties?: tandem_admin.PlanAnswer.$Properties): tandem_admin.PlanAnswer;
         * }}
         */
        PlanAnswer.create = function(properties) {
            return new PlanAnswer(properties);
        };

        /**
         * Encodes the specified PlanAnswer message. Does not implicitly {@link tandem_admin.PlanAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.PlanAnswer
         * @static
         * @param {tandem_admin.PlanAnswer.$Properties} m PlanAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && (typeof m.epoch === "object" ? m.epoch.low || m.epoch.high : m.epoch !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.epoch);
            if (m.resumeStep != null && $Object.hasOwnProperty.call(m, "resumeStep") && (typeof m.resumeStep === "object" ? m.resumeStep.low || m.resumeStep.high : m.resumeStep !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.resumeStep);
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages") && m.numStages !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.numStages);
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas") && m.numReplicas !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.numReplicas);
            if (m.cells != null && m.cells.length) {
                for (var i = 0; i < m.cells.length; ++i)
                    $root.tandem_admin.PlanCell.encode(m.cells[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.schedule != null && $Object.hasOwnProperty.call(m, "schedule") && m.schedule !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.schedule);
            if (m.microBatchesPerStep != null && $Object.hasOwnProperty.call(m, "microBatchesPerStep") && m.microBatchesPerStep !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.microBatchesPerStep);
            if (m.predicted != null && $Object.hasOwnProperty.call(m, "predicted"))
                $root.tandem_admin.StepBreakdown.encode(m.predicted, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.measuredStepMs != null && $Object.hasOwnProperty.call(m, "measuredStepMs") && !$Object.is(m.measuredStepMs, 0))
                w.uint32(/* id 9, wireType 1 =*/73).double(m.measuredStepMs);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 10, wireType 2 =*/82).string(m.reason);
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                w.uint32(/* id 11, wireType 0 =*/88).uint64(m.createdAtMs);
            if (m.paused != null && $Object.hasOwnProperty.call(m, "paused") && m.paused !== false)
                w.uint32(/* id 12, wireType 0 =*/96).bool(m.paused);
            if (m.codecsJson != null && $Object.hasOwnProperty.call(m, "codecsJson") && m.codecsJson !== "")
                w.uint32(/* id 13, wireType 2 =*/106).string(m.codecsJson);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PlanAnswer message, length delimited. Does not implicitly {@link tandem_admin.PlanAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.PlanAnswer
         * @static
         * @param {tandem_admin.PlanAnswer.$Properties} message PlanAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlanAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.PlanAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.PlanAnswer & tandem_admin.PlanAnswer.$Shape} PlanAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.PlanAnswer();
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
                            m.epoch = v;
                        else
                            delete m.epoch;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.resumeStep = v;
                        else
                            delete m.resumeStep;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.numStages = v;
                        else
                            delete m.numStages;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.numReplicas = v;
                        else
                            delete m.numReplicas;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.cells && m.cells.length))
                            m.cells = [];
                        m.cells.push($root.tandem_admin.PlanCell.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.schedule = v;
                        else
                            delete m.schedule;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.microBatchesPerStep = v;
                        else
                            delete m.microBatchesPerStep;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.predicted = $root.tandem_admin.StepBreakdown.decode(r, r.size(), $undefined, q + 1, m.predicted);
                        continue;
                    }
                case 9: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.measuredStepMs = v;
                        else
                            delete m.measuredStepMs;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdAtMs = v;
                        else
                            delete m.createdAtMs;
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.paused = v;
                        else
                            delete m.paused;
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.codecsJson = v;
                        else
                            delete m.codecsJson;
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
         * Decodes a PlanAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.PlanAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.PlanAnswer & tandem_admin.PlanAnswer.$Shape} PlanAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PlanAnswer message.
         * @function verify
         * @memberof tandem_admin.PlanAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlanAnswer.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                if (!$util.isInteger(m.epoch) && !(m.epoch && $util.isInteger(m.epoch.low) && $util.isInteger(m.epoch.high)))
                    return "epoch: integer|Long expected";
            }
            if (m.resumeStep != null && $Object.hasOwnProperty.call(m, "resumeStep")) {
                if (!$util.isInteger(m.resumeStep) && !(m.resumeStep && $util.isInteger(m.resumeStep.low) && $util.isInteger(m.resumeStep.high)))
                    return "resumeStep: integer|Long expected";
            }
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages")) {
                if (!$util.isInteger(m.numStages))
                    return "numStages: integer expected";
            }
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas")) {
                if (!$util.isInteger(m.numReplicas))
                    return "numReplicas: integer expected";
            }
            if (m.cells != null && $Object.hasOwnProperty.call(m, "cells")) {
                if (!$Array.isArray(m.cells))
                    return "cells: array expected";
                for (var i = 0; i < m.cells.length; ++i) {
                    {
                        var e = $root.tandem_admin.PlanCell.verify(m.cells[i], q + 1);
                        if (e)
                            return "cells." + e;
                    }
                }
            }
            if (m.schedule != null && $Object.hasOwnProperty.call(m, "schedule")) {
                if (!$util.isString(m.schedule))
                    return "schedule: string expected";
            }
            if (m.microBatchesPerStep != null && $Object.hasOwnProperty.call(m, "microBatchesPerStep")) {
                if (!$util.isInteger(m.microBatchesPerStep))
                    return "microBatchesPerStep: integer expected";
            }
            if (m.predicted != null && $Object.hasOwnProperty.call(m, "predicted")) {
                {
                    var e = $root.tandem_admin.StepBreakdown.verify(m.predicted, q + 1);
                    if (e)
                        return "predicted." + e;
                }
            }
            if (m.measuredStepMs != null && $Object.hasOwnProperty.call(m, "measuredStepMs")) {
                if (typeof m.measuredStepMs !== "number")
                    return "measuredStepMs: number expected";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (!$util.isInteger(m.createdAtMs) && !(m.createdAtMs && $util.isInteger(m.createdAtMs.low) && $util.isInteger(m.createdAtMs.high)))
                    return "createdAtMs: integer|Long expected";
            }
            if (m.paused != null && $Object.hasOwnProperty.call(m, "paused")) {
                if (typeof m.paused !== "boolean")
                    return "paused: boolean expected";
            }
            if (m.codecsJson != null && $Object.hasOwnProperty.call(m, "codecsJson")) {
                if (!$util.isString(m.codecsJson))
                    return "codecsJson: string expected";
            }
            return null;
        };

        /**
         * Creates a PlanAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.PlanAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.PlanAnswer} PlanAnswer
         */
        PlanAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.PlanAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.PlanAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.PlanAnswer();
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
            if (d.resumeStep != null) {
                if (typeof d.resumeStep === "object" ? d.resumeStep.low || d.resumeStep.high : $Number(d.resumeStep) !== 0) {
                    if ($util.Long)
                        m.resumeStep = $util.Long.fromValue(d.resumeStep, true);
                    else if (typeof d.resumeStep === "string")
                        m.resumeStep = $parseInt(d.resumeStep, 10);
                    else if (typeof d.resumeStep === "number")
                        m.resumeStep = d.resumeStep;
                    else if (typeof d.resumeStep === "object")
                        m.resumeStep = new $util.LongBits(d.resumeStep.low >>> 0, d.resumeStep.high >>> 0).toNumber(true);
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
            if (d.cells) {
                if (!$Array.isArray(d.cells))
                    throw $TypeError(".tandem_admin.PlanAnswer.cells: array expected");
                m.cells = $Array(d.cells.length);
                for (var i = 0; i < d.cells.length; ++i) {
                    if (!$util.isObject(d.cells[i]))
                        throw $TypeError(".tandem_admin.PlanAnswer.cells: object expected");
                    m.cells[i] = $root.tandem_admin.PlanCell.fromObject(d.cells[i], q + 1);
                }
            }
            if (d.schedule != null) {
                if (typeof d.schedule !== "string" || d.schedule.length) {
                    m.schedule = $String(d.schedule);
                }
            }
            if (d.microBatchesPerStep != null) {
                if ($Number(d.microBatchesPerStep) !== 0) {
                    m.microBatchesPerStep = d.microBatchesPerStep >>> 0;
                }
            }
            if (d.predicted != null) {
                if (!$util.isObject(d.predicted))
                    throw $TypeError(".tandem_admin.PlanAnswer.predicted: object expected");
                m.predicted = $root.tandem_admin.StepBreakdown.fromObject(d.predicted, q + 1);
            }
            if (d.measuredStepMs != null) {
                if (!$Object.is($Number(d.measuredStepMs), 0)) {
                    m.measuredStepMs = $Number(d.measuredStepMs);
                }
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
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
            if (d.paused != null) {
                if (d.paused) {
                    m.paused = $Boolean(d.paused);
                }
            }
            if (d.codecsJson != null) {
                if (typeof d.codecsJson !== "string" || d.codecsJson.length) {
                    m.codecsJson = $String(d.codecsJson);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PlanAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.PlanAnswer
         * @static
         * @param {tandem_admin.PlanAnswer} m PlanAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlanAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.cells = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.epoch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.epoch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.resumeStep = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.resumeStep = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.numStages = 0;
                d.numReplicas = 0;
                d.schedule = "";
                d.microBatchesPerStep = 0;
                d.predicted = null;
                d.measuredStepMs = 0;
                d.reason = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.paused = false;
                d.codecsJson = "";
            }
            if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.epoch = typeof m.epoch === "number" ? $BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                else if (typeof m.epoch === "number")
                    d.epoch = o.longs === $String ? $String(m.epoch) : m.epoch;
                else
                    d.epoch = o.longs === $String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === $Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
            }
            if (m.resumeStep != null && $Object.hasOwnProperty.call(m, "resumeStep")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.resumeStep = typeof m.resumeStep === "number" ? $BigInt(m.resumeStep) : $util.Long.fromBits(m.resumeStep.low >>> 0, m.resumeStep.high >>> 0, true).toBigInt();
                else if (typeof m.resumeStep === "number")
                    d.resumeStep = o.longs === $String ? $String(m.resumeStep) : m.resumeStep;
                else
                    d.resumeStep = o.longs === $String ? $util.Long.prototype.toString.call(m.resumeStep) : o.longs === $Number ? new $util.LongBits(m.resumeStep.low >>> 0, m.resumeStep.high >>> 0).toNumber(true) : m.resumeStep;
            }
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages")) {
                d.numStages = m.numStages;
            }
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas")) {
                d.numReplicas = m.numReplicas;
            }
            if (m.cells && m.cells.length) {
                d.cells = $Array(m.cells.length);
                for (var j = 0; j < m.cells.length; ++j) {
                    d.cells[j] = $root.tandem_admin.PlanCell.toObject(m.cells[j], o, q + 1);
                }
            }
            if (m.schedule != null && $Object.hasOwnProperty.call(m, "schedule")) {
                d.schedule = m.schedule;
            }
            if (m.microBatchesPerStep != null && $Object.hasOwnProperty.call(m, "microBatchesPerStep")) {
                d.microBatchesPerStep = m.microBatchesPerStep;
            }
            if (m.predicted != null && $Object.hasOwnProperty.call(m, "predicted")) {
                d.predicted = $root.tandem_admin.StepBreakdown.toObject(m.predicted, o, q + 1);
            }
            if (m.measuredStepMs != null && $Object.hasOwnProperty.call(m, "measuredStepMs")) {
                d.measuredStepMs = o.json && !$isFinite(m.measuredStepMs) ? $String(m.measuredStepMs) : m.measuredStepMs;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.createdAtMs === "number")
                    d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                else
                    d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber(true) : m.createdAtMs;
            }
            if (m.paused != null && $Object.hasOwnProperty.call(m, "paused")) {
                d.paused = m.paused;
            }
            if (m.codecsJson != null && $Object.hasOwnProperty.call(m, "codecsJson")) {
                d.codecsJson = m.codecsJson;
            }
            return d;
        };

        /**
         * Converts this PlanAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.PlanAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlanAnswer.prototype.toJSON = function() {
            return PlanAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlanAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.PlanAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlanAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.PlanAnswer";
        };

        return PlanAnswer;
    })();

    tandem_admin.AckAnswer = (function() {

        /**
         * Properties of an AckAnswer.
         * @typedef {Object} tandem_admin.AckAnswer.$Properties
         * @property {string|null} [detail] AckAnswer detail
         * @property {number|null} [effectiveStep] AckAnswer effectiveStep
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AckAnswer.
         * @memberof tandem_admin
         * @interface IAckAnswer
         * @augments tandem_admin.AckAnswer.$Properties
         * @deprecated Use tandem_admin.AckAnswer.$Properties instead.
         */

        /**
         * Shape of an AckAnswer.
         * @typedef {tandem_admin.AckAnswer.$Properties} tandem_admin.AckAnswer.$Shape
         */

        /**
         * Constructs a new AckAnswer.
         * @memberof tandem_admin
         * @classdesc Represents an AckAnswer.
         * @constructor
         * @param {tandem_admin.AckAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AckAnswer = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AckAnswer detail.
         * @member {string} detail
         * @memberof tandem_admin.AckAnswer
         * @instance
         */
        AckAnswer.prototype.detail = "";

        /**
         * AckAnswer effectiveStep.
         * @member {number} effectiveStep
         * @memberof tandem_admin.AckAnswer
         * @instance
         */
        AckAnswer.prototype.effectiveStep = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new AckAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.AckAnswer
         * @static
         * @param {tandem_admin.AckAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.AckAnswer} AckAnswer instance
         * @type {{
         *   (properties: tandem_admin.AckAnswer.$Shape): tandem_admin.AckAnswer & tandem_admin.AckAnswer.$Shape;
         *   (properties?: tandem_admin.AckAnswer.$Properties): tandem_admin.AckAnswer;
         * }}
         */
        AckAnswer.create = function(properties) {
            return new AckAnswer(properties);
        };

        /**
         * Encodes the specified AckAnswer message. Does not implicitly {@link tandem_admin.AckAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.AckAnswer
         * @static
         * @param {tandem_admin.AckAnswer.$Properties} m AckAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AckAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.detail);
            if (m.effectiveStep != null && $Object.hasOwnProperty.call(m, "effectiveStep") && (typeof m.effectiveStep === "object" ? m.effectiveStep.low || m.effectiveStep.high : m.effectiveStep !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.effectiveStep);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AckAnswer message, length delimited. Does not implicitly {@link tandem_admin.AckAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.AckAnswer
         * @static
         * @param {tandem_admin.AckAnswer.$Properties} message AckAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AckAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AckAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.AckAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.AckAnswer & tandem_admin.AckAnswer.$Shape} AckAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AckAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.AckAnswer();
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
                            m.detail = v;
                        else
                            delete m.detail;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.effectiveStep = v;
                        else
                            delete m.effectiveStep;
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
         * Decodes an AckAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.AckAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.AckAnswer & tandem_admin.AckAnswer.$Shape} AckAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AckAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AckAnswer message.
         * @function verify
         * @memberof tandem_admin.AckAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AckAnswer.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                if (!$util.isString(m.detail))
                    return "detail: string expected";
            }
            if (m.effectiveStep != null && $Object.hasOwnProperty.call(m, "effectiveStep")) {
                if (!$util.isInteger(m.effectiveStep) && !(m.effectiveStep && $util.isInteger(m.effectiveStep.low) && $util.isInteger(m.effectiveStep.high)))
                    return "effectiveStep: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates an AckAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.AckAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.AckAnswer} AckAnswer
         */
        AckAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.AckAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.AckAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.AckAnswer();
            if (d.detail != null) {
                if (typeof d.detail !== "string" || d.detail.length) {
                    m.detail = $String(d.detail);
                }
            }
            if (d.effectiveStep != null) {
                if (typeof d.effectiveStep === "object" ? d.effectiveStep.low || d.effectiveStep.high : $Number(d.effectiveStep) !== 0) {
                    if ($util.Long)
                        m.effectiveStep = $util.Long.fromValue(d.effectiveStep, true);
                    else if (typeof d.effectiveStep === "string")
                        m.effectiveStep = $parseInt(d.effectiveStep, 10);
                    else if (typeof d.effectiveStep === "number")
                        m.effectiveStep = d.effectiveStep;
                    else if (typeof d.effectiveStep === "object")
                        m.effectiveStep = new $util.LongBits(d.effectiveStep.low >>> 0, d.effectiveStep.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AckAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.AckAnswer
         * @static
         * @param {tandem_admin.AckAnswer} m AckAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AckAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.detail = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.effectiveStep = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.effectiveStep = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                d.detail = m.detail;
            }
            if (m.effectiveStep != null && $Object.hasOwnProperty.call(m, "effectiveStep")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.effectiveStep = typeof m.effectiveStep === "number" ? $BigInt(m.effectiveStep) : $util.Long.fromBits(m.effectiveStep.low >>> 0, m.effectiveStep.high >>> 0, true).toBigInt();
                else if (typeof m.effectiveStep === "number")
                    d.effectiveStep = o.longs === $String ? $String(m.effectiveStep) : m.effectiveStep;
                else
                    d.effectiveStep = o.longs === $String ? $util.Long.prototype.toString.call(m.effectiveStep) : o.longs === $Number ? new $util.LongBits(m.effectiveStep.low >>> 0, m.effectiveStep.high >>> 0).toNumber(true) : m.effectiveStep;
            }
            return d;
        };

        /**
         * Converts this AckAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.AckAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AckAnswer.prototype.toJSON = function() {
            return AckAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AckAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.AckAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AckAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.AckAnswer";
        };

        return AckAnswer;
    })();

    tandem_admin.CheckpointNowAnswer = (function() {

        /**
         * Properties of a CheckpointNowAnswer.
         * @typedef {Object} tandem_admin.CheckpointNowAnswer.$Properties
         * @property {number|null} [step] CheckpointNowAnswer step
         * @property {boolean|null} [committed] CheckpointNowAnswer committed
         * @property {string|null} [manifestSha256] CheckpointNowAnswer manifestSha256
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CheckpointNowAnswer.
         * @memberof tandem_admin
         * @interface ICheckpointNowAnswer
         * @augments tandem_admin.CheckpointNowAnswer.$Properties
         * @deprecated Use tandem_admin.CheckpointNowAnswer.$Properties instead.
         */

        /**
         * Shape of a CheckpointNowAnswer.
         * @typedef {tandem_admin.CheckpointNowAnswer.$Properties} tandem_admin.CheckpointNowAnswer.$Shape
         */

        /**
         * Constructs a new CheckpointNowAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a CheckpointNowAnswer.
         * @constructor
         * @param {tandem_admin.CheckpointNowAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CheckpointNowAnswer = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CheckpointNowAnswer step.
         * @member {number} step
         * @memberof tandem_admin.CheckpointNowAnswer
         * @instance
         */
        CheckpointNowAnswer.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CheckpointNowAnswer committed.
         * @member {boolean} committed
         * @memberof tandem_admin.CheckpointNowAnswer
         * @instance
         */
        CheckpointNowAnswer.prototype.committed = false;

        /**
         * CheckpointNowAnswer manifestSha256.
         * @member {string} manifestSha256
         * @memberof tandem_admin.CheckpointNowAnswer
         * @instance
         */
        CheckpointNowAnswer.prototype.manifestSha256 = "";

        /**
         * Creates a new CheckpointNowAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.CheckpointNowAnswer
         * @static
         * @param {tandem_admin.CheckpointNowAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.CheckpointNowAnswer} CheckpointNowAnswer instance
         * @type {{
         *   (properties: tandem_admin.CheckpointNowAnswer.$Shape): tandem_admin.CheckpointNowAnswer & tandem_admin.CheckpointNowAnswer.$Shape;
         *   (properties?: tandem_admin.CheckpointNowAnswer.$Properties): tandem_admin.CheckpointNowAnswer;
         * }}
         */
        CheckpointNowAnswer.create = function(properties) {
            return new CheckpointNowAnswer(properties);
        };

        /**
         * Encodes the specified CheckpointNowAnswer message. Does not implicitly {@link tandem_admin.CheckpointNowAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.CheckpointNowAnswer
         * @static
         * @param {tandem_admin.CheckpointNowAnswer.$Properties} m CheckpointNowAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointNowAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.step);
            if (m.committed != null && $Object.hasOwnProperty.call(m, "committed") && m.committed !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.committed);
            if (m.manifestSha256 != null && $Object.hasOwnProperty.call(m, "manifestSha256") && m.manifestSha256 !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.manifestSha256);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CheckpointNowAnswer message, length delimited. Does not implicitly {@link tandem_admin.CheckpointNowAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.CheckpointNowAnswer
         * @static
         * @param {tandem_admin.CheckpointNowAnswer.$Properties} message CheckpointNowAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointNowAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CheckpointNowAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.CheckpointNowAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.CheckpointNowAnswer & tandem_admin.CheckpointNowAnswer.$Shape} CheckpointNowAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointNowAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.CheckpointNowAnswer();
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
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.committed = v;
                        else
                            delete m.committed;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.manifestSha256 = v;
                        else
                            delete m.manifestSha256;
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
         * Decodes a CheckpointNowAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.CheckpointNowAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.CheckpointNowAnswer & tandem_admin.CheckpointNowAnswer.$Shape} CheckpointNowAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointNowAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CheckpointNowAnswer message.
         * @function verify
         * @memberof tandem_admin.CheckpointNowAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CheckpointNowAnswer.verify = function (m, q) {
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
            if (m.committed != null && $Object.hasOwnProperty.call(m, "committed")) {
                if (typeof m.committed !== "boolean")
                    return "committed: boolean expected";
            }
            if (m.manifestSha256 != null && $Object.hasOwnProperty.call(m, "manifestSha256")) {
                if (!$util.isString(m.manifestSha256))
                    return "manifestSha256: string expected";
            }
            return null;
        };

        /**
         * Creates a CheckpointNowAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.CheckpointNowAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.CheckpointNowAnswer} CheckpointNowAnswer
         */
        CheckpointNowAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.CheckpointNowAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.CheckpointNowAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.CheckpointNowAnswer();
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
            if (d.committed != null) {
                if (d.committed) {
                    m.committed = $Boolean(d.committed);
                }
            }
            if (d.manifestSha256 != null) {
                if (typeof d.manifestSha256 !== "string" || d.manifestSha256.length) {
                    m.manifestSha256 = $String(d.manifestSha256);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CheckpointNowAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.CheckpointNowAnswer
         * @static
         * @param {tandem_admin.CheckpointNowAnswer} m CheckpointNowAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CheckpointNowAnswer.toObject = function (m, o, q) {
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
                d.committed = false;
                d.manifestSha256 = "";
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                else if (typeof m.step === "number")
                    d.step = o.longs === $String ? $String(m.step) : m.step;
                else
                    d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
            }
            if (m.committed != null && $Object.hasOwnProperty.call(m, "committed")) {
                d.committed = m.committed;
            }
            if (m.manifestSha256 != null && $Object.hasOwnProperty.call(m, "manifestSha256")) {
                d.manifestSha256 = m.manifestSha256;
            }
            return d;
        };

        /**
         * Converts this CheckpointNowAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.CheckpointNowAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CheckpointNowAnswer.prototype.toJSON = function() {
            return CheckpointNowAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CheckpointNowAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.CheckpointNowAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CheckpointNowAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.CheckpointNowAnswer";
        };

        return CheckpointNowAnswer;
    })();

    tandem_admin.CheckpointInfo = (function() {

        /**
         * Properties of a CheckpointInfo.
         * @typedef {Object} tandem_admin.CheckpointInfo.$Properties
         * @property {number|null} [step] CheckpointInfo step
         * @property {string|null} [manifestSha256] CheckpointInfo manifestSha256
         * @property {number|null} [createdAtMs] CheckpointInfo createdAtMs
         * @property {number|null} [bytes] CheckpointInfo bytes
         * @property {number|null} [blobs] CheckpointInfo blobs
         * @property {string|null} [verification] CheckpointInfo verification
         * @property {number|null} [lossAvg] CheckpointInfo lossAvg
         * @property {number|null} [numStages] CheckpointInfo numStages
         * @property {number|null} [numReplicas] CheckpointInfo numReplicas
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CheckpointInfo.
         * @memberof tandem_admin
         * @interface ICheckpointInfo
         * @augments tandem_admin.CheckpointInfo.$Properties
         * @deprecated Use tandem_admin.CheckpointInfo.$Properties instead.
         */

        /**
         * Shape of a CheckpointInfo.
         * @typedef {tandem_admin.CheckpointInfo.$Properties} tandem_admin.CheckpointInfo.$Shape
         */

        /**
         * Constructs a new CheckpointInfo.
         * @memberof tandem_admin
         * @classdesc Represents a CheckpointInfo.
         * @constructor
         * @param {tandem_admin.CheckpointInfo.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CheckpointInfo = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CheckpointInfo step.
         * @member {number} step
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         */
        CheckpointInfo.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CheckpointInfo manifestSha256.
         * @member {string} manifestSha256
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         */
        CheckpointInfo.prototype.manifestSha256 = "";

        /**
         * CheckpointInfo createdAtMs.
         * @member {number} createdAtMs
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         */
        CheckpointInfo.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CheckpointInfo bytes.
         * @member {number} bytes
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         */
        CheckpointInfo.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CheckpointInfo blobs.
         * @member {number} blobs
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         */
        CheckpointInfo.prototype.blobs = 0;

        /**
         * CheckpointInfo verification.
         * @member {string} verification
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         */
        CheckpointInfo.prototype.verification = "";

        /**
         * CheckpointInfo lossAvg.
         * @member {number} lossAvg
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         */
        CheckpointInfo.prototype.lossAvg = 0;

        /**
         * CheckpointInfo numStages.
         * @member {number} numStages
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         */
        CheckpointInfo.prototype.numStages = 0;

        /**
         * CheckpointInfo numReplicas.
         * @member {number} numReplicas
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         */
        CheckpointInfo.prototype.numReplicas = 0;

        /**
         * Creates a new CheckpointInfo instance using the specified properties.
         * @function create
         * @memberof tandem_admin.CheckpointInfo
         * @static
         * @param {tandem_admin.CheckpointInfo.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.CheckpointInfo} CheckpointInfo instance
         * @type {{
         *   (properties: tandem_admin.CheckpointInfo.$Shape): tandem_admin.CheckpointInfo & tandem_admin.CheckpointInfo.$Shape;
         *   (properties?: tandem_admin.CheckpointInfo.$Properties): tandem_admin.CheckpointInfo;
         * }}
         */
        CheckpointInfo.create = function(properties) {
            return new CheckpointInfo(properties);
        };

        /**
         * Encodes the specified CheckpointInfo message. Does not implicitly {@link tandem_admin.CheckpointInfo.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.CheckpointInfo
         * @static
         * @param {tandem_admin.CheckpointInfo.$Properties} m CheckpointInfo message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointInfo.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.step);
            if (m.manifestSha256 != null && $Object.hasOwnProperty.call(m, "manifestSha256") && m.manifestSha256 !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.manifestSha256);
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.createdAtMs);
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.bytes);
            if (m.blobs != null && $Object.hasOwnProperty.call(m, "blobs") && m.blobs !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.blobs);
            if (m.verification != null && $Object.hasOwnProperty.call(m, "verification") && m.verification !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.verification);
            if (m.lossAvg != null && $Object.hasOwnProperty.call(m, "lossAvg") && !$Object.is(m.lossAvg, 0))
                w.uint32(/* id 7, wireType 1 =*/57).double(m.lossAvg);
            if (m.numStages != null && $Object.hasOwnProperty.call(m, "numStages") && m.numStages !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.numStages);
            if (m.numReplicas != null && $Object.hasOwnProperty.call(m, "numReplicas") && m.numReplicas !== 0)
                w.uint32(/* id 9, wireType 0 =*/72).uint32(m.numReplicas);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CheckpointInfo message, length delimited. Does not implicitly {@link tandem_admin.CheckpointInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.CheckpointInfo
         * @static
         * @param {tandem_admin.CheckpointInfo.$Properties} message CheckpointInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CheckpointInfo message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.CheckpointInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.CheckpointInfo & tandem_admin.CheckpointInfo.$Shape} CheckpointInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointInfo.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.CheckpointInfo();
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
                            m.manifestSha256 = v;
                        else
                            delete m.manifestSha256;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdAtMs = v;
                        else
                            delete m.createdAtMs;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytes = v;
                        else
                            delete m.bytes;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.blobs = v;
                        else
                            delete m.blobs;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.verification = v;
                        else
                            delete m.verification;
                        continue;
                    }
                case 7: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.lossAvg = v;
                        else
                            delete m.lossAvg;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.numStages = v;
                        else
                            delete m.numStages;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.numReplicas = v;
                        else
                            delete m.numReplicas;
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
         * Decodes a CheckpointInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.CheckpointInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.CheckpointInfo & tandem_admin.CheckpointInfo.$Shape} CheckpointInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CheckpointInfo message.
         * @function verify
         * @memberof tandem_admin.CheckpointInfo
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CheckpointInfo.verify = function (m, q) {
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
            if (m.manifestSha256 != null && $Object.hasOwnProperty.call(m, "manifestSha256")) {
                if (!$util.isString(m.manifestSha256))
                    return "manifestSha256: string expected";
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (!$util.isInteger(m.createdAtMs) && !(m.createdAtMs && $util.isInteger(m.createdAtMs.low) && $util.isInteger(m.createdAtMs.high)))
                    return "createdAtMs: integer|Long expected";
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                    return "bytes: integer|Long expected";
            }
            if (m.blobs != null && $Object.hasOwnProperty.call(m, "blobs")) {
                if (!$util.isInteger(m.blobs))
                    return "blobs: integer expected";
            }
            if (m.verification != null && $Object.hasOwnProperty.call(m, "verification")) {
                if (!$util.isString(m.verification))
                    return "verification: string expected";
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
            return null;
        };

        /**
         * Creates a CheckpointInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.CheckpointInfo
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.CheckpointInfo} CheckpointInfo
         */
        CheckpointInfo.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.CheckpointInfo)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.CheckpointInfo: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.CheckpointInfo();
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
            if (d.manifestSha256 != null) {
                if (typeof d.manifestSha256 !== "string" || d.manifestSha256.length) {
                    m.manifestSha256 = $String(d.manifestSha256);
                }
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
            if (d.bytes != null) {
                if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                    if ($util.Long)
                        m.bytes = $util.Long.fromValue(d.bytes, true);
                    else if (typeof d.bytes === "string")
                        m.bytes = $parseInt(d.bytes, 10);
                    else if (typeof d.bytes === "number")
                        m.bytes = d.bytes;
                    else if (typeof d.bytes === "object")
                        m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.blobs != null) {
                if ($Number(d.blobs) !== 0) {
                    m.blobs = d.blobs >>> 0;
                }
            }
            if (d.verification != null) {
                if (typeof d.verification !== "string" || d.verification.length) {
                    m.verification = $String(d.verification);
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
            return m;
        };

        /**
         * Creates a plain object from a CheckpointInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.CheckpointInfo
         * @static
         * @param {tandem_admin.CheckpointInfo} m CheckpointInfo
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CheckpointInfo.toObject = function (m, o, q) {
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
                d.manifestSha256 = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.blobs = 0;
                d.verification = "";
                d.lossAvg = 0;
                d.numStages = 0;
                d.numReplicas = 0;
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                else if (typeof m.step === "number")
                    d.step = o.longs === $String ? $String(m.step) : m.step;
                else
                    d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
            }
            if (m.manifestSha256 != null && $Object.hasOwnProperty.call(m, "manifestSha256")) {
                d.manifestSha256 = m.manifestSha256;
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.createdAtMs === "number")
                    d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                else
                    d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber(true) : m.createdAtMs;
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                else if (typeof m.bytes === "number")
                    d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                else
                    d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
            }
            if (m.blobs != null && $Object.hasOwnProperty.call(m, "blobs")) {
                d.blobs = m.blobs;
            }
            if (m.verification != null && $Object.hasOwnProperty.call(m, "verification")) {
                d.verification = m.verification;
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
            return d;
        };

        /**
         * Converts this CheckpointInfo to JSON.
         * @function toJSON
         * @memberof tandem_admin.CheckpointInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CheckpointInfo.prototype.toJSON = function() {
            return CheckpointInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CheckpointInfo
         * @function getTypeUrl
         * @memberof tandem_admin.CheckpointInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CheckpointInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.CheckpointInfo";
        };

        return CheckpointInfo;
    })();

    tandem_admin.CheckpointsAnswer = (function() {

        /**
         * Properties of a CheckpointsAnswer.
         * @typedef {Object} tandem_admin.CheckpointsAnswer.$Properties
         * @property {Array.<tandem_admin.CheckpointInfo.$Properties>|null} [checkpoints] CheckpointsAnswer checkpoints
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CheckpointsAnswer.
         * @memberof tandem_admin
         * @interface ICheckpointsAnswer
         * @augments tandem_admin.CheckpointsAnswer.$Properties
         * @deprecated Use tandem_admin.CheckpointsAnswer.$Properties instead.
         */

        /**
         * Shape of a CheckpointsAnswer.
         * @typedef {tandem_admin.CheckpointsAnswer.$Properties} tandem_admin.CheckpointsAnswer.$Shape
         */

        /**
         * Constructs a new CheckpointsAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a CheckpointsAnswer.
         * @constructor
         * @param {tandem_admin.CheckpointsAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CheckpointsAnswer = function (p) {
            this.checkpoints = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CheckpointsAnswer checkpoints.
         * @member {Array.<tandem_admin.CheckpointInfo.$Properties>} checkpoints
         * @memberof tandem_admin.CheckpointsAnswer
         * @instance
         */
        CheckpointsAnswer.prototype.checkpoints = $util.emptyArray;

        /**
         * Creates a new CheckpointsAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.CheckpointsAnswer
         * @static
         * @param {tandem_admin.CheckpointsAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.CheckpointsAnswer} CheckpointsAnswer instance
         * @type {{
         *   (properties: tandem_admin.CheckpointsAnswer.$Shape): tandem_admin.CheckpointsAnswer & tandem_admin.CheckpointsAnswer.$Shape;
         *   (properties?: tandem_admin.CheckpointsAnswer.$Properties): tandem_admin.CheckpointsAnswer;
         * }}
         */
        CheckpointsAnswer.create = function(properties) {
            return new CheckpointsAnswer(properties);
        };

        /**
         * Encodes the specified CheckpointsAnswer message. Does not implicitly {@link tandem_admin.CheckpointsAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.CheckpointsAnswer
         * @static
         * @param {tandem_admin.CheckpointsAnswer.$Properties} m CheckpointsAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointsAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.checkpoints != null && m.checkpoints.length) {
                for (var i = 0; i < m.checkpoints.length; ++i)
                    $root.tandem_admin.CheckpointInfo.encode(m.checkpoints[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CheckpointsAnswer message, length delimited. Does not implicitly {@link tandem_admin.CheckpointsAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.CheckpointsAnswer
         * @static
         * @param {tandem_admin.CheckpointsAnswer.$Properties} message CheckpointsAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CheckpointsAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CheckpointsAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.CheckpointsAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.CheckpointsAnswer & tandem_admin.CheckpointsAnswer.$Shape} CheckpointsAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointsAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.CheckpointsAnswer();
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
                        if (!(m.checkpoints && m.checkpoints.length))
                            m.checkpoints = [];
                        m.checkpoints.push($root.tandem_admin.CheckpointInfo.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a CheckpointsAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.CheckpointsAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.CheckpointsAnswer & tandem_admin.CheckpointsAnswer.$Shape} CheckpointsAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CheckpointsAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CheckpointsAnswer message.
         * @function verify
         * @memberof tandem_admin.CheckpointsAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CheckpointsAnswer.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.checkpoints != null && $Object.hasOwnProperty.call(m, "checkpoints")) {
                if (!$Array.isArray(m.checkpoints))
                    return "checkpoints: array expected";
                for (var i = 0; i < m.checkpoints.length; ++i) {
                    {
                        var e = $root.tandem_admin.CheckpointInfo.verify(m.checkpoints[i], q + 1);
                        if (e)
                            return "checkpoints." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a CheckpointsAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.CheckpointsAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.CheckpointsAnswer} CheckpointsAnswer
         */
        CheckpointsAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.CheckpointsAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.CheckpointsAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.CheckpointsAnswer();
            if (d.checkpoints) {
                if (!$Array.isArray(d.checkpoints))
                    throw $TypeError(".tandem_admin.CheckpointsAnswer.checkpoints: array expected");
                m.checkpoints = $Array(d.checkpoints.length);
                for (var i = 0; i < d.checkpoints.length; ++i) {
                    if (!$util.isObject(d.checkpoints[i]))
                        throw $TypeError(".tandem_admin.CheckpointsAnswer.checkpoints: object expected");
                    m.checkpoints[i] = $root.tandem_admin.CheckpointInfo.fromObject(d.checkpoints[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CheckpointsAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.CheckpointsAnswer
         * @static
         * @param {tandem_admin.CheckpointsAnswer} m CheckpointsAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CheckpointsAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.checkpoints = [];
            }
            if (m.checkpoints && m.checkpoints.length) {
                d.checkpoints = $Array(m.checkpoints.length);
                for (var j = 0; j < m.checkpoints.length; ++j) {
                    d.checkpoints[j] = $root.tandem_admin.CheckpointInfo.toObject(m.checkpoints[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this CheckpointsAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.CheckpointsAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CheckpointsAnswer.prototype.toJSON = function() {
            return CheckpointsAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CheckpointsAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.CheckpointsAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CheckpointsAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.CheckpointsAnswer";
        };

        return CheckpointsAnswer;
    })();

    tandem_admin.TokenInfo = (function() {

        /**
         * Properties of a TokenInfo.
         * @typedef {Object} tandem_admin.TokenInfo.$Properties
         * @property {string|null} [tokenId] TokenInfo tokenId
         * @property {tandem_admin.TokenKind|null} [kind] TokenInfo kind
         * @property {string|null} [label] TokenInfo label
         * @property {number|null} [createdAtMs] TokenInfo createdAtMs
         * @property {number|null} [expiresAtMs] TokenInfo expiresAtMs
         * @property {number|null} [usesMax] TokenInfo usesMax
         * @property {number|null} [uses] TokenInfo uses
         * @property {boolean|null} [revoked] TokenInfo revoked
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TokenInfo.
         * @memberof tandem_admin
         * @interface ITokenInfo
         * @augments tandem_admin.TokenInfo.$Properties
         * @deprecated Use tandem_admin.TokenInfo.$Properties instead.
         */

        /**
         * Shape of a TokenInfo.
         * @typedef {tandem_admin.TokenInfo.$Properties} tandem_admin.TokenInfo.$Shape
         */

        /**
         * Constructs a new TokenInfo.
         * @memberof tandem_admin
         * @classdesc Represents a TokenInfo.
         * @constructor
         * @param {tandem_admin.TokenInfo.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TokenInfo = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TokenInfo tokenId.
         * @member {string} tokenId
         * @memberof tandem_admin.TokenInfo
         * @instance
         */
        TokenInfo.prototype.tokenId = "";

        /**
         * TokenInfo kind.
         * @member {tandem_admin.TokenKind} kind
         * @memberof tandem_admin.TokenInfo
         * @instance
         */
        TokenInfo.prototype.kind = 0;

        /**
         * TokenInfo label.
         * @member {string} label
         * @memberof tandem_admin.TokenInfo
         * @instance
         */
        TokenInfo.prototype.label = "";

        /**
         * TokenInfo createdAtMs.
         * @member {number} createdAtMs
         * @memberof tandem_admin.TokenInfo
         * @instance
         */
        TokenInfo.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TokenInfo expiresAtMs.
         * @member {number} expiresAtMs
         * @memberof tandem_admin.TokenInfo
         * @instance
         */
        TokenInfo.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TokenInfo usesMax.
         * @member {number} usesMax
         * @memberof tandem_admin.TokenInfo
         * @instance
         */
        TokenInfo.prototype.usesMax = 0;

        /**
         * TokenInfo uses.
         * @member {number} uses
         * @memberof tandem_admin.TokenInfo
         * @instance
         */
        TokenInfo.prototype.uses = 0;

        /**
         * TokenInfo revoked.
         * @member {boolean} revoked
         * @memberof tandem_admin.TokenInfo
         * @instance
         */
        TokenInfo.prototype.revoked = false;

        /**
         * Creates a new TokenInfo instance using the specified properties.
         * @function create
         * @memberof tandem_admin.TokenInfo
         * @static
         * @param {tandem_admin.TokenInfo.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.TokenInfo} TokenInfo instance
         * @type {{
         *   (properties: tandem_admin.TokenInfo.$Shape): tandem_admin.TokenInfo & tandem_admin.TokenInfo.$Shape;
         *   (properties?: tandem_admin.TokenInfo.$Properties): tandem_admin.TokenInfo;
         * }}
         */
        TokenInfo.create = function(properties) {
            return new TokenInfo(properties);
        };

        /**
         * Encodes the specified TokenInfo message. Does not implicitly {@link tandem_admin.TokenInfo.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.TokenInfo
         * @static
         * @param {tandem_admin.TokenInfo.$Properties} m TokenInfo message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokenInfo.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId") && m.tokenId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.tokenId);
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.kind);
            if (m.label != null && $Object.hasOwnProperty.call(m, "label") && m.label !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.label);
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.createdAtMs);
            if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.expiresAtMs);
            if (m.usesMax != null && $Object.hasOwnProperty.call(m, "usesMax") && m.usesMax !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.usesMax);
            if (m.uses != null && $Object.hasOwnProperty.call(m, "uses") && m.uses !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.uses);
            if (m.revoked != null && $Object.hasOwnProperty.call(m, "revoked") && m.revoked !== false)
                w.uint32(/* id 8, wireType 0 =*/64).bool(m.revoked);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TokenInfo message, length delimited. Does not implicitly {@link tandem_admin.TokenInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.TokenInfo
         * @static
         * @param {tandem_admin.TokenInfo.$Properties} message TokenInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokenInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TokenInfo message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.TokenInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.TokenInfo & tandem_admin.TokenInfo.$Shape} TokenInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokenInfo.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.TokenInfo();
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
                            m.tokenId = v;
                        else
                            delete m.tokenId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.kind = v;
                        else
                            delete m.kind;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.label = v;
                        else
                            delete m.label;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdAtMs = v;
                        else
                            delete m.createdAtMs;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.expiresAtMs = v;
                        else
                            delete m.expiresAtMs;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.usesMax = v;
                        else
                            delete m.usesMax;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.uses = v;
                        else
                            delete m.uses;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.revoked = v;
                        else
                            delete m.revoked;
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
         * Decodes a TokenInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.TokenInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.TokenInfo & tandem_admin.TokenInfo.$Shape} TokenInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokenInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TokenInfo message.
         * @function verify
         * @memberof tandem_admin.TokenInfo
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TokenInfo.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId")) {
                if (!$util.isString(m.tokenId))
                    return "tokenId: string expected";
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                    return "kind: enum value expected";
            }
            if (m.label != null && $Object.hasOwnProperty.call(m, "label")) {
                if (!$util.isString(m.label))
                    return "label: string expected";
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (!$util.isInteger(m.createdAtMs) && !(m.createdAtMs && $util.isInteger(m.createdAtMs.low) && $util.isInteger(m.createdAtMs.high)))
                    return "createdAtMs: integer|Long expected";
            }
            if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                if (!$util.isInteger(m.expiresAtMs) && !(m.expiresAtMs && $util.isInteger(m.expiresAtMs.low) && $util.isInteger(m.expiresAtMs.high)))
                    return "expiresAtMs: integer|Long expected";
            }
            if (m.usesMax != null && $Object.hasOwnProperty.call(m, "usesMax")) {
                if (!$util.isInteger(m.usesMax))
                    return "usesMax: integer expected";
            }
            if (m.uses != null && $Object.hasOwnProperty.call(m, "uses")) {
                if (!$util.isInteger(m.uses))
                    return "uses: integer expected";
            }
            if (m.revoked != null && $Object.hasOwnProperty.call(m, "revoked")) {
                if (typeof m.revoked !== "boolean")
                    return "revoked: boolean expected";
            }
            return null;
        };

        /**
         * Creates a TokenInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.TokenInfo
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.TokenInfo} TokenInfo
         */
        TokenInfo.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.TokenInfo)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.TokenInfo: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.TokenInfo();
            if (d.tokenId != null) {
                if (typeof d.tokenId !== "string" || d.tokenId.length) {
                    m.tokenId = $String(d.tokenId);
                }
            }
            if (d.kind !== 0 && (typeof d.kind !== "string" || $root.tandem_admin.TokenKind[d.kind] !== 0)) {
                switch (d.kind) {
                case "TOKEN_KIND_UNSPECIFIED":
                case 0:
                    m.kind = 0;
                    break;
                case "TOKEN_KIND_JOIN":
                case 1:
                    m.kind = 1;
                    break;
                case "TOKEN_KIND_VIEWER":
                case 2:
                    m.kind = 2;
                    break;
                default:
                    if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                        m.kind = d.kind;
                }
            }
            if (d.label != null) {
                if (typeof d.label !== "string" || d.label.length) {
                    m.label = $String(d.label);
                }
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
            if (d.expiresAtMs != null) {
                if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                    if ($util.Long)
                        m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, true);
                    else if (typeof d.expiresAtMs === "string")
                        m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                    else if (typeof d.expiresAtMs === "number")
                        m.expiresAtMs = d.expiresAtMs;
                    else if (typeof d.expiresAtMs === "object")
                        m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber(true);
                }
            }
            if (d.usesMax != null) {
                if ($Number(d.usesMax) !== 0) {
                    m.usesMax = d.usesMax >>> 0;
                }
            }
            if (d.uses != null) {
                if ($Number(d.uses) !== 0) {
                    m.uses = d.uses >>> 0;
                }
            }
            if (d.revoked != null) {
                if (d.revoked) {
                    m.revoked = $Boolean(d.revoked);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TokenInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.TokenInfo
         * @static
         * @param {tandem_admin.TokenInfo} m TokenInfo
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TokenInfo.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tokenId = "";
                d.kind = o.enums === $String ? "TOKEN_KIND_UNSPECIFIED" : 0;
                d.label = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.usesMax = 0;
                d.uses = 0;
                d.revoked = false;
            }
            if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId")) {
                d.tokenId = m.tokenId;
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                d.kind = o.enums === $String ? $root.tandem_admin.TokenKind[m.kind] === $undefined ? m.kind : $root.tandem_admin.TokenKind[m.kind] : m.kind;
            }
            if (m.label != null && $Object.hasOwnProperty.call(m, "label")) {
                d.label = m.label;
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.createdAtMs === "number")
                    d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                else
                    d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber(true) : m.createdAtMs;
            }
            if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.expiresAtMs === "number")
                    d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                else
                    d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber(true) : m.expiresAtMs;
            }
            if (m.usesMax != null && $Object.hasOwnProperty.call(m, "usesMax")) {
                d.usesMax = m.usesMax;
            }
            if (m.uses != null && $Object.hasOwnProperty.call(m, "uses")) {
                d.uses = m.uses;
            }
            if (m.revoked != null && $Object.hasOwnProperty.call(m, "revoked")) {
                d.revoked = m.revoked;
            }
            return d;
        };

        /**
         * Converts this TokenInfo to JSON.
         * @function toJSON
         * @memberof tandem_admin.TokenInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TokenInfo.prototype.toJSON = function() {
            return TokenInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TokenInfo
         * @function getTypeUrl
         * @memberof tandem_admin.TokenInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TokenInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.TokenInfo";
        };

        return TokenInfo;
    })();

    tandem_admin.TokenAnswer = (function() {

        /**
         * Properties of a TokenAnswer.
         * @typedef {Object} tandem_admin.TokenAnswer.$Properties
         * @property {tandem_admin.TokenInfo.$Properties|null} [info] TokenAnswer info
         * @property {string|null} [token] TokenAnswer token
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TokenAnswer.
         * @memberof tandem_admin
         * @interface ITokenAnswer
         * @augments tandem_admin.TokenAnswer.$Properties
         * @deprecated Use tandem_admin.TokenAnswer.$Properties instead.
         */

        /**
         * Shape of a TokenAnswer.
         * @typedef {tandem_admin.TokenAnswer.$Properties} tandem_admin.TokenAnswer.$Shape
         */

        /**
         * Constructs a new TokenAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a TokenAnswer.
         * @constructor
         * @param {tandem_admin.TokenAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TokenAnswer = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TokenAnswer info.
         * @member {tandem_admin.TokenInfo.$Properties|null|undefined} info
         * @memberof tandem_admin.TokenAnswer
         * @instance
         */
        TokenAnswer.prototype.info = null;

        /**
         * TokenAnswer token.
         * @member {string} token
         * @memberof tandem_admin.TokenAnswer
         * @instance
         */
        TokenAnswer.prototype.token = "";

        /**
         * Creates a new TokenAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.TokenAnswer
         * @static
         * @param {tandem_admin.TokenAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.TokenAnswer} TokenAnswer instance
         * @type {{
         *   (properties: tandem_admin.TokenAnswer.$Shape): tandem_admin.TokenAnswer & tandem_admin.TokenAnswer.$Shape;
         *   (properties?: tandem_admin.TokenAnswer.$Properties): tandem_admin.TokenAnswer;
         * }}
         */
        TokenAnswer.create = function(properties) {
            return new TokenAnswer(properties);
        };

        /**
         * Encodes the specified TokenAnswer message. Does not implicitly {@link tandem_admin.TokenAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.TokenAnswer
         * @static
         * @param {tandem_admin.TokenAnswer.$Properties} m TokenAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokenAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.info != null && $Object.hasOwnProperty.call(m, "info"))
                $root.tandem_admin.TokenInfo.encode(m.info, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.token);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TokenAnswer message, length delimited. Does not implicitly {@link tandem_admin.TokenAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.TokenAnswer
         * @static
         * @param {tandem_admin.TokenAnswer.$Properties} message TokenAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokenAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TokenAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.TokenAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.TokenAnswer & tandem_admin.TokenAnswer.$Shape} TokenAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokenAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.TokenAnswer();
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
                        m.info = $root.tandem_admin.TokenInfo.decode(r, r.size(), $undefined, q + 1, m.info);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.token = v;
                        else
                            delete m.token;
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
         * Decodes a TokenAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.TokenAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.TokenAnswer & tandem_admin.TokenAnswer.$Shape} TokenAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokenAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TokenAnswer message.
         * @function verify
         * @memberof tandem_admin.TokenAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TokenAnswer.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.info != null && $Object.hasOwnProperty.call(m, "info")) {
                {
                    var e = $root.tandem_admin.TokenInfo.verify(m.info, q + 1);
                    if (e)
                        return "info." + e;
                }
            }
            if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                if (!$util.isString(m.token))
                    return "token: string expected";
            }
            return null;
        };

        /**
         * Creates a TokenAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.TokenAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.TokenAnswer} TokenAnswer
         */
        TokenAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.TokenAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.TokenAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.TokenAnswer();
            if (d.info != null) {
                if (!$util.isObject(d.info))
                    throw $TypeError(".tandem_admin.TokenAnswer.info: object expected");
                m.info = $root.tandem_admin.TokenInfo.fromObject(d.info, q + 1);
            }
            if (d.token != null) {
                if (typeof d.token !== "string" || d.token.length) {
                    m.token = $String(d.token);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TokenAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.TokenAnswer
         * @static
         * @param {tandem_admin.TokenAnswer} m TokenAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TokenAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.info = null;
                d.token = "";
            }
            if (m.info != null && $Object.hasOwnProperty.call(m, "info")) {
                d.info = $root.tandem_admin.TokenInfo.toObject(m.info, o, q + 1);
            }
            if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                d.token = m.token;
            }
            return d;
        };

        /**
         * Converts this TokenAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.TokenAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TokenAnswer.prototype.toJSON = function() {
            return TokenAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TokenAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.TokenAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TokenAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.TokenAnswer";
        };

        return TokenAnswer;
    })();

    tandem_admin.TokensListAnswer = (function() {

        /**
         * Properties of a TokensListAnswer.
         * @typedef {Object} tandem_admin.TokensListAnswer.$Properties
         * @property {Array.<tandem_admin.TokenInfo.$Properties>|null} [tokens] TokensListAnswer tokens
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TokensListAnswer.
         * @memberof tandem_admin
         * @interface ITokensListAnswer
         * @augments tandem_admin.TokensListAnswer.$Properties
         * @deprecated Use tandem_admin.TokensListAnswer.$Properties instead.
         */

        /**
         * Shape of a TokensListAnswer.
         * @typedef {tandem_admin.TokensListAnswer.$Properties} tandem_admin.TokensListAnswer.$Shape
         */

        /**
         * Constructs a new TokensListAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a TokensListAnswer.
         * @constructor
         * @param {tandem_admin.TokensListAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TokensListAnswer = function (p) {
            this.tokens = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TokensListAnswer tokens.
         * @member {Array.<tandem_admin.TokenInfo.$Properties>} tokens
         * @memberof tandem_admin.TokensListAnswer
         * @instance
         */
        TokensListAnswer.prototype.tokens = $util.emptyArray;

        /**
         * Creates a new TokensListAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.TokensListAnswer
         * @static
         * @param {tandem_admin.TokensListAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.TokensListAnswer} TokensListAnswer instance
         * @type {{
         *   (properties: tandem_admin.TokensListAnswer.$Shape): tandem_admin.TokensListAnswer & tandem_admin.TokensListAnswer.$Shape;
         *   (properties?: tandem_admin.TokensListAnswer.$Properties): tandem_admin.TokensListAnswer;
         * }}
         */
        TokensListAnswer.create = function(properties) {
            return new TokensListAnswer(properties);
        };

        /**
         * Encodes the specified TokensListAnswer message. Does not implicitly {@link tandem_admin.TokensListAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.TokensListAnswer
         * @static
         * @param {tandem_admin.TokensListAnswer.$Properties} m TokensListAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokensListAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tokens != null && m.tokens.length) {
                for (var i = 0; i < m.tokens.length; ++i)
                    $root.tandem_admin.TokenInfo.encode(m.tokens[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TokensListAnswer message, length delimited. Does not implicitly {@link tandem_admin.TokensListAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.TokensListAnswer
         * @static
         * @param {tandem_admin.TokensListAnswer.$Properties} message TokensListAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TokensListAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TokensListAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.TokensListAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.TokensListAnswer & tandem_admin.TokensListAnswer.$Shape} TokensListAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokensListAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.TokensListAnswer();
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
                        if (!(m.tokens && m.tokens.length))
                            m.tokens = [];
                        m.tokens.push($root.tandem_admin.TokenInfo.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a TokensListAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.TokensListAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.TokensListAnswer & tandem_admin.TokensListAnswer.$Shape} TokensListAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TokensListAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TokensListAnswer message.
         * @function verify
         * @memberof tandem_admin.TokensListAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TokensListAnswer.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.tokens != null && $Object.hasOwnProperty.call(m, "tokens")) {
                if (!$Array.isArray(m.tokens))
                    return "tokens: array expected";
                for (var i = 0; i < m.tokens.length; ++i) {
                    {
                        var e = $root.tandem_admin.TokenInfo.verify(m.tokens[i], q + 1);
                        if (e)
                            return "tokens." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a TokensListAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.TokensListAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.TokensListAnswer} TokensListAnswer
         */
        TokensListAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.TokensListAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.TokensListAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.TokensListAnswer();
            if (d.tokens) {
                if (!$Array.isArray(d.tokens))
                    throw $TypeError(".tandem_admin.TokensListAnswer.tokens: array expected");
                m.tokens = $Array(d.tokens.length);
                for (var i = 0; i < d.tokens.length; ++i) {
                    if (!$util.isObject(d.tokens[i]))
                        throw $TypeError(".tandem_admin.TokensListAnswer.tokens: object expected");
                    m.tokens[i] = $root.tandem_admin.TokenInfo.fromObject(d.tokens[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TokensListAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.TokensListAnswer
         * @static
         * @param {tandem_admin.TokensListAnswer} m TokensListAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TokensListAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.tokens = [];
            }
            if (m.tokens && m.tokens.length) {
                d.tokens = $Array(m.tokens.length);
                for (var j = 0; j < m.tokens.length; ++j) {
                    d.tokens[j] = $root.tandem_admin.TokenInfo.toObject(m.tokens[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this TokensListAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.TokensListAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TokensListAnswer.prototype.toJSON = function() {
            return TokensListAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TokensListAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.TokensListAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TokensListAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.TokensListAnswer";
        };

        return TokensListAnswer;
    })();

    tandem_admin.ExportFile = (function() {

        /**
         * Properties of an ExportFile.
         * @typedef {Object} tandem_admin.ExportFile.$Properties
         * @property {string|null} [path] ExportFile path
         * @property {number|null} [byteLength] ExportFile byteLength
         * @property {string|null} [sha256] ExportFile sha256
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ExportFile.
         * @memberof tandem_admin
         * @interface IExportFile
         * @augments tandem_admin.ExportFile.$Properties
         * @deprecated Use tandem_admin.ExportFile.$Properties instead.
         */

        /**
         * Shape of an ExportFile.
         * @typedef {tandem_admin.ExportFile.$Properties} tandem_admin.ExportFile.$Shape
         */

        /**
         * Constructs a new ExportFile.
         * @memberof tandem_admin
         * @classdesc Represents an ExportFile.
         * @constructor
         * @param {tandem_admin.ExportFile.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ExportFile = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ExportFile path.
         * @member {string} path
         * @memberof tandem_admin.ExportFile
         * @instance
         */
        ExportFile.prototype.path = "";

        /**
         * ExportFile byteLength.
         * @member {number} byteLength
         * @memberof tandem_admin.ExportFile
         * @instance
         */
        ExportFile.prototype.byteLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ExportFile sha256.
         * @member {string} sha256
         * @memberof tandem_admin.ExportFile
         * @instance
         */
        ExportFile.prototype.sha256 = "";

        /**
         * Creates a new ExportFile instance using the specified properties.
         * @function create
         * @memberof tandem_admin.ExportFile
         * @static
         * @param {tandem_admin.ExportFile.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.ExportFile} ExportFile instance
         * @type {{
         *   (properties: tandem_admin.ExportFile.$Shape): tandem_admin.ExportFile & tandem_admin.ExportFile.$Shape;
         *   (properties?: tandem_admin.ExportFile.$Properties): tandem_admin.ExportFile;
         * }}
         */
        ExportFile.create = function(properties) {
            return new ExportFile(properties);
        };

        /**
         * Encodes the specified ExportFile message. Does not implicitly {@link tandem_admin.ExportFile.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.ExportFile
         * @static
         * @param {tandem_admin.ExportFile.$Properties} m ExportFile message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExportFile.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
            if (m.byteLength != null && $Object.hasOwnProperty.call(m, "byteLength") && (typeof m.byteLength === "object" ? m.byteLength.low || m.byteLength.high : m.byteLength !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.byteLength);
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256 !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.sha256);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ExportFile message, length delimited. Does not implicitly {@link tandem_admin.ExportFile.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.ExportFile
         * @static
         * @param {tandem_admin.ExportFile.$Properties} message ExportFile message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExportFile.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ExportFile message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.ExportFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.ExportFile & tandem_admin.ExportFile.$Shape} ExportFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExportFile.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.ExportFile();
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
                            m.path = v;
                        else
                            delete m.path;
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
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.sha256 = v;
                        else
                            delete m.sha256;
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
         * Decodes an ExportFile message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.ExportFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.ExportFile & tandem_admin.ExportFile.$Shape} ExportFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExportFile.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ExportFile message.
         * @function verify
         * @memberof tandem_admin.ExportFile
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ExportFile.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                if (!$util.isString(m.path))
                    return "path: string expected";
            }
            if (m.byteLength != null && $Object.hasOwnProperty.call(m, "byteLength")) {
                if (!$util.isInteger(m.byteLength) && !(m.byteLength && $util.isInteger(m.byteLength.low) && $util.isInteger(m.byteLength.high)))
                    return "byteLength: integer|Long expected";
            }
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                if (!$util.isString(m.sha256))
                    return "sha256: string expected";
            }
            return null;
        };

        /**
         * Creates an ExportFile message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.ExportFile
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.ExportFile} ExportFile
         */
        ExportFile.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.ExportFile)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.ExportFile: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.ExportFile();
            if (d.path != null) {
                if (typeof d.path !== "string" || d.path.length) {
                    m.path = $String(d.path);
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
            if (d.sha256 != null) {
                if (typeof d.sha256 !== "string" || d.sha256.length) {
                    m.sha256 = $String(d.sha256);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ExportFile message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.ExportFile
         * @static
         * @param {tandem_admin.ExportFile} m ExportFile
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ExportFile.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.path = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.byteLength = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.byteLength = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.sha256 = "";
            }
            if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                d.path = m.path;
            }
            if (m.byteLength != null && $Object.hasOwnProperty.call(m, "byteLength")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.byteLength = typeof m.byteLength === "number" ? $BigInt(m.byteLength) : $util.Long.fromBits(m.byteLength.low >>> 0, m.byteLength.high >>> 0, true).toBigInt();
                else if (typeof m.byteLength === "number")
                    d.byteLength = o.longs === $String ? $String(m.byteLength) : m.byteLength;
                else
                    d.byteLength = o.longs === $String ? $util.Long.prototype.toString.call(m.byteLength) : o.longs === $Number ? new $util.LongBits(m.byteLength.low >>> 0, m.byteLength.high >>> 0).toNumber(true) : m.byteLength;
            }
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                d.sha256 = m.sha256;
            }
            return d;
        };

        /**
         * Converts this ExportFile to JSON.
         * @function toJSON
         * @memberof tandem_admin.ExportFile
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ExportFile.prototype.toJSON = function() {
            return ExportFile.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ExportFile
         * @function getTypeUrl
         * @memberof tandem_admin.ExportFile
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ExportFile.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.ExportFile";
        };

        return ExportFile;
    })();

    tandem_admin.ExportAnswer = (function() {

        /**
         * Properties of an ExportAnswer.
         * @typedef {Object} tandem_admin.ExportAnswer.$Properties
         * @property {number|null} [step] ExportAnswer step
         * @property {string|null} [manifestSha256] ExportAnswer manifestSha256
         * @property {Uint8Array|null} [manifest] ExportAnswer manifest
         * @property {string|null} [serverOutDir] ExportAnswer serverOutDir
         * @property {Array.<tandem_admin.ExportFile.$Properties>|null} [files] ExportAnswer files
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ExportAnswer.
         * @memberof tandem_admin
         * @interface IExportAnswer
         * @augments tandem_admin.ExportAnswer.$Properties
         * @deprecated Use tandem_admin.ExportAnswer.$Properties instead.
         */

        /**
         * Shape of an ExportAnswer.
         * @typedef {tandem_admin.ExportAnswer.$Properties} tandem_admin.ExportAnswer.$Shape
         */

        /**
         * Constructs a new ExportAnswer.
         * @memberof tandem_admin
         * @classdesc Represents an ExportAnswer.
         * @constructor
         * @param {tandem_admin.ExportAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ExportAnswer = function (p) {
            this.files = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ExportAnswer step.
         * @member {number} step
         * @memberof tandem_admin.ExportAnswer
         * @instance
         */
        ExportAnswer.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ExportAnswer manifestSha256.
         * @member {string} manifestSha256
         * @memberof tandem_admin.ExportAnswer
         * @instance
         */
        ExportAnswer.prototype.manifestSha256 = "";

        /**
         * ExportAnswer manifest.
         * @member {Uint8Array} manifest
         * @memberof tandem_admin.ExportAnswer
         * @instance
         */
        ExportAnswer.prototype.manifest = $util.newBuffer([]);

        /**
         * ExportAnswer serverOutDir.
         * @member {string} serverOutDir
         * @memberof tandem_admin.ExportAnswer
         * @instance
         */
        ExportAnswer.prototype.serverOutDir = "";

        /**
         * ExportAnswer files.
         * @member {Array.<tandem_admin.ExportFile.$Properties>} files
         * @memberof tandem_admin.ExportAnswer
         * @instance
         */
        ExportAnswer.prototype.files = $util.emptyArray;

        /**
         * Creates a new ExportAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.ExportAnswer
         * @static
         * @param {tandem_admin.ExportAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.ExportAnswer} ExportAnswer instance
         * @type {{
         *   (properties: tandem_admin.ExportAnswer.$Shape): tandem_admin.ExportAnswer & tandem_admin.ExportAnswer.$Shape;
         *   (properties?: tandem_admin.ExportAnswer.$Properties): tandem_admin.ExportAnswer;
         * }}
         */
        ExportAnswer.create = function(properties) {
            return new ExportAnswer(properties);
        };

        /**
         * Encodes the specified ExportAnswer message. Does not implicitly {@link tandem_admin.ExportAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.ExportAnswer
         * @static
         * @param {tandem_admin.ExportAnswer.$Properties} m ExportAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExportAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.step);
            if (m.manifestSha256 != null && $Object.hasOwnProperty.call(m, "manifestSha256") && m.manifestSha256 !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.manifestSha256);
            if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest") && m.manifest.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.manifest);
            if (m.serverOutDir != null && $Object.hasOwnProperty.call(m, "serverOutDir") && m.serverOutDir !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.serverOutDir);
            if (m.files != null && m.files.length) {
                for (var i = 0; i < m.files.length; ++i)
                    $root.tandem_admin.ExportFile.encode(m.files[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ExportAnswer message, length delimited. Does not implicitly {@link tandem_admin.ExportAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.ExportAnswer
         * @static
         * @param {tandem_admin.ExportAnswer.$Properties} message ExportAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExportAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ExportAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.ExportAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.ExportAnswer & tandem_admin.ExportAnswer.$Shape} ExportAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExportAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.ExportAnswer();
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
                            m.manifestSha256 = v;
                        else
                            delete m.manifestSha256;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.manifest = v;
                        else
                            delete m.manifest;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.serverOutDir = v;
                        else
                            delete m.serverOutDir;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.files && m.files.length))
                            m.files = [];
                        m.files.push($root.tandem_admin.ExportFile.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes an ExportAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.ExportAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.ExportAnswer & tandem_admin.ExportAnswer.$Shape} ExportAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExportAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ExportAnswer message.
         * @function verify
         * @memberof tandem_admin.ExportAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ExportAnswer.verify = function (m, q) {
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
            if (m.manifestSha256 != null && $Object.hasOwnProperty.call(m, "manifestSha256")) {
                if (!$util.isString(m.manifestSha256))
                    return "manifestSha256: string expected";
            }
            if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest")) {
                if (!(m.manifest && typeof m.manifest.length === "number" || $util.isString(m.manifest)))
                    return "manifest: buffer expected";
            }
            if (m.serverOutDir != null && $Object.hasOwnProperty.call(m, "serverOutDir")) {
                if (!$util.isString(m.serverOutDir))
                    return "serverOutDir: string expected";
            }
            if (m.files != null && $Object.hasOwnProperty.call(m, "files")) {
                if (!$Array.isArray(m.files))
                    return "files: array expected";
                for (var i = 0; i < m.files.length; ++i) {
                    {
                        var e = $root.tandem_admin.ExportFile.verify(m.files[i], q + 1);
                        if (e)
                            return "files." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates an ExportAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.ExportAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.ExportAnswer} ExportAnswer
         */
        ExportAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.ExportAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.ExportAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.ExportAnswer();
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
            if (d.manifestSha256 != null) {
                if (typeof d.manifestSha256 !== "string" || d.manifestSha256.length) {
                    m.manifestSha256 = $String(d.manifestSha256);
                }
            }
            if (d.manifest != null) {
                if (d.manifest.length) {
                    if (typeof d.manifest === "string")
                        $util.base64.decode(d.manifest, m.manifest = $util.newBuffer($util.base64.length(d.manifest)), 0);
                    else if (d.manifest.length >= 0)
                        m.manifest = d.manifest;
                }
            }
            if (d.serverOutDir != null) {
                if (typeof d.serverOutDir !== "string" || d.serverOutDir.length) {
                    m.serverOutDir = $String(d.serverOutDir);
                }
            }
            if (d.files) {
                if (!$Array.isArray(d.files))
                    throw $TypeError(".tandem_admin.ExportAnswer.files: array expected");
                m.files = $Array(d.files.length);
                for (var i = 0; i < d.files.length; ++i) {
                    if (!$util.isObject(d.files[i]))
                        throw $TypeError(".tandem_admin.ExportAnswer.files: object expected");
                    m.files[i] = $root.tandem_admin.ExportFile.fromObject(d.files[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ExportAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.ExportAnswer
         * @static
         * @param {tandem_admin.ExportAnswer} m ExportAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ExportAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.files = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.step = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.step = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.manifestSha256 = "";
                if (o.bytes === $String)
                    d.manifest = "";
                else {
                    d.manifest = [];
                    if (o.bytes !== $Array)
                        d.manifest = $util.newBuffer(d.manifest);
                }
                d.serverOutDir = "";
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                else if (typeof m.step === "number")
                    d.step = o.longs === $String ? $String(m.step) : m.step;
                else
                    d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
            }
            if (m.manifestSha256 != null && $Object.hasOwnProperty.call(m, "manifestSha256")) {
                d.manifestSha256 = m.manifestSha256;
            }
            if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest")) {
                d.manifest = o.bytes === $String ? $util.base64.encode(m.manifest, 0, m.manifest.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.manifest) : m.manifest;
            }
            if (m.serverOutDir != null && $Object.hasOwnProperty.call(m, "serverOutDir")) {
                d.serverOutDir = m.serverOutDir;
            }
            if (m.files && m.files.length) {
                d.files = $Array(m.files.length);
                for (var j = 0; j < m.files.length; ++j) {
                    d.files[j] = $root.tandem_admin.ExportFile.toObject(m.files[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this ExportAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.ExportAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ExportAnswer.prototype.toJSON = function() {
            return ExportAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ExportAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.ExportAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ExportAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.ExportAnswer";
        };

        return ExportAnswer;
    })();

    tandem_admin.BlobAnswer = (function() {

        /**
         * Properties of a BlobAnswer.
         * @typedef {Object} tandem_admin.BlobAnswer.$Properties
         * @property {string|null} [sha256] BlobAnswer sha256
         * @property {number|null} [offset] BlobAnswer offset
         * @property {number|null} [totalBytes] BlobAnswer totalBytes
         * @property {Uint8Array|null} [data] BlobAnswer data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlobAnswer.
         * @memberof tandem_admin
         * @interface IBlobAnswer
         * @augments tandem_admin.BlobAnswer.$Properties
         * @deprecated Use tandem_admin.BlobAnswer.$Properties instead.
         */

        /**
         * Shape of a BlobAnswer.
         * @typedef {tandem_admin.BlobAnswer.$Properties} tandem_admin.BlobAnswer.$Shape
         */

        /**
         * Constructs a new BlobAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a BlobAnswer.
         * @constructor
         * @param {tandem_admin.BlobAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobAnswer = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BlobAnswer sha256.
         * @member {string} sha256
         * @memberof tandem_admin.BlobAnswer
         * @instance
         */
        BlobAnswer.prototype.sha256 = "";

        /**
         * BlobAnswer offset.
         * @member {number} offset
         * @memberof tandem_admin.BlobAnswer
         * @instance
         */
        BlobAnswer.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BlobAnswer totalBytes.
         * @member {number} totalBytes
         * @memberof tandem_admin.BlobAnswer
         * @instance
         */
        BlobAnswer.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BlobAnswer data.
         * @member {Uint8Array} data
         * @memberof tandem_admin.BlobAnswer
         * @instance
         */
        BlobAnswer.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new BlobAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.BlobAnswer
         * @static
         * @param {tandem_admin.BlobAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.BlobAnswer} BlobAnswer instance
         * @type {{
         *   (properties: tandem_admin.BlobAnswer.$Shape): tandem_admin.BlobAnswer & tandem_admin.BlobAnswer.$Shape;
         *   (properties?: tandem_admin.BlobAnswer.$Properties): tandem_admin.BlobAnswer;
         * }}
         */
        BlobAnswer.create = function(properties) {
            return new BlobAnswer(properties);
        };

        /**
         * Encodes the specified BlobAnswer message. Does not implicitly {@link tandem_admin.BlobAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.BlobAnswer
         * @static
         * @param {tandem_admin.BlobAnswer.$Properties} m BlobAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256 !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.sha256);
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.offset);
            if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes") && (typeof m.totalBytes === "object" ? m.totalBytes.low || m.totalBytes.high : m.totalBytes !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.totalBytes);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BlobAnswer message, length delimited. Does not implicitly {@link tandem_admin.BlobAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.BlobAnswer
         * @static
         * @param {tandem_admin.BlobAnswer.$Properties} message BlobAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BlobAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.BlobAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.BlobAnswer & tandem_admin.BlobAnswer.$Shape} BlobAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.BlobAnswer();
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
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.totalBytes = v;
                        else
                            delete m.totalBytes;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
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
         * Decodes a BlobAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.BlobAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.BlobAnswer & tandem_admin.BlobAnswer.$Shape} BlobAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BlobAnswer message.
         * @function verify
         * @memberof tandem_admin.BlobAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobAnswer.verify = function (m, q) {
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
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (!$util.isInteger(m.offset) && !(m.offset && $util.isInteger(m.offset.low) && $util.isInteger(m.offset.high)))
                    return "offset: integer|Long expected";
            }
            if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes")) {
                if (!$util.isInteger(m.totalBytes) && !(m.totalBytes && $util.isInteger(m.totalBytes.low) && $util.isInteger(m.totalBytes.high)))
                    return "totalBytes: integer|Long expected";
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                    return "data: buffer expected";
            }
            return null;
        };

        /**
         * Creates a BlobAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.BlobAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.BlobAnswer} BlobAnswer
         */
        BlobAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.BlobAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.BlobAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.BlobAnswer();
            if (d.sha256 != null) {
                if (typeof d.sha256 !== "string" || d.sha256.length) {
                    m.sha256 = $String(d.sha256);
                }
            }
            if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                    if ($util.Long)
                        m.offset = $util.Long.fromValue(d.offset, true);
                    else if (typeof d.offset === "string")
                        m.offset = $parseInt(d.offset, 10);
                    else if (typeof d.offset === "number")
                        m.offset = d.offset;
                    else if (typeof d.offset === "object")
                        m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                }
            }
            if (d.totalBytes != null) {
                if (typeof d.totalBytes === "object" ? d.totalBytes.low || d.totalBytes.high : $Number(d.totalBytes) !== 0) {
                    if ($util.Long)
                        m.totalBytes = $util.Long.fromValue(d.totalBytes, true);
                    else if (typeof d.totalBytes === "string")
                        m.totalBytes = $parseInt(d.totalBytes, 10);
                    else if (typeof d.totalBytes === "number")
                        m.totalBytes = d.totalBytes;
                    else if (typeof d.totalBytes === "object")
                        m.totalBytes = new $util.LongBits(d.totalBytes.low >>> 0, d.totalBytes.high >>> 0).toNumber(true);
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BlobAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.BlobAnswer
         * @static
         * @param {tandem_admin.BlobAnswer} m BlobAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobAnswer.toObject = function (m, o, q) {
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
                    d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.totalBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.totalBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                d.sha256 = m.sha256;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                else if (typeof m.offset === "number")
                    d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                else
                    d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
            }
            if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.totalBytes = typeof m.totalBytes === "number" ? $BigInt(m.totalBytes) : $util.Long.fromBits(m.totalBytes.low >>> 0, m.totalBytes.high >>> 0, true).toBigInt();
                else if (typeof m.totalBytes === "number")
                    d.totalBytes = o.longs === $String ? $String(m.totalBytes) : m.totalBytes;
                else
                    d.totalBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.totalBytes) : o.longs === $Number ? new $util.LongBits(m.totalBytes.low >>> 0, m.totalBytes.high >>> 0).toNumber(true) : m.totalBytes;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        /**
         * Converts this BlobAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.BlobAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlobAnswer.prototype.toJSON = function() {
            return BlobAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BlobAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.BlobAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BlobAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.BlobAnswer";
        };

        return BlobAnswer;
    })();

    tandem_admin.LogLine = (function() {

        /**
         * Properties of a LogLine.
         * @typedef {Object} tandem_admin.LogLine.$Properties
         * @property {number|null} [timeMs] LogLine timeMs
         * @property {string|null} [level] LogLine level
         * @property {string|null} [component] LogLine component
         * @property {string|null} [message] LogLine message
         * @property {string|null} [fieldsJson] LogLine fieldsJson
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LogLine.
         * @memberof tandem_admin
         * @interface ILogLine
         * @augments tandem_admin.LogLine.$Properties
         * @deprecated Use tandem_admin.LogLine.$Properties instead.
         */

        /**
         * Shape of a LogLine.
         * @typedef {tandem_admin.LogLine.$Properties} tandem_admin.LogLine.$Shape
         */

        /**
         * Constructs a new LogLine.
         * @memberof tandem_admin
         * @classdesc Represents a LogLine.
         * @constructor
         * @param {tandem_admin.LogLine.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LogLine = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LogLine timeMs.
         * @member {number} timeMs
         * @memberof tandem_admin.LogLine
         * @instance
         */
        LogLine.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * LogLine level.
         * @member {string} level
         * @memberof tandem_admin.LogLine
         * @instance
         */
        LogLine.prototype.level = "";

        /**
         * LogLine component.
         * @member {string} component
         * @memberof tandem_admin.LogLine
         * @instance
         */
        LogLine.prototype.component = "";

        /**
         * LogLine message.
         * @member {string} message
         * @memberof tandem_admin.LogLine
         * @instance
         */
        LogLine.prototype.message = "";

        /**
         * LogLine fieldsJson.
         * @member {string} fieldsJson
         * @memberof tandem_admin.LogLine
         * @instance
         */
        LogLine.prototype.fieldsJson = "";

        /**
         * Creates a new LogLine instance using the specified properties.
         * @function create
         * @memberof tandem_admin.LogLine
         * @static
         * @param {tandem_admin.LogLine.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.LogLine} LogLine instance
         * @type {{
         *   (properties: tandem_admin.LogLine.$Shape): tandem_admin.LogLine & tandem_admin.LogLine.$Shape;
         *   (properties?: tandem_admin.LogLine.$Properties): tandem_admin.LogLine;
         * }}
         */
        LogLine.create = function(properties) {
            return new LogLine(properties);
        };

        /**
         * Encodes the specified LogLine message. Does not implicitly {@link tandem_admin.LogLine.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.LogLine
         * @static
         * @param {tandem_admin.LogLine.$Properties} m LogLine message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LogLine.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.timeMs);
            if (m.level != null && $Object.hasOwnProperty.call(m, "level") && m.level !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.level);
            if (m.component != null && $Object.hasOwnProperty.call(m, "component") && m.component !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.component);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.message);
            if (m.fieldsJson != null && $Object.hasOwnProperty.call(m, "fieldsJson") && m.fieldsJson !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.fieldsJson);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LogLine message, length delimited. Does not implicitly {@link tandem_admin.LogLine.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.LogLine
         * @static
         * @param {tandem_admin.LogLine.$Properties} message LogLine message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LogLine.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LogLine message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.LogLine
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.LogLine & tandem_admin.LogLine.$Shape} LogLine
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LogLine.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.LogLine();
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
                            m.timeMs = v;
                        else
                            delete m.timeMs;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.level = v;
                        else
                            delete m.level;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.component = v;
                        else
                            delete m.component;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.fieldsJson = v;
                        else
                            delete m.fieldsJson;
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
         * Decodes a LogLine message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.LogLine
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.LogLine & tandem_admin.LogLine.$Shape} LogLine
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LogLine.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LogLine message.
         * @function verify
         * @memberof tandem_admin.LogLine
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LogLine.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                    return "timeMs: integer|Long expected";
            }
            if (m.level != null && $Object.hasOwnProperty.call(m, "level")) {
                if (!$util.isString(m.level))
                    return "level: string expected";
            }
            if (m.component != null && $Object.hasOwnProperty.call(m, "component")) {
                if (!$util.isString(m.component))
                    return "component: string expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            if (m.fieldsJson != null && $Object.hasOwnProperty.call(m, "fieldsJson")) {
                if (!$util.isString(m.fieldsJson))
                    return "fieldsJson: string expected";
            }
            return null;
        };

        /**
         * Creates a LogLine message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.LogLine
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.LogLine} LogLine
         */
        LogLine.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.LogLine)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.LogLine: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.LogLine();
            if (d.timeMs != null) {
                if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                    if ($util.Long)
                        m.timeMs = $util.Long.fromValue(d.timeMs, true);
                    else if (typeof d.timeMs === "string")
                        m.timeMs = $parseInt(d.timeMs, 10);
                    else if (typeof d.timeMs === "number")
                        m.timeMs = d.timeMs;
                    else if (typeof d.timeMs === "object")
                        m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber(true);
                }
            }
            if (d.level != null) {
                if (typeof d.level !== "string" || d.level.length) {
                    m.level = $String(d.level);
                }
            }
            if (d.component != null) {
                if (typeof d.component !== "string" || d.component.length) {
                    m.component = $String(d.component);
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            if (d.fieldsJson != null) {
                if (typeof d.fieldsJson !== "string" || d.fieldsJson.length) {
                    m.fieldsJson = $String(d.fieldsJson);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a LogLine message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.LogLine
         * @static
         * @param {tandem_admin.LogLine} m LogLine
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LogLine.toObject = function (m, o, q) {
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
                    d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.level = "";
                d.component = "";
                d.message = "";
                d.fieldsJson = "";
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, true).toBigInt();
                else if (typeof m.timeMs === "number")
                    d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                else
                    d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber(true) : m.timeMs;
            }
            if (m.level != null && $Object.hasOwnProperty.call(m, "level")) {
                d.level = m.level;
            }
            if (m.component != null && $Object.hasOwnProperty.call(m, "component")) {
                d.component = m.component;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            if (m.fieldsJson != null && $Object.hasOwnProperty.call(m, "fieldsJson")) {
                d.fieldsJson = m.fieldsJson;
            }
            return d;
        };

        /**
         * Converts this LogLine to JSON.
         * @function toJSON
         * @memberof tandem_admin.LogLine
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LogLine.prototype.toJSON = function() {
            return LogLine.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LogLine
         * @function getTypeUrl
         * @memberof tandem_admin.LogLine
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LogLine.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.LogLine";
        };

        return LogLine;
    })();

    tandem_admin.LogsAnswer = (function() {

        /**
         * Properties of a LogsAnswer.
         * @typedef {Object} tandem_admin.LogsAnswer.$Properties
         * @property {string|null} [peerId] LogsAnswer peerId
         * @property {Array.<tandem_admin.LogLine.$Properties>|null} [lines] LogsAnswer lines
         * @property {boolean|null} [truncated] LogsAnswer truncated
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LogsAnswer.
         * @memberof tandem_admin
         * @interface ILogsAnswer
         * @augments tandem_admin.LogsAnswer.$Properties
         * @deprecated Use tandem_admin.LogsAnswer.$Properties instead.
         */

        /**
         * Shape of a LogsAnswer.
         * @typedef {tandem_admin.LogsAnswer.$Properties} tandem_admin.LogsAnswer.$Shape
         */

        /**
         * Constructs a new LogsAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a LogsAnswer.
         * @constructor
         * @param {tandem_admin.LogsAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LogsAnswer = function (p) {
            this.lines = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LogsAnswer peerId.
         * @member {string} peerId
         * @memberof tandem_admin.LogsAnswer
         * @instance
         */
        LogsAnswer.prototype.peerId = "";

        /**
         * LogsAnswer lines.
         * @member {Array.<tandem_admin.LogLine.$Properties>} lines
         * @memberof tandem_admin.LogsAnswer
         * @instance
         */
        LogsAnswer.prototype.lines = $util.emptyArray;

        /**
         * LogsAnswer truncated.
         * @member {boolean} truncated
         * @memberof tandem_admin.LogsAnswer
         * @instance
         */
        LogsAnswer.prototype.truncated = false;

        /**
         * Creates a new LogsAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.LogsAnswer
         * @static
         * @param {tandem_admin.LogsAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.LogsAnswer} LogsAnswer instance
         * @type {{
         *   (properties: tandem_admin.LogsAnswer.$Shape): tandem_admin.LogsAnswer & tandem_admin.LogsAnswer.$Shape;
         *   (properties?: tandem_admin.LogsAnswer.$Properties): tandem_admin.LogsAnswer;
         * }}
         */
        LogsAnswer.create = function(properties) {
            return new LogsAnswer(properties);
        };

        /**
         * Encodes the specified LogsAnswer message. Does not implicitly {@link tandem_admin.LogsAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.LogsAnswer
         * @static
         * @param {tandem_admin.LogsAnswer.$Properties} m LogsAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LogsAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.lines != null && m.lines.length) {
                for (var i = 0; i < m.lines.length; ++i)
                    $root.tandem_admin.LogLine.encode(m.lines[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.truncated != null && $Object.hasOwnProperty.call(m, "truncated") && m.truncated !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.truncated);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LogsAnswer message, length delimited. Does not implicitly {@link tandem_admin.LogsAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.LogsAnswer
         * @static
         * @param {tandem_admin.LogsAnswer.$Properties} message LogsAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LogsAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LogsAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.LogsAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.LogsAnswer & tandem_admin.LogsAnswer.$Shape} LogsAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LogsAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.LogsAnswer();
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
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.lines && m.lines.length))
                            m.lines = [];
                        m.lines.push($root.tandem_admin.LogLine.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.truncated = v;
                        else
                            delete m.truncated;
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
         * Decodes a LogsAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.LogsAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.LogsAnswer & tandem_admin.LogsAnswer.$Shape} LogsAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LogsAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LogsAnswer message.
         * @function verify
         * @memberof tandem_admin.LogsAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LogsAnswer.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.lines != null && $Object.hasOwnProperty.call(m, "lines")) {
                if (!$Array.isArray(m.lines))
                    return "lines: array expected";
                for (var i = 0; i < m.lines.length; ++i) {
                    {
                        var e = $root.tandem_admin.LogLine.verify(m.lines[i], q + 1);
                        if (e)
                            return "lines." + e;
                    }
                }
            }
            if (m.truncated != null && $Object.hasOwnProperty.call(m, "truncated")) {
                if (typeof m.truncated !== "boolean")
                    return "truncated: boolean expected";
            }
            return null;
        };

        /**
         * Creates a LogsAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.LogsAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.LogsAnswer} LogsAnswer
         */
        LogsAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.LogsAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.LogsAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.LogsAnswer();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.lines) {
                if (!$Array.isArray(d.lines))
                    throw $TypeError(".tandem_admin.LogsAnswer.lines: array expected");
                m.lines = $Array(d.lines.length);
                for (var i = 0; i < d.lines.length; ++i) {
                    if (!$util.isObject(d.lines[i]))
                        throw $TypeError(".tandem_admin.LogsAnswer.lines: object expected");
                    m.lines[i] = $root.tandem_admin.LogLine.fromObject(d.lines[i], q + 1);
                }
            }
            if (d.truncated != null) {
                if (d.truncated) {
                    m.truncated = $Boolean(d.truncated);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a LogsAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.LogsAnswer
         * @static
         * @param {tandem_admin.LogsAnswer} m LogsAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LogsAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.lines = [];
            }
            if (o.defaults) {
                d.peerId = "";
                d.truncated = false;
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.lines && m.lines.length) {
                d.lines = $Array(m.lines.length);
                for (var j = 0; j < m.lines.length; ++j) {
                    d.lines[j] = $root.tandem_admin.LogLine.toObject(m.lines[j], o, q + 1);
                }
            }
            if (m.truncated != null && $Object.hasOwnProperty.call(m, "truncated")) {
                d.truncated = m.truncated;
            }
            return d;
        };

        /**
         * Converts this LogsAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.LogsAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LogsAnswer.prototype.toJSON = function() {
            return LogsAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LogsAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.LogsAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LogsAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.LogsAnswer";
        };

        return LogsAnswer;
    })();

    tandem_admin.MetricPoint = (function() {

        /**
         * Properties of a MetricPoint.
         * @typedef {Object} tandem_admin.MetricPoint.$Properties
         * @property {number|null} [step] MetricPoint step
         * @property {number|null} [timeMs] MetricPoint timeMs
         * @property {number|null} [loss] MetricPoint loss
         * @property {number|null} [tokensPerSecond] MetricPoint tokensPerSecond
         * @property {number|null} [stepMs] MetricPoint stepMs
         * @property {number|null} [bytesSent] MetricPoint bytesSent
         * @property {number|null} [bytesUncompressed] MetricPoint bytesUncompressed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MetricPoint.
         * @memberof tandem_admin
         * @interface IMetricPoint
         * @augments tandem_admin.MetricPoint.$Properties
         * @deprecated Use tandem_admin.MetricPoint.$Properties instead.
         */

        /**
         * Shape of a MetricPoint.
         * @typedef {tandem_admin.MetricPoint.$Properties} tandem_admin.MetricPoint.$Shape
         */

        /**
         * Constructs a new MetricPoint.
         * @memberof tandem_admin
         * @classdesc Represents a MetricPoint.
         * @constructor
         * @param {tandem_admin.MetricPoint.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MetricPoint = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MetricPoint step.
         * @member {number} step
         * @memberof tandem_admin.MetricPoint
         * @instance
         */
        MetricPoint.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MetricPoint timeMs.
         * @member {number} timeMs
         * @memberof tandem_admin.MetricPoint
         * @instance
         */
        MetricPoint.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MetricPoint loss.
         * @member {number} loss
         * @memberof tandem_admin.MetricPoint
         * @instance
         */
        MetricPoint.prototype.loss = 0;

        /**
         * MetricPoint tokensPerSecond.
         * @member {number} tokensPerSecond
         * @memberof tandem_admin.MetricPoint
         * @instance
         */
        MetricPoint.prototype.tokensPerSecond = 0;

        /**
         * MetricPoint stepMs.
         * @member {number} stepMs
         * @memberof tandem_admin.MetricPoint
         * @instance
         */
        MetricPoint.prototype.stepMs = 0;

        /**
         * MetricPoint bytesSent.
         * @member {number} bytesSent
         * @memberof tandem_admin.MetricPoint
         * @instance
         */
        MetricPoint.prototype.bytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MetricPoint bytesUncompressed.
         * @member {number} bytesUncompressed
         * @memberof tandem_admin.MetricPoint
         * @instance
         */
        MetricPoint.prototype.bytesUncompressed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new MetricPoint instance using the specified properties.
         * @function create
         * @memberof tandem_admin.MetricPoint
         * @static
         * @param {tandem_admin.MetricPoint.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.MetricPoint} MetricPoint instance
         * @type {{
         *   (properties: tandem_admin.MetricPoint.$Shape): tandem_admin.MetricPoint & tandem_admin.MetricPoint.$Shape;
         *   (properties?: tandem_admin.MetricPoint.$Properties): tandem_admin.MetricPoint;
         * }}
         */
        MetricPoint.create = function(properties) {
            return new MetricPoint(properties);
        };

        /**
         * Encodes the specified MetricPoint message. Does not implicitly {@link tandem_admin.MetricPoint.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.MetricPoint
         * @static
         * @param {tandem_admin.MetricPoint.$Properties} m MetricPoint message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricPoint.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && (typeof m.step === "object" ? m.step.low || m.step.high : m.step !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.step);
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.timeMs);
            if (m.loss != null && $Object.hasOwnProperty.call(m, "loss") && !$Object.is(m.loss, 0))
                w.uint32(/* id 3, wireType 1 =*/25).double(m.loss);
            if (m.tokensPerSecond != null && $Object.hasOwnProperty.call(m, "tokensPerSecond") && !$Object.is(m.tokensPerSecond, 0))
                w.uint32(/* id 4, wireType 1 =*/33).double(m.tokensPerSecond);
            if (m.stepMs != null && $Object.hasOwnProperty.call(m, "stepMs") && !$Object.is(m.stepMs, 0))
                w.uint32(/* id 5, wireType 1 =*/41).double(m.stepMs);
            if (m.bytesSent != null && $Object.hasOwnProperty.call(m, "bytesSent") && (typeof m.bytesSent === "object" ? m.bytesSent.low || m.bytesSent.high : m.bytesSent !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.bytesSent);
            if (m.bytesUncompressed != null && $Object.hasOwnProperty.call(m, "bytesUncompressed") && (typeof m.bytesUncompressed === "object" ? m.bytesUncompressed.low || m.bytesUncompressed.high : m.bytesUncompressed !== 0))
                w.uint32(/* id 7, wireType 0 =*/56).uint64(m.bytesUncompressed);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MetricPoint message, length delimited. Does not implicitly {@link tandem_admin.MetricPoint.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.MetricPoint
         * @static
         * @param {tandem_admin.MetricPoint.$Properties} message MetricPoint message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricPoint.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MetricPoint message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.MetricPoint
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.MetricPoint & tandem_admin.MetricPoint.$Shape} MetricPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricPoint.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.MetricPoint();
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
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.timeMs = v;
                        else
                            delete m.timeMs;
                        continue;
                    }
                case 3: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.loss = v;
                        else
                            delete m.loss;
                        continue;
                    }
                case 4: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.tokensPerSecond = v;
                        else
                            delete m.tokensPerSecond;
                        continue;
                    }
                case 5: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.stepMs = v;
                        else
                            delete m.stepMs;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesSent = v;
                        else
                            delete m.bytesSent;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesUncompressed = v;
                        else
                            delete m.bytesUncompressed;
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
         * Decodes a MetricPoint message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.MetricPoint
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.MetricPoint & tandem_admin.MetricPoint.$Shape} MetricPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricPoint.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MetricPoint message.
         * @function verify
         * @memberof tandem_admin.MetricPoint
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MetricPoint.verify = function (m, q) {
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
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                    return "timeMs: integer|Long expected";
            }
            if (m.loss != null && $Object.hasOwnProperty.call(m, "loss")) {
                if (typeof m.loss !== "number")
                    return "loss: number expected";
            }
            if (m.tokensPerSecond != null && $Object.hasOwnProperty.call(m, "tokensPerSecond")) {
                if (typeof m.tokensPerSecond !== "number")
                    return "tokensPerSecond: number expected";
            }
            if (m.stepMs != null && $Object.hasOwnProperty.call(m, "stepMs")) {
                if (typeof m.stepMs !== "number")
                    return "stepMs: number expected";
            }
            if (m.bytesSent != null && $Object.hasOwnProperty.call(m, "bytesSent")) {
                if (!$util.isInteger(m.bytesSent) && !(m.bytesSent && $util.isInteger(m.bytesSent.low) && $util.isInteger(m.bytesSent.high)))
                    return "bytesSent: integer|Long expected";
            }
            if (m.bytesUncompressed != null && $Object.hasOwnProperty.call(m, "bytesUncompressed")) {
                if (!$util.isInteger(m.bytesUncompressed) && !(m.bytesUncompressed && $util.isInteger(m.bytesUncompressed.low) && $util.isInteger(m.bytesUncompressed.high)))
                    return "bytesUncompressed: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a MetricPoint message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.MetricPoint
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.MetricPoint} MetricPoint
         */
        MetricPoint.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.MetricPoint)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.MetricPoint: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.MetricPoint();
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
            if (d.timeMs != null) {
                if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                    if ($util.Long)
                        m.timeMs = $util.Long.fromValue(d.timeMs, true);
                    else if (typeof d.timeMs === "string")
                        m.timeMs = $parseInt(d.timeMs, 10);
                    else if (typeof d.timeMs === "number")
                        m.timeMs = d.timeMs;
                    else if (typeof d.timeMs === "object")
                        m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber(true);
                }
            }
            if (d.loss != null) {
                if (!$Object.is($Number(d.loss), 0)) {
                    m.loss = $Number(d.loss);
                }
            }
            if (d.tokensPerSecond != null) {
                if (!$Object.is($Number(d.tokensPerSecond), 0)) {
                    m.tokensPerSecond = $Number(d.tokensPerSecond);
                }
            }
            if (d.stepMs != null) {
                if (!$Object.is($Number(d.stepMs), 0)) {
                    m.stepMs = $Number(d.stepMs);
                }
            }
            if (d.bytesSent != null) {
                if (typeof d.bytesSent === "object" ? d.bytesSent.low || d.bytesSent.high : $Number(d.bytesSent) !== 0) {
                    if ($util.Long)
                        m.bytesSent = $util.Long.fromValue(d.bytesSent, true);
                    else if (typeof d.bytesSent === "string")
                        m.bytesSent = $parseInt(d.bytesSent, 10);
                    else if (typeof d.bytesSent === "number")
                        m.bytesSent = d.bytesSent;
                    else if (typeof d.bytesSent === "object")
                        m.bytesSent = new $util.LongBits(d.bytesSent.low >>> 0, d.bytesSent.high >>> 0).toNumber(true);
                }
            }
            if (d.bytesUncompressed != null) {
                if (typeof d.bytesUncompressed === "object" ? d.bytesUncompressed.low || d.bytesUncompressed.high : $Number(d.bytesUncompressed) !== 0) {
                    if ($util.Long)
                        m.bytesUncompressed = $util.Long.fromValue(d.bytesUncompressed, true);
                    else if (typeof d.bytesUncompressed === "string")
                        m.bytesUncompressed = $parseInt(d.bytesUncompressed, 10);
                    else if (typeof d.bytesUncompressed === "number")
                        m.bytesUncompressed = d.bytesUncompressed;
                    else if (typeof d.bytesUncompressed === "object")
                        m.bytesUncompressed = new $util.LongBits(d.bytesUncompressed.low >>> 0, d.bytesUncompressed.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MetricPoint message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.MetricPoint
         * @static
         * @param {tandem_admin.MetricPoint} m MetricPoint
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MetricPoint.toObject = function (m, o, q) {
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
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.loss = 0;
                d.tokensPerSecond = 0;
                d.stepMs = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesSent = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesSent = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesUncompressed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesUncompressed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.step != null && $Object.hasOwnProperty.call(m, "step")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.step = typeof m.step === "number" ? $BigInt(m.step) : $util.Long.fromBits(m.step.low >>> 0, m.step.high >>> 0, true).toBigInt();
                else if (typeof m.step === "number")
                    d.step = o.longs === $String ? $String(m.step) : m.step;
                else
                    d.step = o.longs === $String ? $util.Long.prototype.toString.call(m.step) : o.longs === $Number ? new $util.LongBits(m.step.low >>> 0, m.step.high >>> 0).toNumber(true) : m.step;
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, true).toBigInt();
                else if (typeof m.timeMs === "number")
                    d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                else
                    d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber(true) : m.timeMs;
            }
            if (m.loss != null && $Object.hasOwnProperty.call(m, "loss")) {
                d.loss = o.json && !$isFinite(m.loss) ? $String(m.loss) : m.loss;
            }
            if (m.tokensPerSecond != null && $Object.hasOwnProperty.call(m, "tokensPerSecond")) {
                d.tokensPerSecond = o.json && !$isFinite(m.tokensPerSecond) ? $String(m.tokensPerSecond) : m.tokensPerSecond;
            }
            if (m.stepMs != null && $Object.hasOwnProperty.call(m, "stepMs")) {
                d.stepMs = o.json && !$isFinite(m.stepMs) ? $String(m.stepMs) : m.stepMs;
            }
            if (m.bytesSent != null && $Object.hasOwnProperty.call(m, "bytesSent")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesSent = typeof m.bytesSent === "number" ? $BigInt(m.bytesSent) : $util.Long.fromBits(m.bytesSent.low >>> 0, m.bytesSent.high >>> 0, true).toBigInt();
                else if (typeof m.bytesSent === "number")
                    d.bytesSent = o.longs === $String ? $String(m.bytesSent) : m.bytesSent;
                else
                    d.bytesSent = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesSent) : o.longs === $Number ? new $util.LongBits(m.bytesSent.low >>> 0, m.bytesSent.high >>> 0).toNumber(true) : m.bytesSent;
            }
            if (m.bytesUncompressed != null && $Object.hasOwnProperty.call(m, "bytesUncompressed")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesUncompressed = typeof m.bytesUncompressed === "number" ? $BigInt(m.bytesUncompressed) : $util.Long.fromBits(m.bytesUncompressed.low >>> 0, m.bytesUncompressed.high >>> 0, true).toBigInt();
                else if (typeof m.bytesUncompressed === "number")
                    d.bytesUncompressed = o.longs === $String ? $String(m.bytesUncompressed) : m.bytesUncompressed;
                else
                    d.bytesUncompressed = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesUncompressed) : o.longs === $Number ? new $util.LongBits(m.bytesUncompressed.low >>> 0, m.bytesUncompressed.high >>> 0).toNumber(true) : m.bytesUncompressed;
            }
            return d;
        };

        /**
         * Converts this MetricPoint to JSON.
         * @function toJSON
         * @memberof tandem_admin.MetricPoint
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MetricPoint.prototype.toJSON = function() {
            return MetricPoint.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MetricPoint
         * @function getTypeUrl
         * @memberof tandem_admin.MetricPoint
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MetricPoint.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.MetricPoint";
        };

        return MetricPoint;
    })();

    tandem_admin.MetricsAnswer = (function() {

        /**
         * Properties of a MetricsAnswer.
         * @typedef {Object} tandem_admin.MetricsAnswer.$Properties
         * @property {Array.<tandem_admin.MetricPoint.$Properties>|null} [points] MetricsAnswer points
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MetricsAnswer.
         * @memberof tandem_admin
         * @interface IMetricsAnswer
         * @augments tandem_admin.MetricsAnswer.$Properties
         * @deprecated Use tandem_admin.MetricsAnswer.$Properties instead.
         */

        /**
         * Shape of a MetricsAnswer.
         * @typedef {tandem_admin.MetricsAnswer.$Properties} tandem_admin.MetricsAnswer.$Shape
         */

        /**
         * Constructs a new MetricsAnswer.
         * @memberof tandem_admin
         * @classdesc Represents a MetricsAnswer.
         * @constructor
         * @param {tandem_admin.MetricsAnswer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MetricsAnswer = function (p) {
            this.points = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MetricsAnswer points.
         * @member {Array.<tandem_admin.MetricPoint.$Properties>} points
         * @memberof tandem_admin.MetricsAnswer
         * @instance
         */
        MetricsAnswer.prototype.points = $util.emptyArray;

        /**
         * Creates a new MetricsAnswer instance using the specified properties.
         * @function create
         * @memberof tandem_admin.MetricsAnswer
         * @static
         * @param {tandem_admin.MetricsAnswer.$Properties=} [properties] Properties to set
         * @returns {tandem_admin.MetricsAnswer} MetricsAnswer instance
         * @type {{
         *   (properties: tandem_admin.MetricsAnswer.$Shape): tandem_admin.MetricsAnswer & tandem_admin.MetricsAnswer.$Shape;
         *   (properties?: tandem_admin.MetricsAnswer.$Properties): tandem_admin.MetricsAnswer;
         * }}
         */
        MetricsAnswer.create = function(properties) {
            return new MetricsAnswer(properties);
        };

        /**
         * Encodes the specified MetricsAnswer message. Does not implicitly {@link tandem_admin.MetricsAnswer.verify|verify} messages.
         * @function encode
         * @memberof tandem_admin.MetricsAnswer
         * @static
         * @param {tandem_admin.MetricsAnswer.$Properties} m MetricsAnswer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricsAnswer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.points != null && m.points.length) {
                for (var i = 0; i < m.points.length; ++i)
                    $root.tandem_admin.MetricPoint.encode(m.points[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MetricsAnswer message, length delimited. Does not implicitly {@link tandem_admin.MetricsAnswer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tandem_admin.MetricsAnswer
         * @static
         * @param {tandem_admin.MetricsAnswer.$Properties} message MetricsAnswer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetricsAnswer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MetricsAnswer message from the specified reader or buffer.
         * @function decode
         * @memberof tandem_admin.MetricsAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {tandem_admin.MetricsAnswer & tandem_admin.MetricsAnswer.$Shape} MetricsAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricsAnswer.decode = function (r, l, z, q, g) {
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
            m = g || new $root.tandem_admin.MetricsAnswer();
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
                        if (!(m.points && m.points.length))
                            m.points = [];
                        m.points.push($root.tandem_admin.MetricPoint.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a MetricsAnswer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tandem_admin.MetricsAnswer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tandem_admin.MetricsAnswer & tandem_admin.MetricsAnswer.$Shape} MetricsAnswer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetricsAnswer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MetricsAnswer message.
         * @function verify
         * @memberof tandem_admin.MetricsAnswer
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MetricsAnswer.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.points != null && $Object.hasOwnProperty.call(m, "points")) {
                if (!$Array.isArray(m.points))
                    return "points: array expected";
                for (var i = 0; i < m.points.length; ++i) {
                    {
                        var e = $root.tandem_admin.MetricPoint.verify(m.points[i], q + 1);
                        if (e)
                            return "points." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a MetricsAnswer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tandem_admin.MetricsAnswer
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {tandem_admin.MetricsAnswer} MetricsAnswer
         */
        MetricsAnswer.fromObject = function (d, q) {
            if (d instanceof $root.tandem_admin.MetricsAnswer)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".tandem_admin.MetricsAnswer: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.tandem_admin.MetricsAnswer();
            if (d.points) {
                if (!$Array.isArray(d.points))
                    throw $TypeError(".tandem_admin.MetricsAnswer.points: array expected");
                m.points = $Array(d.points.length);
                for (var i = 0; i < d.points.length; ++i) {
                    if (!$util.isObject(d.points[i]))
                        throw $TypeError(".tandem_admin.MetricsAnswer.points: object expected");
                    m.points[i] = $root.tandem_admin.MetricPoint.fromObject(d.points[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MetricsAnswer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tandem_admin.MetricsAnswer
         * @static
         * @param {tandem_admin.MetricsAnswer} m MetricsAnswer
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MetricsAnswer.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.points = [];
            }
            if (m.points && m.points.length) {
                d.points = $Array(m.points.length);
                for (var j = 0; j < m.points.length; ++j) {
                    d.points[j] = $root.tandem_admin.MetricPoint.toObject(m.points[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this MetricsAnswer to JSON.
         * @function toJSON
         * @memberof tandem_admin.MetricsAnswer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MetricsAnswer.prototype.toJSON = function() {
            return MetricsAnswer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MetricsAnswer
         * @function getTypeUrl
         * @memberof tandem_admin.MetricsAnswer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MetricsAnswer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tandem_admin.MetricsAnswer";
        };

        return MetricsAnswer;
    })();

    return tandem_admin;
})();

export {
  $root as default
};
