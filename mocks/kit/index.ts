/**
 * What every mock is built from: the context, typed operation definitions, `Prefer`, problems,
 * signed documents and sequences.
 */
export {
  defineOperation,
  type CallRequest,
  type Dispatch,
  type MockAnswer,
  type MockContext,
  type MockHandler,
  type MockRequest,
  type OperationOptions,
  type SandboxResources,
} from './context.js';
export { signDocument, type DocumentDraft, type SignedDocument } from './documents.js';
export { parsePrefer, type Preference, type PreferError } from './prefer.js';
export {
  businessRule,
  conflict,
  forcedProblem,
  MOCK_PROBLEMS,
  notFound,
  type Reason,
} from './problems.js';
export { nextSequence } from './sequences.js';
export type { MockSystem } from './system.js';
