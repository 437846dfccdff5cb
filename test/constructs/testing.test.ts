import { App } from 'cdktf';
import {
  Agent,
  GenesysCloudStack,
  MappingSuppressions,
} from '../../constructs';
import { mappingMatchers } from '../../constructs/testing';
import { trunkInactive } from '../../lib/rules/trunk-inactive';
import { newApp, singapore } from './harness';

expect.extend(mappingMatchers);

describe('mapping matchers', () => {
  test('find a finding by rule, agent and trunk, scoped to a construct', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    const other = new GenesysCloudStack(app, 'other');
    new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'Ana@Example.com',
      trunk: 'byoc_singapore_main',
    });
    expect(stack).toHaveMappingFinding('agent-missing-required-skill', {
      agent: 'ana@example.com',
      trunk: 'byoc_singapore_main',
      skill: 'skill_inbound_sales',
    });
    expect(stack).not.toHaveMappingFinding('trunk-inactive');
    expect(other).toHaveNoMappingFindings();
    expect(() => expect(stack).toHaveNoMappingFindings()).toThrow(
      /agent-missing-required-skill at sg\/Ana/,
    );
  });

  test('suppressed findings do not count', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    const ana = new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      trunk: 'byoc_singapore_main',
    });
    MappingSuppressions.add(
      ana,
      'agent-missing-required-skill',
      'Shadowing a senior agent this week',
    );
    expect(stack).toHaveNoMappingFindings();
  });

  test('count an unused suppression on the app against every stack', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    MappingSuppressions.add(app, trunkInactive.id, 'Legacy cut-over');

    expect(stack).toHaveMappingFinding('unused-suppression', { path: '' });
    expect(() => expect(stack).toHaveNoMappingFindings()).toThrow(
      /unused-suppression at :/,
    );
  });

  test('count a crashed rule against every stack', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    const crash = jest.spyOn(trunkInactive, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      expect(stack).toHaveMappingFinding('rule-crashed', {
        path: trunkInactive.id,
      });
      expect(() => expect(stack).toHaveNoMappingFindings()).toThrow(
        /rule-crashed at trunk-inactive/,
      );
    } finally {
      crash.mockRestore();
    }
    expect(stack).toHaveNoMappingFindings();
  });

  test('work in an app that is not a GenesysApp', () => {
    const app = new App({ outdir: '/tmp/unused-gcb' });
    const { stack } = singapore(app as never);
    new Agent(stack, 'Ana', { name: 'Ana', email: 'a@x.io', trunk: 'nope' });
    expect(stack).toHaveMappingFinding('trunk-id-unknown', { path: 'sg/Ana' });
  });
});
