/**
 * Header names (lower case) the policy reads.
 * @see specs/common.yaml#/components/parameters
 */
export const POLICY_HEADERS = {
    officer: 'x-officer-id',
    purpose: 'x-muc-dich',
    dossier: 'x-ma-ho-so',
    device: 'x-may-tram',
};
/**
 * Classifies one operation from its declared header parameters, so no operation id is
 * hard-coded: a spec that adds the headers brings its operation under the policy.
 * @see OperationAccess
 */
export function operationAccess(operation) {
    const headers = new Set(operation.parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()));
    if (!headers.has(POLICY_HEADERS.officer))
        return 'none';
    return headers.has(POLICY_HEADERS.purpose) && headers.has(POLICY_HEADERS.dossier)
        ? 'personal-data'
        : 'citizen';
}
/**
 * The access class of every operation, keyed by `operationId`, computed once at start-up.
 * @see operationAccess
 */
export function operationAccessMap(operations) {
    const map = new Map();
    for (const operation of operations)
        map.set(operation.operationId, operationAccess(operation));
    return map;
}
