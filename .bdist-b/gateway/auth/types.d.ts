import type { components } from '../../contracts/generated/sandbox.js';
/** A registered client system as the control plane shows it (never with its secret). */
export type ClientSystem = components['schemas']['ClientSystem'];
/** The onboarding state of a client system. */
export type ClientState = components['schemas']['ClientState'];
/** A role of SECURITY.md §1. */
export type OfficerRole = components['schemas']['OfficerRole'];
/** What registering a client system takes. */
export type ClientRegistrationRequest = components['schemas']['ClientRegistrationRequest'];
/** A move along the onboarding lifecycle. */
export type ClientStateChangeRequest = components['schemas']['ClientStateChangeRequest'];
/** A named officer account. */
export type Officer = components['schemas']['Officer'];
/** What creating an officer account takes. */
export type OfficerCreateRequest = components['schemas']['OfficerCreateRequest'];
/** A partial officer update (JSON Merge Patch). */
export type OfficerUpdateRequest = components['schemas']['OfficerUpdateRequest'];
/** The account inventory report (GW-12). */
export type AccountInventory = components['schemas']['AccountInventory'];
/** One row of the account inventory. */
export type InventoryRow = components['schemas']['InventoryRow'];
/** A successful token answer (RFC 6749 §5.1). */
export type OAuthTokenResponse = components['schemas']['OAuthTokenResponse'];
/** A token endpoint error (RFC 6749 §5.2). */
export type OAuthError = components['schemas']['OAuthError'];
/** The published key set (RFC 7517). */
export type JsonWebKeySet = components['schemas']['JsonWebKeySet'];
