import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportOpenApiDocument, serializeOpenApiDocument } from '../apps/api/src/http/openapi-export';

/**
 * `npm run openapi`: writes the API's OpenAPI document to openapi.json at the repository root,
 * from the code, without starting a server. The script then regenerates the TypeScript client's
 * types from it (clients/typescript/schema.d.ts); a spec fails when either is out of date.
 */
const OPENAPI_FILE = resolve(__dirname, '../../openapi.json');

async function main(): Promise<void> {
  const document = await exportOpenApiDocument();
  writeFileSync(OPENAPI_FILE, serializeOpenApiDocument(document));
  console.log(`Wrote ${OPENAPI_FILE} (${Object.keys(document.paths).length} paths)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
