import { expect, it, vi } from 'vitest';
import { ClockDisposedError, ClockReentrancyError } from './clock.js';
import type { Clock } from './clock.js';
import { createClock } from './create-clock.js';

const T0 = new Date('2026-09-15T08:00:00+07:00');
const at = (ms: number) => new Date(T0.getTime() + ms);

/** A frozen clock at T0 whose tasks record the instant they observe. */
function frozenClock(): { clock: Clock; seen: string[]; record: (label: string) => () => void } {
  const clock = createClock({ start: T0, frozen: true, realNow: () => 0 });
  const seen: string[] = [];
  const record = (label: string) => () => {
    seen.push(`${label}@${clock.now().getTime() - T0.getTime()}`);
  };
  return { clock, seen, record };
}

it('tells real time with a zero offset by default', () => {
  let real = 1_000_000;
  const clock = createClock({ realNow: () => real });
  real += 500;
  expect(clock.now().getTime()).toBe(1_000_500);
  expect(clock.offsetMs()).toBe(0);
  expect(clock.isFrozen()).toBe(false);
});

it('runs on from its start instant at the pace of real time in offset mode', () => {
  let real = 1_000_000;
  const clock = createClock({ start: T0, realNow: () => real });
  real += 2_000;
  expect(clock.now()).toEqual(at(2_000));
  expect(clock.offsetMs()).toBe(T0.getTime() - 1_000_000);
});

it('stands still while frozen and resumes from the same instant', () => {
  let real = 0;
  const clock = createClock({ start: T0, realNow: () => real });
  real += 1_000;
  clock.freeze();
  real += 60_000;
  expect(clock.now()).toEqual(at(1_000));
  clock.unfreeze();
  real += 500;
  expect(clock.now()).toEqual(at(1_500));
  expect(clock.isFrozen()).toBe(false);
});

it('moves the offset by exactly the advanced amount in offset mode', async () => {
  const clock = createClock({ start: T0, realNow: () => 0 });
  const before = clock.offsetMs();
  await clock.advance(3_600_000);
  expect(clock.offsetMs() - before).toBe(3_600_000);
  expect(clock.now()).toEqual(at(3_600_000));
});

it('fires due timers in due order, each seeing its own due instant', async () => {
  const { clock, seen, record } = frozenClock();
  clock.schedule(at(300), record('c'));
  clock.schedule(at(100), record('a'));
  clock.schedule(at(200), record('b'));
  clock.schedule(at(900), record('late'));
  const result = await clock.advance(500);
  expect(seen).toEqual(['a@100', 'b@200', 'c@300']);
  expect(result.fired.map((timer) => timer.label)).toEqual(['task', 'task', 'task']);
  expect(clock.now()).toEqual(at(500));
  expect(clock.pending()).toHaveLength(1);
});

it('fires timers due at the same instant in scheduling order', async () => {
  const { clock, seen, record } = frozenClock();
  for (const label of ['first', 'second', 'third']) clock.schedule(at(100), record(label));
  await clock.advance(100);
  expect(seen).toEqual(['first@100', 'second@100', 'third@100']);
});

it('fires timers scheduled by a firing task inside the window, but not beyond it', async () => {
  const { clock, seen, record } = frozenClock();
  clock.schedule(at(100), () => {
    record('parent')();
    clock.schedule(at(150), record('child'));
    clock.schedule(at(50), record('overdue'));
    clock.schedule(at(1_000), record('outside'));
  });
  await clock.advance(200);
  expect(seen).toEqual(['parent@100', 'overdue@100', 'child@150']);
  expect(clock.pending().map((timer) => timer.dueAt)).toEqual([at(1_000)]);
});

it('awaits asynchronous tasks before firing the next timer', async () => {
  const { clock, seen, record } = frozenClock();
  clock.schedule(at(10), async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    record('slow')();
  });
  clock.schedule(at(20), record('next'));
  await clock.advance(20);
  expect(seen).toEqual(['slow@10', 'next@20']);
});

it('fires nothing when set backwards, and fires on the way forward again', async () => {
  const { clock, seen, record } = frozenClock();
  await clock.set(at(1_000));
  clock.schedule(at(500), record('between'));
  const back = await clock.set(at(0));
  expect(back.fired).toEqual([]);
  expect(clock.now()).toEqual(at(0));
  await clock.set(at(600));
  expect(seen).toEqual(['between@500']);
});

it('fires a timer scheduled in the past at the current instant on the next run', async () => {
  const { clock, seen, record } = frozenClock();
  clock.schedule(at(-5_000), record('missed'));
  expect(seen).toEqual([]);
  await clock.runDue();
  expect(seen).toEqual(['missed@0']);
});

it('never fires a cancelled timer', async () => {
  const { clock, seen, record } = frozenClock();
  const handle = clock.schedule(at(100), record('cancelled'));
  clock.schedule(at(100), record('kept'));
  expect(clock.cancel(handle)).toBe(true);
  expect(clock.cancel(handle)).toBe(false);
  await clock.advance(100);
  expect(seen).toEqual(['kept@100']);
});

it('lists pending timers with label and due time in firing order', () => {
  const { clock } = frozenClock();
  clock.schedule(at(200), () => undefined, 'deadline');
  clock.schedule(at(100), () => undefined, 'webhook-retry');
  expect(clock.pending().map(({ label, dueAt }) => ({ label, dueAt }))).toEqual([
    { label: 'webhook-retry', dueAt: at(100) },
    { label: 'deadline', dueAt: at(200) },
  ]);
});

it('collects failing tasks and keeps firing the others', async () => {
  const onTaskError = vi.fn();
  const clock = createClock({ start: T0, frozen: true, onTaskError });
  const ran: string[] = [];
  clock.schedule(
    at(1),
    () => {
      throw new Error('sync');
    },
    'throws',
  );
  clock.schedule(at(2), async () => Promise.reject(new Error('async')), 'rejects');
  clock.schedule(at(3), () => void ran.push('ok'), 'ok');
  const result = await clock.advance(10);
  expect(ran).toEqual(['ok']);
  expect(result.errors.map((failure) => failure.timer.label)).toEqual(['throws', 'rejects']);
  expect(result.errors.map((failure) => (failure.error as Error).message)).toEqual([
    'sync',
    'async',
  ]);
  expect(onTaskError).toHaveBeenCalledTimes(2);
});

it('refuses to move the clock from inside a task instead of waiting for itself', async () => {
  const { clock } = frozenClock();
  clock.schedule(at(1), () => clock.advance(1).then(() => undefined), 'reentrant');
  const result = await clock.advance(5);
  expect(result.errors[0]?.error).toBeInstanceOf(ClockReentrancyError);
  expect(clock.now()).toEqual(at(5));
});

it('runs concurrent moves one after the other', async () => {
  const { clock, seen, record } = frozenClock();
  clock.schedule(at(1_500), record('once'));
  const [first, second] = await Promise.all([clock.advance(1_000), clock.advance(1_000)]);
  expect(first.fired).toHaveLength(0);
  expect(second.fired).toHaveLength(1);
  expect(seen).toEqual(['once@1500']);
  expect(clock.now()).toEqual(at(2_000));
});

it('moves the clock synchronously when nothing else is running', () => {
  const { clock } = frozenClock();
  void clock.set(at(42));
  expect(clock.now()).toEqual(at(42));
});

it('rejects a negative advance and invalid instants', async () => {
  const { clock } = frozenClock();
  await expect(clock.advance(-1)).rejects.toThrow(RangeError);
  await expect(clock.set(new Date(Number.NaN))).rejects.toThrow(RangeError);
  expect(() => clock.schedule(new Date('nope'), () => undefined)).toThrow(RangeError);
  expect(() => createClock({ start: new Date(Number.NaN) })).toThrow(RangeError);
});

it('drops pending timers and refuses new ones once disposed', async () => {
  const { clock, seen, record } = frozenClock();
  clock.schedule(at(1), record('dropped'));
  clock.dispose();
  await clock.advance(10);
  expect(seen).toEqual([]);
  expect(() => clock.schedule(at(20), record('late'))).toThrow(ClockDisposedError);
});
