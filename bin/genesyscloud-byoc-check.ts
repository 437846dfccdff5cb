#!/usr/bin/env node
import { runCli } from '../lib/cli/run';

// The exit code is set rather than forced, so pending output is flushed.
void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
