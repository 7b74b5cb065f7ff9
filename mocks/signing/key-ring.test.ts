import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyRing } from './key-ring.js';

const ring = createKeyRing({ kid: 'ring-test' });
const other = createKeyRing({ kid: 'ring-test' });
const body =
  '{"maSuKien":"3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f","soThuTu":1,"ten":"Nguyễn Văn Ánh"}';

describe('detached signatures', () => {
  it('produces header..signature in the shape the EventSignature parameter allows', () => {
    expect(ring.signDetached(body)).toMatch(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/);
  });

  it('names the key and marks the payload unencoded and critical', () => {
    const [header = ''] = ring.signDetached(body).split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toEqual({
      alg: 'RS256',
      kid: 'ring-test',
      b64: false,
      crit: ['b64'],
    });
  });

  it('verifies its own signature over the same bytes, given as a string or as bytes', () => {
    const jws = ring.signDetached(body);
    expect(ring.verifyDetached(jws, body)).toBe(true);
    expect(ring.verifyDetached(jws, Buffer.from(body, 'utf8'))).toBe(true);
    expect(ring.verifyDetached(ring.signDetached(Buffer.from(body, 'utf8')), body)).toBe(true);
  });

  it('refuses a tampered body', () => {
    const jws = ring.signDetached(body);
    expect(ring.verifyDetached(jws, body.replace('"soThuTu":1', '"soThuTu":2'))).toBe(false);
    expect(ring.verifyDetached(jws, `${body} `)).toBe(false);
  });

  it('refuses a tampered signature or header', () => {
    const [header = '', , signature = ''] = ring.signDetached(body).split('.');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(ring.verifyDetached(`${header}..${flipped}`, body)).toBe(false);
    const encoded = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'ring-test' })).toString(
      'base64url',
    );
    expect(ring.verifyDetached(`${encoded}..${signature}`, body)).toBe(false);
  });

  it('refuses a signature made with another key, even under the same kid', () => {
    expect(ring.verifyDetached(other.signDetached(body), body)).toBe(false);
  });

  it('refuses what is not a detached compact JWS', () => {
    expect(ring.verifyDetached(ring.sign({ a: 1 }), body)).toBe(false);
    expect(ring.verifyDetached('not a jws', body)).toBe(false);
  });

  it('is verifiable by anyone holding the published JWK (RFC 7797 signing input)', () => {
    const jws = ring.signDetached(body);
    const [header = '', , signature = ''] = jws.split('.');
    const jwk = ring.jwks().keys.find((k) => k.kid === 'ring-test');
    const key = createPublicKey({ key: { ...jwk }, format: 'jwk' });
    const input = Buffer.concat([Buffer.from(`${header}.`), Buffer.from(body, 'utf8')]);
    expect(verify('sha256', input, key, Buffer.from(signature, 'base64url'))).toBe(true);
  });
});
