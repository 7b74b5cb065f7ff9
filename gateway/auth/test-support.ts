import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createClock } from '../../mocks/ports/clock/create-clock.js';
import { createMemoryStore } from '../../mocks/ports/store/index.js';
import { createClientRegistry, type ClientRegistry } from './client-registry.js';
import { createOfficerRegistry, type OfficerRegistry } from './officer-registry.js';
import type { ClientSystem } from './types.js';

/** The instant auth tests start at (frozen). */
export const TEST_START = new Date('2026-09-15T09:00:00+07:00');

/** A fresh global scope, a frozen clock and both registries over them. */
export async function authFixture(): Promise<{
  clients: ClientRegistry;
  officers: OfficerRegistry;
  clock: ReturnType<typeof createClock>;
}> {
  const store = createMemoryStore();
  const created = await store.createSandbox('gateway-global');
  if (!created.ok) throw new Error(created.error.code);
  const scope = store.sandbox('gateway-global');
  const clock = createClock({ start: TEST_START, frozen: true });
  const clients = createClientRegistry({ scope, clock });
  const officers = createOfficerRegistry({ scope, clock, clients });
  return { clients, officers, clock };
}

/** An RSA key pair for signing tests (2048 bits). */
export function rsaKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}

/** A client in the given state with everything needed to connect. */
export function clientIn(
  state: ClientSystem['state'],
  overrides: Partial<ClientSystem> = {},
): ClientSystem {
  return {
    clientId: 'motcua-thanhhoa',
    name: 'Hệ thống thông tin giải quyết TTHC tỉnh Thanh Hóa',
    ownerUnit: 'Văn phòng UBND tỉnh Thanh Hóa',
    operatorUnit: 'Công ty Cổ phần Phần mềm Mẫu',
    securityUnit: 'Sở Khoa học và Công nghệ tỉnh Thanh Hóa',
    securityLevel: 3,
    levelDossier: { id: '1234/QĐ-UBND', approvedAt: '2025-11-20T10:00:00+07:00' },
    commitmentRef: 'CK-38-2026-001',
    registeredPurposes: ['KHAI_SINH'],
    scopes: ['lienthong.read', 'lienthong.write', 'dancu.read'],
    maTinh: '38',
    version: '2.4.1',
    state,
    stateChangedAt: '2026-09-01T08:00:00+07:00',
    createdAt: '2026-09-01T08:00:00+07:00',
    ...overrides,
  };
}
