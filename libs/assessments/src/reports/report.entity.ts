import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '@prodev/auth';
import { BaseEntity } from '@prodev/core';
import { Cohort } from '@prodev/curriculum';
import { ReportKind } from './report-kind';
import { ReportStatus } from './report-status';

/**
 * A file built by the worker on request. Kept in PostgreSQL: a cohort's grade
 * book is a few hundred kilobytes at most, and the API and worker then share
 * it without a file store.
 */
@Entity({ tableName: 'reports' })
@Index({ properties: ['requestedBy', 'createdAt'] })
export class Report extends BaseEntity<'status' | 'content' | 'error' | 'finishedAt'> {
  @Enum({ items: () => ReportKind, nativeEnumName: 'report_kind' })
  kind: ReportKind;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  requestedBy!: Rel<User>;

  @ManyToOne(() => Cohort, { deleteRule: 'cascade' })
  cohort!: Rel<Cohort>;

  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status' })
  status: ReportStatus = ReportStatus.Pending;

  @Property({ length: 200 })
  filename: string;

  @Property({ type: 'text', nullable: true, lazy: true })
  content: string | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  constructor(init: { kind: ReportKind; requestedBy: Rel<User>; cohort: Rel<Cohort>; filename: string }) {
    super();
    this.kind = init.kind;
    this.requestedBy = init.requestedBy;
    this.cohort = init.cohort;
    this.filename = init.filename;
  }
}
