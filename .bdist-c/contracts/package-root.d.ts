/**
 * The folder holding this package's `package.json`, found by walking up from this module, so the
 * same code finds `specs/` whether it runs from source (vitest, tsx) or from `dist/`.
 */
export declare function packageRoot(): string;
/** This package's version, from its `package.json`. */
export declare function packageVersion(): string;
/** The `specs/` folder of this package. */
export declare function specsDir(): string;
