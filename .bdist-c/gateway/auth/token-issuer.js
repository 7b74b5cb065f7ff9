import { err, ok } from '../../contracts/result.js';
import { defaultRandomBytes } from './secrets.js';
/** The audience tokens carry unless the request names another. */
export const DEFAULT_AUDIENCE = 'lienthong-sandbox';
/** Default token lifetime in seconds. */
export const DEFAULT_TOKEN_TTL_SECONDS = 3600;
const SCOPE_TOKEN = /^[a-z]+\.[a-z]+$/;
const FIELDS = ['grant_type', 'client_id', 'client_secret', 'scope', 'audience'];
/**
 * Creates the client-credentials token issuer of `POST /oauth/token`. The requested scope must
 * be a subset of the client's registered scopes (all of them when omitted). A client that is
 * not CONNECTED still gets a token: its state is enforced on each data call.
 * @see RFC 6749 §4.4, §5.1, §5.2; specs/sandbox.yaml sandboxIssueToken; SECURITY.md GW-03
 */
export function createTokenIssuer(options) {
    const ttl = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400)
        throw new RangeError('ttlSeconds must be an integer from 1 to 86400');
    const random = options.random ?? defaultRandomBytes;
    return async (body) => {
        const fields = readFields(body);
        if (!fields.ok)
            return fields;
        const { grant_type: grant, client_id: clientId, client_secret: secret } = fields.value;
        if (grant === undefined)
            return refuse(400, 'invalid_request', 'grant_type is required.');
        if (grant !== 'client_credentials') {
            return refuse(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
        }
        const client = clientId !== undefined && secret !== undefined
            ? await options.clients.authenticate(clientId, secret)
            : undefined;
        if (!client)
            return refuse(401, 'invalid_client', 'Unknown client or wrong client secret.');
        const scopes = grantedScopes(fields.value.scope, client.scopes);
        if (!scopes.ok) {
            return refuse(400, 'invalid_scope', `${scopes.error} for client ${client.clientId}.`);
        }
        const iat = Math.floor(options.now().getTime() / 1000);
        const scope = scopes.value.join(' ');
        const claims = {
            iss: options.issuer,
            aud: fields.value.audience ?? options.audience ?? DEFAULT_AUDIENCE,
            sub: client.clientId,
            client_id: client.clientId,
            scope,
            maTinh: client.maTinh,
            iat,
            exp: iat + ttl,
            jti: `tok-${random(12).toString('hex')}`,
        };
        return ok({
            access_token: options.signer.sign({ ...claims }),
            token_type: 'Bearer',
            expires_in: ttl,
            scope,
        });
    };
}
/**
 * The scopes to grant: the requested ones when every one is registered, all registered ones
 * when none is requested, otherwise the reason (naming the scopes refused).
 * @see RFC 6749 §3.3
 */
export function grantedScopes(requested, registered) {
    if (requested === undefined)
        return ok(registered);
    const asked = [...new Set(requested.split(' ').filter((s) => s !== ''))];
    if (asked.length === 0 || asked.some((s) => !SCOPE_TOKEN.test(s)))
        return err('The scope is not a space-separated list of system.right names');
    const refused = asked.filter((s) => !registered.includes(s));
    if (refused.length > 0) {
        const names = refused.join(', ');
        return err(`The scope${refused.length === 1 ? '' : 's'} ${names} ${refused.length === 1 ? 'is' : 'are'} not registered`);
    }
    return ok(asked);
}
function readFields(body) {
    const source = typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : body;
    if (typeof source !== 'object' || source === null || Array.isArray(source))
        return refuse(400, 'invalid_request', 'Send the parameters as a form or a JSON object.');
    const fields = {};
    for (const name of FIELDS) {
        const value = source[name];
        if (value === undefined)
            continue;
        // RFC 6749 §3.1: parameters must not repeat, and they are strings.
        if (typeof value !== 'string')
            return refuse(400, 'invalid_request', `${name} must be given once, as a string.`);
        fields[name] = value;
    }
    return ok(fields);
}
function refuse(status, error, description) {
    return err({ status, body: { error, error_description: description } });
}
