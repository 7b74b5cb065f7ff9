import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { bundleCacheFile } from './bundle-cache.js';
import { loadContracts } from './contracts.js';
import { specsDir } from './package-root.js';
import { SYSTEMS } from './systems.js';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) {
    rmSync(bundleCacheFile(dir, SYSTEMS), { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});

function copyOfSpecs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lienthong-specs-'));
  cpSync(specsDir(), dir, { recursive: true });
  copies.push(dir);
  return dir;
}

it('reads from the cache exactly the bundles it would build from the YAML', () => {
  const dir = copyOfSpecs();
  const built = loadContracts({ dir });
  expect(existsSync(bundleCacheFile(dir, SYSTEMS))).toBe(true);

  const cached = loadContracts({ dir });
  const fresh = loadContracts({ dir, cache: false });

  for (const system of SYSTEMS) {
    expect(cached.specs.get(system)).toEqual(fresh.specs.get(system));
    expect(built.specs.get(system)).toEqual(fresh.specs.get(system));
  }
  expect([...cached.index.operations.keys()]).toEqual([...fresh.index.operations.keys()]);
});

it('misses the cache once a spec changes, so a stale bundle is never read', () => {
  const dir = copyOfSpecs();
  loadContracts({ dir });
  const before = bundleCacheFile(dir, SYSTEMS);
  const file = join(dir, 'vneid.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1.0.0', 'version: 1.0.1'));

  const after = bundleCacheFile(dir, SYSTEMS);
  const reloaded = loadContracts({ dir });

  rmSync(before, { force: true });
  expect(after).not.toBe(before);
  expect(reloaded.specs.get('vneid')?.document['info']).toMatchObject({ version: '1.0.1' });
});
