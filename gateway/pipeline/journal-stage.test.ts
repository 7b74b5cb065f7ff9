import { describe, expect, it } from 'vitest';
import { testContracts } from '../../test/support/gateway.js';
import type { Journal, JournalRecord } from '../journal/index.js';
import { createJournalStage, type JournalEntryInput } from './journal-stage.js';

/** Runs the stage once over a journal that only keeps the record it is given. */
async function recordOf(
  headers: Readonly<Record<string, unknown>>,
  output: JournalEntryInput['output'] = { status: 200, body: { ok: true } },
): Promise<JournalRecord> {
  const records: JournalRecord[] = [];
  const journal = {
    append: async (_sandboxId: string, record: JournalRecord) => {
      records.push(record);
      return record;
    },
  } as unknown as Journal;
  const stage = createJournalStage(journal, testContracts());
  await stage({
    sandboxId: 'sbx-1',
    at: new Date(0),
    request: { method: 'get', path: '/x/038195000001', headers, requestId: 'req-1' },
    trace: {},
    output,
    latencyMs: 4,
  });
  const [record] = records;
  if (!record) throw new Error('nothing recorded');
  return record;
}

describe('journal stage', () => {
  it('records well-formed headers whatever the case of their names', async () => {
    const record = await recordOf({
      'X-Officer-Id': 'cb.hotich.38001',
      'x-may-tram': 'MT-38-0001',
      'X-MUC-DICH': 'KHAI_SINH',
      'x-Ma-Ho-So': '000.00.00.H38-260915-0001',
      'X-Client-Version': 'v'.repeat(80),
    });
    expect(record).toMatchObject({
      officerId: 'cb.hotich.38001',
      deviceId: 'MT-38-0001',
      mucDich: 'KHAI_SINH',
      maHoSo: '000.00.00.H38-260915-0001',
      clientVersion: 'v'.repeat(64),
      sourceIp: 'unknown',
      endpoint: 'GET /x/038*******01',
      resultCode: 'OK',
    });
  });

  it('takes the last of two names that differ only in case', async () => {
    const record = await recordOf({ 'x-may-tram': 'MT-1', 'X-May-Tram': 'MT-2' });
    expect(record.deviceId).toBe('MT-2');
  });

  it('records null for a malformed, missing or non-string header', async () => {
    const record = await recordOf(
      {
        'x-officer-id': ['cb.a.1', 'cb.b.2'],
        'x-muc-dich': 'not a purpose',
        'x-client-version': 5,
      },
      { status: 403, body: { code: 'PURPOSE_NOT_PERMITTED' } },
    );
    expect(record).toMatchObject({
      officerId: null,
      deviceId: null,
      mucDich: null,
      maHoSo: null,
      clientVersion: null,
      resultCode: 'PURPOSE_NOT_PERMITTED',
      subjectSoDinhDanh: [],
      fieldsReturned: [],
    });
  });
});
