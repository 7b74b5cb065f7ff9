/** Journal pages read per scenario at most (100 entries each). */
const MAX_PAGES = 50;
/**
 * Each dossier's calls across systems, in journal order, read from the sandbox's hash-chained
 * journal (the hub's calls to every agency included). Entries of a leg (`…-KS`) belong to their
 * dossier. A journal that cannot be read gives empty timelines, never a failure.
 * @see docs/decisions/0008-scenarios.md §6; specs/sandbox.yaml `sandboxQueryJournal`
 */
export async function readTimelines(client, contracts, sandboxId, dossiers) {
    if (dossiers.size === 0)
        return [];
    const entries = [];
    let cursor;
    for (let page = 0; page < MAX_PAGES; page += 1) {
        const answer = await client.call({
            operationId: 'sandboxQueryJournal',
            as: 'admin',
            params: { sandboxId },
            query: { limit: 100, ...(cursor ? { cursor } : {}) },
        });
        const body = answer.response?.body;
        if (answer.response?.status !== 200 || !body)
            break;
        entries.push(...(body.items ?? []));
        if (!body.nextCursor)
            break;
        cursor = body.nextCursor;
    }
    return [...dossiers].sort().map((maHoSo) => ({
        maHoSo,
        timeline: entries
            .filter((e) => typeof e.maHoSo === 'string' &&
            (e.maHoSo === maHoSo || e.maHoSo.startsWith(`${maHoSo}-`)))
            .map((e) => toEntry(e, contracts)),
    }));
}
function toEntry(entry, contracts) {
    const operationId = String(entry.operationId ?? '');
    const system = contracts.index.operations.get(operationId)?.system ??
        String(entry.endpoint ?? '').split('/')[1] ??
        'unknown';
    return {
        at: String(entry.ts),
        system,
        operationId,
        status: Number(entry.status),
        ...(typeof entry.maHoSo === 'string' ? { maHoSo: entry.maHoSo } : {}),
        ...(typeof entry.clientId === 'string' ? { clientId: entry.clientId } : {}),
    };
}
