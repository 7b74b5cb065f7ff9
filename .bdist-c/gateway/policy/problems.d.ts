import { type ProblemTemplate } from '../../contracts/problems.js';
/**
 * Problems of the policy stage, with the codes of SECURITY.md §4. `PURPOSE_NOT_PERMITTED` and
 * `RATE_LIMITED` share type, title and status with the agency mocks' templates of the same code.
 * @see SECURITY.md §4 (gateway error catalogue); GW-04, GW-06, GW-15, GW-16, GW-17
 */
export declare const POLICY_PROBLEMS: {
    readonly officerRequired: ProblemTemplate;
    readonly officerNotPermitted: ProblemTemplate;
    readonly deviceNotRegistered: ProblemTemplate;
    readonly dossierRequired: ProblemTemplate;
    readonly dossierNotActive: ProblemTemplate;
    readonly purposeNotPermitted: ProblemTemplate;
    readonly rateLimited: ProblemTemplate;
    readonly bulkLimitExceeded: ProblemTemplate;
};
/**
 * The stable code of a policy problem.
 * @see POLICY_PROBLEMS
 */
export type PolicyProblemCode = (typeof POLICY_PROBLEMS)[keyof typeof POLICY_PROBLEMS]['code'];
