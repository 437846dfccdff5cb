import {
  MAX_AGENTS_PER_MANAGEMENT_UNIT,
  managementUnitTooLarge,
} from '../../lib/rules/management-unit-too-large';
import { check, crashes } from '../support/findings';
import { degenerateModel } from '../support/degenerate';
import { OrgBuilder, org, pathOf } from '../support/model';

const RULE = managementUnitTooLarge.id;

/** Assigns `count` new agents to management unit `unit`. */
function staff(builder: OrgBuilder, unit: string, count: number): OrgBuilder {
  for (let i = 0; i < count; i++) {
    const name = `${unit}-${String(i).padStart(4, '0')}`;
    builder.agent(name).assign(name, { managementUnit: unit });
  }
  return builder;
}

describe('management-unit-too-large', () => {
  test('passes a unit of exactly 1,500 agents', () => {
    const model = staff(org(), 'mu_sg', MAX_AGENTS_PER_MANAGEMENT_UNIT).build();

    expect(check(managementUnitTooLarge, model)).toEqual([]);
  });

  test('counts an agent on two schedules once', () => {
    const builder = staff(org(), 'mu_sg', MAX_AGENTS_PER_MANAGEMENT_UNIT);
    builder.assign('mu_sg-0000', {
      schedule: 'schedule_apac_002',
      managementUnit: 'mu_sg',
    });

    expect(check(managementUnitTooLarge, builder.build())).toEqual([]);
  });

  test('passes two declarations of one email as one agent', () => {
    const builder = staff(org(), 'mu_sg', MAX_AGENTS_PER_MANAGEMENT_UNIT);
    builder
      .agent('again', { email: ' MU_SG-0000@Example.com ' })
      .assign('again', { managementUnit: 'mu_sg' });

    expect(check(managementUnitTooLarge, builder.build())).toEqual([]);
  });

  test('flags a unit of 1,501 agents, and only that unit', () => {
    const builder = staff(org(), 'mu_sg', 1501);
    const model = staff(builder, 'mu_kl', 10).build();
    const source = { file: 'roster.csv', line: 2 };
    const first = model.assignments[0];
    const withSource = {
      ...model,
      assignments: [{ ...first, source }, ...model.assignments.slice(1)],
    };

    expect(check(managementUnitTooLarge, withSource)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: pathOf('assignments', 'mu_sg-0000@schedule_apac_001'),
        source,
        agent: { name: 'mu_sg-0000', email: 'mu_sg-0000@example.com' },
        subject: 'management-unit:mu_sg',
        found: '1501',
        expected: '<= 1500',
      }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(managementUnitTooLarge, degenerateModel())).toEqual([]);
  });
});
