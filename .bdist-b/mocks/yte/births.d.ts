/**
 * Issues a signed GCS. The facility must be in the catalogue; the request must pass the rules
 * of {@link birthRequestReasons}; a mother with an ID number must be in the register under the
 * same name and date of birth; a baby is certified once. `Prefer: outcome=issue` skips the
 * checks (not the facility), `outcome=refuse; reason=…` and `outcome=duplicate` force the
 * refusals.
 * @see specs/yte.yaml `yteIssueBirthCertificate`; DOMAIN.md §6.3, §8 "GCS, Mẫu 01"
 */
export declare const issueBirthCertificate: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Reads a GCS by code: the population's certificates (pending ones of expecting mothers and
 * those already used for a registration) and those issued in the sandbox.
 * @see specs/yte.yaml `yteGetBirthCertificate`
 */
export declare const getBirthCertificate: readonly [string, import("../kit/context.js").MockHandler];
