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
 * The raw value of a setting: the prop given in code, else the
 * environment variable, else the context key, else the default. Code
 * wins, as AWS CDK props win over context: an app that states its mode
 * keeps it. Also names the setting as its source calls it, for errors.
 */
function choose(
  app: IConstruct,
  prop: unknown,
  names: { prop: string; environment: string; context: string },
  fallback: unknown,
): { source: SettingSource; name: string; value: unknown } {
  if (prop !== undefined) {
    return { source: 'prop', name: names.prop, value: prop };
  }
  const env = process.env[names.environment];
  if (env) {
    return { source: 'environment', name: names.environment, value: env };
  }
  const context: unknown = app.node.tryGetContext(names.context);
  if (context !== undefined) {
    const name = `context ${names.context}`;
    return { source: 'context', name, value: context };
  }
  return { source: 'default', name: names.prop, value: fallback };
}

/** The validation mode, by the precedence of {@link choose}. */
export function validationSetting(
  app: IConstruct,
  prop: unknown,
): Setting<ValidationMode> {
  const { source, name, value } = choose(
    app,
    prop,
    {
      prop: 'validation',
      environment: VALIDATION_ENVIRONMENT,
      context: VALIDATION_CONTEXT,
    },
    'enforce',
  );
  return { value: requireChoice(app, name, value, MODES), source };
}

/** The report formats, with the same precedence as the validation mode. */
export function reportsSetting(
  app: IConstruct,
  prop: unknown,
): Setting<ReportFormat[]> {
  const { source, name, value } = choose(
    app,
    prop,
    {
      prop: 'reports',
      environment: REPORTS_ENVIRONMENT,
      context: REPORTS_CONTEXT,
    },
    [],
  );
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
