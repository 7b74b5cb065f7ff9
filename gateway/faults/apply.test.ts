import { describe, expect, it, vi } from 'vitest';
import type { HandlerOutput } from '../../contracts/handler.js';
import { applyFault, FAULT_HEADER, type FaultNext } from './apply.js';
import type { FaultDecision } from './decide.js';

const OK: HandlerOutput = { status: 200, body: { ketQua: 'OK' }, headers: { etag: '"1"' } };
const TIMEOUT_MS = 30_000;

function harness() {
  const slept: number[] = [];
  const next = vi.fn<FaultNext>(async () => OK);
  const options = {
    sleep: async (ms: number) => {
      slept.push(ms);
    },
    upstreamTimeoutMs: TIMEOUT_MS,
  };
  return { slept, next, options };
}

function decision(action: FaultDecision['action'], latencyMs = 0): FaultDecision {
  return { ruleIds: ['r1'], latencyMs, action };
}

describe('applyFault', () => {
  it('calls the agency at once without a fault', async () => {
    const { slept, next, options } = harness();
    expect(await applyFault(null, next, options)).toEqual({ kind: 'answered', output: OK });
    expect(next).toHaveBeenCalledWith({});
    expect(slept).toEqual([]);
  });

  it('waits the latency, then calls the agency and names the rule in a header', async () => {
    const { slept, next, options } = harness();
    const answer = await applyFault(decision({ kind: 'pass' }, 800), next, options);
    expect(slept).toEqual([800]);
    expect(answer).toEqual({
      kind: 'answered',
      output: { ...OK, headers: { etag: '"1"', [FAULT_HEADER]: 'r1' } },
    });
  });

  it('answers an error without calling the agency', async () => {
    const { next, options } = harness();
    const problem = { type: 'urn:x', title: 't', status: 503, code: 'SERVICE_UNAVAILABLE' };
    const answer = await applyFault(
      decision({ kind: 'error', ruleId: 'r1', problem }),
      next,
      options,
    );
    expect(answer).toEqual({ kind: 'problem', problem, headers: { [FAULT_HEADER]: 'r1' } });
    expect(next).not.toHaveBeenCalled();
  });

  it('gives up with a 504 after the upstream timeout, without calling the agency', async () => {
    const { slept, next, options } = harness();
    const answer = await applyFault(decision({ kind: 'timeout', ruleId: 'r1' }), next, options);
    expect(slept).toEqual([TIMEOUT_MS]);
    expect(answer).toMatchObject({
      kind: 'problem',
      problem: { status: 504, code: 'UPSTREAM_TIMEOUT' },
    });
    expect(next).not.toHaveBeenCalled();
  });

  it('treats a latency reaching the upstream timeout as a timeout', async () => {
    const { slept, next, options } = harness();
    const answer = await applyFault(decision({ kind: 'pass' }, 45_000), next, options);
    expect(slept).toEqual([TIMEOUT_MS]);
    expect(answer).toMatchObject({ kind: 'problem', problem: { status: 504 } });
    expect(next).not.toHaveBeenCalled();
  });

  it('drops the connection after the latency without calling the agency', async () => {
    const { slept, next, options } = harness();
    const answer = await applyFault(
      decision({ kind: 'connectionDrop', ruleId: 'r1' }, 100),
      next,
      options,
    );
    expect(answer).toEqual({ kind: 'dropped', ruleId: 'r1' });
    expect(slept).toEqual([100]);
    expect(next).not.toHaveBeenCalled();
  });

  it('calls the agency with the forced Prefer outcome', async () => {
    const { next, options } = harness();
    const prefer = 'outcome=refuse; reason=CHU_HO_CHUA_DONG_Y';
    const answer = await applyFault(
      decision({ kind: 'outcome', ruleId: 'r1', prefer }),
      next,
      options,
    );
    expect(next).toHaveBeenCalledWith({ prefer });
    expect(answer).toMatchObject({ kind: 'answered', output: { status: 200 } });
  });

  it('does not answer before the sleep resolves (fake time)', async () => {
    vi.useFakeTimers();
    try {
      const next = vi.fn<FaultNext>(async () => OK);
      const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
      let settled = false;
      const pending = applyFault(decision({ kind: 'timeout', ruleId: 'r1' }), next, {
        sleep,
        upstreamTimeoutMs: TIMEOUT_MS,
      }).then((answer) => {
        settled = true;
        return answer;
      });
      await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await pending).toMatchObject({ kind: 'problem', problem: { status: 504 } });
    } finally {
      vi.useRealTimers();
    }
  });
});
