import { createHash } from 'node:crypto';

/**
 * Remembers, briefly, which `Authorization: Basic` headers were verified and
 * for whom. The dashboard polls its API every few seconds and the browser
 * resends Basic credentials each time; argon2 on every poll would cost a CPU
 * core per open tab. Keys are sha256 digests, so no password sits in memory.
 */
export class VerifiedCredentialsCache<Value> {
  private readonly entries = new Map<string, { readonly value: Value; readonly expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(header: string): Value | undefined {
    const key = digest(header);
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(header: string, value: Value): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    // Map keeps insertion order: the first key is the oldest entry.
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(digest(header), { value, expiresAt: now + this.ttlMs });
  }
}

function digest(header: string): string {
  return createHash('sha256').update(header).digest('hex');
}
