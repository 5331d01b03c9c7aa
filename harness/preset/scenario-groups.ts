// Scenarios grouped by the tenant-wide configuration they need (docs/decisions/0071): the group of a scenario
// is a canonical key of its `tenant:` section (factors, phone message types, the MFA policy, the Actions
// setting, the Actions bound in their order). A group's scenarios share one generated spec file, which a
// tenant run plays in order on one tenant (files are not fully parallel there), and which `--shard` keeps
// whole: Playwright shards by test group, a file when tests are not fully parallel.
import { createHash } from 'node:crypto';
import type { BrokenScenario, LoadedScenario } from '../format/load.ts';

export interface ScenarioGroup {
  /** The canonical key: JSON of the tenant section, object keys sorted, unordered lists sorted. */
  key: string;
  /** A short stable name for the group's file: the key's hash. */
  name: string;
  /** The scenario files of the group (as the catalogue lists them), in order. */
  files: string[];
}

/** JSON with object keys in order, so that two equal sections give one key whatever their key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/** The key of a scenario's tenant section: factors and message types are sets; Actions keep their order. */
export function tenantKey(tenant: LoadedScenario['scenario']['tenant']): string {
  const sets = {
    factors: [...tenant.factors].sort(),
    phoneMessageTypes: tenant.phoneMessageTypes ? [...tenant.phoneMessageTypes].sort() : undefined,
  };
  return JSON.stringify(canonical({ ...tenant, ...sets }));
}

/**
 * The groups of a catalogue, in the order of their first scenario; a file that does not load is a group of
 * its own (its test fails with its message, wherever it runs).
 */
export function groupScenarios(loaded: LoadedScenario[], broken: BrokenScenario[] = []): ScenarioGroup[] {
  const groups = new Map<string, ScenarioGroup>();
  const entries = [
    ...loaded.map((entry) => ({ file: entry.file, key: tenantKey(entry.scenario.tenant) })),
    ...broken.map((entry) => ({ file: entry.file, key: JSON.stringify({ unreadable: entry.file }) })),
  ].sort((a, b) => a.file.localeCompare(b.file));
  for (const { file, key } of entries) {
    let group = groups.get(key);
    if (!group) {
      const name = createHash('sha256').update(key).digest('hex').slice(0, 12);
      group = { key, name, files: [] };
      groups.set(key, group);
    }
    group.files.push(file);
  }
  return [...groups.values()];
}
