import { applyIdCard, getIdCardApplication } from './id-card-handlers.js';
import { getHealth, lookupCitizen, verifyCitizen } from './lookup-handlers.js';
import { getPersonalIdIssuance, issuePersonalId, recordDeath } from './register-handlers.js';
/**
 * The operations of `dancu`, keyed by `operationId`.
 * @see specs/dancu.yaml
 */
export const DANCU_OPERATIONS = [
    getHealth,
    lookupCitizen,
    verifyCitizen,
    issuePersonalId,
    getPersonalIdIssuance,
    recordDeath,
    applyIdCard,
    getIdCardApplication,
];
