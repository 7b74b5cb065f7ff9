/**
 * Shapes of the post-2025 two-level administrative-unit catalogue (province → commune).
 * Codes are the statistics-office codes: 2 digits for a province, 5 for a commune.
 * @see DOMAIN.md §6.6 (../shared/domain/DOMAIN.md)
 */
export {};
