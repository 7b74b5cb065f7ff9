import { describe, expect, it } from 'vitest';
import { createAsyncScope } from './async-scope.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('async scope', () => {
  it('gives the scope value to everything the work awaits', async () => {
    const scope = createAsyncScope<string>();
    const seen = await scope.run('tx-1', async () => {
      await tick();
      return scope.current();
    });
    expect(seen).toBe('tx-1');
  });

  it('keeps concurrent scopes apart', async () => {
    const scope = createAsyncScope<string>();
    const [a, b] = await Promise.all([
      scope.run('a', async () => {
        await tick();
        return scope.current();
      }),
      scope.run('b', async () => {
        await tick();
        await tick();
        return scope.current();
      }),
    ]);
    expect([a, b]).toEqual(['a', 'b']);
  });

  it('answers undefined outside every scope, even in continuations created inside one', async () => {
    const scope = createAsyncScope<string>();
    let later: Promise<string | undefined> = Promise.resolve(undefined);
    await scope.run('done', () => {
      later = new Promise((resolve) => setTimeout(() => resolve(scope.current()), 5));
      return Promise.resolve();
    });
    expect(scope.current()).toBeUndefined();
    await expect(later).resolves.toBeUndefined();
  });

  it('runs work outside the scope on request', async () => {
    const scope = createAsyncScope<string>();
    const outside = await scope.run('inner', () => scope.outside(() => scope.current()));
    expect(outside).toBeUndefined();
  });

  it('ends the scope when the work fails', async () => {
    const scope = createAsyncScope<string>();
    await expect(scope.run('failing', () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(scope.current()).toBeUndefined();
  });
});
