import { Construct } from 'constructs';
import { RoutingPolicy } from './routing-policy';
import { RoutingQueue } from './provider';

/** Settings of the queue that routes a trunk's calls to its agents. */
export interface TrunkQueueProps {
  /** Queue name. Default: `<trunk name> agents`. */
  readonly name?: string;
  /** Division of the queue. Default: the home division. */
  readonly divisionId?: string;
  /** After-call work prompt. Default: `OPTIONAL`. */
  readonly acwWrapupPrompt?: string;
  /** After-call work timeout in milliseconds. Default: 300000. */
  readonly acwTimeoutMs?: number;
  /** How skills are evaluated. Default: `BEST`. */
  readonly skillEvaluationMethod?: 'NONE' | 'BEST' | 'ALL';
}

/** A queue member: a user id and the construct path it came from. */
interface Member {
  readonly userId: string;
  readonly path: string;
}

/**
 * The `genesyscloud_routing_queue` that holds a trunk's agents as members
 * and routes with its policy's skill group.
 */
export class TrunkQueue extends Construct {
  /** The generated queue. */
  readonly resource: RoutingQueue;
  /** Members by construct path: an agent holds one seat, however added. */
  private readonly members = new Map<string, Member>();

  constructor(
    scope: Construct,
    id: string,
    trunkName: string,
    policy: RoutingPolicy,
    props: TrunkQueueProps = {},
  ) {
    super(scope, id);
    this.resource = new RoutingQueue(this, 'Resource', {
      name: props.name ?? `${trunkName} agents`,
      description: `Agents mapped to trunk ${trunkName}`,
      divisionId: props.divisionId,
      skillGroups: [policy.skillGroup.id],
      skillEvaluationMethod: props.skillEvaluationMethod ?? 'BEST',
      acwWrapupPrompt: props.acwWrapupPrompt ?? 'OPTIONAL',
      acwTimeoutMs: props.acwTimeoutMs ?? 300000,
    });
  }

  /** Adds a user as a member. */
  addMember(userId: string, path: string): void {
    if (!this.members.has(path)) this.members.set(path, { userId, path });
  }

  /** Writes the members, in construct-path order for stable output. */
  commitMembers(): void {
    if (this.members.size === 0) return;
    const sorted = [...this.members.values()].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
    this.resource.putMembers(
      sorted.map((m) => ({ userId: m.userId, ringNum: 1 })),
    );
  }
}
