const CIVIL = { accept: 'register', refuse: 'refuse', supplement: 'supplement' };
const REFUSE_ONLY = { refuse: 'refuse' };
/**
 * Per `operationId`, the `Prefer: outcome=` value of each forcible outcome. An operation missing
 * here, or an outcome missing for it, cannot be forced (a rule naming it is a 422).
 */
export const FORCIBLE_OUTCOMES = {
    hotichRegisterBirth: CIVIL,
    hotichSupplementBirth: CIVIL,
    hotichRegisterDeath: CIVIL,
    hotichSupplementDeath: CIVIL,
    tinhReceiveDossier: { accept: 'accept', refuse: 'reject', supplement: 'supplement' },
    tinhReceiveSupplement: CIVIL,
    tinhReceiveWithdrawal: { accept: 'accept', refuse: 'refuse' },
    cutruRegisterPermanentResidence: { accept: 'register', refuse: 'refuse' },
    cutruDeregisterPermanentResidence: { accept: 'deregister', refuse: 'refuse' },
    yteIssueBirthCertificate: { accept: 'issue', refuse: 'refuse' },
    yteIssueDeathNotice: { accept: 'issue', refuse: 'refuse' },
    dancuIssuePersonalId: REFUSE_ONLY,
    dancuRecordDeath: REFUSE_ONLY,
    dancuApplyIdCard: REFUSE_ONLY,
    bhxhIssueChildCard: REFUSE_ONLY,
    bhxhClaimDeathBenefits: { accept: 'accept', refuse: 'refuse' },
    xahoiClaimFuneralSupport: { accept: 'accept', refuse: 'refuse' },
    vneidRequestConfirmation: { accept: 'agree', refuse: 'refuse' },
};
/** The `outcome=` value that forces `outcome` on `operationId`, or `undefined` if none does. */
export function preferOutcome(operationId, outcome) {
    return Object.hasOwn(FORCIBLE_OUTCOMES, operationId)
        ? FORCIBLE_OUTCOMES[operationId]?.[outcome]
        : undefined;
}
/**
 * The `Prefer` header an outcome rule injects: `outcome=<value>`, plus `reason=<ma>` when the
 * rule gives a reason (the header carries the stable code only; the mock writes the text).
 * `undefined` when the operation cannot be forced to that outcome.
 */
export function preferHeader(operationId, effect) {
    const value = preferOutcome(operationId, effect.outcome);
    if (value === undefined)
        return undefined;
    return effect.reason === undefined
        ? `outcome=${value}`
        : `outcome=${value}; reason=${effect.reason.ma}`;
}
