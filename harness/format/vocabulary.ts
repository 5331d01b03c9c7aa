/**
 * The scenario format's shared words, as zod schemas derived from contract/: the step modules
 * (harness/steps/) and the rest of the format (schema.ts) both use them. This file imports nothing else of
 * the format, so steps can import it while the format imports the steps.
 */
import { z } from 'zod';

import { FACTOR_TYPES, GUARDIAN_FACTORS } from '../../contract/factors.ts';
import { E164 } from '../../contract/syntax.ts';
import type { PhoneChannel as PhoneChannelName } from '../../contract/delivery.ts';

/** Factor names as the Actions API spells them (`enrolledFactors[].type`, `challengeWith({ type })`). */
export const FactorType = z.enum(FACTOR_TYPES);
export type FactorType = z.infer<typeof FactorType>;

/** Factor names as the Guardian Management API spells them (`PUT /api/v2/guardian/factors/{name}`). */
export const GuardianFactor = z.enum(GUARDIAN_FACTORS);

/** How a phone gets its codes: a text message or a voice call. */
export const PhoneChannel = z.enum(['sms', 'voice'] as const satisfies readonly PhoneChannelName[]);

/** A phone number as a scenario writes it. */
export const PhoneNumber = z.string().regex(E164, 'an E.164 number such as +15555550123');
