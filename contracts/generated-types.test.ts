import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components as Bhxh } from './generated/bhxh.js';
import type { operations as Hotich } from './generated/hotich.js';
import type {
  components as Lienthong,
  webhooks as LienthongWebhooks,
} from './generated/lienthong.js';
import type { paths as Vneid } from './generated/vneid.js';
import { packageRoot } from './package-root.js';
import { SYSTEMS } from './systems.js';

// Type assertions are checked by `npm run typecheck` (tsc); the runtime part checks the files.
describe('generated types', () => {
  it('exist for every system with a do-not-edit header', () => {
    for (const system of SYSTEMS) {
      const text = readFileSync(
        join(packageRoot(), 'contracts', 'generated', `${system}.ts`),
        'utf8',
      );
      expect(text.slice(0, 200), system).toContain('Do not make direct changes to the file.');
    }
  });

  it('type a group-1 submission from the hub contract', () => {
    type Submission = Lienthong['schemas']['DossierSubmission'];
    expectTypeOf<
      Extract<Submission, { nhomThuTuc: 'NHOM_1' }>['treEm']['ngaySinh']
    >().toEqualTypeOf<string>();
    expectTypeOf<Lienthong['schemas']['LinkedDossier']['trangThai']>().toEqualTypeOf<number>();
  });

  it('type request bodies, responses and webhooks by operation', () => {
    type RegisterBirth = Hotich['hotichRegisterBirth'];
    expectTypeOf<RegisterBirth['requestBody']>().not.toBeUndefined();
    expectTypeOf<keyof RegisterBirth['responses']>().toExtend<number | string>();
    expectTypeOf<LienthongWebhooks>().not.toBeNever();
    expectTypeOf<Vneid['/vneid/v1/tai-khoan/{soDinhDanh}']['get']>().not.toBeNever();
  });

  it('turn enums into literal unions', () => {
    expectTypeOf<'HO_SO_DA_TIEP_NHAN'>().toExtend<Lienthong['schemas']['EventType']>();
    expectTypeOf<'KHONG_CO'>().not.toExtend<Lienthong['schemas']['EventType']>();
    expectTypeOf<'TU_TUAT_1LAN'>().toExtend<Bhxh['schemas']['BhxhBenefitKind']>();
  });
});
