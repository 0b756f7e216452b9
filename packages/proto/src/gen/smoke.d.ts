import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace tandem {

    namespace smoke {

        interface IPing extends tandem.smoke.Ping.$Properties {
        }

        class Ping {
            constructor(p?: tandem.smoke.Ping.$Properties);
            $unknowns?: Uint8Array[];
            step: number;
            run: string;
            payload: Uint8Array;
            static create(properties: tandem.smoke.Ping.$Shape): tandem.smoke.Ping & tandem.smoke.Ping.$Shape;
            static create(properties?: tandem.smoke.Ping.$Properties): tandem.smoke.Ping;
            static encode(m: tandem.smoke.Ping.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: tandem.smoke.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tandem.smoke.Ping & tandem.smoke.Ping.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tandem.smoke.Ping & tandem.smoke.Ping.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): tandem.smoke.Ping;
            static toObject(m: tandem.smoke.Ping, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {
            interface $Properties {
                step?: (number|null);
                run?: (string|null);
                payload?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tandem.smoke.Ping.$Properties;
        }
    }
}
