import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { err, ok } from '../contracts/result.js';
import { toScenario } from './run/to-model.js';
import schema from './schema.json' with { type: 'json' };
// ajv-formats is CommonJS with a default export; under NodeNext it arrives as the module object.
const addFormats = addFormatsModule;
/** `file:line:column: /pointer: message`, as editors and CI logs link it. */
export function formatLoadError(error) {
    const where = `${error.file}:${error.line}:${error.column}`;
    return error.pointer
        ? `${where}: ${error.pointer}: ${error.message}`
        : `${where}: ${error.message}`;
}
/** The step kinds and check kinds: each step or check has exactly one of these keys. */
export const STEP_KINDS = ['call', 'advance', 'waitFor', 'officer', 'citizen'];
export const CHECK_KINDS = ['dossier', 'events', 'received', 'call'];
let compiled;
/** The scenario schema, compiled on first use (`lienthong serve` never needs it). */
function compiledSchema() {
    if (compiled)
        return compiled;
    const ajv = new Ajv2020({
        allErrors: true,
        strict: true,
        strictTypes: false,
        strictRequired: false,
    });
    addFormats(ajv);
    compiled = { ajv, validate: ajv.compile(schema) };
    return compiled;
}
const scenarioAjv = () => compiledSchema().ajv;
const scenarioValidator = () => compiledSchema().validate;
/**
 * Reads, parses and validates a scenario file against `scenarios/schema.json`.
 * @see scenarios/README.md; docs/decisions/0008-scenarios.md §1
 */
export function loadScenario(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (cause) {
        const reason = cause.code ?? 'unreadable';
        return err([
            { file, line: 1, column: 1, pointer: '', message: `cannot read the file (${reason})` },
        ]);
    }
    return parseScenario(file, text);
}
/** {@link loadScenario} on text already read (`file` names it in errors). */
export function parseScenario(file, text) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return err(doc.errors.map((e) => {
            const { line, col } = lines.linePos(e.pos[0]);
            return {
                file,
                line,
                column: col,
                pointer: '',
                message: `YAML syntax: ${firstLine(e.message)}`,
            };
        }));
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    const at = (pointer, key) => positionOf(doc, lines, file, pointer, key);
    const errors = kindErrors(value, at);
    const validate = scenarioValidator();
    if (!validate(value)) {
        const bad = errors.map((e) => e.pointer);
        const others = schemaErrors(value, validate.errors ?? [], at);
        errors.push(...others.filter((e) => !bad.some((p) => within(e.pointer, p))));
    }
    if (errors.length > 0)
        return err(dedupe(errors).map((e) => ({ ...e, file })));
    const scenario = toScenario(file, value, at);
    const refs = personErrors(scenario, at);
    return refs.length > 0 ? err(refs) : ok(scenario);
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}
/** Steps and checks with none or several kind keys, named plainly before the schema's oneOf noise. */
function kindErrors(value, at) {
    const errors = [];
    if (!isRecord(value))
        return errors;
    const lists = [
        ['steps', STEP_KINDS],
        ['then', CHECK_KINDS],
    ];
    for (const [list, kinds] of lists) {
        const items = value[list];
        if (!Array.isArray(items))
            continue;
        items.forEach((item, index) => {
            if (!isRecord(item))
                return;
            const found = kinds.filter((k) => k in item);
            if (found.length === 1)
                return;
            const pointer = `/${list}/${index}`;
            const what = list === 'steps' ? 'a step' : 'a check';
            const message = found.length === 0
                ? `${what} needs exactly one of ${kinds.join(', ')} (found none: ${Object.keys(item).join(', ') || 'empty'})`
                : `${what} needs exactly one of ${kinds.join(', ')} (found ${found.join(' and ')})`;
            errors.push({ ...at(pointer, found[1]), pointer, message });
        });
    }
    return errors;
}
/**
 * Ajv errors with positions. A step or check with one kind key is validated against that kind's
 * schema alone, so its errors are not buried under the other kinds' `oneOf` branches.
 */
function schemaErrors(value, raw, at) {
    const items = kindedItems(value);
    const outside = raw.filter((e) => !items.some((i) => within(e.instancePath, i.pointer)));
    const inside = items.flatMap((item) => {
        const check = validatorsByKind()[item.kind];
        if (check(item.value))
            return [];
        return (check.errors ?? []).map((e) => ({ ...e, instancePath: item.pointer + e.instancePath }));
    });
    const all = [...outside, ...inside];
    // Branch summaries, and wrong-type errors of a value whose members have errors, are noise.
    const specific = all.filter((e) => !['oneOf', 'anyOf', 'not', 'if'].includes(e.keyword) &&
        !(e.keyword === 'type' && all.some((o) => o.instancePath.startsWith(`${e.instancePath}/`))));
    return (specific.length > 0 ? specific : all).map((e) => describe(e, at));
}
let kindValidators;
/** Kind name → the validator of that step or check schema (`advanceStep`, `dossierCheck` …). */
function validatorsByKind() {
    if (kindValidators)
        return kindValidators;
    const ajv = scenarioAjv();
    kindValidators = Object.fromEntries([
        ...STEP_KINDS.map((k) => [k, `${k}Step`]),
        ...CHECK_KINDS.filter((k) => k !== 'call').map((k) => [k, `${k}Check`]),
    ].map(([kind, def]) => [kind, ajv.getSchema(`${schema.$id}#/$defs/${def}`)]));
    return kindValidators;
}
function kindedItems(value) {
    if (!isRecord(value))
        return [];
    return ['steps', 'then'].flatMap((list) => {
        const items = value[list];
        if (!Array.isArray(items))
            return [];
        const kinds = list === 'steps' ? STEP_KINDS : CHECK_KINDS;
        return items.flatMap((item, index) => {
            if (!isRecord(item))
                return [];
            const found = kinds.filter((k) => k in item);
            if (found.length !== 1)
                return [];
            return [{ pointer: `/${list}/${index}`, kind: found[0], value: item }];
        });
    });
}
function within(pointer, parent) {
    return pointer === parent || pointer.startsWith(`${parent}/`);
}
function describe(e, at) {
    const params = e.params;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const pointer = `${e.instancePath}/${escape(key)}`;
            return { ...at(e.instancePath, key), pointer, message: `unknown key "${key}"` };
        }
        case 'required': {
            const key = String(params.missingProperty);
            return { ...at(e.instancePath), pointer: e.instancePath, message: `missing "${key}"` };
        }
        case 'enum':
            return {
                ...at(e.instancePath),
                pointer: e.instancePath,
                message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
            };
        default:
            return { ...at(e.instancePath), pointer: e.instancePath, message: e.message ?? e.keyword };
    }
}
/** Forms and people references that name nobody in `given.people`. */
function personErrors(scenario, at) {
    const people = scenario.given.people ?? {};
    const errors = [];
    const items = [
        ...scenario.steps.map((s, i) => ['steps', i, s]),
        ...scenario.then.map((c, i) => ['then', i, c]),
    ];
    for (const [list, index, item] of items) {
        if (item.kind !== 'call' || !item.form)
            continue;
        for (const role of ['person', 'requester']) {
            const name = item.form[role];
            if (name === undefined || name in people)
                continue;
            const pointer = `/${list}/${index}/form/${role}`;
            errors.push({ ...at(pointer), pointer, message: `no person "${name}" in given.people` });
        }
    }
    return errors;
}
/** Where the node at a JSON pointer starts (or, with `key`, where that key of the map is). */
function positionOf(doc, lines, file, pointer, key) {
    const path = pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
    const segments = key === undefined ? path : [...path, key];
    let node = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const [index, segment] of segments.entries()) {
        const next = child(node, segment);
        if (!next)
            break;
        node = next.node;
        // A key asked for by name points at the key; any other field at its value.
        const last = index === segments.length - 1;
        offset = last && key !== undefined ? next.keyOffset : (node?.range?.[0] ?? next.keyOffset);
    }
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
}
function child(node, segment) {
    if (isMap(node)) {
        for (const pair of node.items) {
            const k = pair.key;
            const name = k && 'value' in k ? String(k.value) : String(k);
            if (name !== segment)
                continue;
            const keyOffset = k?.range?.[0] ?? node.range?.[0] ?? 0;
            return { node: pair.value, keyOffset };
        }
        return null;
    }
    if (isSeq(node)) {
        const item = node.items[Number(segment)];
        return item ? { node: item, keyOffset: item.range?.[0] ?? 0 } : null;
    }
    return null;
}
function dedupe(errors) {
    const seen = new Set();
    return errors.filter((e) => {
        const id = `${e.pointer}|${e.message}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
function escape(segment) {
    return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
function unescape(segment) {
    return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
