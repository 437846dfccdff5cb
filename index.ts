export * from './constructs';
export * from './lib';
