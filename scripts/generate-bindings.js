#!/usr/bin/env node
// Generates the genesyscloud provider bindings from the pinned provider
// schema snapshot, offline, into the folder `cdktf get` would use. Runs on
// install (npm's `prepare`) and whenever the snapshot changes.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
/**
 * The pinned snapshot: the one `schema/genesyscloud-<version>.json`. To
 * move to another provider version, replace that file.
 */
function snapshotPath() {
  const dir = path.join(root, 'schema');
  const found = fs
    .readdirSync(dir)
    .filter((name) => /^genesyscloud-\d+\.\d+\.\d+\.json$/.test(name));
  if (found.length !== 1) {
    throw new Error(
      `schema/ must hold exactly one genesyscloud-<version>.json snapshot; ` +
        `found ${found.length ? found.join(', ') : 'none'}`,
    );
  }
  return path.join(dir, found[0]);
}

const SNAPSHOT = snapshotPath();

function outputDir() {
  const config = JSON.parse(
    fs.readFileSync(path.join(root, 'cdktf.json'), 'utf8'),
  );
  return path.join(root, config.codeMakerOutput || '.gen');
}

/**
 * The generator's dependencies run `terraform version` at load time when a
 * terraform binary is on the PATH, and terraform warns when its CLI config
 * file is missing (also when TF_CLI_CONFIG_FILE names a file that does not
 * exist). Points TF_CLI_CONFIG_FILE at an empty config in that case, for
 * this process and the ones it starts.
 */
function quietTerraformCli() {
  const configured = process.env.TF_CLI_CONFIG_FILE;
  if (configured && fs.existsSync(configured)) return;
  const quiet = path.join(os.tmpdir(), 'cdktf-genesyscloud-empty.tfrc');
  fs.writeFileSync(quiet, '');
  process.env.TF_CLI_CONFIG_FILE = quiet;
}

/** Generates bindings for `schemaFile` into `target` (replaced whole). */
async function generate(schemaFile, target) {
  quietTerraformCli();
  const {
    generateProviderBindingsFromSchema,
  } = require('@cdktf/provider-generator');
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'genesyscloud-gen-'));
  await generateProviderBindingsFromSchema(staging, schema);
  fs.writeFileSync(
    path.join(staging, 'versions.json'),
    JSON.stringify(schema.provider_versions, null, 2) + '\n',
  );
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(staging, target, { recursive: true });
  fs.rmSync(staging, { recursive: true, force: true });
}

module.exports = { generate, quietTerraformCli, SNAPSHOT, outputDir };

if (require.main === module) {
  const target = outputDir();
  generate(SNAPSHOT, target)
    .then(() => {
      process.stdout.write(
        `Generated genesyscloud provider bindings in ${path.relative(root, target)}/\n`,
      );
    })
    .catch((error) => {
      process.stderr.write(`Binding generation failed: ${error.message}\n`);
      process.exit(1);
    });
}
