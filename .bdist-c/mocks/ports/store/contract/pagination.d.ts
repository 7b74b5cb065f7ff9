import type { Collection, ListQuery } from '../collection.js';
import type { Store } from '../store.js';
import type { Person } from './fixtures.js';
type People = Collection<Person, 'byMother' | 'byNationalId' | 'byTag'>;
type Query = Omit<ListQuery<Person, 'byMother' | 'byNationalId' | 'byTag'>, 'cursor'>;
/**
 * Pages through a listing and returns the ids in the order received.
 * @see mocks/ports/README.md "Pagination"
 */
export declare function listAllIds(col: People, query: Query): Promise<string[]>;
/**
 * Registers the pagination tests.
 * @see mocks/ports/README.md "Pagination"
 */
export declare function paginationContract(store: () => Store): void;
export {};
