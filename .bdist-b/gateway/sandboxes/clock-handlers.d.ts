import type { Handler } from '../../contracts/handler.js';
import type { SandboxManager } from './manager.js';
/**
 * The handlers of `sandboxGetClock`, `sandboxSetClock`, `sandboxFreezeClock` and
 * `sandboxAdvanceClock`. Moving forward fires the sandbox's due timers; the advance answer
 * counts them by kind (see `TIMER_LABEL_PREFIXES`). A move first lets background work settle
 * (a webhook attempt in flight schedules its retry on this clock) and waits for what it set off.
 * @see specs/sandbox.yaml
 */
export declare function clockHandlers(manager: SandboxManager, settle?: (sandboxId: string) => Promise<void>): (readonly [string, Handler])[];
