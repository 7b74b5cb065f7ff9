import { toVnIso } from '../../mocks/domain/calendar/index.js';
/** Default idle threshold in days. @see SECURITY.md GW-12 */
export const DEFAULT_IDLE_ACCOUNT_DAYS = 90;
/** Two devices within this window mark an account as possibly shared. @see SECURITY.md GW-05 */
export const SHARED_WINDOW_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The account inventory of a client (one row per officer account, GW-12). Flags:
 * - `surplus`: the account has no TTHC function;
 * - `idle`: an ACTIVE account whose last use (or, never used, its creation) is more than
 *   `idleAccountDays` before `now` — an INACTIVE account is already closed, so never idle;
 * - `shared`: among the account's recent uses (the last {@link RECENT_USES_KEPT}), two from
 *   different devices lie within `sharedWindowMs` — a simple stand-in for GW-05 detection.
 * @see ../shared/domain/SECURITY.md GW-12, GW-05; specs/sandbox.yaml sandboxGetAccountInventory
 */
export function buildInventory(client, accounts, options) {
    const idleAccountDays = options.idleAccountDays ?? DEFAULT_IDLE_ACCOUNT_DAYS;
    const window = options.sharedWindowMs ?? SHARED_WINDOW_MS;
    const idleBefore = options.now.getTime() - idleAccountDays * DAY_MS;
    const rows = accounts.map(({ officer, recentUses }) => {
        const lastSeen = Date.parse(officer.lastUsedAt ?? officer.createdAt);
        return {
            officerId: officer.officerId,
            hoTen: officer.hoTen,
            unit: officer.unit,
            role: officer.role,
            hasTthcFunction: officer.hasTthcFunction,
            createdAt: officer.createdAt,
            lastUsedAt: officer.lastUsedAt,
            status: officer.status,
            devices: officer.devices,
            flags: {
                surplus: !officer.hasTthcFunction,
                idle: officer.status === 'ACTIVE' && lastSeen < idleBefore,
                shared: usedFromTwoDevices(recentUses, window),
            },
        };
    });
    return {
        clientId: client.clientId,
        ownerUnit: client.ownerUnit,
        generatedAt: toVnIso(options.now),
        idleAccountDays,
        totals: {
            accounts: rows.length,
            active: rows.filter((r) => r.status === 'ACTIVE').length,
            surplus: rows.filter((r) => r.flags.surplus).length,
            idle: rows.filter((r) => r.flags.idle).length,
            shared: rows.filter((r) => r.flags.shared).length,
        },
        rows,
    };
}
/** True when two uses from different devices are at most `windowMs` apart. */
export function usedFromTwoDevices(uses, windowMs) {
    const sorted = uses
        .map((u) => ({ deviceId: u.deviceId, t: Date.parse(u.at) }))
        .sort((a, b) => a.t - b.t);
    return sorted.some((use, i) => sorted
        .slice(i + 1)
        .some((later) => later.t - use.t <= windowMs && later.deviceId !== use.deviceId));
}
/** The CSV columns, in order (the JSON row's fields with the flags flattened). */
export const INVENTORY_CSV_COLUMNS = [
    'officerId',
    'hoTen',
    'unit',
    'role',
    'hasTthcFunction',
    'createdAt',
    'lastUsedAt',
    'status',
    'devices',
    'surplus',
    'idle',
    'shared',
];
/**
 * Renders the inventory as CSV (`Accept: text/csv`): a header line, one line per row, `devices`
 * joined with `;`, flags as `true`/`false`, `lastUsedAt` empty when never used; a field with a
 * comma, quote or line break is quoted (RFC 4180).
 * @see specs/sandbox.yaml sandboxGetAccountInventory (text/csv)
 */
export function renderInventoryCsv(inventory) {
    const lines = inventory.rows.map((row) => [
        row.officerId,
        row.hoTen,
        row.unit,
        row.role,
        String(row.hasTthcFunction),
        row.createdAt,
        row.lastUsedAt ?? '',
        row.status,
        row.devices.join(';'),
        String(row.flags.surplus),
        String(row.flags.idle),
        String(row.flags.shared),
    ]
        .map(csvField)
        .join(','));
    return [INVENTORY_CSV_COLUMNS.join(','), ...lines].join('\n') + '\n';
}
function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
