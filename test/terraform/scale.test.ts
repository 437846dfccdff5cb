import { checkFacts } from '../../lib/facts/read';
import { TfFile } from '../../lib/terraform/inputs';
import { modelFromJson } from '../../lib/terraform/model-from-json';
import { parseJsonText } from '../../lib/util/json-text';
import { validateModel } from '../../lib/validation/engine';
import { largeExport } from './large-export';

/** CPU milliseconds to parse and to build the model of a large export. */
function measure(agents: number): { parse: number; build: number } {
  const { json, facts } = largeExport(agents);
  const policy = checkFacts(facts, 'policy.json', () => ({
    file: 'policy.json',
  }));
  const cpu = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  let start = cpu();
  const parsed = parseJsonText('big.tf.json', json) as Record<string, unknown>;
  const parse = cpu() - start;
  const file: TfFile = {
    file: 'big.tf.json',
    absolute: '/big',
    text: json,
    json: parsed,
  };
  start = cpu();
  const loaded = modelFromJson([file], { policy });
  const build = cpu() - start;
  expect(loaded.model.agents).toHaveLength(agents);
  expect(loaded.model.agents.every((a) => a.trunk)).toBe(true);
  const result = validateModel(loaded.model);
  expect(result.findings).toEqual([]);
  return { parse, build };
}

test('model building grows linearly and stays near parsing time', () => {
  measure(2000); // warm up the code paths
  const small = measure(10000);
  const large = measure(40000);
  // Linear growth gives 4; quadratic would give 16.
  expect(large.build / small.build).toBeLessThan(8);
  // Building is about as costly as JSON.parse; allow for a loaded machine.
  expect(large.build).toBeLessThan(3 * large.parse);
});
