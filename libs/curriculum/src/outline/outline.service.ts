import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { seesDrafts, type Caller } from '../programs/caller';
import { ProgramNotFoundError } from '../programs/program.errors';
import { isUuid } from '../programs/program-lookup';
import { OutlineCache, type CachedOutline } from './outline-cache.service';
import { OutlineLoader } from './outline-loader';
import type { OutlineView } from './outline.view';

/** What GET /programs/{id}/outline answers: the tree, or "not modified" when the client's copy is current. */
export type OutlineRead =
  | { readonly notModified: false; readonly etag: string; readonly outline: OutlineView }
  | { readonly notModified: true; readonly etag: string };

function etagOf(outline: OutlineView): string {
  return `"${createHash('sha256').update(JSON.stringify(outline)).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110 If-None-Match: `*` or a list of (possibly weak) tags, compared weakly. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** Program outlines, served from the cache when nothing in the tree changed since. */
@Injectable()
export class OutlineService {
  constructor(
    private readonly cache: OutlineCache,
    private readonly loader: OutlineLoader,
  ) {}

  async read(idOrSlug: string, caller: Caller, ifNoneMatch?: string): Promise<OutlineRead> {
    const entry = await this.entry(idOrSlug);
    if (entry === undefined || (!entry.published && !seesDrafts(caller))) throw new ProgramNotFoundError(idOrSlug);
    if (matches(ifNoneMatch, entry.etag)) return { notModified: true, etag: entry.etag };
    return { notModified: false, etag: entry.etag, outline: entry.outline };
  }

  private async entry(idOrSlug: string): Promise<CachedOutline | undefined> {
    if (isUuid(idOrSlug)) return this.entryOf(idOrSlug.toLowerCase());
    const aliased = await this.cache.programIdOfSlug(idOrSlug);
    const entry = aliased !== undefined ? await this.entryOf(aliased) : undefined;
    if (entry?.outline.slug === idOrSlug) return entry;
    // Unknown slug, or one the program no longer carries: ask the database who has it now.
    const programId = await this.loader.idOfSlug(idOrSlug);
    if (programId === undefined) return undefined;
    await this.cache.rememberSlug(idOrSlug, programId);
    return this.entryOf(programId);
  }

  private async entryOf(programId: string): Promise<CachedOutline | undefined> {
    const cached = await this.cache.get(programId);
    if (cached !== undefined) return cached;
    // The version is read before the database: a write committed meanwhile replaces it, so this load is never served.
    const version = await this.cache.currentVersion(programId);
    const loaded = await this.loader.load(programId);
    if (loaded === undefined) return undefined;
    const entry: CachedOutline = { ...loaded, etag: etagOf(loaded.outline) };
    await this.cache.set(programId, version, entry);
    return entry;
  }
}
