import { toVnIso } from '../domain/calendar/index.js';
/**
 * Issues a signed electronic document: the JWS payload is the document's identity plus its
 * content, signed RS256 with the sandbox key (`kid` in the JWKS), dated `issuedAt` (by default
 * now on the sandbox clock; a document issued at a due time or before the sandbox started
 * carries that instant, and RS256 being deterministic it always reads the same).
 * Anyone can verify it with `/.well-known/jwks.json`.
 * @see specs/common.yaml#/components/schemas/SignedDocument
 */
export function signDocument(ctx, draft, issuedAt = ctx.clock.now()) {
    const ngayCap = toVnIso(issuedAt);
    const jws = ctx.keys.sign({
        maGiayTo: draft.maGiayTo,
        loaiGiayTo: draft.loaiGiayTo,
        coQuanCap: draft.coQuanCap,
        ngayCap,
        noiDung: draft.noiDung,
    });
    return { ...draft, noiDung: { ...draft.noiDung }, ngayCap, jws };
}
