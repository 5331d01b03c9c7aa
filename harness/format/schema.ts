/**
 * The scenario file format. This zod schema is the single source of truth: the loader validates with it,
 * `npm run schema` writes schema/scenario.schema.json from it for editor completion, and the runner reads
 * the parsed result. Keep field descriptions short: they become the editor's hover text.
 */
import { z } from 'zod';

import { FACTOR_TYPES, GUARDIAN_FACTORS } from '../../contract/factors.ts';
import { E164, RULE_ID } from '../../contract/syntax.ts';

export { FACTOR_TYPES, GUARDIAN_FACTORS };

/** Factor names as the Actions API spells them (`enrolledFactors[].type`, `challengeWith({ type })`). */
export const FactorType = z.enum(FACTOR_TYPES);
export type FactorType = z.infer<typeof FactorType>;

/** Factor names as the Guardian Management API spells them (`PUT /api/v2/guardian/factors/{name}`). */
export const GuardianFactor = z.enum(GUARDIAN_FACTORS);

const ActionRef = z.union([
  z.string().describe('Path of the Action code, relative to scenarios/ (e.g. actions/challenge-otp.js).'),
  z
    .strictObject({
      file: z.string().describe('Path of the Action code, relative to scenarios/.'),
      secrets: z.record(z.string(), z.string()).optional().describe('event.secrets for this Action.'),
      dependencies: z
        .array(z.strictObject({ name: z.string(), version: z.string() }))
        .optional()
        .describe('npm modules the Action may require (the mock allows a fixed list).'),
    })
    .describe('An Action with secrets or dependencies.'),
]);

const Tenant = z
  .strictObject({
    factors: z
      .array(GuardianFactor)
      .default([])
      .describe('Guardian factors enabled on the tenant; the rest are disabled.'),
    phoneMessageTypes: z
      .array(z.enum(['sms', 'voice']))
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

const Enrollment = z.union([
  z
    .enum(['otp', 'webauthn-roaming', 'recovery-code', 'email'])
    .describe('An enrollment created before the login.'),
  z.strictObject({
    type: z.literal('phone'),
    phone_number: z
      .string()
      .regex(E164, 'an E.164 number such as +15555550123')
      .optional()
      .describe('Leave out for a number of its own per run: its messages land in an inbox named after it.'),
    method: z.enum(['sms', 'voice']).default('sms'),
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

const Risk = z
  .strictObject({
    confidence: z.enum(['low', 'medium', 'high', 'neutral']),
    // partialRecord: a scenario names only the assessments it cares about (a plain record needs all three).
    assessments: z
      .partialRecord(
        z.enum(['NewDevice', 'ImpossibleTravel', 'UntrustedIP']),
        z.strictObject({ code: z.string(), confidence: z.enum(['low', 'medium', 'high', 'neutral']) }),
      )
      .default({}),
  })
  .describe('What event.authentication.riskAssessment says for the next login (mock only).');

/** Options shared by every code-based challenge screen. */
const CodeAnswer = z.strictObject({
  wrong: z.number().int().min(0).max(10).default(0).describe('Submit this many wrong codes first.'),
  expectError: z
    .string()
    .optional()
    .describe('data-error-code shown after the wrong codes (default invalid-code).'),
  rememberBrowser: z.boolean().optional().describe('Tick "Remember this device".'),
  offersRememberBrowser: z
    .boolean()
    .optional()
    .describe('The screen offers "Remember this device" (true) or does not (false).'),
  tryAnotherMethod: z.boolean().optional().describe('Do not answer: follow "Try another method".'),
  resend: z.boolean().optional().describe('Ask for a new code first.'),
});

/** An enrollment screen that asks for a code: the same answers, without what only a challenge offers. */
const EnrollCodeAnswer = CodeAnswer.pick({ wrong: true, expectError: true, tryAnotherMethod: true });

/** A WebAuthn screen, answered by the browser's virtual authenticator, or failing on purpose. */
const WebauthnAnswer = z.strictObject({
  authenticator: z
    .literal('missing')
    .optional()
    .describe(
      'The enrolled key is not there (a blank authenticator answers): the browser fails, the page posts showError.',
    ),
  tamper: z
    .literal('signature')
    .optional()
    .describe('Change one byte of the signature the browser posts: a bogus assertion.'),
  tryAnotherMethod: z.boolean().optional().describe('Do not answer: follow "Try another method".'),
});

const WebauthnEnrollAnswer = WebauthnAnswer.omit({ tamper: true, authenticator: true }).extend({
  refuse: z.boolean().optional().describe('Press "Not on this device" (action=refuse-add-device).'),
});

/** The push challenge, answered on the Guardian app (the mock's device simulator) or with its code. */
const PushAnswer = z.strictObject({
  device: z
    .enum(['approve', 'reject'])
    .default('approve')
    .describe('What the Guardian app answers (mock only: the device simulator).'),
  otpFallback: z
    .boolean()
    .optional()
    .describe('"Manually Enter Code": answer with a TOTP code from the enrollment secret instead.'),
  expectOtpFallback: z
    .boolean()
    .optional()
    .describe('Whether "Manually Enter Code" must be offered (SEL-9).'),
});

const WebauthnErrorAnswer = z.strictObject({
  then: z
    .enum(['try-again', 'try-another-method', 'refuse'])
    .optional()
    .describe('What to press on the error screen (default: nothing, the scenario looks at it).'),
});

const PhoneEnrollment = z.strictObject({
  method: z.enum(['sms', 'voice']).default('sms').describe('Text message or voice call.'),
  phone_number: z
    .string()
    .regex(E164, 'an E.164 number such as +15555550123')
    .optional()
    .describe('Leave out for a number of its own per run.'),
  invalidNumberFirst: z.boolean().optional().describe('Submit an invalid number first (invalid-phone).'),
  tryAnotherMethod: z.boolean().optional().describe('Do not answer: follow "Try another method".'),
});

const ShownCode = z.strictObject({
  unconfirmedFirst: z
    .boolean()
    .optional()
    .describe('Press Continue without ticking "saved" first (no-confirmation).'),
});

const PhoneChoice = z.strictObject({
  choose: z.enum(['sms', 'voice']).describe('Text message or voice call.'),
  expect: z
    .array(z.enum(['sms', 'voice']))
    .optional()
    .describe('The methods offered, exactly and in this order (default: sms, voice).'),
});

const Picker = z.strictObject({
  expect: z.array(FactorType).describe('The factors offered, exactly and in this order.'),
  pick: FactorType.describe('The factor to choose.'),
});

const Complete = z.strictObject({
  methods: z
    .array(z.strictObject({ name: z.string(), type: FactorType.optional() }))
    .optional()
    .describe(
      'event.authentication.methods as a probe Action after the last one sees them (subset, in order).',
    ),
  absent: z
    .array(z.strictObject({ name: z.string(), type: FactorType.optional() }))
    .optional()
    .describe(
      'Methods the probe Action must NOT see (e.g. [{ name: mfa }] when MFA runs after the last Action).',
    ),
  claims: z.record(z.string(), z.unknown()).optional().describe('Claims the id token must carry.'),
});

const Denied = z.strictObject({
  error: z.string().default('access_denied'),
  description: z.string().optional().describe('error_description, exactly.'),
});

const NewLogin = z.strictObject({
  session: z
    .enum(['same', 'new'])
    .default('same')
    .describe('Keep the browser session (cookies) or start clean.'),
});

const Redirect = z
  .strictObject({
    to: z
      .url()
      .describe(
        'Where the redirect Action sends the user (origin and path), e.g. https://custom-factor.example/verify.',
      ),
    return: z
      .enum(['valid', 'invalid', 'expired'])
      .default('valid')
      .describe('The session token the custom factor sends back to /continue.'),
    secret: z
      .string()
      .default('SESSION_TOKEN_SECRET')
      .describe(
        "Name of the Action secret the token is signed with (the scenario's Actions give its value).",
      ),
  })
  .describe('A redirect Action sent the user away; the harness plays the custom factor (RED-1, RED-3).');

const LogItem = z.union([
  z.string().describe('A log event code.'),
  z.strictObject({
    type: z.string().describe('A log event code.'),
    description: z.string().optional().describe('The entry description, exactly (w and mfar messages).'),
  }),
]);

/** One prompt of the login and how to answer it, or a check. Keys are Universal Login screen names. */
export const Step = z.union([
  z.enum([
    'login-id',
    'login-password',
    'mfa-otp-challenge',
    'mfa-otp-enrollment',
    'mfa-email-challenge',
    'mfa-phone-enrollment',
    'mfa-recovery-code-enrollment',
    'mfa-recovery-code-challenge',
    'mfa-recovery-code-challenge-new-code',
    'mfa-sms-enrollment-verify',
    'mfa-sms-challenge',
    'mfa-voice-challenge',
    'mfa-webauthn-roaming-enrollment',
    'mfa-webauthn-roaming-challenge',
    'mfa-webauthn-platform-enrollment',
    'mfa-webauthn-platform-challenge',
    'mfa-webauthn-error',
    'mfa-push-enrollment',
    'mfa-push-challenge',
    'complete',
    'denied',
    'new-login',
  ]),
  z.strictObject({ 'login-password': z.strictObject({ wrong: z.number().int().min(1).max(5) }) }),
  z.strictObject({ 'mfa-otp-challenge': CodeAnswer }),
  z.strictObject({ 'mfa-otp-enrollment': EnrollCodeAnswer }),
  z.strictObject({ 'mfa-email-challenge': CodeAnswer }),
  z.strictObject({ 'mfa-phone-enrollment': PhoneEnrollment }),
  z.strictObject({
    'mfa-sms-enrollment-verify': CodeAnswer.pick({ wrong: true, expectError: true, resend: true }),
  }),
  z.strictObject({ 'mfa-phone-challenge': PhoneChoice }),
  z.strictObject({ 'mfa-recovery-code-enrollment': ShownCode }),
  z.strictObject({
    'mfa-recovery-code-challenge': CodeAnswer.pick({
      wrong: true,
      expectError: true,
      tryAnotherMethod: true,
    }),
  }),
  z.strictObject({ 'mfa-recovery-code-challenge-new-code': ShownCode }),
  z.strictObject({
    'mfa-sms-challenge': CodeAnswer.extend({
      switchToVoice: z.boolean().optional().describe('Do not answer: ask for a call instead.'),
    }),
  }),
  z.strictObject({
    'mfa-voice-challenge': CodeAnswer.extend({
      switchToSms: z.boolean().optional().describe('Do not answer: ask for a text message instead.'),
    }),
  }),
  z.strictObject({ 'mfa-webauthn-roaming-enrollment': WebauthnEnrollAnswer }),
  z.strictObject({ 'mfa-webauthn-roaming-challenge': WebauthnAnswer }),
  z.strictObject({ 'mfa-webauthn-platform-enrollment': WebauthnEnrollAnswer }),
  z.strictObject({ 'mfa-webauthn-platform-challenge': WebauthnAnswer }),
  z.strictObject({ 'mfa-webauthn-error': WebauthnErrorAnswer }),
  z.strictObject({ 'mfa-push-challenge': PushAnswer }),
  z.strictObject({ 'mfa-login-options': Picker }),
  z.strictObject({ 'mfa-enroll-options': Picker }),
  z.strictObject({ complete: Complete }),
  z.strictObject({ denied: Denied }),
  z.strictObject({ 'new-login': NewLogin }),
  z.strictObject({ risk: Risk }),
  z.strictObject({ redirect: Redirect }),
  z.strictObject({
    logs: z
      .array(LogItem)
      .min(1)
      .describe(
        'Log event codes written for this user since the current login started, in this order (others may interleave).',
      ),
  }),
]);
export type Step = z.infer<typeof Step>;

export const Scenario = z.strictObject({
  $schema: z.string().optional(),
  summary: z.string().min(10, 'a one-sentence string').describe('One sentence: what a pass proves.'),
  covers: z.array(z.string().regex(RULE_ID, 'a rule id such as SEL-3')).min(1),
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
