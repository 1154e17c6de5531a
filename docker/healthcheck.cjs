// Container health probe: `node healthcheck.cjs api|worker` exits 0 when the process's readiness
// endpoint answers 2xx within the timeout, 1 otherwise. Plain node (fetch), so the runtime image
// needs no curl or wget. Exec-form HEALTHCHECKs cannot expand variables, hence the lookup here.
'use strict';

const probes = {
  api: { port: process.env.PORT || '3000', path: '/health/ready' },
  worker: { port: process.env.WORKER_HEALTH_PORT || '3001', path: '/health/ready' },
};

const probe = probes[process.argv[2]];
if (probe === undefined) {
  process.stderr.write(`usage: node healthcheck.cjs ${Object.keys(probes).join('|')}\n`);
  process.exit(2);
}

fetch(`http://127.0.0.1:${probe.port}${probe.path}`, { signal: AbortSignal.timeout(4000) })
  .then((response) => process.exit(response.ok ? 0 : 1))
  .catch(() => process.exit(1));
