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
export const POLICY_HEADERS = {
  officer: 'x-officer-id',
  purpose: 'x-muc-dich',
  dossier: 'x-ma-ho-so',
  device: 'x-may-tram',
} as const;

/**
 * Classifies one operation from its declared header parameters, so no operation id is
 * hard-coded: a spec that adds the headers brings its operation under the policy.
 * @see OperationAccess
 */
export function operationAccess(operation: Pick<OperationSpec, 'parameters'>): OperationAccess {
  const headers = new Set(
    operation.parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()),
  );
  if (!headers.has(POLICY_HEADERS.officer)) return 'none';
  return headers.has(POLICY_HEADERS.purpose) && headers.has(POLICY_HEADERS.dossier)
    ? 'personal-data'
    : 'citizen';
}

/**
 * The access class of every operation, keyed by `operationId`, computed once at start-up.
 * @see operationAccess
 */
export function operationAccessMap(
  operations: Iterable<Pick<OperationSpec, 'operationId' | 'parameters'>>,
): ReadonlyMap<string, OperationAccess> {
  const map = new Map<string, OperationAccess>();
  for (const operation of operations) map.set(operation.operationId, operationAccess(operation));
  return map;
}
