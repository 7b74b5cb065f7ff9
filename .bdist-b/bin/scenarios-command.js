import { Command, InvalidArgumentError } from 'commander';
import { stat } from 'node:fs/promises';
import { formatLoadError, loadScenario } from '../scenarios/load.js';
import { expandPaths, runScenarios } from '../scenarios/run/index.js';
import { createProgressReporter, formatFailureDetails, formatSummary, isReporterName, REPORTERS, wantsColor, writeReports, } from '../scenarios/report/index.js';
/** Scenario files run when no path is given. */
export const DEFAULT_SCENARIO_PATHS = ['scenarios/catalogue'];
/** Exit codes of `lienthong scenarios`: 1 a scenario failed, 2 the command was misused. */
export const EXIT = { passed: 0, failed: 1, usage: 2 };
/** `lienthong scenarios run|validate`. */
export function createScenariosCommand(io = { stdout: process.stdout, stderr: process.stderr }) {
    const command = new Command('scenarios').description('run and validate linkage scenarios (format: scenarios/README.md)');
    command
        .command('run')
        .description('run scenarios, each in its own throwaway sandbox, and write reports')
        .argument('[paths...]', 'scenario files, directories or globs', [...DEFAULT_SCENARIO_PATHS])
        .option('--target <url>', 'a deployed sandbox (default: an in-process gateway)', parseUrl)
        .option('--tag <tags>', 'only scenarios with one of these tags (repeatable, or a comma list)', collectList, [])
        .option('--parallel <n>', 'scenarios run at once', parsePositive)
        .option('--reporter <list>', `report files: ${Object.keys(REPORTERS).join(',')}`, parseReporters, [])
        .option('--out <dir>', 'directory of the report files', './scenario-reports')
        .option('--secret <clientId=secret>', 'client secret of a --target (repeatable)', collectRaw, [])
        .exitOverride(usageExit)
        .action(async (paths, options) => {
        process.exitCode = await runCommand(paths, options, io);
    });
    command
        .command('validate')
        .description('load scenario files and report every error as file:line:column field message')
        .argument('[paths...]', 'scenario files, directories or globs', [...DEFAULT_SCENARIO_PATHS])
        .exitOverride(usageExit)
        .action(async (paths) => {
        process.exitCode = await validateCommand(paths, io);
    });
    return command;
}
/** Runs the scenarios; resolves with the exit code. */
export async function runCommand(patterns, options, io) {
    const runner = io.runner ?? { runScenarios, expandPaths };
    const secrets = parseSecrets(options.secret);
    if (!secrets)
        return usage(io, '--secret takes clientId=secret');
    const files = await runner.expandPaths(patterns);
    const missing = await unmatched(files);
    if (missing.length > 0)
        return usage(io, `no scenario files match ${missing.join(' ')}`);
    const color = wantsColor(io.stdout);
    const where = options.target ?? 'an in-process sandbox';
    io.stdout.write(`Running ${files.length} scenario files against ${where}\n`);
    const progress = createProgressReporter(io.stdout, { color });
    let report;
    try {
        report = await runner.runScenarios(files, {
            ...(options.target !== undefined ? { target: options.target } : {}),
            ...(options.parallel !== undefined ? { parallel: options.parallel } : {}),
            ...(options.tag.length > 0 ? { tags: options.tag } : {}),
            ...(Object.keys(secrets).length > 0 ? { secrets } : {}),
            onProgress: progress.onProgress,
        });
    }
    catch (error) {
        progress.finish();
        io.stderr.write(`lienthong: the run stopped: ${error.message}\n`);
        return EXIT.failed;
    }
    progress.finish();
    if (report.scenarios.length === 0)
        return usage(io, `no scenario has the tag ${options.tag.join(' or ')}`);
    io.stdout.write(formatFailureDetails(report, { color }));
    io.stdout.write(formatSummary(report, { color }));
    if (options.reporter.length > 0) {
        const written = await writeReports(report, {
            reporters: options.reporter,
            outDir: options.out,
        });
        io.stdout.write(`Reports: ${written.join(', ')}\n`);
    }
    return report.totals.failed + report.totals.error > 0 ? EXIT.failed : EXIT.passed;
}
/** Loads every file and prints each error; resolves with the exit code. */
export async function validateCommand(patterns, io) {
    const files = await (io.runner?.expandPaths ?? expandPaths)(patterns);
    const missing = await unmatched(files);
    if (missing.length > 0)
        return usage(io, `no scenario files match ${missing.join(' ')}`);
    let invalid = 0;
    for (const file of files) {
        const loaded = loadScenario(file);
        if (loaded.ok)
            continue;
        invalid += 1;
        for (const error of loaded.error)
            io.stderr.write(`${formatLoadError(error)}\n`);
    }
    io.stdout.write(invalid === 0
        ? `${files.length} scenario files are valid\n`
        : `${invalid} of ${files.length} scenario files are invalid\n`);
    return invalid === 0 ? EXIT.passed : EXIT.failed;
}
/**
 * The entries of an expansion that are not files: `expandPaths` keeps a pattern that matched
 * nothing as it is, and a mistyped path is a usage error, not a failed scenario.
 */
async function unmatched(files) {
    if (files.length === 0)
        return ['(no paths)'];
    const checks = await Promise.all(files.map(async (file) => ((await stat(file).catch(() => undefined))?.isFile() ? [] : [file])));
    return checks.flat();
}
function usage(io, message) {
    io.stderr.write(`lienthong: ${message}\n`);
    return EXIT.usage;
}
/** Misuse (bad option, missing value) exits 2; help and version exit 0. */
function usageExit(error) {
    process.exit(error.exitCode === 0 ? 0 : EXIT.usage);
}
function collectList(raw, previous) {
    const values = raw.split(',').map((v) => v.trim());
    if (values.some((v) => v === ''))
        throw new InvalidArgumentError('empty tag');
    return [...previous, ...values];
}
function parseReporters(raw, previous) {
    const names = raw.split(',').map((v) => v.trim());
    const unknown = names.filter((name) => !isReporterName(name));
    if (unknown.length > 0)
        throw new InvalidArgumentError(`unknown reporter ${unknown.join(', ')} (choose from ${Object.keys(REPORTERS).join(', ')})`);
    return [...previous, ...names];
}
function collectRaw(raw, previous) {
    return [...previous, raw];
}
/**
 * `clientId=secret` pairs. Checked here rather than by commander, whose message would echo the
 * malformed value (a secret) to the terminal.
 */
export function parseSecrets(raw) {
    const secrets = {};
    for (const pair of raw) {
        const at = pair.indexOf('=');
        if (at <= 0 || at === pair.length - 1)
            return undefined;
        secrets[pair.slice(0, at)] = pair.slice(at + 1);
    }
    return secrets;
}
function parsePositive(raw) {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 256)
        throw new InvalidArgumentError('must be an integer 1–256');
    return n;
}
function parseUrl(raw) {
    try {
        const url = new URL(raw);
        if (url.protocol === 'http:' || url.protocol === 'https:')
            return raw.replace(/\/+$/, '');
    }
    catch {
        // answered below
    }
    throw new InvalidArgumentError('must be an http(s) URL');
}
