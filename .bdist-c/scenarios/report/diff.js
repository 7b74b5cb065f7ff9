import { formatValue } from './format.js';
/** Above this many line pairs the diff gives up on alignment (expected, then actual). */
const MAX_CELLS = 250_000;
/** The line diff of the pretty forms of `expected` and `actual` (longest common subsequence). */
export function diffValues(expected, actual) {
    return diffLines(formatValue(expected).split('\n'), formatValue(actual).split('\n'));
}
/** The line diff of two texts already split in lines. */
export function diffLines(before, after) {
    if (before.length * after.length > MAX_CELLS) {
        return [
            ...before.map((text) => ({ kind: '-', text })),
            ...after.map((text) => ({ kind: '+', text })),
        ];
    }
    const lengths = commonLengths(before, after);
    const lines = [];
    let i = 0;
    let j = 0;
    while (i < before.length && j < after.length) {
        if (before[i] === after[j]) {
            lines.push({ kind: ' ', text: before[i] ?? '' });
            i += 1;
            j += 1;
        }
        else if (cell(lengths, i + 1, j, after.length) >= cell(lengths, i, j + 1, after.length)) {
            lines.push({ kind: '-', text: before[i] ?? '' });
            i += 1;
        }
        else {
            lines.push({ kind: '+', text: after[j] ?? '' });
            j += 1;
        }
    }
    for (; i < before.length; i += 1)
        lines.push({ kind: '-', text: before[i] ?? '' });
    for (; j < after.length; j += 1)
        lines.push({ kind: '+', text: after[j] ?? '' });
    return lines;
}
/** `lengths[i][j]`: length of the longest common subsequence of `before[i..]` and `after[j..]`. */
function commonLengths(before, after) {
    const width = after.length + 1;
    const lengths = new Uint32Array((before.length + 1) * width);
    for (let i = before.length - 1; i >= 0; i -= 1) {
        for (let j = after.length - 1; j >= 0; j -= 1) {
            lengths[i * width + j] =
                before[i] === after[j]
                    ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
                    : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
        }
    }
    return lengths;
}
function cell(lengths, i, j, columns) {
    return lengths[i * (columns + 1) + j] ?? 0;
}
/** Whether a diff is worth showing: both values are multi-line structures. */
export function isWorthDiffing(expected, actual) {
    return isStructure(expected) && isStructure(actual);
}
function isStructure(value) {
    return typeof value === 'object' && value !== null;
}
