import type {
  Check,
  CallStep,
  Expectation,
  FormRequest,
  Given,
  Json,
  Scenario,
  SourcePosition,
  Step,
} from '../model.js';

type Raw = Record<string, Json>;

/**
 * Turns a schema-valid scenario document into the model (steps and checks tagged with `kind`,
 * positions of each step and check recorded).
 * @see scenarios/model.ts
 */
export function toScenario(
  file: string,
  raw: Raw,
  at: (pointer: string) => SourcePosition,
): Scenario {
  const steps = ((raw.steps ?? []) as Raw[]).map(toStep);
  const then = ((raw.then ?? []) as Raw[]).map(toCheck);
  const positions: Record<string, SourcePosition> = {};
  steps.forEach((_, i) => (positions[`steps/${i}`] = at(`/steps/${i}`)));
  then.forEach((_, i) => (positions[`then/${i}`] = at(`/then/${i}`)));
  return {
    file,
    title: raw.title as string,
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    tags: (raw.tags ?? []) as string[],
    given: (raw.given ?? {}) as unknown as Given,
    steps,
    then,
    positions,
  };
}

function toStep(raw: Raw): Step {
  if ('call' in raw) return toCall(raw);
  if ('advance' in raw) return { kind: 'advance', ...(raw.advance as Raw) };
  if ('waitFor' in raw) {
    const w = raw.waitFor as Raw;
    return {
      kind: 'waitFor',
      event: w.event as string,
      dossier: w.dossier as string,
      ...(w.timeoutMs !== undefined ? { timeoutMs: w.timeoutMs as number } : {}),
    };
  }
  if ('officer' in raw) {
    const o = raw.officer as Raw;
    return {
      kind: 'officer',
      dossier: o.dossier as string,
      leg: o.leg as string,
      decide: o.decide as 'approve',
      ...(o.reasons ? { reasons: o.reasons as { ma: string; moTa: string }[] } : {}),
      ...(o.expect ? { expect: o.expect as Expectation } : {}),
    };
  }
  const c = raw.citizen as Raw;
  return {
    kind: 'citizen',
    dossier: c.dossier as string,
    answer: c.answer as 'agree',
    ...(c.expect ? { expect: c.expect as Expectation } : {}),
  };
}

function toCheck(raw: Raw): Check {
  if ('call' in raw) return toCall(raw);
  if ('events' in raw) return { kind: 'events', ...(raw.events as Raw) } as Check;
  if ('received' in raw) return { kind: 'received', ...(raw.received as Raw) } as Check;
  return { kind: 'dossier', ...raw } as Check;
}

function toCall(raw: Raw): CallStep {
  const { call, form, expect, headers, ...rest } = raw;
  return {
    kind: 'call',
    operationId: call as string,
    ...(rest as Omit<CallStep, 'kind' | 'operationId'>),
    ...(headers ? { headers: stringValues(headers as Raw) } : {}),
    ...(form ? { form: form as unknown as FormRequest } : {}),
    ...(expect ? { expect: expect as Expectation } : {}),
  };
}

function stringValues(headers: Raw): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));
}
