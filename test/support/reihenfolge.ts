// The order the test files start in. The run is as long as its slowest worker: a long file that
// starts last (the server and CLI process tests are short files that run long) made the run's tail.
// Vitest starts the longest files first only when it has timings from an earlier run in
// node_modules/.vite; a clean checkout (CI) has none, and it started them by file size. So the
// files measured slowest (npm test, both databases, December 2026) start first, longest first;
// the rest follow in Vitest's own order.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LANGSAM = [
  'test/sicherung.test.ts',
  'test/sicherungCli.test.ts',
  'test/serverProcess.test.ts',
  'test/fuzz.test.ts',
  'test/killUnderLoad.test.ts',
  'test/createApiKeyKanzlei.test.ts',
  'test/startup.test.ts',
  'test/tenancy.test.ts',
  'test/titel.test.ts',
  'test/sdk/pack.test.ts',
  'test/validation.test.ts',
  'test/migrations.test.ts',
  'test/serverShutdown.test.ts',
  'test/mandat.test.ts',
  'test/safeFailure.test.ts',
];

export default class Reihenfolge extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rang = (f: TestSpecification) => {
      const i = LANGSAM.indexOf(relative(this.ctx.config.root, f.moduleId));
      return i < 0 ? LANGSAM.length : i;
    };
    // Array.prototype.sort is stable: Vitest's order stays among the rest.
    return (await super.sort(files)).sort((a, b) => rang(a) - rang(b));
  }
}
