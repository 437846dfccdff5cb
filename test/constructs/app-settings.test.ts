import { GenesysPropsError } from '../../constructs';
import { newApp } from './harness';

const ENV = ['GENESYSCLOUD_BYOC_VALIDATION', 'GENESYSCLOUD_BYOC_REPORTS'];
const VALIDATION_CONTEXT = 'genesyscloud-byoc:validation';
const REPORTS_CONTEXT = 'genesyscloud-byoc:reports';

describe('GenesysApp settings: prop, then environment, then context', () => {
  afterEach(() => ENV.forEach((name) => delete process.env[name]));

  test.each([
    ['prop over environment and context', 'enforce', 'off', 'off', 'enforce'],
    [
      'environment over context',
      undefined,
      'report-only',
      'off',
      'report-only',
    ],
    ['context', undefined, undefined, 'off', 'off'],
    ['default', undefined, undefined, undefined, 'enforce'],
  ] as const)(
    'validation from the %s',
    (_name, prop, env, context, expected) => {
      if (env) process.env.GENESYSCLOUD_BYOC_VALIDATION = env;
      const { app } = newApp({
        ...(prop ? { validation: prop } : {}),
        context: context ? { [VALIDATION_CONTEXT]: context } : {},
      });
      expect(app.validationMode).toBe(expected);
    },
  );

  test.each([
    ['prop over environment and context', ['json'], 'sarif', 'junit', ['json']],
    ['environment over context', undefined, 'sarif', 'junit', ['sarif']],
    ['context', undefined, undefined, 'junit', ['junit']],
    ['default', undefined, undefined, undefined, []],
  ] as const)('reports from the %s', (_name, prop, env, context, expected) => {
    if (env) process.env.GENESYSCLOUD_BYOC_REPORTS = env;
    const { app } = newApp({
      ...(prop ? { reports: [...prop] } : {}),
      context: context ? { [REPORTS_CONTEXT]: context } : {},
    });
    expect(app.reportFormats).toEqual(expected);
  });

  test.each([
    ['GENESYSCLOUD_BYOC_VALIDATION', 'strict'],
    ['GENESYSCLOUD_BYOC_REPORTS', 'pdf'],
  ])('a bad %s names the variable and its value', (name, value) => {
    process.env[name] = value;
    const create = () => newApp();
    expect(create).toThrow(GenesysPropsError);
    expect(create).toThrow(
      expect.objectContaining({ constructPath: '', property: name, value }),
    );
    expect(create).toThrow(new RegExp(`^GenesysApp: invalid ${name} "`));
  });
});
