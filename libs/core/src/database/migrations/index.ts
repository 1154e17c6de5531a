import type { MigrationObject } from '@mikro-orm/core';

/**
 * Every committed migration, oldest first. Listed explicitly (not globbed) so
 * the same list runs from sources, from `dist` and inside Jest. A spec fails
 * when a migration file here is missing from the list.
 */
export const MIGRATIONS: MigrationObject[] = [];
