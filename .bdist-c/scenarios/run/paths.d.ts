/**
 * Expands files, directories (every `*.yaml` / `*.yml` below them) and simple globs (`*` within
 * a path segment, `**` across segments) into scenario files, sorted and without duplicates. A
 * pattern that matches nothing is kept as is, so loading it reports the missing file.
 */
export declare function expandPaths(patterns: readonly string[]): Promise<string[]>;
/** `**` → any path, `*` → any characters but `/`, `?` → one such character. */
export declare function globToRegExp(pattern: string): RegExp;
