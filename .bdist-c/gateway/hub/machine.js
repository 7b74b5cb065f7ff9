/**
 * The leg state machine: the statuses a move starts from, and where it ends.
 * @see specs/common.yaml `LegStatus`
 */
export const LEG_TRANSITIONS = {
    start: { from: ['CHO_XU_LY'], to: 'DANG_XU_LY' },
    complete: { from: ['DANG_XU_LY'], to: 'HOAN_THANH' },
    requestSupplement: { from: ['DANG_XU_LY'], to: 'YEU_CAU_BO_SUNG' },
    supplied: { from: ['YEU_CAU_BO_SUNG'], to: 'DANG_XU_LY' },
    refuse: { from: ['DANG_XU_LY', 'YEU_CAU_BO_SUNG'], to: 'TU_CHOI' },
    fail: { from: ['DANG_XU_LY'], to: 'LOI' },
    cancel: { from: ['CHO_XU_LY', 'DANG_XU_LY', 'YEU_CAU_BO_SUNG'], to: 'DA_HUY' },
};
/** Leg statuses that no longer change. */
export const SETTLED = new Set(['HOAN_THANH', 'TU_CHOI', 'LOI', 'DA_HUY']);
/** The civil-status leg every other leg waits for. */
export const ANCHOR_LEGS = new Set(['KS', 'KT']);
/**
 * What follows a leg settling, by whether it is the anchor and how it settled. The anchor's
 * refusal or failure stops the group (every other leg needs its certificate); a refused other
 * leg keeps the rest going, with its dependents cancelled.
 * @see DOMAIN.md §3 "Birth refused…", "Residence refused", "BHYT failure"; §11 #5
 */
export const REACTIONS = [
    { anchor: true, settled: 'HOAN_THANH', then: ['startReadyLegs'] },
    { anchor: true, settled: 'TU_CHOI', then: ['stopDossier'] },
    { anchor: true, settled: 'LOI', then: ['stopDossier'] },
    { anchor: false, settled: 'HOAN_THANH', then: ['startReadyLegs'] },
    { anchor: false, settled: 'TU_CHOI', then: ['cancelDependents'] },
    { anchor: false, settled: 'LOI', then: ['cancelDependents'] },
];
/**
 * The national-portal status of a dossier, first matching rule wins.
 * @see DOMAIN.md §7 (4 while a leg is active, 5 on a supplement, 8 anchor refused, 9 all
 * finished, 10 delivered; 7 withdrawn)
 */
export const AGGREGATE_RULES = [
    { status: 7, when: (f) => f.withdrawn },
    { status: 8, when: (f) => f.stopped },
    { status: 5, when: (f) => f.legs.includes('YEU_CAU_BO_SUNG') },
    { status: 10, when: (f) => f.delivered && f.legs.every((s) => SETTLED.has(s)) },
    { status: 9, when: (f) => f.legs.every((s) => SETTLED.has(s)) },
    { status: 4, when: (f) => f.legs.some((s) => s !== 'CHO_XU_LY') },
    { status: 2, when: () => true },
];
/** The aggregate status of the facts. */
export function aggregateStatus(facts) {
    const rule = AGGREGATE_RULES.find((r) => r.when(facts));
    if (!rule)
        throw new Error('AGGREGATE_RULES has no catch-all');
    return rule.status;
}
/** A move a leg cannot make from where it is. */
export class IllegalLegMove extends Error {
    name = 'IllegalLegMove';
}
/** True when `event` may move a leg in `status`. */
export function canMove(status, event) {
    return LEG_TRANSITIONS[event].from.includes(status);
}
/** The status `event` moves a leg to; throws {@link IllegalLegMove} when the table forbids it. */
export function nextStatus(status, event) {
    if (!canMove(status, event))
        throw new IllegalLegMove(`${event} is not allowed from ${status}`);
    return LEG_TRANSITIONS[event].to;
}
/** The reactions to a leg that just settled. */
export function reactionsTo(leg, settled) {
    const anchor = ANCHOR_LEGS.has(leg);
    return REACTIONS.find((r) => r.anchor === anchor && r.settled === settled)?.then ?? [];
}
/** Waiting legs whose prerequisites are all done. */
export function readyLegs(legs) {
    const done = new Set(legs.filter((l) => l.state.trangThai === 'HOAN_THANH').map((l) => l.state.ma));
    return legs.filter((l) => l.state.trangThai === 'CHO_XU_LY' && l.dependsOn.every((d) => done.has(d)));
}
/** Waiting legs that (transitively) depend on `leg`. */
export function dependentsOf(legs, leg) {
    const found = new Set();
    let grew = true;
    while (grew) {
        grew = false;
        for (const l of legs) {
            if (found.has(l.state.ma))
                continue;
            if (l.dependsOn.some((d) => d === leg || found.has(d))) {
                found.add(l.state.ma);
                grew = true;
            }
        }
    }
    return legs.filter((l) => found.has(l.state.ma) && !SETTLED.has(l.state.trangThai));
}
/** The anchor leg of a dossier. */
export function anchorOf(dossier) {
    const anchor = dossier.legs.find((l) => ANCHOR_LEGS.has(l.state.ma));
    if (!anchor)
        throw new Error('a linked dossier always has its civil-status leg');
    return anchor;
}
