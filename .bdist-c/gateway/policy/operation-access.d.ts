import type { OperationSpec } from '../../contracts/operation-index.js';
/**
 * What an operation touches, read from the headers it declares: `personal-data` when it declares
 * `X-Officer-Id`, `X-Muc-Dich` and `X-Ma-Ho-So` (a purpose-bound read of personal data),
 * `citizen` when it declares `X-Officer-Id` (an officer acts on a citizen's data), else `none`.
 * @see SECURITY.md §2 GW-04, GW-06; specs/common.yaml parameters `OfficerId`, `Purpose`, `DossierRef`
 */
export type OperationAccess = 'none' | 'citizen' | 'personal-data';
/**
 * Header names (lower case) the policy reads.
 * @see specs/common.yaml#/components/parameters
 */
export declare const POLICY_HEADERS: {
    readonly officer: "x-officer-id";
    readonly purpose: "x-muc-dich";
    readonly dossier: "x-ma-ho-so";
    readonly device: "x-may-tram";
};
/**
 * Classifies one operation from its declared header parameters, so no operation id is
 * hard-coded: a spec that adds the headers brings its operation under the policy.
 * @see OperationAccess
 */
export declare function operationAccess(operation: Pick<OperationSpec, 'parameters'>): OperationAccess;
/**
 * The access class of every operation, keyed by `operationId`, computed once at start-up.
 * @see operationAccess
 */
export declare function operationAccessMap(operations: Iterable<Pick<OperationSpec, 'operationId' | 'parameters'>>): ReadonlyMap<string, OperationAccess>;
