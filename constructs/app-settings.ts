import { IConstruct } from 'constructs';
import { REPORT_FORMATS, ReportFormat, parseFormats } from '../lib/report';
import { GenesysPropsError, requireChoice } from './errors';

/** How validation affects synthesis. */
export type ValidationMode = 'enforce' | 'report-only' | 'off';

/** Context key (cdktf.json `context`) of the validation mode. */
export const VALIDATION_CONTEXT = 'genesyscloud-byoc:validation';
/** Context key of the report formats to write. */
export const REPORTS_CONTEXT = 'genesyscloud-byoc:reports';
/** Environment variable of the validation mode; overrides context. */
export const VALIDATION_ENVIRONMENT = 'GENESYSCLOUD_BYOC_VALIDATION';
/** Environment variable of the report formats; overrides context. */
export const REPORTS_ENVIRONMENT = 'GENESYSCLOUD_BYOC_REPORTS';

const MODES: readonly ValidationMode[] = ['enforce', 'report-only', 'off'];

/** Where a setting came from, strongest first. */
export type SettingSource = 'prop' | 'environment' | 'context' | 'default';

/** A setting and where it came from. */
export interface Setting<T> {
  readonly value: T;
  readonly source: SettingSource;
}

/**
 * The validation mode: the prop given in code, else the environment
 * variable, else the context key, else `enforce`. Code wins, as AWS CDK
 * props win over context: an app that states its mode keeps it.
 */
export function validationSetting(
  app: IConstruct,
  prop: unknown,
): Setting<ValidationMode> {
  const env = process.env[VALIDATION_ENVIRONMENT];
  const context: unknown = app.node.tryGetContext(VALIDATION_CONTEXT);
  const [source, name, value]: [SettingSource, string, unknown] =
    prop !== undefined
      ? ['prop', 'validation', prop]
      : env
        ? ['environment', VALIDATION_ENVIRONMENT, env]
        : context !== undefined
          ? ['context', `context ${VALIDATION_CONTEXT}`, context]
          : ['default', 'validation', 'enforce'];
  return { value: requireChoice(app, name, value, MODES), source };
}

/** The report formats, with the same precedence as the validation mode. */
export function reportsSetting(
  app: IConstruct,
  prop: unknown,
): Setting<ReportFormat[]> {
  const env = process.env[REPORTS_ENVIRONMENT];
  const context: unknown = app.node.tryGetContext(REPORTS_CONTEXT);
  const [source, name, value]: [SettingSource, string, unknown] =
    prop !== undefined
      ? ['prop', 'reports', prop]
      : env
        ? ['environment', REPORTS_ENVIRONMENT, env]
        : context !== undefined
          ? ['context', `context ${REPORTS_CONTEXT}`, context]
          : ['default', 'reports', []];
  try {
    return { value: parseFormats(value as string[], name), source };
  } catch {
    throw new GenesysPropsError(
      app.node.path,
      name,
      value,
      `report formats from ${[...REPORT_FORMATS, 'all'].join(', ')}, ` +
        'as a list or comma-separated',
    );
  }
}
