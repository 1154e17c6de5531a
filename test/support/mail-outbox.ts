import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SentMail {
  readonly to: string[];
  readonly subject: string;
  readonly text: string;
}

interface NodemailerJson {
  to?: Array<{ address: string }>;
  subject?: string;
  text?: string;
}

/** The emails the app wrote to MAIL_OUTBOX_DIR (its development/test transport), oldest first. */
export async function readOutbox(dir: string): Promise<SentMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const json = JSON.parse(await readFile(join(dir, file), 'utf8')) as NodemailerJson;
      return { to: (json.to ?? []).map((to) => to.address), subject: json.subject ?? '', text: json.text ?? '' };
    }),
  );
}
