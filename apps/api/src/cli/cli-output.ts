import { Injectable } from '@nestjs/common';

/** What a command prints for its user (logs stay in the logger). */
@Injectable()
export class CliOutput {
  line(text: string): void {
    process.stdout.write(`${text}\n`);
  }
}
