import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { shutdownOnSignals } from './shutdown.js';

function setUp(close: () => Promise<void> = async () => {}) {
  const signals = new EventEmitter();
  const steps: string[] = [];
  const exited = new Promise<number>((resolve) => {
    shutdownOnSignals({
      server: {
        close: async () => {
          steps.push('close');
          await close();
        },
      },
      dispose: () => {
        steps.push('dispose');
      },
      logger: pino({ level: 'silent' }),
      exit: (code) => {
        steps.push(`exit ${code}`);
        resolve(code);
      },
      signals,
    });
  });
  return { signals, steps, exited };
}

describe('shutdown on signals', () => {
  it('closes the server, then disposes the sandboxes, then exits 0 on SIGTERM', async () => {
    const { signals, steps, exited } = setUp();
    signals.emit('SIGTERM', 'SIGTERM');
    expect(await exited).toBe(0);
    expect(steps).toEqual(['close', 'dispose', 'exit 0']);
  });

  it('does the same on SIGINT', async () => {
    const { signals, exited } = setUp();
    signals.emit('SIGINT', 'SIGINT');
    expect(await exited).toBe(0);
  });

  it('exits 1 at once on a second signal during the drain', async () => {
    const { signals, steps, exited } = setUp(() => new Promise(() => {}));
    signals.emit('SIGINT', 'SIGINT');
    signals.emit('SIGINT', 'SIGINT');
    expect(await exited).toBe(1);
    expect(steps).not.toContain('dispose');
  });

  it('exits 1 when the server fails to close', async () => {
    const { signals, exited } = setUp(async () => {
      throw new Error('not running');
    });
    signals.emit('SIGTERM', 'SIGTERM');
    expect(await exited).toBe(1);
  });

  it('stops listening once removed', () => {
    const signals = new EventEmitter();
    const exit = vi.fn();
    const remove = shutdownOnSignals({
      server: { close: async () => {} },
      dispose: () => {},
      logger: pino({ level: 'silent' }),
      exit,
      signals,
    });
    remove();
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });
});
