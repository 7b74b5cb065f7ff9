/**
 * Every operation of the population database, one `defineOperation` each, typed with the
 * generated `operations` of specs/dancu.yaml.
 * @see specs/dancu.yaml
 */
import type { MockSystem } from '../kit/index.js';
import { applyIdCard, getIdCardApplication } from './id-card-handlers.js';
import { getHealth, lookupCitizen, verifyCitizen } from './lookup-handlers.js';
import { getPersonalIdIssuance, issuePersonalId, recordDeath } from './register-handlers.js';

/**
 * The operations of `dancu`, keyed by `operationId`.
 * @see specs/dancu.yaml
 */
export const DANCU_OPERATIONS: MockSystem['operations'] = [
  getHealth,
  lookupCitizen,
  verifyCitizen,
  issuePersonalId,
  getPersonalIdIssuance,
  recordDeath,
  applyIdCard,
  getIdCardApplication,
];
