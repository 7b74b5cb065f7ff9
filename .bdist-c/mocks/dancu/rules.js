/**
 * The pure decisions of the population database, one module per concern: access (purposes and
 * fields), verification, register writes (newborn numbers, deaths) and ID cards.
 * @see SECURITY.md §2, §3; DOMAIN.md §3, §4, §5, §6.1
 */
export * from './access-rules.js';
export * from './id-card-rules.js';
export * from './register-rules.js';
export * from './verification-rules.js';
