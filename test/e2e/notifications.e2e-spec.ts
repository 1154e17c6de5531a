import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UNTHROTTLED_AUTH } from '../support/auth-fixture';
import { describeNotificationBehaviour } from '../support/notification-scenarios';
import { cleanUpProcesses, makeTempDir } from '../support/process';
import { createTestApp } from '../support/test-app';

/** Notifications on the embedded default: no Redis, so the API process runs the jobs itself. */
cleanUpProcesses();

describe('Notifications (jobs in the API process)', () => {
  let app: NestFastifyApplication;
  const outboxDir = makeTempDir('prodev-outbox-');

  beforeAll(async () => {
    app = await createTestApp({ ...UNTHROTTLED_AUTH, MAIL_OUTBOX_DIR: outboxDir });
  });

  afterAll(async () => {
    await app.close();
  });

  describeNotificationBehaviour(() => ({ app, outboxDir }));
});
