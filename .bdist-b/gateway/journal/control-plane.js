import { problem } from '../../contracts/problems.js';
import { SANDBOX_NOT_FOUND } from '../../mocks/runtime.js';
/**
 * The control-plane operations over a sandbox's journal: query (filters, cursor pagination),
 * export as JSON lines, and verification of the hash chain.
 * @see specs/sandbox.yaml sandboxQueryJournal, sandboxExportJournal, sandboxVerifyJournal; SECURITY.md GW-10, GW-11
 */
export function createJournalOperations(options) {
    const { journal } = options;
    const missing = (id) => {
        const p = problem(SANDBOX_NOT_FOUND, `No sandbox has the id "${id}".`);
        return { status: p.status, contentType: 'application/problem+json', body: p };
    };
    const sandboxOf = (params) => String(params.sandboxId);
    return new Map([
        [
            'sandboxQueryJournal',
            async ({ params, query }) => {
                const id = sandboxOf(params);
                if (!options.hasSandbox(id))
                    return missing(id);
                const page = await journal.query(id, query);
                if (!page.ok)
                    return {
                        status: page.error.status,
                        contentType: 'application/problem+json',
                        body: page.error,
                    };
                return { status: 200, body: page.value };
            },
        ],
        [
            'sandboxExportJournal',
            async ({ params, query }) => {
                const id = sandboxOf(params);
                if (!options.hasSandbox(id))
                    return missing(id);
                const lines = [];
                for await (const line of journal.export(id, query))
                    lines.push(line);
                return { status: 200, contentType: 'application/x-ndjson', body: lines.join('') };
            },
        ],
        [
            'sandboxVerifyJournal',
            async ({ params, body }) => {
                const id = sandboxOf(params);
                if (!options.hasSandbox(id))
                    return missing(id);
                const verified = await journal.verify(id, (body ?? {}));
                if (!verified.ok) {
                    return {
                        status: verified.error.status,
                        contentType: 'application/problem+json',
                        body: verified.error,
                    };
                }
                return { status: 200, body: verified.value.result };
            },
        ],
    ]);
}
