import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyPluginCallback, onRequestAsyncHookHandler } from 'fastify';

/**
 * Bull-board's Fastify adapter with `onRequest` added inside the plugin's own
 * encapsulation context: it runs for every route the dashboard registers (page,
 * JSON API, static files) and for no other route of the application.
 */
export function guardedFastifyAdapter(onRequest: onRequestAsyncHookHandler): new () => FastifyAdapter {
  return class GuardedFastifyAdapter extends FastifyAdapter {
    override registerPlugin(): FastifyPluginCallback {
      const dashboard = super.registerPlugin();
      return (fastify, options, done) => {
        fastify.addHook('onRequest', onRequest);
        dashboard(fastify, options, done);
      };
    }
  };
}
