/**
 * The Guardian Management API's factor names (`PUT /api/v2/guardian/factors/{name}`): every factor of the
 * contract's table, plus `duo`, which the API lists and accepts though no scenario enables it. The other
 * vocabularies of a factor (the Actions API's type, the enrollment's type) live in contract/factors.ts.
 */
import { GUARDIAN_FACTORS } from '../../contract/factors.ts';

export const GUARDIAN_FACTOR_NAMES = [...GUARDIAN_FACTORS, 'duo'] as const;
export type GuardianFactorName = (typeof GUARDIAN_FACTOR_NAMES)[number];
