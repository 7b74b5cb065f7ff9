import { err, ok, type Result } from '../../contracts/result.js';

/**
 * A decoded `Prefer` header (RFC 7240) as the mocks use it to force an outcome:
 * `outcome=refuse; reason=CHU_HO_CHUA_DONG_Y`, `code=503`, `outcome=error; maLoi=106`.
 */
export interface Preference {
  readonly outcome?: string;
  readonly reason?: string;
  readonly code?: number;
  /** Every other `name=value` pair, lower-cased names. */
  readonly extra: Readonly<Record<string, string>>;
}

/** Why a `Prefer` header could not be used. */
export interface PreferError {
  readonly detail: string;
}

const TOKEN = /^[A-Za-z][A-Za-z0-9_-]*$/;
const VALUE = /^[A-Za-z0-9_.:-]+$/;

/**
 * Parses `Prefer` into a {@link Preference}. Values may be quoted. A malformed header, a
 * repeated name, a non-numeric or out-of-range `code`, or an outcome the operation does not know
 * is an error (answered as a 400 problem), never silently ignored (STYLE.md rule 9).
 */
export function parsePrefer(
  header: unknown,
  allowedOutcomes: readonly string[],
): Result<Preference, PreferError> {
  if (header === undefined || header === '') return ok({ extra: {} });
  if (typeof header !== 'string') return err({ detail: 'Prefer must be a single header' });
  const pairs = new Map<string, string>();
  for (const part of header.split(/[;,]/)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const [rawName = '', ...rest] = trimmed.split('=');
    const name = rawName.trim().toLowerCase();
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (!TOKEN.test(name) || rest.length === 0 || !VALUE.test(value)) {
      return err({ detail: `Prefer: "${trimmed}" is not a name=value preference` });
    }
    if (pairs.has(name)) return err({ detail: `Prefer: "${name}" is given twice` });
    pairs.set(name, value);
  }
  const outcome = pairs.get('outcome');
  if (outcome !== undefined && !allowedOutcomes.includes(outcome)) {
    const known = allowedOutcomes.length > 0 ? allowedOutcomes.join(', ') : 'none';
    return err({ detail: `Prefer: outcome "${outcome}" is not known here (known: ${known})` });
  }
  const rawCode = pairs.get('code');
  let code: number | undefined;
  if (rawCode !== undefined) {
    code = Number(rawCode);
    if (!Number.isInteger(code) || code < 400 || code > 599) {
      return err({ detail: `Prefer: code must be an HTTP error status 400–599, got "${rawCode}"` });
    }
  }
  const reason = pairs.get('reason');
  const extra = Object.fromEntries(
    [...pairs].filter(([name]) => !['outcome', 'reason', 'code'].includes(name)),
  );
  return ok({
    ...(outcome !== undefined ? { outcome } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(code !== undefined ? { code } : {}),
    extra,
  });
}
