import { Command } from 'commander';
import { REPORT_FORMATS } from '../report/types';
import { LOG_LEVEL_VARIABLE } from './log';

/** Name of the command. */
export const CLI_NAME = 'genesyscloud-byoc-check';

/** Exit code: no unsuppressed error findings. */
export const EXIT_OK = 0;
/** Exit code: error findings (never with --report-only). */
export const EXIT_FINDINGS = 1;
/** Exit code: an input could not be read, or is not what it must be. */
export const EXIT_INVALID = 2;

/** The options as commander parses them. */
export interface CliOptions {
  readonly policy?: string;
  readonly assignments?: string[];
  readonly format?: string[];
  readonly output?: string;
  readonly reportOnly?: boolean;
  readonly region?: string;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
  readonly color: boolean;
}

/** Where commander writes help and usage errors. */
export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

const EXAMPLES = `
Examples:
  Check a stack synthesized by GenesysApp (it carries its own facts):
    $ ${CLI_NAME} cdktf.out/stacks/apac-singapore/cdk.tf.json

  Check every stack of a cdktf output directory:
    $ ${CLI_NAME} cdktf.out

  Check an export against a policy file and a WFM payload:
    $ ${CLI_NAME} --policy mapping-facts.yaml \\
        --assignments wfm-assignments.json export/genesyscloud.tf.json

  Write SARIF and JUnit reports for CI, without failing the build:
    $ ${CLI_NAME} -f sarif,junit -o reports --report-only export/

  Write one SARIF report into a directory (reports/report.sarif):
    $ ${CLI_NAME} -f sarif -o reports/ export/

Exit codes:
  0  no unsuppressed error findings
  1  error findings (never with --report-only)
  2  an input is unreadable or invalid; the message names file and line

Environment:
  GENESYSCLOUD_REGION          organization region when no other source
                               gives one
  ${LOG_LEVEL_VARIABLE}  silent, error, warn, info or debug
  NO_COLOR                     set to turn colour off
`;

/** The commander program; it throws instead of exiting. */
export function buildProgram(output: ProgramOutput): Command {
  const collect = (value: string, list: string[] | undefined) => [
    ...(list ?? []),
    value,
  ];
  return new Command(CLI_NAME)
    .description(
      'Checks Genesys Cloud Terraform JSON (cdk.tf.json, a ' +
        'genesyscloud_tf_export, or a directory of *.tf.json) for ' +
        'agent-to-BYOC-trunk mapping mistakes, with the rules and reports ' +
        'of synthesis.',
    )
    .argument('<inputs...>', 'Terraform JSON files or directories')
    .option(
      '--policy <file>',
      'mapping facts (JSON or YAML) for inputs that carry none, such as ' +
        'an export',
    )
    .option(
      '--assignments <file>',
      'WFM payload (wfm-assignments.json); repeatable',
      collect,
    )
    .option(
      '-f, --format <formats>',
      `report format: ${REPORT_FORMATS.join(', ')} or all; repeatable or ` +
        'comma-separated (default: text)',
      collect,
    )
    .option(
      '-o, --output <path>',
      'file for one format; a directory (one that exists, or a path ' +
        'ending in "/", created if missing) gets report.txt, report.json, ' +
        'report.sarif or report.junit.xml per format, as several formats ' +
        'need (default: standard output, one format only)',
    )
    .option('--report-only', 'report error findings but exit 0')
    .option('--region <region>', 'AWS region of the organization')
    .option('-q, --quiet', 'log errors only')
    .option('-v, --verbose', 'log details')
    .option('--no-color', 'never colour the output')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .configureOutput({
      writeOut: (text) => output.writeOut(text),
      writeErr: (text) => output.writeErr(text),
    })
    .exitOverride();
}
