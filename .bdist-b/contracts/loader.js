import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { specsDir } from './package-root.js';
/** A spec refers to something the bundler cannot inline: a bug in `specs/`, so it is thrown. */
export class ContractBundleError extends Error {
    name = 'ContractBundleError';
}
/**
 * Reads `specs/<system>.yaml` and inlines every external `$ref` (`./common.yaml#/components/...`,
 * `./lienthong.yaml#/components/...`) into the document's own `components`, transitively, so the
 * result is self-contained. Two different components with the same kind and name are an error:
 * a spec must not shadow a shared schema.
 * @see docs/contracts-guide.md rule 10
 */
export function bundleSpec(system, dir = specsDir(), cache = new Map()) {
    const file = join(dir, `${system}.yaml`);
    const bundler = new Bundler(file, cache);
    return { system, file, document: bundler.run() };
}
class Bundler {
    rootFile;
    files;
    imported = new Map();
    result;
    constructor(rootFile, files) {
        this.rootFile = rootFile;
        this.files = files;
        this.result = structuredClone(this.load(rootFile));
    }
    run() {
        this.rewrite(this.result, this.rootFile);
        return this.result;
    }
    load(file) {
        const cached = this.files.get(file);
        if (cached)
            return cached;
        // js-yaml with the YAML 1.2 core schema: same result as `yaml` for our specs (dates stay
        // strings), about five times faster, which keeps start-up under a second.
        const parsed = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA, filename: file });
        if (!isObject(parsed))
            throw new ContractBundleError(`${file} is not a YAML mapping`);
        this.files.set(file, parsed);
        return parsed;
    }
    rewrite(node, currentFile) {
        if (Array.isArray(node)) {
            for (const item of node)
                this.rewrite(item, currentFile);
            return;
        }
        if (!isObject(node))
            return;
        for (const [key, value] of Object.entries(node)) {
            if (key === '$ref' && typeof value === 'string')
                node[key] = this.localise(value, currentFile);
            else
                this.rewrite(value, currentFile);
        }
    }
    /** Returns the local form of a reference, importing its target when it lives in another file. */
    localise(ref, currentFile) {
        const [filePart = '', pointer = ''] = ref.split('#', 2);
        const targetFile = filePart === '' ? currentFile : normalize(join(dirname(currentFile), filePart));
        if (targetFile === this.rootFile)
            return `#${pointer}`;
        const match = /^\/components\/([A-Za-z]+)\/([^/]+)$/.exec(pointer);
        if (!match) {
            throw new ContractBundleError(`${this.describe(currentFile)}: external $ref "${ref}" must point at /components/<kind>/<name>`);
        }
        const [, kind = '', name = ''] = match;
        this.importComponent(kind, decodePointerToken(name), targetFile, ref, currentFile);
        return `#${pointer}`;
    }
    importComponent(kind, name, targetFile, ref, currentFile) {
        const key = `${kind}/${name}`;
        const previous = this.imported.get(key);
        if (previous === targetFile)
            return;
        const components = ensureObject(this.result, 'components');
        const section = ensureObject(components, kind);
        if (previous !== undefined || section[name] !== undefined) {
            throw new ContractBundleError(`${this.describe(this.rootFile)}: components/${key} is defined twice ` +
                `(${this.describe(previous ?? this.rootFile)} and ${this.describe(targetFile)})`);
        }
        const source = this.load(targetFile);
        const target = source.components?.[kind];
        const value = isObject(target) ? target[name] : undefined;
        if (value === undefined) {
            throw new ContractBundleError(`${this.describe(currentFile)}: $ref "${ref}" points at nothing`);
        }
        this.imported.set(key, targetFile);
        const copy = structuredClone(value);
        section[name] = copy;
        this.rewrite(copy, targetFile);
    }
    describe(file) {
        return relative(dirname(this.rootFile), file) || file;
    }
}
function ensureObject(parent, key) {
    const existing = parent[key];
    if (isObject(existing))
        return existing;
    const created = {};
    parent[key] = created;
    return created;
}
/** True for a JSON object (not an array, not null). */
export function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Decodes one JSON-pointer token (`~1` → `/`, `~0` → `~`). */
export function decodePointerToken(token) {
    return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** Encodes one JSON-pointer token. */
export function encodePointerToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Resolves a local `#/a/b` reference inside a bundled document. */
export function resolvePointer(document, ref) {
    if (!ref.startsWith('#'))
        return undefined;
    let node = document;
    for (const raw of ref.slice(1).split('/').slice(1)) {
        const token = decodePointerToken(raw);
        if (Array.isArray(node))
            node = node[Number(token)];
        else if (isObject(node))
            node = node[token];
        else
            return undefined;
    }
    return node;
}
/** Follows `$ref` chains of a component (parameter, response, request body…) to the real object. */
export function deref(document, node) {
    let current = node;
    for (let hops = 0; hops < 16 && isObject(current); hops += 1) {
        const ref = current.$ref;
        if (typeof ref !== 'string')
            return current;
        current = resolvePointer(document, ref);
    }
    return undefined;
}
