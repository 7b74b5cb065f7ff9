import type { Handler } from '../contracts/handler.js';
import type { components as SandboxComponents } from '../contracts/generated/sandbox.js';
import type { components as SharedComponents } from '../contracts/generated/vneid.js';
import { SYSTEMS } from '../contracts/systems.js';
import { toVnIso } from '../mocks/domain/calendar/index.js';

type LivenessReport = SandboxComponents['schemas']['LivenessReport'];
type ReadinessReport = SandboxComponents['schemas']['ReadinessReport'];
type Health = SharedComponents['schemas']['Health'];

/** What the health handlers report on. */
export interface HealthSources {
  readonly version: string;
  readonly operationCount: number;
  readonly startedAt: number;
  readonly now?: () => Date;
}

/**
 * Liveness, readiness and every system's health operation (`hotichGetHealth`…), answered by the
 * gateway itself rather than from examples.
 * @see specs/sandbox.yaml sandboxGetLiveness, sandboxGetReadiness; specs/common.yaml Health
 */
export function createHealthHandlers(sources: HealthSources): Map<string, Handler> {
  const now = sources.now ?? (() => new Date());
  const handlers = new Map<string, Handler>();
  handlers.set('sandboxGetLiveness', async () => {
    const body: LivenessReport = {
      status: 'ok',
      uptimeSeconds: Math.max(0, (Date.now() - sources.startedAt) / 1000),
    };
    return { status: 200, body };
  });
  handlers.set('sandboxGetReadiness', async () => {
    const body: ReadinessReport = {
      status: 'ready',
      checks: [
        { name: 'contracts', ok: true, detail: `${sources.operationCount} operations loaded` },
      ],
    };
    return { status: 200, body };
  });
  for (const system of SYSTEMS) {
    if (system === 'sandbox') continue;
    handlers.set(`${system}GetHealth`, async () => {
      const body: Health = {
        trangThai: 'HOAT_DONG',
        thoiDiem: toVnIso(now()),
        phienBan: sources.version,
      };
      return { status: 200, body };
    });
  }
  return handlers;
}
