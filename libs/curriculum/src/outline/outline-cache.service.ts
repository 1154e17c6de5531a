import { randomUUID } from 'node:crypto';
import { CACHE_MANAGER, type Cache } from '@nestjs/cache-manager';
import { Inject, Injectable } from '@nestjs/common';
import type { OutlineView } from './outline.view';

/** A cached outline with what serving it needs without touching the database. */
export interface CachedOutline {
  readonly outline: OutlineView;
  readonly etag: string;
  readonly published: boolean;
}

const versionKey = (programId: string): string => `outline:version:${programId}`;
const slugKey = (slug: string): string => `outline:slug:${slug}`;
const entryKey = (programId: string, version: string): string => `outline:${programId}:v${version}`;

/**
 * Outlines under a versioned key: every write to a program's tree replaces
 * the version (after its commit), so entries of older versions are never read
 * again and simply expire. A random version, created when missing, means an
 * evicted version key can never bring a stale entry back.
 */
@Injectable()
export class OutlineCache {
  constructor(@Inject(CACHE_MANAGER) private readonly cache: Cache) {}

  async programIdOfSlug(slug: string): Promise<string | undefined> {
    return (await this.cache.get<string>(slugKey(slug))) ?? undefined;
  }

  async get(programId: string): Promise<CachedOutline | undefined> {
    const version = await this.cache.get<string>(versionKey(programId));
    if (version === undefined || version === null) return undefined;
    return (await this.cache.get<CachedOutline>(entryKey(programId, version))) ?? undefined;
  }

  /** Stores under the version current before the load started, so a write in between wins. */
  async set(programId: string, version: string, entry: CachedOutline): Promise<void> {
    await this.cache.set(entryKey(programId, version), entry);
  }

  async rememberSlug(slug: string, programId: string): Promise<void> {
    await this.cache.set(slugKey(slug), programId);
  }

  /** The version to load under (read before loading from the database). */
  async currentVersion(programId: string): Promise<string> {
    const version = await this.cache.get<string>(versionKey(programId));
    if (version !== undefined && version !== null) return version;
    const fresh = randomUUID();
    await this.cache.set(versionKey(programId), fresh);
    return fresh;
  }

  /** Call after every committed change to the program's tree; `slugs` are slugs it was known by. */
  async invalidate(programId: string, ...slugs: string[]): Promise<void> {
    await this.cache.set(versionKey(programId), randomUUID());
    for (const slug of slugs) await this.cache.del(slugKey(slug));
  }
}
