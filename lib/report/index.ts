export * from './types';
export type { ReportSummary } from './common';
export { summarize } from './common';
export * from './text';
export * from './json';
export * from './sarif';
export * from './junit';
export * from './write';
