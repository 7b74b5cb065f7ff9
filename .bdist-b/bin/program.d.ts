import { Command } from 'commander';
/** The `lienthong` command line. */
export declare function createProgram(): Command;
