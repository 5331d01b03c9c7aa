/**
 * The scenario file format. This zod schema is the single source of truth: the loader validates with it,
 * `npm run schema` writes schema/scenario.schema.json from it for editor completion, and the runner reads
 * the parsed result. Keep field descriptions short: they become the editor's hover text.
 */
import { z } from 'zod';

import {
  FACTOR_TYPES,
  GUARDIAN_FACTORS,
  PROVISIONABLE_FACTORS,
  type ProvisionableFactor,
} from '../../contract/factors.ts';
import { ANY_RULE_ID } from '../catalogue/rules.ts';
import { STEPS } from '../steps/index.ts';
import { FactorType, GuardianFactor, PhoneChannel, PhoneNumber } from './vocabulary.ts';

export { FACTOR_TYPES, GUARDIAN_FACTORS, FactorType, GuardianFactor };

export const ActionRef = z.union([
  z
    .string()
    .describe(
      "Path of the Action code, relative to the Actions folder (the preset's actions option, else the scenarios folder: e.g. actions/challenge-otp.js).",
    ),
  z
    .strictObject({
      file: z.string().describe('Path of the Action code, relative to the Actions folder (as above).'),
      secrets: z.record(z.string(), z.string()).optional().describe('event.secrets for this Action.'),
      dependencies: z
        .array(z.strictObject({ name: z.string(), version: z.string() }))
        .optional()
        .describe('npm modules the Action may require (the mock allows a fixed list).'),
    })
    .describe('An Action with secrets or dependencies.'),
  z
    .strictObject({
      export: z
        .string()
        .describe('An Action of the deploy-cli export (MFA_DEPLOY_CLI_DIR), by its name there.'),
      secrets: z
        .record(z.string(), z.string())
        .optional()
        .describe('Secret values the export cannot hold (Auth0 never exports them); the rest come from it.'),
    })
    .describe('An Action as the team deploys it: code, secrets and dependencies from its deploy-cli export.'),
  z
    .strictObject({
      exportBindings: z
        .literal('post-login')
        .describe("The deploy-cli export's post-login bindings (triggers/), each Action in their order."),
    })
    .describe('Every Action the export binds to post-login, in its order.'),
]);

const Tenant = z
  .strictObject({
    factors: z
      .array(GuardianFactor)
      .default([])
      .describe('Guardian factors enabled on the tenant; the rest are disabled.'),
    phoneMessageTypes: z
      .array(PhoneChannel)
      .optional()
      .describe('PUT /guardian/factors/phone/message-types (default: [sms]).'),
    policy: z
      .enum(['never', 'always', 'adaptive'])
      .default('never')
      .describe('Require Multi-factor Auth: Never, Always, or Adaptive (confidence-score).'),
    customizeMfaWithActions: z
      .boolean()
      .default(true)
      .describe('The "Customize MFA Factors using Actions" setting.'),
    actions: z.array(ActionRef).default([]).describe('Post-login Actions, bound in this order.'),
  })
  .describe('What the tenant is configured with for this scenario.');

/**
 * Only what the Management API can create (the harness provisions each before the login); the others are
 * enrolled on their screens during a first login. A phone is a mapping: it has a number and a method.
 */
const Enrollment = z.union([
  z
    .enum(
      PROVISIONABLE_FACTORS.filter(
        (factor): factor is Exclude<ProvisionableFactor, 'phone'> => factor !== 'phone',
      ),
    )
    .describe('An enrollment created before the login.'),
  z.strictObject({
    type: z.literal('phone'),
    phone_number: PhoneNumber.optional().describe(
      'Leave out for a number of its own per run: its messages land in an inbox named after it.',
    ),
    method: PhoneChannel.default('sms'),
  }),
]);

const User = z
  .strictObject({
    email_verified: z.boolean().default(true),
    phone_number: z.string().optional(),
    app_metadata: z.record(z.string(), z.unknown()).default({}),
    user_metadata: z.record(z.string(), z.unknown()).default({}),
    roles: z
      .array(z.string())
      .default([])
      .describe('Role names assigned to the user (created when missing).'),
    organization: z
      .strictObject({ metadata: z.record(z.string(), z.string()).default({}) })
      .optional()
      .describe('Log in through a fresh organization with this metadata; the user is a member.'),
    enrollments: z
      .array(Enrollment)
      .default([])
      .describe('Factors the user is enrolled in before the login.'),
  })
  .describe('The user; a fresh one per run, with generated email and password.');

/**
 * One prompt of the login and how to answer it, or a check: the step modules of harness/steps/ assembled.
 * `- <name>` for the steps that may be written bare, `- <name>: <options>` for those with options.
 */
export const Step = z.union([
  z.enum(STEPS.filter((step) => step.bare).map((step) => step.name)),
  ...STEPS.flatMap(({ name, options }) => (options ? [z.strictObject({ [name]: options })] : [])),
]);
export type Step = z.infer<typeof Step>;

export const Scenario = z.strictObject({
  $schema: z.string().optional(),
  summary: z.string().min(10, 'a one-sentence string').describe('One sentence: what a pass proves.'),
  covers: z
    .array(z.string().regex(ANY_RULE_ID, 'a rule id such as SEL-3'))
    .min(1)
    .optional()
    .default([])
    .describe(
      "Rule ids this scenario proves: from scenarios/rules.yaml (required there), or from a team's own table.",
    ),
  tags: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case tag without @')).default([]),
  targets: z
    .array(z.enum(['mock', 'tenant']))
    .default(['mock', 'tenant'])
    .describe('Where the scenario can run; give mockOnly when tenant is left out.'),
  mockOnly: z.string().optional().describe('Why the tenant target cannot run this scenario.'),
  browser: z
    .strictObject({
      authenticators: z
        .array(z.enum(['security-key', 'platform']))
        .describe(
          'Virtual authenticators the browser has (default: one per WebAuthn factor the tenant enables).',
        ),
    })
    .optional()
    .describe('What the browser brings.'),
  tenant: Tenant.prefault({}),
  user: User.prefault({}),
  login: z.array(Step).min(1).describe('The prompts in order, how each is answered, and the checks.'),
});
export type Scenario = z.infer<typeof Scenario>;
