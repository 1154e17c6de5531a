import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listMigrationFiles, renderMigrationsIndex } from './migrations-index';

const MIGRATIONS_DIR = join(__dirname, 'migrations');

describe('the explicit migrations list', () => {
  it('names every migration file in the folder, in order (regenerate with npm run migration:create)', async () => {
    const committed = await readFile(join(MIGRATIONS_DIR, 'index.ts'), 'utf8');

    expect(committed).toBe(renderMigrationsIndex(await listMigrationFiles(MIGRATIONS_DIR)));
  });

  it('renders an import and an entry per migration, oldest first', () => {
    const source = renderMigrationsIndex(['Migration20260101000000_users', 'Migration20260201000000']);

    expect(source).toContain("import { Migration20260101000000_users } from './Migration20260101000000_users';");
    expect(source.indexOf("name: 'Migration20260101000000_users'")).toBeLessThan(
      source.indexOf("name: 'Migration20260201000000'"),
    );
    expect(source).toContain("{ name: 'Migration20260201000000', class: Migration20260201000000 },");
  });
});
