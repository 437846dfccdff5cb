// A failed synthesis sets process.exitCode, as it should for `cdktf synth`.
// When Jest runs the tests in its own process (one worker, as on a
// two-core machine), a code left behind by a test that synthesizes a
// failing app becomes Jest's exit code, even when every test passed.
// Each test, and each file's hooks, give the exit code back as they
// found it.
const atStart = process.exitCode;
let before: typeof process.exitCode;

beforeEach(() => {
  before = process.exitCode;
});

afterEach(() => {
  process.exitCode = before;
});

afterAll(() => {
  process.exitCode = atStart;
});
