import * as fs from 'fs';
import * as path from 'path';
import { App, AppConfig, Lazy, TerraformStack } from 'cdktf';
import { embedFacts } from '../lib/facts/embed';
import { MappingModel } from '../lib/model/types';
import {
  ReportFormat,
  ReportInput,
  parseFormats,
  renderText,
  writeReports,
} from '../lib/report';
import { writeFileAtomic } from '../lib/util/atomic-write';
import { skipTokenStackTraces } from '../lib/util/stack-traces';
import {
  ValidationResult,
  isBlocking,
  validateModel,
} from '../lib/validation/engine';
import { WfmPayloadDocument, payloadErrors } from '../lib/wfm/payload';
import { MAX_AGENTS_PER_REQUEST } from '../lib/wfm/payload';
import { requireChoice } from './errors';
import { buildModel } from './model-builder';
import { MappingRegistry } from './registry';
import { resolveJson } from './resolve-json';
import { WfmBatches } from './wfm-batches';

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
/** Set to 1 to keep cdktf's token creation stack traces. */
export const TOKEN_TRACES_ENVIRONMENT = 'GENESYSCLOUD_BYOC_TOKEN_STACK_TRACES';
/** Folder under the output directory that holds the reports. */
export const REPORTS_DIR = 'genesyscloud-byoc';
/** Name of the WFM payload file in each stack's folder. */
export const WFM_PAYLOAD_FILE = 'wfm-assignments.json';

const MODES: readonly ValidationMode[] = ['enforce', 'report-only', 'off'];

/** Properties of a {@link GenesysApp}. */
export interface GenesysAppProps extends AppConfig {
  /**
   * `enforce` fails synthesis on any error finding; `report-only` reports
   * and synthesizes anyway; `off` skips validation. Default: the
   * GENESYSCLOUD_BYOC_VALIDATION variable, else the
   * `genesyscloud-byoc:validation` context, else `enforce`.
   */
  readonly validation?: ValidationMode;
  /**
   * Report formats written under `<outdir>/genesyscloud-byoc/`. Default:
   * the GENESYSCLOUD_BYOC_REPORTS variable, else the
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
export class MappingValidationError extends Error {
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
  readonly model: MappingModel;
  /** Undefined when validation is off. */
  readonly result?: ValidationResult;
  /** Files written: stacks, payloads and reports. */
  readonly files: readonly string[];
}

/**
 * A cdktf App that validates agent-trunk mappings across all its stacks
 * before writing anything, then writes the stacks, each stack's WFM bulk
 * payload and the reports. A failing app leaves no stack JSON or payload
 * behind, prints its findings, and exits non-zero.
 */
export class GenesysApp extends App {
  readonly validationMode: ValidationMode;
  readonly reportFormats: readonly ReportFormat[];
  /** The outcome of the last synth. */
  outcome?: SynthOutcome;
  private readonly throwOnFailure: boolean;
  private readonly reportStream: NodeJS.WritableStream & { isTTY?: boolean };

  constructor(props: GenesysAppProps = {}) {
    super(props);
    const traces =
      props.tokenStackTraces ?? process.env[TOKEN_TRACES_ENVIRONMENT] === '1';
    if (!traces) skipTokenStackTraces();
    const mode =
      process.env[VALIDATION_ENVIRONMENT] ||
      props.validation ||
      this.node.tryGetContext(VALIDATION_CONTEXT) ||
      'enforce';
    this.validationMode = requireChoice(this, 'validation', mode, MODES);
    this.reportFormats = process.env[REPORTS_ENVIRONMENT]
      ? parseFormats(process.env[REPORTS_ENVIRONMENT], REPORTS_ENVIRONMENT)
      : props.reports
        ? parseFormats(props.reports, 'GenesysApp reports')
        : parseFormats(
            this.node.tryGetContext(REPORTS_CONTEXT),
            `cdktf.json context ${REPORTS_CONTEXT}`,
          );
    this.throwOnFailure = props.throwOnFailure ?? false;
    MappingRegistry.of(this).managedByApp = true;
    this.reportStream = props.reportStream ?? process.stderr;
  }

  /** Resolves mappings and validates the whole app without writing. */
  validate(): { model: MappingModel; result: ValidationResult } {
    const registry = MappingRegistry.of(this);
    registry.finalize();
    const model = buildModel(registry);
    const result = validateModel(model, {
      suppressions: registry.suppressions,
    });
    return { model, result };
  }

  /** Validates, then synthesizes only if the mappings hold. */
  synth(): void {
    const registry = MappingRegistry.of(this);
    registry.finalize();
    const checked =
      this.validationMode === 'off'
        ? { model: buildModel(registry), result: undefined }
        : this.validate();
    const { model, result } = checked;
    const failed =
      this.validationMode === 'enforce' && !!result?.findings.some(isBlocking);
    const input = result && this.reportInput(model, result);

    if (failed && input) {
      this.removeStackOutputs();
      const files = this.writeReportFiles(input);
      this.print(input);
      this.reportStream.write(
        'Synthesis stopped: nothing was written. Fix the errors above, ' +
          `or set ${VALIDATION_ENVIRONMENT}=report-only to synthesize anyway.\n`,
      );
      this.outcome = { synthesized: false, model, result, files };
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

    const payloads = this.payloads();
    embedFacts(
      this.stacks(),
      model,
      registry.suppressions,
      (produce) => Lazy.anyValue({ produce }),
      this.outdir,
    );
    super.synth();
    const files = this.writePayloads(payloads);
    if (input) {
      files.push(...this.writeReportFiles(input));
      this.print(input);
    }
    this.outcome = { synthesized: true, model, result, files };
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
        throw new Error(
          `The WFM payload of stack ${stack.node.id} does not match ` +
            `its schema: ${errors.join('; ')}`,
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

  /** Removes what an earlier synth left, so no pipeline applies it. */
  private removeStackOutputs(): void {
    for (const stack of this.stacks()) {
      const dir = path.join(this.outdir, 'stacks', stack.node.id);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    fs.rmSync(path.join(this.outdir, 'manifest.json'), { force: true });
  }

  private stacks(): TerraformStack[] {
    return this.node.children.filter(TerraformStack.isStack);
  }
}
