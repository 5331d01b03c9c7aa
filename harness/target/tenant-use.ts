/**
 * The `tenant-use` annotation each test of a tenant run carries: which tenant it held, from when to when
 * (provisioning to the last undo). `npm run selftest:tenant` reads them back from the JUnit report (where
 * annotations are properties) to prove that no tenant ever had two scenarios at once.
 */
export const TENANT_USE = 'tenant-use';

export interface TenantUse {
  test: string;
  /** The test's file: its group's generated file in JUnit's classname. */
  group?: string;
  domain: string;
  from: number;
  to: number;
}

/** `localhost:4443 2026-12-07T10:00:00.000Z 2026-12-07T10:00:04.000Z` */
export function tenantUse(domain: string, from: Date, to: Date): string {
  return `${domain} ${from.toISOString()} ${to.toISOString()}`;
}

/** An annotation's description read back, or undefined when it is not one. */
export function parseTenantUse(test: string, description: string): TenantUse | undefined {
  const [domain, from, to] = description.split(' ');
  const use = { test, domain: domain ?? '', from: Date.parse(from ?? ''), to: Date.parse(to ?? '') };
  return use.domain && Number.isFinite(use.from) && Number.isFinite(use.to) ? use : undefined;
}

/** Every pair of tests that held one tenant at the same time, as sentences (none: the run kept turns). */
export function overlappingUses(uses: TenantUse[]): string[] {
  const sorted = [...uses].sort((a, b) => a.from - b.from);
  const overlaps: string[] = [];
  sorted.forEach((use, i) => {
    for (const later of sorted.slice(i + 1)) {
      if (later.from >= use.to) break;
      if (later.domain === use.domain)
        overlaps.push(`${use.test} and ${later.test} ran on ${use.domain} at the same time`);
    }
  });
  return overlaps;
}

/** The tests of each tenant of a JUnit report: `<property name="tenant-use" value="…">`. */
export function tenantUsesInJunit(xml: string): TenantUse[] {
  const uses: TenantUse[] = [];
  for (const testcase of xml.matchAll(/<testcase name="([^"]*)"([^>]*[^/])>[\s\S]*?<\/testcase>/g)) {
    const value = /<property name="tenant-use" value="([^"]*)"/.exec(testcase[0])?.[1];
    const use = value === undefined ? undefined : parseTenantUse(testcase[1] ?? '', value);
    const group = /classname="([^"]*)"/.exec(testcase[2] ?? '')?.[1];
    if (use) uses.push(group === undefined ? use : { ...use, group });
  }
  return uses;
}

/**
 * What a tenant run's uses say went wrong: two tests on one tenant at once, or, when the run had at least as
 * many groups as tenants, a tenant left idle (groups spread across tenants).
 */
export function tenantUseProblems(uses: TenantUse[], domains: string[]): string[] {
  const problems = overlappingUses(uses);
  const groups = new Set(uses.map((use) => use.group)).size;
  if (groups >= domains.length) {
    const used = new Set(uses.map((use) => use.domain));
    for (const domain of domains.filter((d) => !used.has(d)))
      problems.push(`${domain} ran none of the ${groups} groups`);
  }
  return problems;
}
