// Public surface of @prodev/assessments. Apps import this library only through this file.
export { AssessmentsModule } from './assessments.module';
export { AssessmentKind } from './grades/assessment-kind';
export { GradeSource } from './grades/grade-source';
export { Grade } from './grades/grade.entity';
export { GradeAuditEntry } from './grades/grade-audit-entry.entity';
export { GradesService, type RecordGradeInput } from './grades/grades.service';
