import type { ActionDependency } from '../tenants/model.ts';

/**
 * npm modules an Action may declare and require on the mock: ones the project installs anyway. On a real
 * tenant any npm module works; scenarios that need another one must add it here (and to package.json).
 */
export const ALLOWED_MODULES = ['jose', 'otplib', 'yaml', 'zod'] as const;

export function allowedModules(dependencies: readonly ActionDependency[]): string[] {
  return dependencies
    .map((d) => d.name)
    .filter((name) => (ALLOWED_MODULES as readonly string[]).includes(name));
}
