import { err, ok } from '../../contracts/result.js';
/** The documented demo province: 38, Thanh Hóa (the province of the spec examples). */
export const DEMO_PROVINCE = '38';
/** The documented demo credentials (fixed, like other local sandboxes). @see DESIGN.md §4 */
export const DEMO_CREDENTIALS = {
    province: { clientId: 'tinh-demo', clientSecret: 'tinh-demo-secret' },
    admin: { clientId: 'sandbox-admin', clientSecret: 'sandbox-admin-secret' },
};
/** The settings that hold the bootstrap secrets outside demo mode. */
export const SECRET_SETTINGS = {
    admin: 'LIENTHONG_ADMIN_CLIENT_SECRET',
    province: 'LIENTHONG_PROVINCE_CLIENT_SECRET',
};
const ONBOARDED = '2026-09-01T08:00:00+07:00';
const OWNER_UNIT = 'Văn phòng UBND tỉnh Thanh Hóa';
const SECURITY_UNIT = 'Sở Khoa học và Công nghệ tỉnh Thanh Hóa';
const AGENCIES = ['hotich', 'dancu', 'cutru', 'bhxh', 'xahoi', 'yte', 'vneid'];
/**
 * The demo provincial one-stop system: CONNECTED, level 3 with an approved dossier, every
 * purpose of SECURITY.md §3, the hub scopes and the read/write scope of every agency.
 */
export const DEMO_PROVINCE_CLIENT = {
    clientId: DEMO_CREDENTIALS.province.clientId,
    name: 'Hệ thống một cửa tỉnh (demo)',
    ownerUnit: OWNER_UNIT,
    operatorUnit: null,
    securityUnit: SECURITY_UNIT,
    securityLevel: 3,
    levelDossier: { id: '1234/QĐ-UBND', approvedAt: '2025-11-20T10:00:00+07:00' },
    commitmentRef: 'CK-38-2026-001',
    sourceReview: {
        submittedAt: '2026-08-01T09:00:00+07:00',
        approvedBy: 'c06.kiemtra.01',
        approvedAt: '2026-08-20T15:00:00+07:00',
    },
    registeredPurposes: [
        'XAC_THUC_NGUOI_NOP',
        'KHAI_SINH',
        'DK_THUONG_TRU',
        'CAP_THE_BHYT',
        'CAP_CAN_CUOC',
        'KHAI_TU',
        'XOA_THUONG_TRU',
        'MAI_TANG_TU_TUAT',
    ],
    scopes: [
        'lienthong.read',
        'lienthong.write',
        'lienthong.province',
        ...AGENCIES.flatMap((a) => [`${a}.read`, `${a}.write`]),
    ],
    maTinh: DEMO_PROVINCE,
    defaultSandboxId: 'default',
    version: '1.0.0',
    state: 'CONNECTED',
    stateChangedAt: ONBOARDED,
    createdAt: ONBOARDED,
    secretIssuedAt: ONBOARDED,
};
/** The control-plane client: scope `sandbox.admin` only, no purpose (it reads no citizen data). */
export const DEMO_ADMIN_CLIENT = {
    clientId: DEMO_CREDENTIALS.admin.clientId,
    name: 'Bảng điều khiển sandbox (quản trị)',
    ownerUnit: 'Ban quản trị sandbox liên thông',
    operatorUnit: null,
    securityUnit: 'Ban quản trị sandbox liên thông',
    securityLevel: 3,
    levelDossier: { id: 'SBX-ADMIN', approvedAt: ONBOARDED },
    commitmentRef: 'CK-SANDBOX-ADMIN',
    registeredPurposes: [],
    scopes: ['sandbox.admin'],
    // The schema needs a province; the control plane is run centrally, so 01 (Hà Nội).
    maTinh: '01',
    defaultSandboxId: 'default',
    version: '1.0.0',
    state: 'CONNECTED',
    stateChangedAt: ONBOARDED,
    createdAt: ONBOARDED,
    secretIssuedAt: ONBOARDED,
};
/** The named officer of the demo province (the officer of the README examples). */
export const DEMO_OFFICER = {
    officerId: 'cb.hotich.38001',
    hoTen: 'Lê Thị Thu Hà',
    unit: OWNER_UNIT,
    role: 'OFFICER',
    hasTthcFunction: true,
    devices: ['MT-38-0001'],
    trainingCompletedAt: '2026-08-25T16:00:00+07:00',
};
const SECRET_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
/**
 * The clients to seed. In demo mode: both demo clients with their documented secrets. Otherwise
 * the admin client needs `LIENTHONG_ADMIN_CLIENT_SECRET`, and the province client is seeded only
 * when `LIENTHONG_PROVINCE_CLIENT_SECRET` is set; a missing, malformed or documented demo secret
 * is a configuration error naming the setting, so start-up stops.
 * @see DESIGN.md §4 (demo mode); SECURITY.md GW-13
 */
export function bootstrapClients(demo, env) {
    if (demo) {
        return ok([
            {
                client: DEMO_PROVINCE_CLIENT,
                secret: DEMO_CREDENTIALS.province.clientSecret,
                officers: [DEMO_OFFICER],
            },
            { client: DEMO_ADMIN_CLIENT, secret: DEMO_CREDENTIALS.admin.clientSecret, officers: [] },
        ]);
    }
    const admin = configuredSecret(env, SECRET_SETTINGS.admin, true);
    if (!admin.ok)
        return admin;
    const province = configuredSecret(env, SECRET_SETTINGS.province, false);
    if (!province.ok)
        return province;
    const seeds = [
        { client: DEMO_ADMIN_CLIENT, secret: admin.value ?? '', officers: [] },
    ];
    if (province.value !== undefined) {
        seeds.push({ client: DEMO_PROVINCE_CLIENT, secret: province.value, officers: [DEMO_OFFICER] });
    }
    return ok(seeds);
}
/**
 * Writes the seeds into the registries (idempotent: a restart overwrites them; an officer that
 * already exists is left as it is).
 */
export async function seedClients(clients, officers, seeds) {
    for (const seed of seeds) {
        await clients.seed(seed.client, seed.secret);
        for (const officer of seed.officers)
            await officers.create(seed.client.clientId, officer);
    }
}
function configuredSecret(env, key, required) {
    const value = env[key];
    if (value === undefined || value === '') {
        return required
            ? err({ key, detail: `${key} is required outside demo mode (the secret of the client).` })
            : ok(undefined);
    }
    if (!SECRET_PATTERN.test(value))
        return err({ key, detail: `${key} must be 16–128 characters of A–Z, a–z, 0–9, _ or -.` });
    const documented = [
        DEMO_CREDENTIALS.admin.clientSecret,
        DEMO_CREDENTIALS.province.clientSecret,
    ];
    if (documented.includes(value))
        return err({ key, detail: `${key} must not be a documented demo secret outside demo mode.` });
    return ok(value);
}
