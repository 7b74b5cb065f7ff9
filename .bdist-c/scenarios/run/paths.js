import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
const SCENARIO_FILE = /\.ya?ml$/i;
/**
 * Expands files, directories (every `*.yaml` / `*.yml` below them) and simple globs (`*` within
 * a path segment, `**` across segments) into scenario files, sorted and without duplicates. A
 * pattern that matches nothing is kept as is, so loading it reports the missing file.
 */
export async function expandPaths(patterns) {
    const found = new Set();
    for (const pattern of patterns) {
        const matches = /[*?]/.test(pattern) ? await glob(pattern) : await fileOrDirectory(pattern);
        if (matches.length === 0)
            found.add(pattern);
        for (const file of matches)
            found.add(file);
    }
    return [...found].sort();
}
async function fileOrDirectory(path) {
    const info = await stat(path).catch(() => undefined);
    if (!info)
        return [];
    return info.isDirectory() ? walk(path) : [path];
}
async function walk(dir) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory())
            files.push(...(await walk(path)));
        else if (SCENARIO_FILE.test(entry.name))
            files.push(path);
    }
    return files;
}
async function glob(pattern) {
    const normalised = pattern
        .split(/[\\/]/)
        .join('/')
        .replace(/^(\.\/)+/, '');
    const firstWild = normalised.split('/').findIndex((segment) => /[*?]/.test(segment));
    const segments = normalised.split('/');
    const root = segments.slice(0, firstWild).join('/') || '.';
    const matcher = globToRegExp(normalised);
    const candidates = await walkAll(root);
    return candidates.filter((file) => matcher.test(file.split(sep).join('/')));
}
async function walkAll(dir) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const path = dir === '.' ? entry.name : join(dir, entry.name);
        if (entry.isDirectory())
            files.push(...(await walkAll(path)));
        else
            files.push(path);
    }
    return files;
}
/** `**` → any path, `*` → any characters but `/`, `?` → one such character. */
export function globToRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i += 1) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            const slash = pattern[i + 2] === '/';
            source += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
