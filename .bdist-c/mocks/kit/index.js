/**
 * What every mock is built from: the context, typed operation definitions, `Prefer`, problems,
 * signed documents, sequences, and the purpose-bound citizen read every agency makes.
 */
export { defineOperation, } from './context.js';
export { lookupCitizen, officerOf, } from './citizens.js';
export { signDocument } from './documents.js';
export { parsePrefer } from './prefer.js';
export { businessRule, conflict, forcedProblem, MOCK_PROBLEMS, notFound, purposeNotPermitted, upstreamUnavailable, } from './problems.js';
export { nextSequence } from './sequences.js';
