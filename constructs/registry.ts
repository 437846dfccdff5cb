import { IConstruct } from 'constructs';
import { TerraformStack } from 'cdktf';
import {
  AgentNode,
  AssignmentNode,
  NamedObject,
  PolicyNode,
  SiteNode,
  TrunkNode,
} from '../lib/model/types';
import { Suppression } from '../lib/validation/suppression';
import { GenesysConstructError } from './errors';
import type { RoutingObject } from './routing-object';

/**
 * Builds model nodes for one construct. Implemented by every construct
 * that takes part in agent-trunk mappings.
 */
export interface IMappingParticipant extends IConstruct {
  /** Adds the construct's model nodes to the builder. */
  contributeToModel(builder: ModelBuilderSink): void;
  /**
   * Creates the resources that depend on the whole app (phones, queue
   * members, WFM records) just before synthesis. Runs once, in ascending
   * `finalizePhase` order: links resolve before queues collect members.
   */
  finalizeMapping?(registry: MappingRegistry): void;
  /** Order of the finalize step; lower runs first. Default 0. */
  readonly finalizePhase?: number;
}

/** Where participants put their model nodes. */
export interface ModelBuilderSink {
  add<K extends keyof Collections>(kind: K, node: Collections[K]): void;
}

/** Node collections of the model, by kind. */
export interface Collections {
  skills: NamedObject;
  languages: NamedObject;
  sites: SiteNode;
  policies: PolicyNode;
  trunks: TrunkNode;
  agents: AgentNode;
  assignments: AssignmentNode;
}

const REGISTRIES = new WeakMap<IConstruct, MappingRegistry>();

/**
 * Every mapping participant of one app, in declaration order, plus the
 * suppressions declared on its constructs. Kept per construct tree root
 * so that validation sees the whole app across stacks without walking
 * the tree.
 */
export class MappingRegistry {
  /** The registry of the app `scope` belongs to. */
  static of(scope: IConstruct): MappingRegistry {
    const root = scope.node.root;
    let registry = REGISTRIES.get(root);
    if (!registry) {
      registry = new MappingRegistry();
      REGISTRIES.set(root, registry);
    }
    return registry;
  }

  readonly participants: IMappingParticipant[] = [];
  /** Set by GenesysApp, which resolves and validates before synthesis. */
  managedByApp = false;
  private readonly guardedStacks = new WeakSet<TerraformStack>();
  readonly suppressions: Suppression[] = [];
  private readonly trunkIds = new Map<string, IConstruct>();
  private finalized = false;
  private readonly literalIndex = new Map<string, Map<string, RoutingObject>>();

  /** Adds a participant; called from construct constructors. */
  register(participant: IMappingParticipant): void {
    if (this.finalized) {
      throw new GenesysConstructError(
        participant.node.path,
        'was created after the app started synthesizing, so it would ' +
          'be neither validated nor written.',
        'create every construct before calling app.synth().',
      );
    }
    this.participants.push(participant);
    this.guard(TerraformStack.of(participant));
  }

  /**
   * Fails synthesis of a stack in a plain cdktf App: without GenesysApp,
   * trunk links would synthesize without phones or queue seats, and
   * nothing would be validated.
   */
  private guard(stack: TerraformStack): void {
    if (this.guardedStacks.has(stack)) return;
    this.guardedStacks.add(stack);
    stack.node.addValidation({
      validate: () =>
        this.managedByApp
          ? []
          : [
              'Genesys agent-trunk mappings need a GenesysApp: replace ' +
                '`new App()` with `new GenesysApp()` so mappings are ' +
                'resolved and validated before anything is written.',
            ],
    });
  }

  /** The trunk construct holding a trunk id, if one does. */
  trunkById(trunkId: string): IConstruct | undefined {
    return this.trunkIds.get(trunkId);
  }

  /**
   * The trunk a literal names: the one holding it as its trunk id, else
   * the declared trunk with it as its name (the smallest path among
   * namesakes). Imported trunks are named by trunk id only.
   */
  trunkByLiteral(literal: string): IConstruct | undefined {
    const byId = this.trunkIds.get(literal);
    if (byId) return byId;
    let named: IConstruct | undefined;
    for (const trunk of this.trunkIds.values()) {
      if ((trunk as { trunkName?: unknown }).trunkName !== literal) continue;
      if (!named || trunk.node.path < named.node.path) named = trunk;
    }
    return named;
  }

  /** Records a trunk id; returns the construct that already holds it. */
  claimTrunkId(trunkId: string, owner: IConstruct): IConstruct | undefined {
    const holder = this.trunkIds.get(trunkId);
    if (holder) return holder;
    this.trunkIds.set(trunkId, owner);
    return undefined;
  }

  /**
   * The participant whose facts match a literal reference: exact id
   * first, then exact name. Used to resolve string references.
   */
  findByLiteral(kind: string, literal: string): RoutingObject | undefined {
    let index = this.literalIndex.get(kind);
    if (!index) {
      index = new Map();
      // Ids win over names; among namesakes the smallest path wins, as
      // in the model index, so resolution ignores declaration order.
      const members = this.participants
        .filter(
          (p): p is RoutingObject => (p as RoutingObject).facts?.kind === kind,
        )
        .sort((a, b) => (a.modelKey < b.modelKey ? -1 : 1));
      for (const p of members) {
        const name = p.facts.name;
        if (name !== undefined && !index.has(name)) index.set(name, p);
      }
      const ids = new Set<string>();
      for (const p of members) {
        const id = p.facts.id;
        if (id === undefined || ids.has(id)) continue;
        ids.add(id);
        index.set(id, p);
      }
      this.literalIndex.set(kind, index);
    }
    return index.get(literal);
  }

  /**
   * Runs every participant's finalize step once, phase by phase. A step
   * may register new participants (such as a stack's WFM batches); they
   * run in their own phase afterwards.
   */
  finalize(): void {
    if (this.finalized) return;
    const done = new Set<IMappingParticipant>();
    for (;;) {
      const waiting = this.participants.filter((p) => !done.has(p));
      if (waiting.length === 0) break;
      const phase = waiting.reduce(
        (min, p) => Math.min(min, p.finalizePhase ?? 0),
        Infinity,
      );
      for (const participant of waiting) {
        if ((participant.finalizePhase ?? 0) !== phase) continue;
        done.add(participant);
        participant.finalizeMapping?.(this);
      }
    }
    this.finalized = true;
  }

  /** Participants of a given class. */
  ofType<T extends IMappingParticipant>(
    type: abstract new (...args: never[]) => T,
  ): T[] {
    return this.participants.filter((p): p is T => p instanceof type);
  }
}

/** Name of the stack that holds `scope`. */
export function stackName(scope: IConstruct): string {
  return TerraformStack.of(scope).node.id;
}
