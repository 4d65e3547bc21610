import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// The README's example is examples/usage.ts verbatim, which `npm test` type-checks (tsc).
it('sdk/README.md shows the compiled example', () => {
  const readme = readFileSync(new URL('../../sdk/README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL('../../sdk/examples/usage.ts', import.meta.url), 'utf8');
  expect(readme.includes('```ts\n' + example + '```')).toBe(true);
});

// The webhook receiver example is examples/webhook.ts verbatim (type-checked the same way).
it('sdk/README.md shows the compiled webhook example', () => {
  const readme = readFileSync(new URL('../../sdk/README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL('../../sdk/examples/webhook.ts', import.meta.url), 'utf8');
  expect(readme.includes('```ts\n' + example + '```')).toBe(true);
});
