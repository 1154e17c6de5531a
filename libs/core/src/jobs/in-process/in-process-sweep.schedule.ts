import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { JobSweeper } from '../job-sweeper';

/** The embedded default's sweeper: a timer in the API process instead of a repeatable Bull job. */
@Injectable()
export class InProcessSweepSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobSweeper');
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly sweeper: JobSweeper,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweeping = this.sweeper.sweep().catch((error: unknown) => {
        this.logger.error(`Sweep failed: ${String(error)}`);
      });
    }, this.config.jobs.sweepIntervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }
}
