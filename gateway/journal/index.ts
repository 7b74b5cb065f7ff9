/**
 * The tamper-evident journal (pipeline stage 9): records, the hash chain, the per-sandbox
 * journal over the Store, and the helpers that fill a record from a call.
 * @see SECURITY.md GW-09, GW-10, GW-11, GW-20; gateway/journal/README.md
 */
export { canonicalJson, type JsonInput } from './canonical-json.js';
export {
  createChainVerifier,
  GENESIS,
  MAX_REPORTED_PROBLEMS,
  verifyEntries,
  type ChainStart,
  type ChainVerifier,
  type JournalProblem,
  type JournalVerifyResult,
} from './chain.js';
export {
  citizenAccessOf,
  extractCitizens,
  fieldsReturned,
  MAX_FIELDS,
  MAX_SUBJECTS,
  subjectsOf,
  type CallData,
} from './citizens.js';
export {
  auditIdOf,
  chainEntry,
  GENESIS_HASH,
  hashEntry,
  JOURNAL_LOG,
  type JournalEntry,
  type JournalRecord,
  type UnhashedEntry,
} from './entry.js';
export {
  decodeJournalCursor,
  encodeJournalCursor,
  matcherOf,
  type JournalFilters,
  type JournalQuery,
} from './filters.js';
export {
  createJournal,
  DEFAULT_JOURNAL_RETENTION,
  journalDefinition,
  type Journal,
  type JournalOptions,
  type JournalPage,
  type JournalRetention,
  type JournalVerification,
  type JournalVerifyRequest,
} from './journal.js';
export { JOURNAL_PROBLEMS } from './problems.js';
export { createJournalOperations, type JournalOperationsOptions } from './control-plane.js';
