import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * The folder holding this package's `package.json`, found by walking up from this module, so the
 * same code finds `specs/` whether it runs from source (vitest, tsx) or from `dist/`.
 */
export function packageRoot() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const manifest = join(dir, 'package.json');
        if (existsSync(manifest) && isOurManifest(manifest))
            return dir;
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error('lienthong-sandbox package root not found above ' + dir);
        dir = parent;
    }
}
/** This package's version, from its `package.json`. */
export function packageVersion() {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
    return manifest.version;
}
/** The `specs/` folder of this package. */
export function specsDir() {
    return join(packageRoot(), 'specs');
}
function isOurManifest(path) {
    const parsed = JSON.parse(readFileSync(path, 'utf8'));
    return parsed.name === 'lienthong-sandbox';
}
