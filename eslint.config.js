// @ts-check
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.gen/**',
      'dist/**',
      'dist-bench/**',
      'cdktf.out/**',
      'coverage/**',
      'bench/results/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Errors for bad input name the construct and the fix.
    files: ['constructs/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Error']",
          message:
            'Throw a typed error from constructs/errors.ts that names the ' +
            'construct and the fix (GenesysPropsError, GenesysConstructError).',
        },
        {
          selector: "CallExpression[callee.name='Error']",
          message:
            'Throw a typed error from constructs/errors.ts that names the ' +
            'construct and the fix (GenesysPropsError, GenesysConstructError).',
        },
      ],
    },
  },
  {
    files: ['bin/**/*.ts', 'lib/cli/**/*.ts', 'bench/**/*.ts', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
