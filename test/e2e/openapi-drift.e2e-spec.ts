import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPIObject } from '@nestjs/swagger';
import { exportOpenApiDocument, serializeOpenApiDocument } from '../../apps/api/src/http/openapi-export';
import { createTestApp } from '../support/test-app';

/**
 * openapi.json and the TypeScript client generated from it are committed products: client
 * developers build SDKs from them. These specs fail when either no longer matches the code.
 */

const ROOT = resolve(__dirname, '../..');
const OPENAPI_FILE = resolve(ROOT, 'openapi.json');
const CLIENT_SCHEMA_FILE = resolve(ROOT, 'clients/typescript/schema.d.ts');
const OPENAPI_TYPESCRIPT = resolve(ROOT, 'node_modules/openapi-typescript/bin/cli.js');
const REGENERATE = 'run `npm run openapi` and commit openapi.json and clients/typescript/schema.d.ts';

/** Names the first line where `actual` and `expected` part, so the failure says what changed. */
function drift(file: string, actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  const actualLines = actual.split('\n');
  const expectedLines = expected.split('\n');
  const line = actualLines.findIndex((text, index) => text !== expectedLines[index]);
  const at = line === -1 ? expectedLines.length : line;
  return (
    `${file} is out of date: ${REGENERATE}.\n` +
    `First difference at line ${at + 1}:\n  committed: ${actualLines[at] ?? '<end of file>'}\n` +
    `  from code: ${expectedLines[at] ?? '<end of file>'}`
  );
}

describe('Committed OpenAPI document and client', () => {
  let exported: string;

  beforeAll(async () => {
    exported = serializeOpenApiDocument(await exportOpenApiDocument());
  });

  it('openapi.json is what the code produces', () => {
    expect(drift('openapi.json', readFileSync(OPENAPI_FILE, 'utf8'), exported)).toBeUndefined();
  });

  it('the offline export is exactly the document the running API serves at /docs-json', async () => {
    const app = await createTestApp();
    try {
      const served = (await app.inject({ method: 'GET', url: '/docs-json' })).json<OpenAPIObject>();

      expect(serializeOpenApiDocument(served)).toBe(exported);
    } finally {
      await app.close();
    }
  });

  it('clients/typescript/schema.d.ts is what openapi-typescript generates from openapi.json', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [OPENAPI_TYPESCRIPT, OPENAPI_FILE], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });

    expect(drift('clients/typescript/schema.d.ts', readFileSync(CLIENT_SCHEMA_FILE, 'utf8'), stdout)).toBeUndefined();
  });
});
