/**
 * What every mock is built from: the context, typed operation definitions, `Prefer`, problems,
 * signed documents, sequences, and the purpose-bound citizen read every agency makes.
 */
export { defineOperation, type CallRequest, type Dispatch, type MockAnswer, type MockContext, type MockHandler, type MockRequest, type OperationOptions, type SandboxResources, } from './context.js';
export { lookupCitizen, officerOf, type CitizenAnswer, type CitizenPurpose, type CitizenQuery, type CitizenRecord, } from './citizens.js';
export { signDocument, type DocumentDraft, type SignedDocument } from './documents.js';
export { parsePrefer, type Preference, type PreferError } from './prefer.js';
export { businessRule, conflict, forcedProblem, MOCK_PROBLEMS, notFound, purposeNotPermitted, upstreamUnavailable, type Reason, } from './problems.js';
export { nextSequence } from './sequences.js';
export type { MockSystem } from './system.js';
