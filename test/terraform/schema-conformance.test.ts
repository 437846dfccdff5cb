import { checkSchemaConformance } from '../../lib/terraform/schema-conformance';

function doc(resource: Record<string, Record<string, unknown>>) {
  return { resource };
}

describe('checkSchemaConformance', () => {
  test('accepts a well-formed user with routing skills', () => {
    const problems = checkSchemaConformance(
      doc({
        genesyscloud_user: {
          ana: {
            name: 'Ana',
            email: 'ana@example.com',
            routing_skills: [
              {
                skill_id: '${genesyscloud_routing_skill.s.id}',
                proficiency: 4,
              },
            ],
            depends_on: ['genesyscloud_routing_skill.s'],
          },
        },
      }),
    );
    expect(problems).toEqual([]);
  });

  test.each([
    [
      'an unknown attribute',
      { genesyscloud_user: { a: { name: 'A', email: 'a@x', trunk_id: 't' } } },
      'resource.genesyscloud_user.a.trunk_id',
      'is not an attribute of this type',
    ],
    [
      'a missing required attribute',
      { genesyscloud_user: { a: { name: 'A' } } },
      'resource.genesyscloud_user.a.email',
      'is required',
    ],
    [
      'an object missing a field',
      {
        genesyscloud_user: {
          a: { name: 'A', email: 'a@x', routing_skills: [{ skill_id: 's' }] },
        },
      },
      'resource.genesyscloud_user.a.routing_skills[0].proficiency',
      'is required',
    ],
    [
      'a wrong value type',
      { genesyscloud_routing_skill: { s: { name: 5 } } },
      'resource.genesyscloud_routing_skill.s.name',
      'must be a string',
    ],
    [
      'too many blocks',
      {
        genesyscloud_location: {
          l: {
            name: 'L',
            address: [
              { street1: 'a', city: 'b', country: 'SG', zip_code: '1' },
              { street1: 'a', city: 'b', country: 'SG', zip_code: '1' },
            ],
          },
        },
      },
      'resource.genesyscloud_location.l.address',
      'has 2 blocks; at most 1',
    ],
    [
      'a missing field inside a block',
      {
        genesyscloud_routing_queue: {
          q: { name: 'Q', members: [{ ring_num: 1 }] },
        },
      },
      'resource.genesyscloud_routing_queue.q.members[0].user_id',
      'is required',
    ],
    [
      'an unknown type',
      { genesyscloud_trunk_policy: { p: {} } },
      'resource.genesyscloud_trunk_policy.p',
      'genesyscloud_trunk_policy is not in the schema',
    ],
  ])('reports %s', (_, resource, address, problem) => {
    expect(checkSchemaConformance(doc(resource))).toContainEqual({
      address,
      problem,
    });
  });

  test('checks the provider block too', () => {
    expect(
      checkSchemaConformance({
        provider: { genesyscloud: [{ aws_region: 'ap-southeast-1', pin: 1 }] },
      }),
    ).toEqual([
      {
        address: 'provider.genesyscloud[0].pin',
        problem: 'is not an attribute of this type',
      },
    ]);
  });
});
