import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createClock } from './create-clock.js';

const T0 = new Date('2026-09-15T08:00:00+07:00');
const REAL = new Date('2026-06-01T00:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ now: REAL });
});

afterEach(() => {
  vi.useRealTimers();
});

it('fires a due timer on its own as real time passes in real mode', async () => {
  const clock = createClock();
  const fired: number[] = [];
  clock.schedule(new Date(REAL.getTime() + 1_000), () => void fired.push(clock.now().getTime()));
  await vi.advanceTimersByTimeAsync(999);
  expect(fired).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  expect(fired).toEqual([REAL.getTime() + 1_000]);
  clock.dispose();
});

it('fires on virtual time in offset mode', async () => {
  const clock = createClock({ start: T0 });
  const fired = vi.fn();
  clock.schedule(new Date(T0.getTime() + 5_000), fired);
  await vi.advanceTimersByTimeAsync(4_999);
  expect(fired).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(fired).toHaveBeenCalledTimes(1);
  clock.dispose();
});

it('arms a single unref-ed Node timer for the earliest due timer', () => {
  const setTimer = vi.spyOn(globalThis, 'setTimeout');
  const clock = createClock({ start: T0 });
  clock.schedule(new Date(T0.getTime() + 3_000), () => undefined);
  clock.schedule(new Date(T0.getTime() + 1_000), () => undefined);
  clock.schedule(new Date(T0.getTime() + 2_000), () => undefined);
  expect(vi.getTimerCount()).toBe(1);
  const last = setTimer.mock.results.at(-1)?.value as ReturnType<typeof setTimeout>;
  expect(last.hasRef()).toBe(false);
  expect(setTimer.mock.calls.at(-1)?.[1]).toBe(1_000);
  clock.dispose();
  expect(vi.getTimerCount()).toBe(0);
});

it('re-arms for the next timer after firing one', async () => {
  const clock = createClock({ start: T0 });
  const fired: string[] = [];
  clock.schedule(new Date(T0.getTime() + 1_000), () => void fired.push('a'));
  clock.schedule(new Date(T0.getTime() + 3_000), () => void fired.push('b'));
  await vi.advanceTimersByTimeAsync(1_000);
  expect(fired).toEqual(['a']);
  expect(vi.getTimerCount()).toBe(1);
  await vi.advanceTimersByTimeAsync(2_000);
  expect(fired).toEqual(['a', 'b']);
  expect(vi.getTimerCount()).toBe(0);
});

it('does not fire on its own while frozen, and fires once unfrozen past the due time', async () => {
  const clock = createClock({ start: T0, frozen: true });
  const fired = vi.fn();
  clock.schedule(new Date(T0.getTime() + 1_000), fired);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(fired).not.toHaveBeenCalled();
  expect(vi.getTimerCount()).toBe(0);
  await clock.set(new Date(T0.getTime() + 999));
  clock.unfreeze();
  await vi.advanceTimersByTimeAsync(1);
  expect(fired).toHaveBeenCalledTimes(1);
  clock.dispose();
});

it('moves the Node timer when the clock is set forward without reaching the timer', async () => {
  const clock = createClock({ start: T0 });
  const fired = vi.fn();
  clock.schedule(new Date(T0.getTime() + 60_000), fired);
  await clock.set(new Date(T0.getTime() + 59_000));
  await vi.advanceTimersByTimeAsync(1_000);
  expect(fired).toHaveBeenCalledTimes(1);
  clock.dispose();
});

it('waits beyond the longest Node delay for a timer due in 30 days', async () => {
  const clock = createClock({ start: T0 });
  const fired = vi.fn();
  const month = 30 * 24 * 3_600_000;
  clock.schedule(new Date(T0.getTime() + month), fired);
  await vi.advanceTimersByTimeAsync(month - 1);
  expect(fired).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(fired).toHaveBeenCalledTimes(1);
});

it('reports failures of tasks fired by real time to onTaskError', async () => {
  const onTaskError = vi.fn();
  const clock = createClock({ start: T0, onTaskError });
  clock.schedule(
    new Date(T0.getTime() + 10),
    () => {
      throw new Error('boom');
    },
    'retry',
  );
  await vi.advanceTimersByTimeAsync(10);
  expect(onTaskError).toHaveBeenCalledWith(
    expect.objectContaining({ timer: expect.objectContaining({ label: 'retry' }) }),
  );
  clock.dispose();
});
