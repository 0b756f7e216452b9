import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace tandem_admin {

    interface IAdminRequest extends tandem_admin.AdminRequest.$Properties {
    }

    class AdminRequest {
        constructor(p?: tandem_admin.AdminRequest.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        adminKey?: (string|null);
        viewerToken?: (string|null);
        status?: (tandem_admin.StatusRequest.$Properties|null);
        workers?: (tandem_admin.WorkersRequest.$Properties|null);
        plan?: (tandem_admin.PlanRequest.$Properties|null);
        drain?: (tandem_admin.DrainRequest.$Properties|null);
        kick?: (tandem_admin.KickRequest.$Properties|null);
        pause?: (tandem_admin.PauseRequest.$Properties|null);
        resume?: (tandem_admin.ResumeRequest.$Properties|null);
        checkpoint?: (tandem_admin.CheckpointNowRequest.$Properties|null);
        checkpoints?: (tandem_admin.CheckpointsRequest.$Properties|null);
        rollback?: (tandem_admin.RollbackRequest.$Properties|null);
        tokenCreate?: (tandem_admin.TokenCreateRequest.$Properties|null);
        tokenRevoke?: (tandem_admin.TokenRevokeRequest.$Properties|null);
        tokensList?: (tandem_admin.TokensListRequest.$Properties|null);
        export?: (tandem_admin.ExportRequest.$Properties|null);
        blob?: (tandem_admin.BlobRequest.$Properties|null);
        logs?: (tandem_admin.LogsRequest.$Properties|null);
        metrics?: (tandem_admin.MetricsRequest.$Properties|null);
        auth?: ("adminKey"|"viewerToken");
        body?: ("status"|"workers"|"plan"|"drain"|"kick"|"pause"|"resume"|"checkpoint"|"checkpoints"|"rollback"|"tokenCreate"|"tokenRevoke"|"tokensList"|"export"|"blob"|"logs"|"metrics");
        static create(properties: tandem_admin.AdminRequest.$Shape): tandem_admin.AdminRequest & tandem_admin.AdminRequest.$Shape;
        static create(properties?: tandem_admin.AdminRequest.$Properties): tandem_admin.AdminRequest;
        static encode(m: tandem_admin.AdminRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.AdminRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.AdminRequest & tandem_admin.AdminRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.AdminRequest & tandem_admin.AdminRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.AdminRequest;
        static toObject(m: tandem_admin.AdminRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AdminRequest {
        interface $Properties {
            requestId?: (number|null);
            adminKey?: (string|null);
            viewerToken?: (string|null);
            status?: (tandem_admin.StatusRequest.$Properties|null);
            workers?: (tandem_admin.WorkersRequest.$Properties|null);
            plan?: (tandem_admin.PlanRequest.$Properties|null);
            drain?: (tandem_admin.DrainRequest.$Properties|null);
            kick?: (tandem_admin.KickRequest.$Properties|null);
            pause?: (tandem_admin.PauseRequest.$Properties|null);
            resume?: (tandem_admin.ResumeRequest.$Properties|null);
            checkpoint?: (tandem_admin.CheckpointNowRequest.$Properties|null);
            checkpoints?: (tandem_admin.CheckpointsRequest.$Properties|null);
            rollback?: (tandem_admin.RollbackRequest.$Properties|null);
            tokenCreate?: (tandem_admin.TokenCreateRequest.$Properties|null);
            tokenRevoke?: (tandem_admin.TokenRevokeRequest.$Properties|null);
            tokensList?: (tandem_admin.TokensListRequest.$Properties|null);
            "export"?: (tandem_admin.ExportRequest.$Properties|null);
            blob?: (tandem_admin.BlobRequest.$Properties|null);
            logs?: (tandem_admin.LogsRequest.$Properties|null);
            metrics?: (tandem_admin.MetricsRequest.$Properties|null);
            auth?: ("adminKey"|"viewerToken");
            body?: ("status"|"workers"|"plan"|"drain"|"kick"|"pause"|"resume"|"checkpoint"|"checkpoints"|"rollback"|"tokenCreate"|"tokenRevoke"|"tokensList"|"export"|"blob"|"logs"|"metrics");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          requestId?: number|null;
          adminKey?: string|null;
          viewerToken?: string|null;
          status?: tandem_admin.StatusRequest.$Shape|null;
          workers?: tandem_admin.WorkersRequest.$Shape|null;
          plan?: tandem_admin.PlanRequest.$Shape|null;
          drain?: tandem_admin.DrainRequest.$Shape|null;
          kick?: tandem_admin.KickRequest.$Shape|null;
          pause?: tandem_admin.PauseRequest.$Shape|null;
          resume?: tandem_admin.ResumeRequest.$Shape|null;
          checkpoint?: tandem_admin.CheckpointNowRequest.$Shape|null;
          checkpoints?: tandem_admin.CheckpointsRequest.$Shape|null;
          rollback?: tandem_admin.RollbackRequest.$Shape|null;
          tokenCreate?: tandem_admin.TokenCreateRequest.$Shape|null;
          tokenRevoke?: tandem_admin.TokenRevokeRequest.$Shape|null;
          tokensList?: tandem_admin.TokensListRequest.$Shape|null;
          "export"?: tandem_admin.ExportRequest.$Shape|null;
          blob?: tandem_admin.BlobRequest.$Shape|null;
          logs?: tandem_admin.LogsRequest.$Shape|null;
          metrics?: tandem_admin.MetricsRequest.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ auth?: undefined; adminKey?: null; viewerToken?: null }|{ auth?: "adminKey"; adminKey: string; viewerToken?: null }|{ auth?: "viewerToken"; adminKey?: null; viewerToken: string })
        ) & (
          ({ body?: undefined; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "status"; status: tandem_admin.StatusRequest.$Shape; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "workers"; status?: null; workers: tandem_admin.WorkersRequest.$Shape; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "plan"; status?: null; workers?: null; plan: tandem_admin.PlanRequest.$Shape; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "drain"; status?: null; workers?: null; plan?: null; drain: tandem_admin.DrainRequest.$Shape; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "kick"; status?: null; workers?: null; plan?: null; drain?: null; kick: tandem_admin.KickRequest.$Shape; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "pause"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause: tandem_admin.PauseRequest.$Shape; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "resume"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume: tandem_admin.ResumeRequest.$Shape; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "checkpoint"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint: tandem_admin.CheckpointNowRequest.$Shape; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "checkpoints"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints: tandem_admin.CheckpointsRequest.$Shape; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "rollback"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback: tandem_admin.RollbackRequest.$Shape; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "tokenCreate"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate: tandem_admin.TokenCreateRequest.$Shape; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "tokenRevoke"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke: tandem_admin.TokenRevokeRequest.$Shape; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "tokensList"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList: tandem_admin.TokensListRequest.$Shape; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "export"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export": tandem_admin.ExportRequest.$Shape; blob?: null; logs?: null; metrics?: null }|{ body?: "blob"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob: tandem_admin.BlobRequest.$Shape; logs?: null; metrics?: null }|{ body?: "logs"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs: tandem_admin.LogsRequest.$Shape; metrics?: null }|{ body?: "metrics"; status?: null; workers?: null; plan?: null; drain?: null; kick?: null; pause?: null; resume?: null; checkpoint?: null; checkpoints?: null; rollback?: null; tokenCreate?: null; tokenRevoke?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics: tandem_admin.MetricsRequest.$Shape })
        );
    }

    enum AdminErrorCode {
        ADMIN_ERROR_CODE_NONE = 0,
        ADMIN_ERROR_CODE_UNAUTHORIZED = 1,
        ADMIN_ERROR_CODE_FORBIDDEN = 2,
        ADMIN_ERROR_CODE_BAD_REQUEST = 3,
        ADMIN_ERROR_CODE_UNKNOWN_PEER = 4,
        ADMIN_ERROR_CODE_NO_CHECKPOINT = 5,
        ADMIN_ERROR_CODE_NOT_RUNNING = 6,
        ADMIN_ERROR_CODE_UNKNOWN_TOKEN = 7,
        ADMIN_ERROR_CODE_UNKNOWN_BLOB = 8,
        ADMIN_ERROR_CODE_BUSY = 9,
        ADMIN_ERROR_CODE_INTERNAL = 10,
        ADMIN_ERROR_CODE_PEER_UNREACHABLE = 11
    }

    interface IAdminAnswer extends tandem_admin.AdminAnswer.$Properties {
    }

    class AdminAnswer {
        constructor(p?: tandem_admin.AdminAnswer.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        ok: boolean;
        error: tandem_admin.AdminErrorCode;
        message: string;
        status?: (tandem_admin.StatusAnswer.$Properties|null);
        workers?: (tandem_admin.WorkersAnswer.$Properties|null);
        plan?: (tandem_admin.PlanAnswer.$Properties|null);
        ack?: (tandem_admin.AckAnswer.$Properties|null);
        checkpoint?: (tandem_admin.CheckpointNowAnswer.$Properties|null);
        checkpoints?: (tandem_admin.CheckpointsAnswer.$Properties|null);
        token?: (tandem_admin.TokenAnswer.$Properties|null);
        tokensList?: (tandem_admin.TokensListAnswer.$Properties|null);
        export?: (tandem_admin.ExportAnswer.$Properties|null);
        blob?: (tandem_admin.BlobAnswer.$Properties|null);
        logs?: (tandem_admin.LogsAnswer.$Properties|null);
        metrics?: (tandem_admin.MetricsAnswer.$Properties|null);
        body?: ("status"|"workers"|"plan"|"ack"|"checkpoint"|"checkpoints"|"token"|"tokensList"|"export"|"blob"|"logs"|"metrics");
        static create(properties: tandem_admin.AdminAnswer.$Shape): tandem_admin.AdminAnswer & tandem_admin.AdminAnswer.$Shape;
        static create(properties?: tandem_admin.AdminAnswer.$Properties): tandem_admin.AdminAnswer;
        static encode(m: tandem_admin.AdminAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.AdminAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.AdminAnswer & tandem_admin.AdminAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.AdminAnswer & tandem_admin.AdminAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.AdminAnswer;
        static toObject(m: tandem_admin.AdminAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AdminAnswer {
        interface $Properties {
            requestId?: (number|null);
            ok?: (boolean|null);
            error?: (tandem_admin.AdminErrorCode|null);
            message?: (string|null);
            status?: (tandem_admin.StatusAnswer.$Properties|null);
            workers?: (tandem_admin.WorkersAnswer.$Properties|null);
            plan?: (tandem_admin.PlanAnswer.$Properties|null);
            ack?: (tandem_admin.AckAnswer.$Properties|null);
            checkpoint?: (tandem_admin.CheckpointNowAnswer.$Properties|null);
            checkpoints?: (tandem_admin.CheckpointsAnswer.$Properties|null);
            token?: (tandem_admin.TokenAnswer.$Properties|null);
            tokensList?: (tandem_admin.TokensListAnswer.$Properties|null);
            "export"?: (tandem_admin.ExportAnswer.$Properties|null);
            blob?: (tandem_admin.BlobAnswer.$Properties|null);
            logs?: (tandem_admin.LogsAnswer.$Properties|null);
            metrics?: (tandem_admin.MetricsAnswer.$Properties|null);
            body?: ("status"|"workers"|"plan"|"ack"|"checkpoint"|"checkpoints"|"token"|"tokensList"|"export"|"blob"|"logs"|"metrics");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          requestId?: number|null;
          ok?: boolean|null;
          error?: tandem_admin.AdminErrorCode|null;
          message?: string|null;
          status?: tandem_admin.StatusAnswer.$Shape|null;
          workers?: tandem_admin.WorkersAnswer.$Shape|null;
          plan?: tandem_admin.PlanAnswer.$Shape|null;
          ack?: tandem_admin.AckAnswer.$Shape|null;
          checkpoint?: tandem_admin.CheckpointNowAnswer.$Shape|null;
          checkpoints?: tandem_admin.CheckpointsAnswer.$Shape|null;
          token?: tandem_admin.TokenAnswer.$Shape|null;
          tokensList?: tandem_admin.TokensListAnswer.$Shape|null;
          "export"?: tandem_admin.ExportAnswer.$Shape|null;
          blob?: tandem_admin.BlobAnswer.$Shape|null;
          logs?: tandem_admin.LogsAnswer.$Shape|null;
          metrics?: tandem_admin.MetricsAnswer.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "status"; status: tandem_admin.StatusAnswer.$Shape; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "workers"; status?: null; workers: tandem_admin.WorkersAnswer.$Shape; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "plan"; status?: null; workers?: null; plan: tandem_admin.PlanAnswer.$Shape; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "ack"; status?: null; workers?: null; plan?: null; ack: tandem_admin.AckAnswer.$Shape; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "checkpoint"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint: tandem_admin.CheckpointNowAnswer.$Shape; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "checkpoints"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints: tandem_admin.CheckpointsAnswer.$Shape; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "token"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token: tandem_admin.TokenAnswer.$Shape; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "tokensList"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList: tandem_admin.TokensListAnswer.$Shape; "export"?: null; blob?: null; logs?: null; metrics?: null }|{ body?: "export"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export": tandem_admin.ExportAnswer.$Shape; blob?: null; logs?: null; metrics?: null }|{ body?: "blob"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob: tandem_admin.BlobAnswer.$Shape; logs?: null; metrics?: null }|{ body?: "logs"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs: tandem_admin.LogsAnswer.$Shape; metrics?: null }|{ body?: "metrics"; status?: null; workers?: null; plan?: null; ack?: null; checkpoint?: null; checkpoints?: null; token?: null; tokensList?: null; "export"?: null; blob?: null; logs?: null; metrics: tandem_admin.MetricsAnswer.$Shape })
        );
    }

    interface IStatusRequest extends tandem_admin.StatusRequest.$Properties {
    }

    class StatusRequest {
        constructor(p?: tandem_admin.StatusRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: tandem_admin.StatusRequest.$Shape): tandem_admin.StatusRequest & tandem_admin.StatusRequest.$Shape;
        static create(properties?: tandem_admin.StatusRequest.$Properties): tandem_admin.StatusRequest;
        static encode(m: tandem_admin.StatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.StatusRequest & tandem_admin.StatusRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.StatusRequest & tandem_admin.StatusRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.StatusRequest;
        static toObject(m: tandem_admin.StatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StatusRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.StatusRequest.$Properties;
    }

    interface IWorkersRequest extends tandem_admin.WorkersRequest.$Properties {
    }

    class WorkersRequest {
        constructor(p?: tandem_admin.WorkersRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: tandem_admin.WorkersRequest.$Shape): tandem_admin.WorkersRequest & tandem_admin.WorkersRequest.$Shape;
        static create(properties?: tandem_admin.WorkersRequest.$Properties): tandem_admin.WorkersRequest;
        static encode(m: tandem_admin.WorkersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.WorkersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.WorkersRequest & tandem_admin.WorkersRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.WorkersRequest & tandem_admin.WorkersRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.WorkersRequest;
        static toObject(m: tandem_admin.WorkersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace WorkersRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.WorkersRequest.$Properties;
    }

    interface IPlanRequest extends tandem_admin.PlanRequest.$Properties {
    }

    class PlanRequest {
        constructor(p?: tandem_admin.PlanRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: tandem_admin.PlanRequest.$Shape): tandem_admin.PlanRequest & tandem_admin.PlanRequest.$Shape;
        static create(properties?: tandem_admin.PlanRequest.$Properties): tandem_admin.PlanRequest;
        static encode(m: tandem_admin.PlanRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.PlanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.PlanRequest & tandem_admin.PlanRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.PlanRequest & tandem_admin.PlanRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.PlanRequest;
        static toObject(m: tandem_admin.PlanRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlanRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.PlanRequest.$Properties;
    }

    interface IDrainRequest extends tandem_admin.DrainRequest.$Properties {
    }

    class DrainRequest {
        constructor(p?: tandem_admin.DrainRequest.$Properties);
        $unknowns?: Uint8Array[];
        peerId: string;
        reason: string;
        static create(properties: tandem_admin.DrainRequest.$Shape): tandem_admin.DrainRequest & tandem_admin.DrainRequest.$Shape;
        static create(properties?: tandem_admin.DrainRequest.$Properties): tandem_admin.DrainRequest;
        static encode(m: tandem_admin.DrainRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.DrainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.DrainRequest & tandem_admin.DrainRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.DrainRequest & tandem_admin.DrainRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.DrainRequest;
        static toObject(m: tandem_admin.DrainRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DrainRequest {
        interface $Properties {
            peerId?: (string|null);
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.DrainRequest.$Properties;
    }

    interface IKickRequest extends tandem_admin.KickRequest.$Properties {
    }

    class KickRequest {
        constructor(p?: tandem_admin.KickRequest.$Properties);
        $unknowns?: Uint8Array[];
        peerId: string;
        reason: string;
        ban: boolean;
        static create(properties: tandem_admin.KickRequest.$Shape): tandem_admin.KickRequest & tandem_admin.KickRequest.$Shape;
        static create(properties?: tandem_admin.KickRequest.$Properties): tandem_admin.KickRequest;
        static encode(m: tandem_admin.KickRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.KickRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.KickRequest & tandem_admin.KickRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.KickRequest & tandem_admin.KickRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.KickRequest;
        static toObject(m: tandem_admin.KickRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace KickRequest {
        interface $Properties {
            peerId?: (string|null);
            reason?: (string|null);
            ban?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.KickRequest.$Properties;
    }

    interface IPauseRequest extends tandem_admin.PauseRequest.$Properties {
    }

    class PauseRequest {
        constructor(p?: tandem_admin.PauseRequest.$Properties);
        $unknowns?: Uint8Array[];
        reason: string;
        static create(properties: tandem_admin.PauseRequest.$Shape): tandem_admin.PauseRequest & tandem_admin.PauseRequest.$Shape;
        static create(properties?: tandem_admin.PauseRequest.$Properties): tandem_admin.PauseRequest;
        static encode(m: tandem_admin.PauseRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.PauseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.PauseRequest & tandem_admin.PauseRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.PauseRequest & tandem_admin.PauseRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.PauseRequest;
        static toObject(m: tandem_admin.PauseRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PauseRequest {
        interface $Properties {
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.PauseRequest.$Properties;
    }

    interface IResumeRequest extends tandem_admin.ResumeRequest.$Properties {
    }

    class ResumeRequest {
        constructor(p?: tandem_admin.ResumeRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: tandem_admin.ResumeRequest.$Shape): tandem_admin.ResumeRequest & tandem_admin.ResumeRequest.$Shape;
        static create(properties?: tandem_admin.ResumeRequest.$Properties): tandem_admin.ResumeRequest;
        static encode(m: tandem_admin.ResumeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.ResumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.ResumeRequest & tandem_admin.ResumeRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.ResumeRequest & tandem_admin.ResumeRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.ResumeRequest;
        static toObject(m: tandem_admin.ResumeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ResumeRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.ResumeRequest.$Properties;
    }

    interface ICheckpointNowRequest extends tandem_admin.CheckpointNowRequest.$Properties {
    }

    class CheckpointNowRequest {
        constructor(p?: tandem_admin.CheckpointNowRequest.$Properties);
        $unknowns?: Uint8Array[];
        wait: boolean;
        static create(properties: tandem_admin.CheckpointNowRequest.$Shape): tandem_admin.CheckpointNowRequest & tandem_admin.CheckpointNowRequest.$Shape;
        static create(properties?: tandem_admin.CheckpointNowRequest.$Properties): tandem_admin.CheckpointNowRequest;
        static encode(m: tandem_admin.CheckpointNowRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.CheckpointNowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.CheckpointNowRequest & tandem_admin.CheckpointNowRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.CheckpointNowRequest & tandem_admin.CheckpointNowRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.CheckpointNowRequest;
        static toObject(m: tandem_admin.CheckpointNowRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CheckpointNowRequest {
        interface $Properties {
            wait?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.CheckpointNowRequest.$Properties;
    }

    interface ICheckpointsRequest extends tandem_admin.CheckpointsRequest.$Properties {
    }

    class CheckpointsRequest {
        constructor(p?: tandem_admin.CheckpointsRequest.$Properties);
        $unknowns?: Uint8Array[];
        limit: number;
        static create(properties: tandem_admin.CheckpointsRequest.$Shape): tandem_admin.CheckpointsRequest & tandem_admin.CheckpointsRequest.$Shape;
        static create(properties?: tandem_admin.CheckpointsRequest.$Properties): tandem_admin.CheckpointsRequest;
        static encode(m: tandem_admin.CheckpointsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.CheckpointsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.CheckpointsRequest & tandem_admin.CheckpointsRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.CheckpointsRequest & tandem_admin.CheckpointsRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.CheckpointsRequest;
        static toObject(m: tandem_admin.CheckpointsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CheckpointsRequest {
        interface $Properties {
            limit?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.CheckpointsRequest.$Properties;
    }

    interface IRollbackRequest extends tandem_admin.RollbackRequest.$Properties {
    }

    class RollbackRequest {
        constructor(p?: tandem_admin.RollbackRequest.$Properties);
        $unknowns?: Uint8Array[];
        step: number;
        static create(properties: tandem_admin.RollbackRequest.$Shape): tandem_admin.RollbackRequest & tandem_admin.RollbackRequest.$Shape;
        static create(properties?: tandem_admin.RollbackRequest.$Properties): tandem_admin.RollbackRequest;
        static encode(m: tandem_admin.RollbackRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.RollbackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.RollbackRequest & tandem_admin.RollbackRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.RollbackRequest & tandem_admin.RollbackRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.RollbackRequest;
        static toObject(m: tandem_admin.RollbackRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RollbackRequest {
        interface $Properties {
            step?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.RollbackRequest.$Properties;
    }

    enum TokenKind {
        TOKEN_KIND_UNSPECIFIED = 0,
        TOKEN_KIND_JOIN = 1,
        TOKEN_KIND_VIEWER = 2
    }

    interface ITokenCreateRequest extends tandem_admin.TokenCreateRequest.$Properties {
    }

    class TokenCreateRequest {
        constructor(p?: tandem_admin.TokenCreateRequest.$Properties);
        $unknowns?: Uint8Array[];
        kind: tandem_admin.TokenKind;
        label: string;
        ttlMs: number;
        usesMax: number;
        static create(properties: tandem_admin.TokenCreateRequest.$Shape): tandem_admin.TokenCreateRequest & tandem_admin.TokenCreateRequest.$Shape;
        static create(properties?: tandem_admin.TokenCreateRequest.$Properties): tandem_admin.TokenCreateRequest;
        static encode(m: tandem_admin.TokenCreateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.TokenCreateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.TokenCreateRequest & tandem_admin.TokenCreateRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.TokenCreateRequest & tandem_admin.TokenCreateRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.TokenCreateRequest;
        static toObject(m: tandem_admin.TokenCreateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TokenCreateRequest {
        interface $Properties {
            kind?: (tandem_admin.TokenKind|null);
            label?: (string|null);
            ttlMs?: (number|null);
            usesMax?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.TokenCreateRequest.$Properties;
    }

    interface ITokenRevokeRequest extends tandem_admin.TokenRevokeRequest.$Properties {
    }

    class TokenRevokeRequest {
        constructor(p?: tandem_admin.TokenRevokeRequest.$Properties);
        $unknowns?: Uint8Array[];
        tokenId: string;
        static create(properties: tandem_admin.TokenRevokeRequest.$Shape): tandem_admin.TokenRevokeRequest & tandem_admin.TokenRevokeRequest.$Shape;
        static create(properties?: tandem_admin.TokenRevokeRequest.$Properties): tandem_admin.TokenRevokeRequest;
        static encode(m: tandem_admin.TokenRevokeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.TokenRevokeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.TokenRevokeRequest & tandem_admin.TokenRevokeRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.TokenRevokeRequest & tandem_admin.TokenRevokeRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.TokenRevokeRequest;
        static toObject(m: tandem_admin.TokenRevokeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TokenRevokeRequest {
        interface $Properties {
            tokenId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.TokenRevokeRequest.$Properties;
    }

    interface ITokensListRequest extends tandem_admin.TokensListRequest.$Properties {
    }

    class TokensListRequest {
        constructor(p?: tandem_admin.TokensListRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: tandem_admin.TokensListRequest.$Shape): tandem_admin.TokensListRequest & tandem_admin.TokensListRequest.$Shape;
        static create(properties?: tandem_admin.TokensListRequest.$Properties): tandem_admin.TokensListRequest;
        static encode(m: tandem_admin.TokensListRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.TokensListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.TokensListRequest & tandem_admin.TokensListRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.TokensListRequest & tandem_admin.TokensListRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.TokensListRequest;
        static toObject(m: tandem_admin.TokensListRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TokensListRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.TokensListRequest.$Properties;
    }

    interface IExportRequest extends tandem_admin.ExportRequest.$Properties {
    }

    class ExportRequest {
        constructor(p?: tandem_admin.ExportRequest.$Properties);
        $unknowns?: Uint8Array[];
        step: number;
        dtype: string;
        serverOutDir: string;
        static create(properties: tandem_admin.ExportRequest.$Shape): tandem_admin.ExportRequest & tandem_admin.ExportRequest.$Shape;
        static create(properties?: tandem_admin.ExportRequest.$Properties): tandem_admin.ExportRequest;
        static encode(m: tandem_admin.ExportRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.ExportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.ExportRequest & tandem_admin.ExportRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.ExportRequest & tandem_admin.ExportRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.ExportRequest;
        static toObject(m: tandem_admin.ExportRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExportRequest {
        interface $Properties {
            step?: (number|null);
            dtype?: (string|null);
            serverOutDir?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.ExportRequest.$Properties;
    }

    interface IBlobRequest extends tandem_admin.BlobRequest.$Properties {
    }

    class BlobRequest {
        constructor(p?: tandem_admin.BlobRequest.$Properties);
        $unknowns?: Uint8Array[];
        sha256: string;
        offset: number;
        length: number;
        static create(properties: tandem_admin.BlobRequest.$Shape): tandem_admin.BlobRequest & tandem_admin.BlobRequest.$Shape;
        static create(properties?: tandem_admin.BlobRequest.$Properties): tandem_admin.BlobRequest;
        static encode(m: tandem_admin.BlobRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.BlobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.BlobRequest & tandem_admin.BlobRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.BlobRequest & tandem_admin.BlobRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.BlobRequest;
        static toObject(m: tandem_admin.BlobRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BlobRequest {
        interface $Properties {
            sha256?: (string|null);
            offset?: (number|null);
            length?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.BlobRequest.$Properties;
    }

    interface ILogsRequest extends tandem_admin.LogsRequest.$Properties {
    }

    class LogsRequest {
        constructor(p?: tandem_admin.LogsRequest.$Properties);
        $unknowns?: Uint8Array[];
        peerId: string;
        linesMax: number;
        levelMin: string;
        static create(properties: tandem_admin.LogsRequest.$Shape): tandem_admin.LogsRequest & tandem_admin.LogsRequest.$Shape;
        static create(properties?: tandem_admin.LogsRequest.$Properties): tandem_admin.LogsRequest;
        static encode(m: tandem_admin.LogsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.LogsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.LogsRequest & tandem_admin.LogsRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.LogsRequest & tandem_admin.LogsRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.LogsRequest;
        static toObject(m: tandem_admin.LogsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LogsRequest {
        interface $Properties {
            peerId?: (string|null);
            linesMax?: (number|null);
            levelMin?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.LogsRequest.$Properties;
    }

    interface IMetricsRequest extends tandem_admin.MetricsRequest.$Properties {
    }

    class MetricsRequest {
        constructor(p?: tandem_admin.MetricsRequest.$Properties);
        $unknowns?: Uint8Array[];
        sinceStep: number;
        pointsMax: number;
        static create(properties: tandem_admin.MetricsRequest.$Shape): tandem_admin.MetricsRequest & tandem_admin.MetricsRequest.$Shape;
        static create(properties?: tandem_admin.MetricsRequest.$Properties): tandem_admin.MetricsRequest;
        static encode(m: tandem_admin.MetricsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.MetricsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.MetricsRequest & tandem_admin.MetricsRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.MetricsRequest & tandem_admin.MetricsRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.MetricsRequest;
        static toObject(m: tandem_admin.MetricsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricsRequest {
        interface $Properties {
            sinceStep?: (number|null);
            pointsMax?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.MetricsRequest.$Properties;
    }

    interface IStatusAnswer extends tandem_admin.StatusAnswer.$Properties {
    }

    class StatusAnswer {
        constructor(p?: tandem_admin.StatusAnswer.$Properties);
        $unknowns?: Uint8Array[];
        runId: string;
        runName: string;
        state: string;
        stateReason: string;
        step: number;
        stepsMax: number;
        loss: number;
        tokensPerSecond: number;
        planEpoch: number;
        lastCheckpointStep: number;
        hasCheckpoint: boolean;
        workers: number;
        numStages: number;
        numReplicas: number;
        startedAtMs: number;
        tokensSeen: number;
        bytesSent: number;
        bytesUncompressed: number;
        recoveries: number;
        lossScale: number;
        coordinatorPeerId: string;
        multiaddrs: string[];
        softwareVersion: string;
        stepMs: number;
        static create(properties: tandem_admin.StatusAnswer.$Shape): tandem_admin.StatusAnswer & tandem_admin.StatusAnswer.$Shape;
        static create(properties?: tandem_admin.StatusAnswer.$Properties): tandem_admin.StatusAnswer;
        static encode(m: tandem_admin.StatusAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.StatusAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.StatusAnswer & tandem_admin.StatusAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.StatusAnswer & tandem_admin.StatusAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.StatusAnswer;
        static toObject(m: tandem_admin.StatusAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StatusAnswer {
        interface $Properties {
            runId?: (string|null);
            runName?: (string|null);
            state?: (string|null);
            stateReason?: (string|null);
            step?: (number|null);
            stepsMax?: (number|null);
            loss?: (number|null);
            tokensPerSecond?: (number|null);
            planEpoch?: (number|null);
            lastCheckpointStep?: (number|null);
            hasCheckpoint?: (boolean|null);
            workers?: (number|null);
            numStages?: (number|null);
            numReplicas?: (number|null);
            startedAtMs?: (number|null);
            tokensSeen?: (number|null);
            bytesSent?: (number|null);
            bytesUncompressed?: (number|null);
            recoveries?: (number|null);
            lossScale?: (number|null);
            coordinatorPeerId?: (string|null);
            multiaddrs?: (string[]|null);
            softwareVersion?: (string|null);
            stepMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.StatusAnswer.$Properties;
    }

    interface ILink extends tandem_admin.Link.$Properties {
    }

    class Link {
        constructor(p?: tandem_admin.Link.$Properties);
        $unknowns?: Uint8Array[];
        peerId: string;
        latencyMs: number;
        bandwidthBytesPerSecond: number;
        measuredAtMs: number;
        static create(properties: tandem_admin.Link.$Shape): tandem_admin.Link & tandem_admin.Link.$Shape;
        static create(properties?: tandem_admin.Link.$Properties): tandem_admin.Link;
        static encode(m: tandem_admin.Link.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.Link.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.Link & tandem_admin.Link.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.Link & tandem_admin.Link.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.Link;
        static toObject(m: tandem_admin.Link, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Link {
        interface $Properties {
            peerId?: (string|null);
            latencyMs?: (number|null);
            bandwidthBytesPerSecond?: (number|null);
            measuredAtMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.Link.$Properties;
    }

    interface IWorkerInfo extends tandem_admin.WorkerInfo.$Properties {
    }

    class WorkerInfo {
        constructor(p?: tandem_admin.WorkerInfo.$Properties);
        $unknowns?: Uint8Array[];
        peerId: string;
        workerId: string;
        name: string;
        deviceKind: string;
        deviceName: string;
        deviceMemoryBytes: number;
        layerSecondsFwdBwd: number;
        assigned: boolean;
        stageIndex: number;
        replicaIndex: number;
        layerStart: number;
        layerEnd: number;
        reachability: string;
        links: tandem_admin.Link.$Properties[];
        stepMs: number;
        stragglerRank: number;
        lastSeenAtMs: number;
        state: string;
        softwareVersion: string;
        multiaddrs: string[];
        badFrames: number;
        bytesOut: number;
        bytesIn: number;
        joinedAtMs: number;
        static create(properties: tandem_admin.WorkerInfo.$Shape): tandem_admin.WorkerInfo & tandem_admin.WorkerInfo.$Shape;
        static create(properties?: tandem_admin.WorkerInfo.$Properties): tandem_admin.WorkerInfo;
        static encode(m: tandem_admin.WorkerInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.WorkerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.WorkerInfo & tandem_admin.WorkerInfo.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.WorkerInfo & tandem_admin.WorkerInfo.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.WorkerInfo;
        static toObject(m: tandem_admin.WorkerInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace WorkerInfo {
        interface $Properties {
            peerId?: (string|null);
            workerId?: (string|null);
            name?: (string|null);
            deviceKind?: (string|null);
            deviceName?: (string|null);
            deviceMemoryBytes?: (number|null);
            layerSecondsFwdBwd?: (number|null);
            assigned?: (boolean|null);
            stageIndex?: (number|null);
            replicaIndex?: (number|null);
            layerStart?: (number|null);
            layerEnd?: (number|null);
            reachability?: (string|null);
            links?: (tandem_admin.Link.$Properties[]|null);
            stepMs?: (number|null);
            stragglerRank?: (number|null);
            lastSeenAtMs?: (number|null);
            state?: (string|null);
            softwareVersion?: (string|null);
            multiaddrs?: (string[]|null);
            badFrames?: (number|null);
            bytesOut?: (number|null);
            bytesIn?: (number|null);
            joinedAtMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.WorkerInfo.$Properties;
    }

    interface IWorkersAnswer extends tandem_admin.WorkersAnswer.$Properties {
    }

    class WorkersAnswer {
        constructor(p?: tandem_admin.WorkersAnswer.$Properties);
        $unknowns?: Uint8Array[];
        workers: tandem_admin.WorkerInfo.$Properties[];
        static create(properties: tandem_admin.WorkersAnswer.$Shape): tandem_admin.WorkersAnswer & tandem_admin.WorkersAnswer.$Shape;
        static create(properties?: tandem_admin.WorkersAnswer.$Properties): tandem_admin.WorkersAnswer;
        static encode(m: tandem_admin.WorkersAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.WorkersAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.WorkersAnswer & tandem_admin.WorkersAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.WorkersAnswer & tandem_admin.WorkersAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.WorkersAnswer;
        static toObject(m: tandem_admin.WorkersAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace WorkersAnswer {
        interface $Properties {
            workers?: (tandem_admin.WorkerInfo.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.WorkersAnswer.$Properties;
    }

    interface IPlanCell extends tandem_admin.PlanCell.$Properties {
    }

    class PlanCell {
        constructor(p?: tandem_admin.PlanCell.$Properties);
        $unknowns?: Uint8Array[];
        stageIndex: number;
        replicaIndex: number;
        peerId: string;
        layerStart: number;
        layerEnd: number;
        predictedComputeMs: number;
        measuredStepMs: number;
        static create(properties: tandem_admin.PlanCell.$Shape): tandem_admin.PlanCell & tandem_admin.PlanCell.$Shape;
        static create(properties?: tandem_admin.PlanCell.$Properties): tandem_admin.PlanCell;
        static encode(m: tandem_admin.PlanCell.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.PlanCell.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.PlanCell & tandem_admin.PlanCell.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.PlanCell & tandem_admin.PlanCell.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.PlanCell;
        static toObject(m: tandem_admin.PlanCell, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlanCell {
        interface $Properties {
            stageIndex?: (number|null);
            replicaIndex?: (number|null);
            peerId?: (string|null);
            layerStart?: (number|null);
            layerEnd?: (number|null);
            predictedComputeMs?: (number|null);
            measuredStepMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.PlanCell.$Properties;
    }

    interface IStepBreakdown extends tandem_admin.StepBreakdown.$Properties {
    }

    class StepBreakdown {
        constructor(p?: tandem_admin.StepBreakdown.$Properties);
        $unknowns?: Uint8Array[];
        computeMs: number;
        pipelineTransferMs: number;
        bubbleMs: number;
        dataParallelSyncMs: number;
        totalMs: number;
        static create(properties: tandem_admin.StepBreakdown.$Shape): tandem_admin.StepBreakdown & tandem_admin.StepBreakdown.$Shape;
        static create(properties?: tandem_admin.StepBreakdown.$Properties): tandem_admin.StepBreakdown;
        static encode(m: tandem_admin.StepBreakdown.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.StepBreakdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.StepBreakdown & tandem_admin.StepBreakdown.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.StepBreakdown & tandem_admin.StepBreakdown.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.StepBreakdown;
        static toObject(m: tandem_admin.StepBreakdown, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StepBreakdown {
        interface $Properties {
            computeMs?: (number|null);
            pipelineTransferMs?: (number|null);
            bubbleMs?: (number|null);
            dataParallelSyncMs?: (number|null);
            totalMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.StepBreakdown.$Properties;
    }

    interface IPlanAnswer extends tandem_admin.PlanAnswer.$Properties {
    }

    class PlanAnswer {
        constructor(p?: tandem_admin.PlanAnswer.$Properties);
        $unknowns?: Uint8Array[];
        epoch: number;
        resumeStep: number;
        numStages: number;
        numReplicas: number;
        cells: tandem_admin.PlanCell.$Properties[];
        schedule: string;
        microBatchesPerStep: number;
        predicted?: (tandem_admin.StepBreakdown.$Properties|null);
        measuredStepMs: number;
        reason: string;
        createdAtMs: number;
        paused: boolean;
        codecsJson: string;
        static create(properties: tandem_admin.PlanAnswer.$Shape): tandem_admin.PlanAnswer & tandem_admin.PlanAnswer.$Shape;
        static create(properties?: tandem_admin.PlanAnswer.$Properties): tandem_admin.PlanAnswer;
        static encode(m: tandem_admin.PlanAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.PlanAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.PlanAnswer & tandem_admin.PlanAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.PlanAnswer & tandem_admin.PlanAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.PlanAnswer;
        static toObject(m: tandem_admin.PlanAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlanAnswer {
        interface $Properties {
            epoch?: (number|null);
            resumeStep?: (number|null);
            numStages?: (number|null);
            numReplicas?: (number|null);
            cells?: (tandem_admin.PlanCell.$Properties[]|null);
            schedule?: (string|null);
            microBatchesPerStep?: (number|null);
            predicted?: (tandem_admin.StepBreakdown.$Properties|null);
            measuredStepMs?: (number|null);
            reason?: (string|null);
            createdAtMs?: (number|null);
            paused?: (boolean|null);
            codecsJson?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.PlanAnswer.$Properties;
    }

    interface IAckAnswer extends tandem_admin.AckAnswer.$Properties {
    }

    class AckAnswer {
        constructor(p?: tandem_admin.AckAnswer.$Properties);
        $unknowns?: Uint8Array[];
        detail: string;
        effectiveStep: number;
        static create(properties: tandem_admin.AckAnswer.$Shape): tandem_admin.AckAnswer & tandem_admin.AckAnswer.$Shape;
        static create(properties?: tandem_admin.AckAnswer.$Properties): tandem_admin.AckAnswer;
        static encode(m: tandem_admin.AckAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.AckAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.AckAnswer & tandem_admin.AckAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.AckAnswer & tandem_admin.AckAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.AckAnswer;
        static toObject(m: tandem_admin.AckAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AckAnswer {
        interface $Properties {
            detail?: (string|null);
            effectiveStep?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.AckAnswer.$Properties;
    }

    interface ICheckpointNowAnswer extends tandem_admin.CheckpointNowAnswer.$Properties {
    }

    class CheckpointNowAnswer {
        constructor(p?: tandem_admin.CheckpointNowAnswer.$Properties);
        $unknowns?: Uint8Array[];
        step: number;
        committed: boolean;
        manifestSha256: string;
        static create(properties: tandem_admin.CheckpointNowAnswer.$Shape): tandem_admin.CheckpointNowAnswer & tandem_admin.CheckpointNowAnswer.$Shape;
        static create(properties?: tandem_admin.CheckpointNowAnswer.$Properties): tandem_admin.CheckpointNowAnswer;
        static encode(m: tandem_admin.CheckpointNowAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.CheckpointNowAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.CheckpointNowAnswer & tandem_admin.CheckpointNowAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.CheckpointNowAnswer & tandem_admin.CheckpointNowAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.CheckpointNowAnswer;
        static toObject(m: tandem_admin.CheckpointNowAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CheckpointNowAnswer {
        interface $Properties {
            step?: (number|null);
            committed?: (boolean|null);
            manifestSha256?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.CheckpointNowAnswer.$Properties;
    }

    interface ICheckpointInfo extends tandem_admin.CheckpointInfo.$Properties {
    }

    class CheckpointInfo {
        constructor(p?: tandem_admin.CheckpointInfo.$Properties);
        $unknowns?: Uint8Array[];
        step: number;
        manifestSha256: string;
        createdAtMs: number;
        bytes: number;
        blobs: number;
        verification: string;
        lossAvg: number;
        numStages: number;
        numReplicas: number;
        static create(properties: tandem_admin.CheckpointInfo.$Shape): tandem_admin.CheckpointInfo & tandem_admin.CheckpointInfo.$Shape;
        static create(properties?: tandem_admin.CheckpointInfo.$Properties): tandem_admin.CheckpointInfo;
        static encode(m: tandem_admin.CheckpointInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.CheckpointInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.CheckpointInfo & tandem_admin.CheckpointInfo.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.CheckpointInfo & tandem_admin.CheckpointInfo.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.CheckpointInfo;
        static toObject(m: tandem_admin.CheckpointInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CheckpointInfo {
        interface $Properties {
            step?: (number|null);
            manifestSha256?: (string|null);
            createdAtMs?: (number|null);
            bytes?: (number|null);
            blobs?: (number|null);
            verification?: (string|null);
            lossAvg?: (number|null);
            numStages?: (number|null);
            numReplicas?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.CheckpointInfo.$Properties;
    }

    interface ICheckpointsAnswer extends tandem_admin.CheckpointsAnswer.$Properties {
    }

    class CheckpointsAnswer {
        constructor(p?: tandem_admin.CheckpointsAnswer.$Properties);
        $unknowns?: Uint8Array[];
        checkpoints: tandem_admin.CheckpointInfo.$Properties[];
        static create(properties: tandem_admin.CheckpointsAnswer.$Shape): tandem_admin.CheckpointsAnswer & tandem_admin.CheckpointsAnswer.$Shape;
        static create(properties?: tandem_admin.CheckpointsAnswer.$Properties): tandem_admin.CheckpointsAnswer;
        static encode(m: tandem_admin.CheckpointsAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.CheckpointsAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.CheckpointsAnswer & tandem_admin.CheckpointsAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.CheckpointsAnswer & tandem_admin.CheckpointsAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.CheckpointsAnswer;
        static toObject(m: tandem_admin.CheckpointsAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CheckpointsAnswer {
        interface $Properties {
            checkpoints?: (tandem_admin.CheckpointInfo.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.CheckpointsAnswer.$Properties;
    }

    interface ITokenInfo extends tandem_admin.TokenInfo.$Properties {
    }

    class TokenInfo {
        constructor(p?: tandem_admin.TokenInfo.$Properties);
        $unknowns?: Uint8Array[];
        tokenId: string;
        kind: tandem_admin.TokenKind;
        label: string;
        createdAtMs: number;
        expiresAtMs: number;
        usesMax: number;
        uses: number;
        revoked: boolean;
        static create(properties: tandem_admin.TokenInfo.$Shape): tandem_admin.TokenInfo & tandem_admin.TokenInfo.$Shape;
        static create(properties?: tandem_admin.TokenInfo.$Properties): tandem_admin.TokenInfo;
        static encode(m: tandem_admin.TokenInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.TokenInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.TokenInfo & tandem_admin.TokenInfo.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.TokenInfo & tandem_admin.TokenInfo.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.TokenInfo;
        static toObject(m: tandem_admin.TokenInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TokenInfo {
        interface $Properties {
            tokenId?: (string|null);
            kind?: (tandem_admin.TokenKind|null);
            label?: (string|null);
            createdAtMs?: (number|null);
            expiresAtMs?: (number|null);
            usesMax?: (number|null);
            uses?: (number|null);
            revoked?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.TokenInfo.$Properties;
    }

    interface ITokenAnswer extends tandem_admin.TokenAnswer.$Properties {
    }

    class TokenAnswer {
        constructor(p?: tandem_admin.TokenAnswer.$Properties);
        $unknowns?: Uint8Array[];
        info?: (tandem_admin.TokenInfo.$Properties|null);
        token: string;
        static create(properties: tandem_admin.TokenAnswer.$Shape): tandem_admin.TokenAnswer & tandem_admin.TokenAnswer.$Shape;
        static create(properties?: tandem_admin.TokenAnswer.$Properties): tandem_admin.TokenAnswer;
        static encode(m: tandem_admin.TokenAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.TokenAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.TokenAnswer & tandem_admin.TokenAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.TokenAnswer & tandem_admin.TokenAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.TokenAnswer;
        static toObject(m: tandem_admin.TokenAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TokenAnswer {
        interface $Properties {
            info?: (tandem_admin.TokenInfo.$Properties|null);
            token?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.TokenAnswer.$Properties;
    }

    interface ITokensListAnswer extends tandem_admin.TokensListAnswer.$Properties {
    }

    class TokensListAnswer {
        constructor(p?: tandem_admin.TokensListAnswer.$Properties);
        $unknowns?: Uint8Array[];
        tokens: tandem_admin.TokenInfo.$Properties[];
        static create(properties: tandem_admin.TokensListAnswer.$Shape): tandem_admin.TokensListAnswer & tandem_admin.TokensListAnswer.$Shape;
        static create(properties?: tandem_admin.TokensListAnswer.$Properties): tandem_admin.TokensListAnswer;
        static encode(m: tandem_admin.TokensListAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.TokensListAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.TokensListAnswer & tandem_admin.TokensListAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.TokensListAnswer & tandem_admin.TokensListAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.TokensListAnswer;
        static toObject(m: tandem_admin.TokensListAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TokensListAnswer {
        interface $Properties {
            tokens?: (tandem_admin.TokenInfo.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.TokensListAnswer.$Properties;
    }

    interface IExportFile extends tandem_admin.ExportFile.$Properties {
    }

    class ExportFile {
        constructor(p?: tandem_admin.ExportFile.$Properties);
        $unknowns?: Uint8Array[];
        path: string;
        byteLength: number;
        sha256: string;
        static create(properties: tandem_admin.ExportFile.$Shape): tandem_admin.ExportFile & tandem_admin.ExportFile.$Shape;
        static create(properties?: tandem_admin.ExportFile.$Properties): tandem_admin.ExportFile;
        static encode(m: tandem_admin.ExportFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.ExportFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.ExportFile & tandem_admin.ExportFile.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.ExportFile & tandem_admin.ExportFile.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.ExportFile;
        static toObject(m: tandem_admin.ExportFile, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExportFile {
        interface $Properties {
            path?: (string|null);
            byteLength?: (number|null);
            sha256?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.ExportFile.$Properties;
    }

    interface IExportAnswer extends tandem_admin.ExportAnswer.$Properties {
    }

    class ExportAnswer {
        constructor(p?: tandem_admin.ExportAnswer.$Properties);
        $unknowns?: Uint8Array[];
        step: number;
        manifestSha256: string;
        manifest: Uint8Array;
        serverOutDir: string;
        files: tandem_admin.ExportFile.$Properties[];
        static create(properties: tandem_admin.ExportAnswer.$Shape): tandem_admin.ExportAnswer & tandem_admin.ExportAnswer.$Shape;
        static create(properties?: tandem_admin.ExportAnswer.$Properties): tandem_admin.ExportAnswer;
        static encode(m: tandem_admin.ExportAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.ExportAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.ExportAnswer & tandem_admin.ExportAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.ExportAnswer & tandem_admin.ExportAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.ExportAnswer;
        static toObject(m: tandem_admin.ExportAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExportAnswer {
        interface $Properties {
            step?: (number|null);
            manifestSha256?: (string|null);
            manifest?: (Uint8Array|null);
            serverOutDir?: (string|null);
            files?: (tandem_admin.ExportFile.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.ExportAnswer.$Properties;
    }

    interface IBlobAnswer extends tandem_admin.BlobAnswer.$Properties {
    }

    class BlobAnswer {
        constructor(p?: tandem_admin.BlobAnswer.$Properties);
        $unknowns?: Uint8Array[];
        sha256: string;
        offset: number;
        totalBytes: number;
        data: Uint8Array;
        static create(properties: tandem_admin.BlobAnswer.$Shape): tandem_admin.BlobAnswer & tandem_admin.BlobAnswer.$Shape;
        static create(properties?: tandem_admin.BlobAnswer.$Properties): tandem_admin.BlobAnswer;
        static encode(m: tandem_admin.BlobAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.BlobAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.BlobAnswer & tandem_admin.BlobAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.BlobAnswer & tandem_admin.BlobAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.BlobAnswer;
        static toObject(m: tandem_admin.BlobAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BlobAnswer {
        interface $Properties {
            sha256?: (string|null);
            offset?: (number|null);
            totalBytes?: (number|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.BlobAnswer.$Properties;
    }

    interface ILogLine extends tandem_admin.LogLine.$Properties {
    }

    class LogLine {
        constructor(p?: tandem_admin.LogLine.$Properties);
        $unknowns?: Uint8Array[];
        timeMs: number;
        level: string;
        component: string;
        message: string;
        fieldsJson: string;
        static create(properties: tandem_admin.LogLine.$Shape): tandem_admin.LogLine & tandem_admin.LogLine.$Shape;
        static create(properties?: tandem_admin.LogLine.$Properties): tandem_admin.LogLine;
        static encode(m: tandem_admin.LogLine.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.LogLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.LogLine & tandem_admin.LogLine.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.LogLine & tandem_admin.LogLine.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.LogLine;
        static toObject(m: tandem_admin.LogLine, o?: $protobuf.IConversionOptions): { [k: string]: any };
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
        type $Shape = tandem_admin.LogLine.$Properties;
    }

    interface ILogsAnswer extends tandem_admin.LogsAnswer.$Properties {
    }

    class LogsAnswer {
        constructor(p?: tandem_admin.LogsAnswer.$Properties);
        $unknowns?: Uint8Array[];
        peerId: string;
        lines: tandem_admin.LogLine.$Properties[];
        truncated: boolean;
        static create(properties: tandem_admin.LogsAnswer.$Shape): tandem_admin.LogsAnswer & tandem_admin.LogsAnswer.$Shape;
        static create(properties?: tandem_admin.LogsAnswer.$Properties): tandem_admin.LogsAnswer;
        static encode(m: tandem_admin.LogsAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.LogsAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.LogsAnswer & tandem_admin.LogsAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.LogsAnswer & tandem_admin.LogsAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.LogsAnswer;
        static toObject(m: tandem_admin.LogsAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LogsAnswer {
        interface $Properties {
            peerId?: (string|null);
            lines?: (tandem_admin.LogLine.$Properties[]|null);
            truncated?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.LogsAnswer.$Properties;
    }

    interface IMetricPoint extends tandem_admin.MetricPoint.$Properties {
    }

    class MetricPoint {
        constructor(p?: tandem_admin.MetricPoint.$Properties);
        $unknowns?: Uint8Array[];
        step: number;
        timeMs: number;
        loss: number;
        tokensPerSecond: number;
        stepMs: number;
        bytesSent: number;
        bytesUncompressed: number;
        static create(properties: tandem_admin.MetricPoint.$Shape): tandem_admin.MetricPoint & tandem_admin.MetricPoint.$Shape;
        static create(properties?: tandem_admin.MetricPoint.$Properties): tandem_admin.MetricPoint;
        static encode(m: tandem_admin.MetricPoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.MetricPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.MetricPoint & tandem_admin.MetricPoint.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.MetricPoint & tandem_admin.MetricPoint.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.MetricPoint;
        static toObject(m: tandem_admin.MetricPoint, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricPoint {
        interface $Properties {
            step?: (number|null);
            timeMs?: (number|null);
            loss?: (number|null);
            tokensPerSecond?: (number|null);
            stepMs?: (number|null);
            bytesSent?: (number|null);
            bytesUncompressed?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.MetricPoint.$Properties;
    }

    interface IMetricsAnswer extends tandem_admin.MetricsAnswer.$Properties {
    }

    class MetricsAnswer {
        constructor(p?: tandem_admin.MetricsAnswer.$Properties);
        $unknowns?: Uint8Array[];
        points: tandem_admin.MetricPoint.$Properties[];
        static create(properties: tandem_admin.MetricsAnswer.$Shape): tandem_admin.MetricsAnswer & tandem_admin.MetricsAnswer.$Shape;
        static create(properties?: tandem_admin.MetricsAnswer.$Properties): tandem_admin.MetricsAnswer;
        static encode(m: tandem_admin.MetricsAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: tandem_admin.MetricsAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem_admin.MetricsAnswer & tandem_admin.MetricsAnswer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem_admin.MetricsAnswer & tandem_admin.MetricsAnswer.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): tandem_admin.MetricsAnswer;
        static toObject(m: tandem_admin.MetricsAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricsAnswer {
        interface $Properties {
            points?: (tandem_admin.MetricPoint.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = tandem_admin.MetricsAnswer.$Properties;
    }
}
