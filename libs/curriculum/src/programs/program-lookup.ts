import type { FilterQuery } from '@mikro-orm/core';
import type { Program } from './program.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** `{id}` of a program also accepts its slug; a UUID-shaped value is read as an id. */
export function programWhere(idOrSlug: string): FilterQuery<Program> {
  return isUuid(idOrSlug) ? { id: idOrSlug.toLowerCase() } : { slug: idOrSlug };
}
