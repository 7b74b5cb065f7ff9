/**
 * Who may see a dossier and how mutating hub operations honour `Idempotency-Key`, shared by every
 * hub handler.
 * @see specs/lienthong.yaml ("Idempotency"; a client sees its own dossiers and, for a province,
 * those of its province)
 */
import { problem } from '../../contracts/problems.js';
import { idempotencyKeys, keyOf, replayed } from '../../mocks/kit/idempotency.js';
import { conflict, notFound } from '../../mocks/kit/index.js';
import { ADMIN_PROBLEMS } from '../control-plane/problems.js';
import { HUB_COLLECTIONS } from './model.js';
import { dossiers } from './state.js';
/** The hub's idempotency keys. */
export const keys = idempotencyKeys(HUB_COLLECTIONS.idempotency);
/** Who calls when nobody authenticated (a simulated system inside the sandbox). */
export const INTERNAL = 'he-thong-noi-bo';
/** 409: the key was used with another request. */
export function keyReused() {
    return conflict('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with another request.');
}
/** 404: no dossier the caller may see has this code. */
export function unknownDossier() {
    return notFound('DOSSIER_NOT_FOUND', 'No linked dossier has this code for the caller.');
}
/** 400: a cursor of another listing. */
export function invalidCursor(detail) {
    return problem(ADMIN_PROBLEMS.invalidCursor, detail);
}
/** The access rules over a way to find a client system's province. */
export function createAccess(clientProvince) {
    return {
        /** The dossier if the caller may see it: its own, or its province's; any for internal calls. */
        async visible(req, ctx, id) {
            const d = await dossiers(ctx.store).get(id);
            if (!d || req.caller === undefined)
                return d;
            if (d.clientId === req.caller.clientId)
                return d;
            const province = await clientProvince(req.caller.clientId);
            return province !== undefined && province === d.provinceCode ? d : undefined;
        },
        /** Runs a mutating operation under its `Idempotency-Key`, replaying a stored answer. */
        async idempotent(req, ctx, request, run) {
            const key = `${req.caller?.clientId ?? INTERNAL}|${keyOf(req.headers)}`;
            const seen = await keys.recall(ctx, req.operationId, key, request);
            if (seen.kind === 'reused')
                return keyReused();
            if (seen.kind === 'replay')
                return replayed(seen);
            const answer = await run();
            await keys.remember(ctx, seen, answer);
            return answer;
        },
    };
}
