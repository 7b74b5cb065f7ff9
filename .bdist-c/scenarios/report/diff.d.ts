/**
 * A line diff of expected and actual values, so a report shows what differs in a large body
 * rather than two walls of JSON.
 */
import type { Json } from '../model.js';
/** One line of a diff: kept (` `), only expected (`-`) or only actual (`+`). */
export interface DiffLine {
    readonly kind: ' ' | '-' | '+';
    readonly text: string;
}
/** The line diff of the pretty forms of `expected` and `actual` (longest common subsequence). */
export declare function diffValues(expected: Json | undefined, actual: Json | undefined): DiffLine[];
/** The line diff of two texts already split in lines. */
export declare function diffLines(before: readonly string[], after: readonly string[]): DiffLine[];
/** Whether a diff is worth showing: both values are multi-line structures. */
export declare function isWorthDiffing(expected: Json | undefined, actual: Json | undefined): boolean;
