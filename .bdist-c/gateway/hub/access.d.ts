/**
 * Who may see a dossier and how mutating hub operations honour `Idempotency-Key`, shared by every
 * hub handler.
 * @see specs/lienthong.yaml ("Idempotency"; a client sees its own dossiers and, for a province,
 * those of its province)
 */
import { type Problem } from '../../contracts/problems.js';
import type { MockContext, MockRequest } from '../../mocks/kit/context.js';
import { type MockAnswer } from '../../mocks/kit/index.js';
import { type DossierRecord } from './model.js';
/** The hub's idempotency keys. */
export declare const keys: {
    recall(ctx: Pick<MockContext, "store">, operationId: string, key: string, request: unknown): Promise<import("../../mocks/kit/idempotency.js").Recall>;
    remember(ctx: Pick<MockContext, "store">, recalled: Extract<import("../../mocks/kit/idempotency.js").Recall, {
        kind: "new";
    }>, answer: Problem | {
        readonly status: number;
        readonly body?: unknown;
    }): Promise<void>;
};
/** Who calls when nobody authenticated (a simulated system inside the sandbox). */
export declare const INTERNAL = "he-thong-noi-bo";
/** 409: the key was used with another request. */
export declare function keyReused(): Problem;
/** 404: no dossier the caller may see has this code. */
export declare function unknownDossier(): Problem;
/** 400: a cursor of another listing. */
export declare function invalidCursor(detail: string): Problem;
/** The access rules over a way to find a client system's province. */
export declare function createAccess(clientProvince: (clientId: string) => Promise<string | undefined>): {
    /** The dossier if the caller may see it: its own, or its province's; any for internal calls. */
    visible<Op>(req: MockRequest<Op>, ctx: MockContext, id: string): Promise<DossierRecord | undefined>;
    /** Runs a mutating operation under its `Idempotency-Key`, replaying a stored answer. */
    idempotent<Op>(req: MockRequest<Op>, ctx: MockContext, request: unknown, run: () => Promise<MockAnswer<Op>>): Promise<MockAnswer<Op>>;
};
/** The access rules. */
export type Access = ReturnType<typeof createAccess>;
