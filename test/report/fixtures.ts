import {
  AgentNode,
  AssignmentNode,
  MappingModel,
  TrunkNode,
} from '../../lib/model/types';
import { ReportInput } from '../../lib/report';
import { ValidationResult, validateModel } from '../../lib/validation/engine';
import { Suppression } from '../../lib/validation/suppression';

/** Directory the sample reports are relative to. */
export const BASE_DIR = '/work/app';

/** Source of agent Bob, whose trunk link has a typo. */
export const BOB_SOURCE = { file: '/work/app/src/agents.ts', line: 12 };

/** Where Bob's mistyped trunk link is set: a policy-file entry. */
export const BOB_LINK_SOURCE = {
  file: '/work/app/policy.yaml',
  line: 7,
  column: 5,
};

/** Source of agent Dan, who sits in a queue without a trunk link. */
export const DAN_SOURCE = {
  file: '/work/app/src/roster dir/agents.csv',
  line: 4,
  column: 7,
};

const stack = 'Stack';

function trunk(
  name: string,
  trunkId: string,
  state: TrunkNode['state'],
): TrunkNode {
  return {
    key: `trunk:${name}`,
    path: `App/Stack/${name}`,
    stack,
    origin: 'imported',
    trunkId,
    state,
  };
}

function agent(name: string, fields: Partial<AgentNode> = {}): AgentNode {
  return {
    key: `agent:${name}`,
    path: `App/Stack/${name}`,
    stack,
    name,
    email: `${name.toLowerCase()}@example.com`,
    state: 'active',
    skills: [],
    languages: [],
    queueTrunks: [],
    ...fields,
  };
}

function assignment(agentName: string, trunkId: string): AssignmentNode {
  return {
    key: `assignment:${agentName}`,
    path: `App/Stack/${agentName}Schedule`,
    stack,
    agent: `agent:${agentName}`,
    scheduleId: 'schedule-1',
    skills: [],
    trunk: { kind: 'literal', value: trunkId },
  };
}

/**
 * A small app with planted mistakes: Bob's trunk id has a typo (in a
 * policy-file entry apart from Bob's declaration), Cat is on
 * an inactive trunk (suppressed), Dan sits in a queue without a trunk
 * link, Eve has proficiency 7, and one suppression matches nothing.
 */
export function sampleModel(): MappingModel {
  const skill = {
    key: 'skill:sales',
    path: 'App/Stack/Sales',
    stack,
    origin: 'declared' as const,
    name: 'Sales',
  };
  const link = (value: string) => ({ kind: 'literal' as const, value });
  return {
    stacks: [{ name: stack }],
    skills: [skill],
    languages: [],
    sites: [],
    policies: [],
    trunks: [
      trunk('TrunkOne', 'trunk-1', 'active'),
      trunk('TrunkTwo', 'trunk-2', 'inactive'),
    ],
    agents: [
      agent('Ann', { trunk: link('trunk-1') }),
      agent('Bob', {
        trunk: link('trunk-l'),
        source: BOB_SOURCE,
        linkSource: BOB_LINK_SOURCE,
      }),
      agent('Cat', { trunk: link('trunk-2') }),
      agent('Dan', { queueTrunks: ['trunk:TrunkOne'], source: DAN_SOURCE }),
      agent('Eve', {
        trunk: link('trunk-1'),
        skills: [{ ref: { kind: 'object', key: skill.key }, proficiency: 7 }],
      }),
    ],
    assignments: [assignment('Ann', 'trunk-1')],
  };
}

/** The suppressions of the sample: one used, one stale. */
export const SAMPLE_SUPPRESSIONS: readonly Suppression[] = [
  {
    path: 'App/Stack/TrunkTwo',
    ruleId: 'trunk-inactive',
    reason: 'Trunk is being migrated this week',
  },
  {
    path: 'App/Stack/Ann',
    ruleId: 'agent-without-trunk-link',
    reason: 'Legacy agent',
  },
];

/** Validation of the sample model with its suppressions. */
export function sampleResult(model = sampleModel()): ValidationResult {
  return validateModel(model, { suppressions: SAMPLE_SUPPRESSIONS });
}

/** Report input over the sample. */
export function sampleInput(overrides: Partial<ReportInput> = {}): ReportInput {
  const model = sampleModel();
  return {
    result: sampleResult(model),
    model,
    reportOnly: false,
    baseDir: BASE_DIR,
    toolVersion: '1.2.3',
    ...overrides,
  };
}
