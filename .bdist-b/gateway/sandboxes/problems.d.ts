/**
 * Problems of the sandbox control plane, declared once as data.
 * @see specs/sandbox.yaml (tags sandboxes, clock, processing, citizens); STYLE.md rule 5
 */
import { type ProblemTemplate } from '../../contracts/problems.js';
/**
 * Every problem the sandbox manager and its control-plane handlers answer with.
 * @see specs/sandbox.yaml; docs/problems.md
 */
export declare const SANDBOX_PROBLEMS: {
    readonly sandboxNotFound: ProblemTemplate;
    readonly sandboxExists: ProblemTemplate;
    readonly defaultSandboxProtected: ProblemTemplate;
    readonly provinceBaseUrlRequired: ProblemTemplate;
    readonly invalidSandboxConfig: ProblemTemplate;
    readonly profileOptionsMismatch: ProblemTemplate;
    readonly clockMoveOutOfRange: ProblemTemplate;
    readonly invalidCursor: ProblemTemplate;
    readonly citizenNotFound: ProblemTemplate;
    readonly citizenGenerationFailed: ProblemTemplate;
};
