import { Construct } from 'constructs';
import { refuseCredentials } from './credentials';
import { requireChoice, requireText, requireWholeNumber } from './errors';
import { IRoutingPolicy } from './routing-policy';
import { RoutingQueue } from './provider';

/** How the agent UI prompts for a wrap-up code after a call. */
export type AcwWrapupPrompt =
  | 'MANDATORY'
  | 'OPTIONAL'
  | 'MANDATORY_TIMEOUT'
  | 'MANDATORY_FORCED_TIMEOUT'
  | 'AGENT_REQUESTED';

/** How a queue evaluates skills when routing. */
export type SkillEvaluationMethod = 'NONE' | 'BEST' | 'ALL';

/** Settings of the queue that routes a trunk's calls to its agents. */
export interface TrunkQueueProps {
  /** Queue name. Default: `<trunk name> agents`. */
  readonly name?: string;
  /** Division of the queue. Default: the home division. */
  readonly divisionId?: string;
  /** After-call work prompt. Default: `OPTIONAL`. */
  readonly acwWrapupPrompt?: AcwWrapupPrompt;
  /**
   * After-call work timeout in milliseconds, a whole number from 0 to
   * 86,400,000 (one day). Genesys applies it with the `MANDATORY_TIMEOUT`,
   * `MANDATORY_FORCED_TIMEOUT` and `AGENT_REQUESTED` prompts.
   * Default: 300000.
   */
  readonly acwTimeoutMs?: number;
  /** How skills are evaluated. Default: `BEST`. */
  readonly skillEvaluationMethod?: SkillEvaluationMethod;
}

/** Values the genesyscloud provider accepts for `acw_wrapup_prompt`. */
export const ACW_WRAPUP_PROMPTS: readonly AcwWrapupPrompt[] = [
  'MANDATORY',
  'OPTIONAL',
  'MANDATORY_TIMEOUT',
  'MANDATORY_FORCED_TIMEOUT',
  'AGENT_REQUESTED',
];

/** Longest after-call work timeout the provider accepts: one day. */
export const MAX_ACW_TIMEOUT_MS = 86_400_000;

const METHODS: readonly SkillEvaluationMethod[] = ['NONE', 'BEST', 'ALL'];

/** A queue member: a user id and the construct path it came from. */
interface Member {
  readonly userId: string;
  readonly path: string;
}

/**
 * The `genesyscloud_routing_queue` that holds a trunk's agents as members
 * and routes with its policy's skill group. Bad settings are reported on
 * the trunk, as `queue.<setting>`.
 */
export class TrunkQueue extends Construct {
  /** The generated queue. */
  readonly resource: RoutingQueue;
  /** Members by construct path: an agent holds one seat, however added. */
  private readonly members = new Map<string, Member>();

  constructor(
    trunk: Construct,
    id: string,
    trunkName: string,
    policy: IRoutingPolicy,
    props: TrunkQueueProps = {},
  ) {
    const settings = props ?? {};
    refuseCredentials(trunk.node.path, settings, 'queue.');
    const name =
      settings.name === undefined
        ? `${trunkName} agents`
        : requireText(trunk, 'queue.name', settings.name);
    const prompt = requireChoice(
      trunk,
      'queue.acwWrapupPrompt',
      settings.acwWrapupPrompt ?? 'OPTIONAL',
      ACW_WRAPUP_PROMPTS,
    );
    const timeout = requireWholeNumber(
      trunk,
      'queue.acwTimeoutMs',
      settings.acwTimeoutMs ?? 300000,
      0,
      MAX_ACW_TIMEOUT_MS,
    );
    const method = requireChoice(
      trunk,
      'queue.skillEvaluationMethod',
      settings.skillEvaluationMethod ?? 'BEST',
      METHODS,
    );
    super(trunk, id);
    this.resource = new RoutingQueue(this, 'Resource', {
      name,
      description: `Agents mapped to trunk ${trunkName}`,
      divisionId: settings.divisionId,
      skillGroups: [policy.skillGroupId],
      skillEvaluationMethod: method,
      acwWrapupPrompt: prompt,
      acwTimeoutMs: timeout,
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
