import { TableNotFoundException } from '@mikro-orm/core';
import { CurriculumSeeder } from '@prodev/curriculum';
import { Command, CommandRunner } from 'nest-commander';
import { CliOutput } from './cli-output';

/**
 * Writes the ProDev Backend Engineering program (its modules, lessons, tags,
 * prerequisites and an open cohort) unless a program with its slug exists.
 * Safe to run on every deploy: a second run changes nothing.
 */
@Command({
  name: 'seed',
  description: 'Create the ProDev Backend Engineering program with its modules, lessons and an open cohort, once',
})
export class SeedCommand extends CommandRunner {
  constructor(
    private readonly seeder: CurriculumSeeder,
    private readonly out: CliOutput,
  ) {
    super();
  }

  async run(): Promise<void> {
    try {
      const result = await this.seeder.seed();
      const counts = `${result.modules} modules, ${result.lessons} lessons, ${result.cohorts} cohort(s)`;
      if (result.status === 'created') {
        this.out.line(`Created program ${result.slug} (${result.programId}): ${counts}`);
        this.out.line(`Tags: ${result.tags.join(', ')}`);
      } else {
        this.out.line(`Unchanged: program ${result.slug} (${result.programId}) already exists with ${counts}`);
      }
    } catch (error) {
      if (!(error instanceof TableNotFoundException)) throw error;
      // Returning (rather than exiting) lets Nest close the database cleanly.
      process.stderr.write('The database has no curriculum tables yet: run npm run migration:up first\n');
      process.exitCode = 1;
    }
  }
}
