import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Tag } from './tag.entity';

/**
 * The tags of these names, created on demand. Insert-or-ignore first, so two
 * lessons introducing the same new tag at once both end up with the one row
 * instead of one of them failing on the unique name.
 */
export async function tagsNamed(em: EntityManager, names: readonly string[]): Promise<Tag[]> {
  const wanted = [...new Set(names)];
  if (wanted.length === 0) return [];
  const now = new Date();
  await em
    .createQueryBuilder(Tag)
    .insert(wanted.map((name) => ({ id: randomUUID(), name, createdAt: now, updatedAt: now })))
    .onConflict('name')
    .ignore()
    .execute();
  return em.find(Tag, { name: { $in: wanted } });
}
