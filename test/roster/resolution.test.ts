import * as fs from 'fs';
import * as path from 'path';
import {
  ByocTrunk,
  GenesysApp,
  GenesysPropsError,
  GenesysCloudStack,
  Language,
  Roster,
  Skill,
  WFM_PAYLOAD_FILE,
} from '../../constructs';
import { relativePath } from '../../lib/model/source';
import {
  NO_ASSIGNMENT,
  csv,
  row,
  silentStream,
  singaporeApp,
  tempDir,
  writeRoster,
} from './support';

/** An app that imports what the roster names, beside declared objects. */
function importingApp() {
  const outdir = tempDir();
  const app = new GenesysApp({
    outdir,
    throwOnFailure: false,
    validation: 'report-only',
    reportStream: silentStream(),
  });
  const stack = new GenesysCloudStack(app, 'apac', {
    region: 'ap-southeast-1',
  });
  const sales = new Skill(stack, 'Sales', { name: 'skill_inbound_sales' });
  Skill.fromSkillAttributes(stack, 'Billing', {
    skillId: 'billing-0001',
    name: 'skill_billing_support',
  });
  Language.fromLanguageName(stack, 'English', 'English');
  new Language(stack, 'Mandarin', { name: 'Mandarin' });
  ByocTrunk.fromTrunkAttributes(stack, 'Legacy', {
    trunkId: 'byoc_legacy_7',
    state: 'active',
    regions: ['ap-southeast-1'],
  });
  return { app, outdir, stack, sales };
}

const ROW = row('weiling.tan', {
  skills: 'skill_inbound_sales:5;billing-0001:3',
  languages: 'English:4;Mandarin:2',
  trunk: 'byoc_legacy_7',
  assigned_skills: 'skill_billing_support:3',
  trunk_association: 'byoc_legacy_7',
});

describe('names and ids in a roster', () => {
  test('resolve to declared and imported constructs', () => {
    const { app, outdir, stack, sales } = importingApp();
    const file = writeRoster('agents.csv', csv([ROW]));
    const roster = Roster.fromFileSync(stack, 'Roster', { file });
    expect(app.validate().result.findings).toEqual([]);
    app.synth();

    const dir = path.join(outdir, 'stacks', 'apac');
    const tf = JSON.parse(
      fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'),
    );
    const user =
      tf.resource.genesyscloud_user[roster.agents[0].resource.friendlyUniqueId];
    const declared = sales.resource.friendlyUniqueId;
    expect(user.routing_skills).toEqual([
      {
        skill_id: `\${genesyscloud_routing_skill.${declared}.id}`,
        proficiency: 5,
      },
      { skill_id: 'billing-0001', proficiency: 3 },
    ]);
    expect(user.routing_languages[0].language_id).toMatch(
      /^\$\{data\.genesyscloud_routing_language\./,
    );
    const payload = JSON.parse(
      fs.readFileSync(path.join(dir, WFM_PAYLOAD_FILE), 'utf8'),
    );
    expect(payload.requests[0].agents[0].assignments).toEqual([
      {
        skill_id: 'billing-0001',
        level: 3,
        trunk_association: 'byoc_legacy_7',
      },
    ]);
  });

  test('that match nothing are findings on the row', () => {
    const { app, stack } = importingApp();
    const file = writeRoster(
      'agents.csv',
      csv([
        ROW,
        row('arjun.nair', {
          skills: 'skill_nope:3',
          languages: 'Klingon:2',
          trunk: 'byoc_legacy_8',
          assigned_skills: '',
          trunk_association: '',
        }),
      ]),
    );
    Roster.fromFileSync(stack, 'Roster', { file });

    const { result } = app.validate();
    expect(
      result.findings.map((f) => [
        f.ruleId,
        f.skill ?? f.language ?? f.trunk,
        f.agent?.email,
        f.source,
      ]),
    ).toEqual([
      [
        'trunk-id-unknown',
        'byoc_legacy_8',
        'arjun.nair@apac.example.com',
        { file: relativePath(file), line: 3, column: 1 },
      ],
      [
        'reference-unresolvable',
        '"Klingon"',
        'arjun.nair@apac.example.com',
        { file: relativePath(file), line: 3, column: 1 },
      ],
      [
        'reference-unresolvable',
        '"skill_nope"',
        'arjun.nair@apac.example.com',
        { file: relativePath(file), line: 3, column: 1 },
      ],
    ]);
    const typo = result.findings[0];
    expect(typo.expected).toBe('byoc_legacy_7');
  });
});

describe('trunks named in a roster', () => {
  test('resolve by trunk name to the trunk construct', () => {
    const { app, outdir, stack, main } = singaporeApp();
    const file = writeRoster(
      'agents.csv',
      csv([row('weiling.tan', { trunk: 'Main', trunk_association: 'Main' })]),
    );
    const roster = Roster.fromFileSync(stack, 'Roster', { file });
    expect(roster.agents[0].trunk).toBe(main);
    expect(roster.assignments[0].trunk).toBe(main);
    expect(app.validate().result.findings).toEqual([]);
    expect(roster.agents[0].linkedTrunk).toBe(main);

    app.synth();
    const payload = JSON.parse(
      fs.readFileSync(
        path.join(outdir, 'stacks', 'apac', WFM_PAYLOAD_FILE),
        'utf8',
      ),
    );
    expect(payload.requests[0].agents[0].assignments[0]).toMatchObject({
      trunk_association: `\${genesyscloud_telephony_providers_edges_trunkbasesettings.${main.resource.friendlyUniqueId}.id}`,
    });
  });

  test('an exact trunk id wins over a trunk with that name', () => {
    const { app, stack, main } = singaporeApp();
    new ByocTrunk(stack, 'Namesake', {
      name: 'byoc_singapore_main',
      trunkId: 'byoc_namesake',
      inboundSite: main.inboundSite!,
      policy: main.policy!,
    });
    const file = writeRoster(
      'agents.csv',
      csv([row('weiling.tan', { ...NO_ASSIGNMENT })]),
    );
    const roster = Roster.fromFileSync(stack, 'Roster', { file });
    expect(roster.agents[0].trunk).toBe('byoc_singapore_main');
    app.validate();
    expect(roster.agents[0].linkedTrunk).toBe(main);
  });

  test('a name of a trunk declared after the roster is an error', () => {
    const { app, stack, main } = singaporeApp();
    const file = writeRoster(
      'agents.csv',
      csv([row('weiling.tan', { ...NO_ASSIGNMENT, trunk: 'Late' })]),
    );
    Roster.fromFileSync(stack, 'Roster', { file });
    new ByocTrunk(stack, 'Late', {
      name: 'Late',
      trunkId: 'byoc_late',
      inboundSite: main.inboundSite!,
      policy: main.policy!,
    });
    let error: unknown;
    try {
      app.validate();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GenesysPropsError);
    expect(error).toMatchObject({
      constructPath: 'apac/Roster',
      property: 'trunk',
      value: 'Late',
    });
    expect((error as Error).message).toContain('"byoc_late"');
  });
});
