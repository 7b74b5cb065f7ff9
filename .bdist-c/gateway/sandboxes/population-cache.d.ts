import { type Population, type PopulationOptions } from '../../mocks/domain/population/index.js';
/** `generatePopulation`, through the disk cache. */
export declare function generatePopulationCached(options: PopulationOptions): Population;
/** The cache file of a population generated with these options by the current code. */
export declare function populationCacheFile(options: PopulationOptions): string;
