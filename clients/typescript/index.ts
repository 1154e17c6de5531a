import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

// schema.d.ts is generated from openapi.json by `npm run openapi`; never edit it by hand.
export type { components, operations, paths } from './schema';

/** A typed client of the ProDev Academy API: paths, parameters, bodies and responses come from openapi.json. */
export type ProDevClient = Client<paths>;

/**
 * `baseUrl` is the server's origin (`https://api.example.com`); paths carry `/api/v1`.
 * Pass `headers: { authorization: 'Bearer …' }` here or per call.
 */
export function createProDevClient(options: ClientOptions): ProDevClient {
  return createClient<paths>(options);
}
