import * as path from 'path';
import { App, AppConfig, Lazy, TerraformStack } from 'cdktf';
import { embedFacts } from '../lib/facts/embed';
import { FACTS_KEY, MappingFacts } from '../lib/facts/types';
import { MappingModel } from '../lib/model/types';
import {
  ReportFormat,
  ReportInput,
  renderText,
  writeReports,
} from '../lib/report';
import { writeFileAtomic } from '../lib/util/atomic-write';
import { exitCleanlyOnLibraryErrors } from '../lib/util/error-exit';
import { GenesysError } from '../lib/util/library-error';
import { skipTokenStackTraces } from '../lib/util/stack-traces';
import {
  ValidationResult,
  isBlocking,
  validateModel,
} from '../lib/validation/engine';
import { WfmPayloadDocument, payloadErrors } from '../lib/wfm/payload';
import { MAX_AGENTS_PER_REQUEST } from '../lib/wfm/payload';
import { WFM_PAYLOAD_FILE, clearReports, clearStackOutput } from './app-output';

export { WFM_PAYLOAD_FILE } from './app-output';
import {
  Setting,
  VALIDATION_ENVIRONMENT,
  ValidationMode,
  reportsSetting,
  validationSetting,
} from './app-settings';
import { GenesysConstructError } from './errors';
import { GenesysCloudStack } from './genesys-stack';
import { buildModel } from './model-builder';
import { refuseProviderCredentials } from './provider-credentials';
import { MappingRegistry } from './registry';
import { resolveJson } from './resolve-json';
import { WfmBatches } from './wfm-batches';

export {
  REPORTS_CONTEXT,
  REPORTS_ENVIRONMENT,
  VALIDATION_CONTEXT,
  VALIDATION_ENVIRONMENT,
  ValidationMode,
} from './app-settings';

/** Set to 1 to keep cdktf's token creation stack traces. */
export const TOKEN_TRACES_ENVIRONMENT = 'GENESYSCLOUD_BYOC_TOKEN_STACK_TRACES';
/** Folder under the output directory that holds the reports. */
export const REPORTS_DIR = 'genesyscloud-byoc';

/** Properties of a {@link GenesysApp}. */
export interface GenesysAppProps extends AppConfig {
  /**
   * `enforce` fails synthesis on any error finding; `report-only` reports
   * and synthesizes anyway; `off` skips validation. A mode set here wins
   * over the environment and context. Default: the
   * GENESYSCLOUD_BYOC_VALIDATION variable, else the
   * `genesyscloud-byoc:validation` context, else `enforce`.
   */
  readonly validation?: ValidationMode;
  /**
   * Report formats written under `<outdir>/genesyscloud-byoc/`. Formats
   * set here win over the environment and context. Default: the
   * GENESYSCLOUD_BYOC_REPORTS variable, else the
   * `genesyscloud-byoc:reports` context, else none.
   */
  readonly reports?: ReportFormat[];
  /**
   * Throw a {@link MappingValidationError} when validation fails, instead
   * of reporting and setting a non-zero exit code. Default: false.
   */
  readonly throwOnFailure?: boolean;
  /**
   * Keep cdktf's creation stack trace of every token. They only decorate
   * token-resolution errors and cost most of synthesis time and memory at
   * scale. Default: false, unless GENESYSCLOUD_BYOC_TOKEN_STACK_TRACES=1.
   */
  readonly tokenStackTraces?: boolean;
  /** Where the text report goes. Default: standard error. */
  readonly reportStream?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Thrown by synth when `throwOnFailure` is set and validation fails. */
export class MappingValidationError extends GenesysError {
  constructor(
    message: string,
    readonly result: ValidationResult,
  ) {
    super(message);
    this.name = 'MappingValidationError';
  }
}

/** What one synthesis produced. */
export interface SynthOutcome {
  /** False when validation failed and nothing was synthesized. */
  readonly synthesized: boolean;
  /** The mapping model the app's constructs formed. */
  readonly model: MappingModel;
  /** Undefined when validation is off. */
  readonly result?: ValidationResult;
  /** Files written: stacks, payloads and reports. */
  readonly files: readonly string[];
  /**
   * Milliseconds the mapping rules took over the whole app; undefined
   * when validation is off. Synthesis time is the caller's to measure.
   */
  readonly rulesMs?: number;
}

/**
 * A cdktf App that validates agent-trunk mappings across all its stacks
 * before writing anything, then writes the stacks, each stack's WFM bulk
 * payload and the reports.
 *
 * Stack output that an earlier run left (`<outdir>/stacks/` and
 * `manifest.json`) is removed when the app is created and again when it
 * synthesizes, and whatever a failing synthesis half-wrote is removed
 * too: a failing app, or one that throws before it synthesizes, leaves
 * no stack JSON or payload for a pipeline to apply. Other files in the
 * output directory are left alone. Bad props and other library errors
 * end a `node` or `ts-node` run with their message and exit code 1.
 */
export class GenesysApp extends App {
  /** The validation mode in force. */
  readonly validationMode: ValidationMode;
  /** The report formats written on synth. */
  readonly reportFormats: readonly ReportFormat[];
  /** The outcome of the last synth. */
  outcome?: SynthOutcome;
  private readonly validationSetting: Setting<ValidationMode>;
  private readonly throwOnFailure: boolean;
  private readonly reportStream: NodeJS.WritableStream & { isTTY?: boolean };

  constructor(props: GenesysAppProps = {}) {
    super(props);
    exitCleanlyOnLibraryErrors();
    this.clearOutput(true);
    const traces =
      props.tokenStackTraces ?? process.env[TOKEN_TRACES_ENVIRONMENT] === '1';
    if (!traces) skipTokenStackTraces();
    this.validationSetting = validationSetting(this, props.validation);
    this.validationMode = this.validationSetting.value;
    this.reportFormats = reportsSetting(this, props.reports).value;
    this.throwOnFailure = props.throwOnFailure ?? false;
    MappingRegistry.of(this).managedByApp = true;
    this.reportStream = props.reportStream ?? process.stderr;
  }

  /** Resolves mappings and validates the whole app without writing. */
  validate(): { model: MappingModel; result: ValidationResult } {
    const registry = MappingRegistry.of(this);
    registry.finalize();
    const model = buildModel(registry);
    return { model, result: this.check(model, registry) };
  }

  private check(model: MappingModel, registry: MappingRegistry) {
    return validateModel(model, { suppressions: registry.suppressions });
  }

  /**
   * Validates, then synthesizes only if the mappings hold. Whatever
   * fails, no stack JSON or payload is left in the output directory.
   */
  synth(): void {
    this.clearOutput(true);
    try {
      this.synthesize();
    } catch (error) {
      // Keep the reports: they say why synthesis stopped.
      this.clearOutput(false);
      throw error;
    }
  }

  private synthesize(): void {
    const registry = MappingRegistry.of(this);
    registry.finalize();
    const model = buildModel(registry);
    const started = performance.now();
    const result =
      this.validationMode === 'off' ? undefined : this.check(model, registry);
    const rulesMs = result && performance.now() - started;
    const failed =
      this.validationMode === 'enforce' && !!result?.findings.some(isBlocking);
    const input = result && this.reportInput(model, result);

    if (failed && input) {
      const files = this.writeReportFiles(input);
      this.print(input);
      this.reportStream.write(
        'Synthesis stopped: nothing was written. Fix the errors above, ' +
          `or ${this.howToReportOnly()} to synthesize anyway.\n`,
      );
      this.outcome = { synthesized: false, model, result, files, rulesMs };
      if (this.throwOnFailure) {
        throw new MappingValidationError(
          renderText(input, { color: false }),
          result,
        );
      }
      // No throw: a stack trace would bury the findings. The process
      // still exits non-zero, so `cdktf synth` and pipelines fail.
      process.exitCode = 1;
      return;
    }

    refuseProviderCredentials(this);
    // Payloads first, so their objects are garbage before cdktf builds
    // the stacks' JSON; a failure after this removes them again.
    const files = this.writePayloads(this.payloads());
    embedFacts(
      this.stacks(),
      model,
      registry.suppressions,
      placeFacts,
      this.outdir,
    );
    super.synth();
    if (input) {
      files.push(...this.writeReportFiles(input));
      this.print(input);
    }
    this.outcome = { synthesized: true, model, result, files, rulesMs };
  }

  /** The switch that turns enforcement off, where the mode came from. */
  private howToReportOnly(): string {
    return this.validationSetting.source === 'prop'
      ? "set validation: 'report-only' on the GenesysApp"
      : `set ${VALIDATION_ENVIRONMENT}=report-only`;
  }

  private reportInput(
    model: MappingModel,
    result: ValidationResult,
  ): ReportInput {
    return {
      result,
      model,
      reportOnly: this.validationMode === 'report-only',
    };
  }

  private print(input: ReportInput): void {
    const color = !!this.reportStream.isTTY && !process.env.NO_COLOR;
    this.reportStream.write(renderText(input, { color }));
  }

  private writeReportFiles(input: ReportInput): string[] {
    if (this.reportFormats.length === 0) return [];
    const dir = path.join(this.outdir, REPORTS_DIR);
    return writeReports(input, dir, [...this.reportFormats]);
  }

  /** Each stack's payload document, checked against the shipped schema. */
  private payloads(): Map<string, WfmPayloadDocument> {
    const out = new Map<string, WfmPayloadDocument>();
    for (const stack of this.stacks()) {
      const batches = stack.node.tryFindChild('WfmAssignments');
      if (!(batches instanceof WfmBatches)) continue;
      const document: WfmPayloadDocument = {
        version: 1,
        stack: stack.node.id,
        maxAgentsPerRequest: MAX_AGENTS_PER_REQUEST,
        // Ids created by the same apply become Terraform expressions.
        requests: resolveJson(batches.requests, stack),
      };
      const errors = payloadErrors(document);
      if (errors.length) {
        throw new GenesysConstructError(
          stack.node.path,
          `the WFM payload does not match its schema: ${errors.join('; ')}.`,
          'give every WfmAssignment of this stack an agent, skills and a ' +
            'trunk whose ids are non-blank, and levels from 0 to 5.',
        );
      }
      out.set(stack.node.id, document);
    }
    return out;
  }

  private writePayloads(payloads: Map<string, WfmPayloadDocument>): string[] {
    const files: string[] = [];
    for (const [stack, document] of payloads) {
      const file = path.join(this.outdir, 'stacks', stack, WFM_PAYLOAD_FILE);
      writeFileAtomic(file, JSON.stringify(document, null, 2) + '\n');
      files.push(file);
    }
    return files;
  }

  /** Removes stack output, and the reports when asked. */
  private clearOutput(reports: boolean): void {
    clearStackOutput(this.outdir);
    if (reports) clearReports(path.join(this.outdir, REPORTS_DIR));
  }

  private stacks(): TerraformStack[] {
    return this.node.children.filter(TerraformStack.isStack);
  }
}

/**
 * Where a stack's mapping facts go: a GenesysCloudStack adds them to its
 * JSON after cdktf has resolved the rest, so the facts are neither copied
 * by cdktf's resolution nor held twice; any other stack takes them as an
 * override that cdktf resolves.
 */
function placeFacts(stack: TerraformStack, build: () => MappingFacts): void {
  if (stack instanceof GenesysCloudStack) stack.attachMappingFacts(build);
  else stack.addOverride(`//.${FACTS_KEY}`, Lazy.anyValue({ produce: build }));
}
