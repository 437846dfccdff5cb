// The binding drift test loads the provider generator, which runs
// `terraform version` through the real process environment; set up a quiet
// Terraform CLI config here, where the test workers inherit it.
require('./scripts/generate-bindings.js').quietTerraformCli();

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
  setupFilesAfterEnv: ['<rootDir>/test/support/exit-code.ts'],
  testTimeout: 120000,
};
