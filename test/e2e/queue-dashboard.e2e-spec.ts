import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@prodev/auth';
import { bearer, createUserWithRole } from '../support/auth-fixture';
import { createTestApp } from '../support/test-app';

/** The embedded default has no Redis, so no Bull queues and nothing for bull-board to show. */
describe('the queue dashboard without Redis', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is not mounted, even for an admin', async () => {
    const admin = await createUserWithRole(app, Role.Admin);

    const page = await app.inject({ method: 'GET', url: '/admin/queues', headers: bearer(admin.accessToken) });
    const api = await app.inject({
      method: 'GET',
      url: '/admin/queues/api/queues',
      headers: bearer(admin.accessToken),
    });

    expect(page.statusCode).toBe(404);
    expect(api.statusCode).toBe(404);
  });
});
