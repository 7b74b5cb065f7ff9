import type { components } from '../../contracts/generated/vneid.js';
import type { MockContext } from './context.js';
/** A signed electronic document (`SignedDocument` in common.yaml). */
export type SignedDocument = components['schemas']['SignedDocument'];
/** What a document says, before it is signed. */
export interface DocumentDraft {
    readonly maGiayTo: string;
    readonly loaiGiayTo: SignedDocument['loaiGiayTo'];
    readonly coQuanCap: string;
    readonly noiDung: Readonly<Record<string, unknown>>;
}
/**
 * Issues a signed electronic document: the JWS payload is the document's identity plus its
 * content, signed RS256 with the sandbox key (`kid` in the JWKS), dated `issuedAt` (by default
 * now on the sandbox clock; a document issued at a due time or before the sandbox started
 * carries that instant, and RS256 being deterministic it always reads the same).
 * Anyone can verify it with `/.well-known/jwks.json`.
 * @see specs/common.yaml#/components/schemas/SignedDocument
 */
export declare function signDocument(ctx: Pick<MockContext, 'keys' | 'clock'>, draft: DocumentDraft, issuedAt?: Date): SignedDocument;
