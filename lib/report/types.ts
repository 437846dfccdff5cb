import { MappingModel } from '../model/types';
import { ValidationResult } from '../validation/engine';

/** A report format the validation can be written in. */
export type ReportFormat = 'text' | 'json' | 'sarif' | 'junit';

/** Every report format, in the order reports are listed and written. */
export const REPORT_FORMATS: readonly ReportFormat[] = [
  'text',
  'json',
  'sarif',
  'junit',
];

/** What every renderer reads: one validation run over one model. */
export interface ReportInput {
  readonly result: ValidationResult;
  readonly model: MappingModel;
  /** True when errors are reported but do not fail synthesis. */
  readonly reportOnly: boolean;
  /**
   * Directory that file paths in reports are made relative to.
   * @default process.cwd()
   */
  readonly baseDir?: string;
  /**
   * Directory that relative file paths in the model start at: where the
   * model was built, such as the command line's working directory.
   * @default process.cwd()
   */
  readonly cwd?: string;
  /**
   * Version reported for the tool.
   * @default the version in this package's package.json
   */
  readonly toolVersion?: string;
}

/** File name of each format inside a reports directory. */
export const REPORT_FILES: Readonly<Record<ReportFormat, string>> = {
  text: 'report.txt',
  json: 'report.json',
  sarif: 'report.sarif',
  junit: 'report.junit.xml',
};

/** Name of the tool in every report. */
export const TOOL_NAME = 'cdktf-genesyscloud-byoc';
