import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { loadContracts } from '../contracts/contracts.js';
import { packageVersion } from '../contracts/package-root.js';
import { isSystemName, SYSTEMS } from '../contracts/systems.js';
import { readConfig } from '../gateway/config.js';
import { createSandboxApp, generateSigningKey } from '../gateway/sandbox-app.js';
import { createLogger } from '../gateway/logger.js';
import { listenEarly } from '../gateway/server.js';
import { startingListener } from '../gateway/starting-host.js';
import { shutdownOnSignals } from '../gateway/shutdown.js';
import { createScenariosCommand } from './scenarios-command.js';
/** The `lienthong` command line. */
export function createProgram() {
    const program = new Command('lienthong')
        .description('Sandbox of the linked birth and death procedures (Decree 63/2024/NĐ-CP)')
        .version(packageVersion());
    program
        .command('serve')
        .description('run the gateway with every simulated system in one process')
        .option('--host <host>', 'interface to listen on (env HOST, default 127.0.0.1)')
        .option('--port <port>', 'TCP port, 0 for any free port (env PORT, default 8080)', parsePort)
        .addOption(new Option('--response-validation <mode>', 'what to do with answers that break their contract').choices(['strict', 'lenient', 'off']))
        .action(async (options) => {
        const overrides = {
            ...(options.host !== undefined ? { host: options.host } : {}),
            ...(options.port !== undefined ? { port: options.port } : {}),
            ...(options.responseValidation !== undefined
                ? { responseValidation: options.responseValidation }
                : {}),
        };
        const config = readConfig(overrides);
        if (!config.ok)
            fail(`configuration error: ${config.error.detail}`);
        const logger = createLogger(config.value.logLevel);
        const started = performance.now();
        // Listen first (readiness answers 503 until the sandbox is seeded); the signing key is
        // generated off the main thread while the contracts load and the population is seeded.
        const running = await listenEarly(startingListener(Date.now()), config.value.host, config.value.port, logger);
        const privateKey = generateSigningKey();
        const contracts = loadContracts();
        const built = await createSandboxApp({
            contracts,
            config: config.value,
            logger,
            privateKey,
        });
        if (!built.ok) {
            await running.close(0);
            fail(`configuration error: ${built.error.detail}`);
        }
        const { app, sandbox } = built.value;
        running.serve(app);
        const ms = Math.round(performance.now() - started);
        process.stdout.write(`\nlienthong-sandbox ${packageVersion()} ready in ${ms} ms at ${running.url}\n` +
            `  API reference   ${running.url}/docs\n` +
            `  operations      ${contracts.index.operations.size} across ${contracts.specs.size} systems\n` +
            `  population      ${sandbox.population.people.length} people, seed ${config.value.seed} (sandbox "${sandbox.resources.id}")\n` +
            (config.value.demo
                ? `  demo clients    tinh-demo / tinh-demo-secret (province 38), sandbox-admin / sandbox-admin-secret\n` +
                    `  get a token     curl -s -X POST ${running.url}/oauth/token -d grant_type=client_credentials -d client_id=tinh-demo -d client_secret=tinh-demo-secret\n\n`
                : '\n'));
        shutdownOnSignals({
            server: running,
            dispose: () => sandbox.manager.dispose(),
            logger,
            exit: (code) => process.exit(code),
            signals: process,
        });
    });
    const contractsCommand = program
        .command('contracts')
        .description('inspect and use the API contracts');
    contractsCommand
        .command('list')
        .description('list operations (method, path, operationId, scopes)')
        .option('--system <system>', `one of ${SYSTEMS.join(', ')}`)
        .action((options) => {
        if (options.system !== undefined && !isSystemName(options.system))
            fail(`unknown system "${options.system}"`);
        const contracts = loadContracts();
        for (const op of contracts.index.operations.values()) {
            if (options.system !== undefined && op.system !== options.system)
                continue;
            const method = op.kind === 'webhook' ? 'WEBHOOK' : op.method.toUpperCase();
            const scopes = op.isPublic ? 'public' : op.scopes.join(' ');
            process.stdout.write(`${method.padEnd(8)} ${op.path.padEnd(62)} ${op.operationId.padEnd(36)} ${scopes}\n`);
        }
    });
    contractsCommand
        .command('validate')
        .description('validate a JSON document against an operation request body, or a response with --status')
        .argument('<operationId>', 'operation whose contract applies')
        .argument('<file>', 'JSON file, or - for standard input')
        .option('--status <status>', 'validate as the response with this status instead of the request body', parseStatus)
        .action((operationId, file, options) => {
        const contracts = loadContracts();
        const operation = contracts.index.operations.get(operationId);
        if (!operation)
            fail(`unknown operationId "${operationId}" (see: lienthong contracts list)`);
        const value = readJson(file);
        const mediaType = Object.keys(operation.requestBody?.content ?? {})[0] ?? 'application/json';
        const violations = options.status === undefined
            ? contracts.validators.validateRequestBody(operationId, mediaType, value)
            : responseViolations(contracts.validators.validateResponse(operationId, options.status, responseMediaType(options.status), value));
        const what = options.status === undefined ? 'request body' : `${options.status} response`;
        if (violations.length === 0) {
            process.stdout.write(`valid: ${file} honours the ${what} of ${operationId}\n`);
            return;
        }
        process.stdout.write(`invalid: ${file} breaks the ${what} of ${operationId}\n`);
        for (const v of violations)
            process.stdout.write(`  ${v.pointer}  ${v.code}  ${v.detail}\n`);
        process.exitCode = 1;
    });
    program.addCommand(createScenariosCommand());
    return program;
}
function responseViolations(result) {
    return result.ok ? [] : result.error;
}
function responseMediaType(status) {
    return status >= 400 ? 'application/problem+json' : 'application/json';
}
function readJson(file) {
    const text = readFileSync(file === '-' ? 0 : file, 'utf8');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        fail(`${file} is not valid JSON: ${error.message}`);
    }
}
function parsePort(raw) {
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new InvalidArgumentError('must be an integer 0–65535');
    return port;
}
function parseStatus(raw) {
    const status = Number(raw);
    if (!Number.isInteger(status) || status < 100 || status > 599)
        throw new InvalidArgumentError('must be an HTTP status');
    return status;
}
function fail(message) {
    process.stderr.write(`lienthong: ${message}\n`);
    process.exit(2);
}
