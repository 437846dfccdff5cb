/**
 * manifest.json lists each stack's dependencies in the same order
 * whatever order the constructs were declared in.
 */
import { OrgSpec } from '../property/org-spec';
import { isolateEnvironment } from '../property/settings';
import { differingFiles, synthOrg } from './synth-output';

isolateEnvironment();

/** Stack2 holds two agents, each with a skill from another stack. */
const ORG: OrgSpec = {
  stacks: [{}, {}, {}],
  skills: [
    { stack: 0, origin: 'declared', name: 'skill_sales' },
    { stack: 1, origin: 'declared', name: 'skill_billing' },
  ],
  languages: [{ stack: 0, origin: 'declared', name: 'English' }],
  sites: [],
  policies: [],
  trunks: [],
  agents: [0, 1].map((skill) => ({
    stack: 2,
    email: `agent${skill}@apac.example.com`,
    state: 'active' as const,
    skills: [{ ref: { to: skill }, value: 4 }],
    languages: [],
    queues: [],
  })),
  assignments: [],
  suppressions: [],
};

test('a stack that depends on two stacks lists them in one order', () => {
  const inOrder = synthOrg(ORG);
  const reversed = synthOrg(ORG, { agents: [1, 0] });

  const manifest = (files: typeof inOrder.files) =>
    JSON.parse(String(files.get('manifest.json'))).stacks.Stack2.dependencies;
  expect(manifest(inOrder.files)).toEqual(['Stack0', 'Stack1']);
  expect(manifest(reversed.files)).toEqual(['Stack0', 'Stack1']);
  expect(differingFiles(inOrder, reversed)).toEqual([]);
});
