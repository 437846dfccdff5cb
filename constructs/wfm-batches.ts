import { Construct, IConstruct } from 'constructs';
import { ITerraformDependable, TerraformStack } from 'cdktf';
import {
  PendingAssignment,
  WfmBulkRequest,
  batchAssignments,
} from '../lib/wfm/payload';
import { IAgent } from './agent';
import { WfmBatchRecord } from './wfm-batch-record';
import { IMappingParticipant, MappingRegistry } from './registry';

/**
 * The WFM assignments of one stack: batches them into bulk requests of
 * at most 50 agents and records each batch as a `terraform_data`
 * resource, ordered after the users, phones and trunks it depends on.
 */
export class WfmBatches extends Construct implements IMappingParticipant {
  /** The batches of `scope`'s stack, created on first use. */
  static of(scope: IConstruct): WfmBatches {
    const stack = TerraformStack.of(scope);
    const found = stack.node.tryFindChild('WfmAssignments');
    return (found as WfmBatches) ?? new WfmBatches(stack, 'WfmAssignments');
  }

  /** Runs after every assignment has handed in its entry. */
  readonly finalizePhase = 3;
  private readonly pending: PendingAssignment[] = [];
  private readonly agents = new Map<string, IAgent>();
  private built?: WfmBulkRequest[];

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    MappingRegistry.of(this).register(this);
  }

  /** Adds one agent's assignment. */
  add(entry: PendingAssignment, agent: IAgent): void {
    this.pending.push(entry);
    this.agents.set(entry.agent.agent_id, agent);
  }

  /** The bulk requests, in a stable order. */
  get requests(): readonly WfmBulkRequest[] {
    this.built ??= batchAssignments(this.pending);
    return this.built;
  }

  /** Creates one `terraform_data` record per request. */
  finalizeMapping(): void {
    const counters = new Map<string, number>();
    for (const request of this.requests) {
      const n = (counters.get(request.schedule_id) ?? 0) + 1;
      counters.set(request.schedule_id, n);
      const dependsOn: ITerraformDependable[] = [];
      for (const entry of request.agents) {
        const agent = this.agents.get(entry.agent_id);
        // Users and declared trunks are referenced by the input, so
        // Terraform orders the record after them; phones are not.
        if (agent?.phone) dependsOn.push(agent.phone);
      }
      new WfmBatchRecord(
        this,
        `${request.schedule_id}-batch-${n}`,
        request,
        dependsOn,
      );
    }
    // The requests hold all that is needed from here on; let go of the
    // entries and agents, which synthesis would otherwise keep alive.
    this.pending.length = 0;
    this.agents.clear();
  }

  /** WFM batches are not part of the mapping model. */
  contributeToModel(): void {}
}
