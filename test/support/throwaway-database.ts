import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Redis } from 'ioredis';

function requireEnv(name: 'DATABASE_URL' | 'REDIS_URL'): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} must be set for integration specs`);
  return value;
}

export const integrationDatabaseUrl = (): string => requireEnv('DATABASE_URL');
export const integrationRedisUrl = (): string => requireEnv('REDIS_URL');

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: integrationDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database on the integration server, so specs that change the schema
 * never see each other's tables (Jest runs spec files in parallel).
 */
export async function createThrowawayDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `prodev_it_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database "${name}"`));
  const url = new URL(integrationDatabaseUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

/**
 * The integration Redis with a database number of its own and emptied, so a
 * spec file's queues and counters never meet another file's (Jest runs files
 * in parallel).
 */
export async function throwawayRedisUrl(db: number): Promise<string> {
  const url = new URL(integrationRedisUrl());
  url.pathname = `/${db}`;
  const redis = new Redis(url.toString(), { maxRetriesPerRequest: 1 });
  try {
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
  return url.toString();
}
