import { encodePointerToken } from './loader.js';
const CODES = {
    required: 'REQUIRED',
    type: 'TYPE',
    format: 'FORMAT',
    pattern: 'PATTERN',
    enum: 'ENUM',
    const: 'CONST',
    additionalProperties: 'UNKNOWN_PROPERTY',
    unevaluatedProperties: 'UNKNOWN_PROPERTY',
    minLength: 'MIN_LENGTH',
    maxLength: 'MAX_LENGTH',
    minimum: 'MINIMUM',
    maximum: 'MAXIMUM',
    exclusiveMinimum: 'MINIMUM',
    exclusiveMaximum: 'MAXIMUM',
    minItems: 'MIN_ITEMS',
    maxItems: 'MAX_ITEMS',
    uniqueItems: 'UNIQUE_ITEMS',
    minProperties: 'MIN_PROPERTIES',
    maxProperties: 'MAX_PROPERTIES',
    oneOf: 'ONE_OF',
    anyOf: 'ANY_OF',
    not: 'NOT',
    dependentRequired: 'REQUIRED',
    multipleOf: 'MULTIPLE_OF',
};
/**
 * Turns ajv errors into violations with JSON pointers, one per offending field and rule.
 * Narrow failed alternatives first (`narrowAlternatives` in alternatives.ts).
 */
export function toViolations(errors, location) {
    if (!errors || errors.length === 0)
        return [];
    const seen = new Set();
    const result = [];
    for (const error of errors) {
        const violation = toViolation(error, location);
        const key = `${violation.pointer}|${violation.code}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        result.push(violation);
    }
    return result;
}
function toViolation(error, location) {
    let pointer = `/${location}${error.instancePath}`;
    const params = error.params;
    if (error.keyword === 'required' || error.keyword === 'dependentRequired') {
        pointer += `/${encodePointerToken(String(params.missingProperty))}`;
    }
    else if (error.keyword === 'additionalProperties') {
        pointer += `/${encodePointerToken(String(params.additionalProperty))}`;
    }
    else if (error.keyword === 'unevaluatedProperties') {
        pointer += `/${encodePointerToken(String(params.unevaluatedProperty))}`;
    }
    let code = CODES[error.keyword] ?? error.keyword.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
    // Parameters are not properties: an unknown query parameter reads better as such.
    if (code === 'UNKNOWN_PROPERTY' && location !== 'body' && location !== 'response') {
        code = 'UNKNOWN_PARAMETER';
    }
    return { pointer, code, detail: describe(error) };
}
function describe(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return `missing required property "${String(params.missingProperty)}"`;
        case 'additionalProperties':
            return `property "${String(params.additionalProperty)}" is not allowed by the contract`;
        case 'unevaluatedProperties':
            return `property "${String(params.unevaluatedProperty)}" is not allowed by the contract`;
        case 'enum':
            return `must be one of ${JSON.stringify(params.allowedValues)}`;
        default:
            return error.message ?? error.keyword;
    }
}
