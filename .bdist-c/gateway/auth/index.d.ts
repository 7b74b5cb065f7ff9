/**
 * The auth stage of the gateway: client systems and officers, OAuth client-credentials tokens,
 * token verification, scope and onboarding-state checks, demo clients.
 * @see ../shared/DESIGN.md §3–§5; ../shared/domain/SECURITY.md §1, GW-01..GW-04, GW-13, GW-14
 */
export { checkClientAccess, checkOfficer, CLIENT_VERSION_HEADER } from './client-access.js';
export { applyTransition, CLIENT_TRANSITIONS, MIN_SECURITY_LEVEL, transitionRule, type StateChange, type TransitionRule, } from './client-lifecycle.js';
export { CLIENT_DEFINITION, CLIENTS_COLLECTION, createClientRegistry, type ClientListQuery, type ClientRecord, type ClientRegistry, type ClientRegistryOptions, type CredentialHolder, type IssuedSecret, } from './client-registry.js';
export { bootstrapClients, DEMO_ADMIN_CLIENT, DEMO_CREDENTIALS, DEMO_OFFICER, DEMO_PROVINCE, DEMO_PROVINCE_CLIENT, SECRET_SETTINGS, seedClients, type ClientSeed, } from './demo-clients.js';
export { createAuthHandlers, oauthErrorForViolations, type AuthHandlerOptions, } from './handlers.js';
export { buildInventory, DEFAULT_IDLE_ACCOUNT_DAYS, INVENTORY_CSV_COLUMNS, renderInventoryCsv, SHARED_WINDOW_MS, type InventoryOptions, } from './inventory.js';
export { createOfficerRegistry, OFFICER_DEFINITION, OFFICERS_COLLECTION, type OfficerRecord, type OfficerRegistry, type OfficerRegistryOptions, type OfficerUse, } from './officer-registry.js';
export { AUTH_PROBLEMS, AUTH_REALM, bearerChallenge } from './problems.js';
export { generateSecret, hashSecret, verifySecret, type RandomBytes } from './secrets.js';
export { createTokenIssuer, DEFAULT_AUDIENCE, DEFAULT_TOKEN_TTL_SECONDS, grantedScopes, type AccessTokenClaims, type TokenIssuer, type TokenIssuerOptions, type TokenRequestError, } from './token-issuer.js';
export { createTokenSigner, publicKeysFromJwks, signerFromKeyRing, type TokenSigner, } from './token-signer.js';
export { authorize, createAccessTokenVerifier, verifyAccessToken, type AuthFailure, type Principal, type VerifyOptions, } from './token-verifier.js';
