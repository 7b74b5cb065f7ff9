/**
 * Turns a schema-valid scenario document into the model (steps and checks tagged with `kind`,
 * positions of each step and check recorded).
 * @see scenarios/model.ts
 */
export function toScenario(file, raw, at) {
    const steps = (raw.steps ?? []).map(toStep);
    const then = (raw.then ?? []).map(toCheck);
    const positions = {};
    steps.forEach((_, i) => (positions[`steps/${i}`] = at(`/steps/${i}`)));
    then.forEach((_, i) => (positions[`then/${i}`] = at(`/then/${i}`)));
    return {
        file,
        title: raw.title,
        ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
        tags: (raw.tags ?? []),
        given: (raw.given ?? {}),
        steps,
        then,
        positions,
    };
}
function toStep(raw) {
    if ('call' in raw)
        return toCall(raw);
    if ('advance' in raw)
        return { kind: 'advance', ...raw.advance };
    if ('waitFor' in raw) {
        const w = raw.waitFor;
        return {
            kind: 'waitFor',
            event: w.event,
            dossier: w.dossier,
            ...(w.timeoutMs !== undefined ? { timeoutMs: w.timeoutMs } : {}),
        };
    }
    if ('officer' in raw) {
        const o = raw.officer;
        return {
            kind: 'officer',
            dossier: o.dossier,
            leg: o.leg,
            decide: o.decide,
            ...(o.reasons ? { reasons: o.reasons } : {}),
            ...(o.expect ? { expect: o.expect } : {}),
        };
    }
    const c = raw.citizen;
    return {
        kind: 'citizen',
        dossier: c.dossier,
        answer: c.answer,
        ...(c.expect ? { expect: c.expect } : {}),
    };
}
function toCheck(raw) {
    if ('call' in raw)
        return toCall(raw);
    if ('events' in raw)
        return { kind: 'events', ...raw.events };
    if ('received' in raw)
        return { kind: 'received', ...raw.received };
    return { kind: 'dossier', ...raw };
}
function toCall(raw) {
    const { call, form, expect, headers, ...rest } = raw;
    return {
        kind: 'call',
        operationId: call,
        ...rest,
        ...(headers ? { headers: stringValues(headers) } : {}),
        ...(form ? { form: form } : {}),
        ...(expect ? { expect: expect } : {}),
    };
}
function stringValues(headers) {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));
}
