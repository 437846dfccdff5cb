/**
 * Moves the objects of a random org between its stacks so that the
 * stacks depend on each other one way only, as cdktf requires to
 * synthesize: a stack depends only on stacks of a lower index. Orgs keep
 * their 1 to 3 stacks and every reference; only the stack an object is
 * declared in changes.
 *
 * A stack depends on another when one of its resources refers to a
 * resource there: an agent or policy to its skills and languages, a trunk
 * to its policy and sites and, through queue seats and the WebRTC phones
 * it holds for agents of other stacks, to the agents it serves, and a WFM
 * assignment to its agent, skills and trunk and to the phone of its
 * agent's trunk link. A string reference is taken to depend on every
 * object it could resolve to.
 */
import fc from 'fast-check';
import { orgArb } from './arbitraries';
import { OrgSpec, RefSpec, trunkIdOf } from './org-spec';

type Named = OrgSpec['skills'][number];

/** The org with each object in a stack no lower than what it refers to. */
export function withAcyclicStacks(org: OrgSpec): OrgSpec {
  const named = (list: readonly Named[], ref: RefSpec): number[] =>
    'to' in ref
      ? [list[ref.to].stack]
      : list
          .filter((n) => n.name === ref.literal || n.id === ref.literal)
          .map((n) => n.stack);
  const skillStacks = (refs: readonly { ref: RefSpec }[]) =>
    refs.flatMap((r) => named(org.skills, r.ref));
  const languageStacks = (refs: readonly { ref: RefSpec }[]) =>
    refs.flatMap((r) => named(org.languages, r.ref));
  const trunkOf = (ref: RefSpec | undefined): number[] => {
    if (ref === undefined) return [];
    if ('to' in ref) return [ref.to];
    return org.trunks.flatMap((_, i) =>
      trunkIdOf(org, i) === ref.literal ? [i] : [],
    );
  };

  const policies = org.policies.map((p) => ({
    ...p,
    stack: Math.max(
      p.stack,
      ...skillStacks(p.skills),
      ...languageStacks(p.languages),
    ),
  }));
  const agents = org.agents.map((a) => ({
    ...a,
    stack: Math.max(
      a.stack,
      ...skillStacks(a.skills),
      ...languageStacks(a.languages),
    ),
  }));
  const servedBy = (t: number) =>
    agents.filter(
      (a, i) =>
        trunkOf(a.trunk).includes(t) || org.agents[i].queues.includes(t),
    );
  const trunks = org.trunks.map((t, i) => ({
    ...t,
    stack: Math.max(
      t.stack,
      ...(t.policy === undefined ? [] : [policies[t.policy].stack]),
      ...[t.inboundSite, t.site].flatMap((s) =>
        s === undefined ? [] : [org.sites[s].stack],
      ),
      ...servedBy(i).map((a) => a.stack),
    ),
  }));
  const assignments = org.assignments.map((a) => {
    const agent = agents[a.agent];
    const linked = [...trunkOf(a.trunk), ...trunkOf(org.agents[a.agent].trunk)];
    return {
      ...a,
      stack: Math.max(
        a.stack,
        agent.stack,
        ...skillStacks(a.skills),
        ...linked.map((t) => trunks[t].stack),
      ),
    };
  });
  return { ...org, policies, trunks, agents, assignments };
}

/** Random orgs of 1 to 3 stacks that cdktf can synthesize. */
export const synthesizableOrgArb: fc.Arbitrary<OrgSpec> =
  orgArb.map(withAcyclicStacks);
