import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type JsonInput } from './canonical-json.js';
import { entryCanonicalJson, hashEntry, type JournalEntry, type UnhashedEntry } from './entry.js';
import { sampleChain } from './journal-fixtures.js';

/** The general definition the fast path must match byte for byte. */
function reference(entry: object): string {
  return canonicalJson({ ...(entry as Record<string, JsonInput>), hash: undefined });
}

/** The chain hash as SECURITY.md GW-10 defines it, with a `Hash` object. */
function referenceHash(entry: object & { readonly prevHash: string }): string {
  return createHash('sha256').update(entry.prevHash, 'utf8').update(reference(entry)).digest('hex');
}

/** The same members, written in the reverse order. */
function reversed<T extends object>(entry: T): T {
  return Object.fromEntries(Object.entries(entry).reverse()) as T;
}

/** `[first, <hole>, last]`. */
function withHole(first: string, last: string): string[] {
  const items = new Array<string>(3);
  items[0] = first;
  items[2] = last;
  return items;
}

const [, second] = sampleChain(2);
if (!second) throw new Error('fixture too short');

/** Strings that need escapes or are not ASCII. */
const ODD_STRINGS = [
  '',
  'Trần Thị Yến',
  '"quoted" \\ back\\slash',
  'tab\tnew\nline\r\u0000\u001f',
  'line\u2028separator\u2029',
  'lone \ud800 surrogate \udfff',
  'emoji 😀 and 𝄞',
  '</script>',
] as const;

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...ODD_STRINGS),
);
const maybeText = fc.option(text, { nil: null });

/** Entries of every shape the wire type allows, with any strings. */
const entries: fc.Arbitrary<UnhashedEntry> = fc.record({
  seq: fc.nat(),
  auditId: text,
  ts: text,
  requestId: text,
  clientId: maybeText,
  clientVersion: maybeText,
  officerId: maybeText,
  deviceId: maybeText,
  sourceIp: text,
  mucDich: maybeText as fc.Arbitrary<UnhashedEntry['mucDich']>,
  maHoSo: maybeText,
  maTTHC: maybeText,
  operationId: maybeText,
  endpoint: text,
  subjectSoDinhDanh: fc.array(text, { maxLength: 5 }),
  fieldsReturned: fc.array(text, { maxLength: 5 }),
  resultCode: text,
  status: fc.integer(),
  latencyMs: fc.nat(),
  prevHash: text,
});

describe('entryCanonicalJson', () => {
  it('writes what canonicalJson writes for entries of the wire shape', () => {
    fc.assert(
      fc.property(entries, fc.boolean(), fc.option(text), (entry, reverse, hash) => {
        const withHash = hash === null ? entry : { ...entry, hash };
        const input = reverse ? reversed(withHash) : withHash;
        expect(entryCanonicalJson(input)).toBe(reference(input));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a chained entry', second],
    ['its members in reverse order', reversed(second)],
    [
      'nulls and empty arrays',
      {
        ...second,
        clientId: null,
        officerId: null,
        maTTHC: null,
        subjectSoDinhDanh: [],
        fieldsReturned: [],
      },
    ],
    [
      'strings that need escapes',
      { ...second, officerId: ODD_STRINGS[2], endpoint: ODD_STRINGS[3], requestId: ODD_STRINGS[4] },
    ],
    [
      'unicode strings',
      { ...second, fieldsReturned: [...ODD_STRINGS], sourceIp: ODD_STRINGS[5], ts: ODD_STRINGS[6] },
    ],
    ['no hash member', { ...second, hash: undefined }],
    [
      'negative zero and large integers',
      { ...second, latencyMs: -0, status: Number.MAX_SAFE_INTEGER },
    ],
  ])('matches canonicalJson for %s', (_name, entry) => {
    expect(entryCanonicalJson(entry as JournalEntry)).toBe(reference(entry));
    expect(hashEntry(entry as JournalEntry)).toBe(referenceHash(entry));
  });

  it.each([
    ['an undefined member', { ...second, officerId: undefined }],
    ['a missing member', (({ officerId: _officerId, ...rest }) => rest)(second)],
    ['an extra member', { ...second, extra: { b: 1, a: [true, null] } }],
    ['a boolean', { ...second, maTTHC: true }],
    ['a nested object', { ...second, clientId: { z: 1, a: 2 } }],
    ['a fraction', { ...second, latencyMs: 2.5 }],
    ['an array of numbers', { ...second, fieldsReturned: [1, 'a', null] }],
    ['an array with a hole', { ...second, subjectSoDinhDanh: withHole('a', 'b') }],
  ])('falls back to canonicalJson for %s', (_name, entry) => {
    expect(entryCanonicalJson(entry as unknown as JournalEntry)).toBe(reference(entry));
    expect(hashEntry(entry as unknown as JournalEntry)).toBe(referenceHash(entry));
  });

  it('refuses a non-finite number as canonicalJson does', () => {
    expect(() => entryCanonicalJson({ ...second, latencyMs: Number.NaN })).toThrow(TypeError);
  });
});

describe('hashEntry', () => {
  it('is sha256(prevHash ‖ canonicalJson(entry without hash))', () => {
    fc.assert(
      fc.property(entries, (entry) => {
        expect(hashEntry(entry)).toBe(referenceHash(entry));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the hashes of exported journals (pinned values)', () => {
    expect(second.hash).toBe('e1fceb4dce015549604b22c718be1d6589b637e2cb19fe628a3917ed34d13b57');
    const odd = {
      ...second,
      officerId: 'cb.\u2028"\\\t\ud800',
      subjectSoDinhDanh: [],
      fieldsReturned: ['Trần Thị Yến', '😀'],
      clientId: null,
    };
    expect(hashEntry(odd)).toBe('f4ac3d21d88d608dcc93474c849981e89b8be3f608fa7d9190809482169a2540');
  });

  it('leaves the stored hash out of its own input', () => {
    expect(hashEntry({ ...second, hash: 'f'.repeat(64) })).toBe(second.hash);
  });
});
