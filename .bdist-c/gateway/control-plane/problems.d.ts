/**
 * Problems of the client, officer and confirmation operations of the control plane, declared
 * once as data. Client and officer failures come from the auth registries (`AUTH_PROBLEMS`);
 * these are the ones only the control plane raises.
 * @see specs/sandbox.yaml (tags clients, officers, processing); STYLE.md rule 5
 */
import { type ProblemTemplate } from '../../contracts/problems.js';
/**
 * Every problem the admin operations answer with besides the registries' own.
 * @see specs/sandbox.yaml sandboxRegisterClient (422), sandboxDecideConfirmation (404, 409)
 */
export declare const ADMIN_PROBLEMS: {
    readonly sandboxNotFound: ProblemTemplate;
    readonly invalidCursor: ProblemTemplate;
    readonly scopeUnknown: ProblemTemplate;
    readonly defaultSandboxUnknown: ProblemTemplate;
    readonly confirmationNotFound: ProblemTemplate;
    readonly confirmationAlreadyAnswered: ProblemTemplate;
    readonly confirmationExpired: ProblemTemplate;
};
