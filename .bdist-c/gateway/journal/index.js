/**
 * The tamper-evident journal (pipeline stage 9): records, the hash chain, the per-sandbox
 * journal over the Store, and the helpers that fill a record from a call.
 * @see SECURITY.md GW-09, GW-10, GW-11, GW-20; gateway/journal/README.md
 */
export { canonicalJson } from './canonical-json.js';
export { createChainVerifier, GENESIS, MAX_REPORTED_PROBLEMS, verifyEntries, } from './chain.js';
export { citizenAccessOf, extractCitizens, fieldsReturned, MAX_FIELDS, MAX_SUBJECTS, } from './citizens.js';
export { auditIdOf, chainEntry, GENESIS_HASH, hashEntry, JOURNAL_LOG, } from './entry.js';
export { decodeJournalCursor, encodeJournalCursor, matcherOf, } from './filters.js';
export { createJournal, DEFAULT_JOURNAL_RETENTION, journalDefinition, } from './journal.js';
export { JOURNAL_PROBLEMS } from './problems.js';
export { createJournalOperations } from './control-plane.js';
