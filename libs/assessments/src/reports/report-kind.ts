export enum ReportKind {
  GradebookCsv = 'gradebook_csv',
}
