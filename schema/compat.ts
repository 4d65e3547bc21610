// Breaking changes against the last released schema (sdk/released/schema.graphql): a change that
// would break a partner's SDK is refused unless the SDK's version says so (a new major; below
// 1.0.0, a new minor, as semver treats 0.x).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export const RELEASED_FILE = fileURLToPath(new URL('../sdk/released/schema.graphql', import.meta.url));
const SDK_PACKAGE = fileURLToPath(new URL('../sdk/package.json', import.meta.url));

export const releasedVersion = (sdl: string): string => /^# version: (\S+)/m.exec(sdl)?.[1] ?? '0.0.0';
export const sdkVersion = (): string => JSON.parse(readFileSync(SDK_PACKAGE, 'utf8')).version;

/** The part of a version that must change for a breaking change: major, or minor below 1.0.0. */
const bruchStelle = (v: string) => {
  const [major, minor] = v.split('.').map(Number);
  return major === 0 ? `0.${minor}` : String(major);
};

export async function breakingChanges(current: string, released = readFileSync(RELEASED_FILE, 'utf8')): Promise<Change[]> {
  const changes = await diff(buildSchema(released), buildSchema(current));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}

/** Breaking changes that the SDK version does not announce (empty = fine). */
export async function unangekuendigteBrueche(current: string, version = sdkVersion(), released = readFileSync(RELEASED_FILE, 'utf8')): Promise<Change[]> {
  const brueche = await breakingChanges(current, released);
  return bruchStelle(version) === bruchStelle(releasedVersion(released)) ? brueche : [];
}
