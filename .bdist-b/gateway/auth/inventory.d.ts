import type { OfficerRecord, OfficerUse } from './officer-registry.js';
import type { AccountInventory, ClientSystem } from './types.js';
/** Default idle threshold in days. @see SECURITY.md GW-12 */
export declare const DEFAULT_IDLE_ACCOUNT_DAYS = 90;
/** Two devices within this window mark an account as possibly shared. @see SECURITY.md GW-05 */
export declare const SHARED_WINDOW_MS: number;
/** What the report is computed against. */
export interface InventoryOptions {
    /** The sandbox clock's current instant. */
    readonly now: Date;
    readonly idleAccountDays?: number;
    readonly sharedWindowMs?: number;
}
/**
 * The account inventory of a client (one row per officer account, GW-12). Flags:
 * - `surplus`: the account has no TTHC function;
 * - `idle`: an ACTIVE account whose last use (or, never used, its creation) is more than
 *   `idleAccountDays` before `now` — an INACTIVE account is already closed, so never idle;
 * - `shared`: among the account's recent uses (the last {@link RECENT_USES_KEPT}), two from
 *   different devices lie within `sharedWindowMs` — a simple stand-in for GW-05 detection.
 * @see ../shared/domain/SECURITY.md GW-12, GW-05; specs/sandbox.yaml sandboxGetAccountInventory
 */
export declare function buildInventory(client: Pick<ClientSystem, 'clientId' | 'ownerUnit'>, accounts: readonly OfficerRecord[], options: InventoryOptions): AccountInventory;
/** True when two uses from different devices are at most `windowMs` apart. */
export declare function usedFromTwoDevices(uses: readonly OfficerUse[], windowMs: number): boolean;
/** The CSV columns, in order (the JSON row's fields with the flags flattened). */
export declare const INVENTORY_CSV_COLUMNS: readonly ["officerId", "hoTen", "unit", "role", "hasTthcFunction", "createdAt", "lastUsedAt", "status", "devices", "surplus", "idle", "shared"];
/**
 * Renders the inventory as CSV (`Accept: text/csv`): a header line, one line per row, `devices`
 * joined with `;`, flags as `true`/`false`, `lastUsedAt` empty when never used; a field with a
 * comma, quote or line break is quoted (RFC 4180).
 * @see specs/sandbox.yaml sandboxGetAccountInventory (text/csv)
 */
export declare function renderInventoryCsv(inventory: AccountInventory): string;
