import { ModelIndex } from '../../lib/model/model-index';
import { NamedObject } from '../../lib/model/types';
import { literal, objectRef, org, pathOf } from '../support/model';

/** An import of a skill, language or site, by name or id. */
function imported(fields: Partial<NamedObject>): Partial<NamedObject> {
  return { origin: 'imported', name: undefined, ...fields };
}

/** The key a skill reference resolves to, or why it does not. */
function skillKey(index: ModelIndex, name: string): string {
  const res = index.skill(objectRef('skills', name));
  return res.ok ? res.target.key : res.reason;
}

describe('ModelIndex identity', () => {
  test('resolves two imports of one skill name to the first by key', () => {
    const index = new ModelIndex(
      org()
        .skill('b', imported({ name: 'skill_existing' }))
        .skill('a', imported({ name: 'skill_existing' }))
        .build(),
    );

    expect(skillKey(index, 'a')).toBe(pathOf('skills', 'a'));
    expect(skillKey(index, 'b')).toBe(pathOf('skills', 'a'));
  });

  test('resolves imports by one id, and by the name it carries, as one', () => {
    const index = new ModelIndex(
      org()
        .skill('byId', imported({ id: 'abc-123', name: 'skill_x' }))
        .skill('byIdAgain', imported({ id: 'abc-123', name: 'skill_y' }))
        .skill('byName', imported({ name: 'skill_x' }))
        .skill('other', imported({ id: 'abc-456', name: 'skill_z' }))
        .build(),
    );

    const one = pathOf('skills', 'byId');
    expect(skillKey(index, 'byIdAgain')).toBe(one);
    expect(skillKey(index, 'byName')).toBe(one);
    expect(skillKey(index, 'other')).toBe(pathOf('skills', 'other'));
    const byLiteral = index.skill(literal('skill_y'));
    expect(byLiteral.ok && byLiteral.target.key).toBe(one);
  });

  test('tells declared skills of one name apart', () => {
    const index = new ModelIndex(
      org().skill('a', { name: 'sales' }).skill('b', { name: 'sales' }).build(),
    );

    expect(skillKey(index, 'b')).toBe(pathOf('skills', 'b'));
  });

  test('resolves two imports of one language and one site id as one', () => {
    const index = new ModelIndex(
      org()
        .language('en', imported({ id: 'lang-1', name: 'English' }))
        .language('en2', imported({ id: 'lang-1', name: 'English' }))
        .site('s1', ['ap-southeast-1'], imported({ id: 'site-1' }))
        .site('s2', [], {
          ...imported({ id: 'site-1' }),
          mediaRegions: undefined,
        })
        .build(),
    );

    const language = index.language(objectRef('languages', 'en2'));
    expect(language.ok && language.target.key).toBe(pathOf('languages', 'en'));
    expect(index.site(objectRef('sites', 's2'))?.key).toBe(
      pathOf('sites', 's1'),
    );
    expect(index.site(literal('site-1'))?.key).toBe(pathOf('sites', 's1'));
  });

  test('maps agents on two imports of one trunk id to the first', () => {
    const model = org()
      .trunk('t1', { origin: 'imported', name: 'first' })
      .trunk('t1', { origin: 'imported', name: 'second' })
      .trunk('t1', { name: 'declared' })
      .agent('ann', { trunk: objectRef('trunks', 'second') })
      .agent('bob', { queueTrunks: ['second'] })
      .agent('cai', { trunk: objectRef('trunks', 'declared') })
      .build();
    const index = new ModelIndex(model);

    const mapped = index.agentsByTrunk();
    expect(mapped.get(pathOf('trunks', 'first'))?.map((a) => a.key)).toEqual([
      pathOf('agents', 'ann'),
      pathOf('agents', 'bob'),
    ]);
    expect(mapped.has(pathOf('trunks', 'second'))).toBe(false);
    expect(mapped.get(pathOf('trunks', 'declared'))?.map((a) => a.key)).toEqual(
      [pathOf('agents', 'cai')],
    );
    expect(index.trunkByKey(pathOf('trunks', 'second'))?.key).toBe(
      pathOf('trunks', 'first'),
    );
  });
});
