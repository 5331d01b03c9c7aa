// LOG-4, SEL-5, SEL-6, ENR-6, ENR-7, ENR-8, SEQ-4, SEQ-7, SEQ-8
/**
 * The exact texts of the `w` and `mfar` log entries (LOG-4), from the source documents. Scenarios assert
 * on them word for word. Frozen rather than `as const`, which Stryker would read as a type and not mutate.
 */
export const MESSAGES = Object.freeze({
  // SEL-5
  challengeNoneUsable:
    'An MFA challenge is used in a PostLogin action but the requested factors are not properly set up. To perform MFA, enable the requested factors and ensure the user is enrolled with them.',
  // SEL-6
  challengeFactorUnusable: (factor: string) =>
    `An MFA challenge is used in a PostLogin action, but the requested factor ${factor} is not properly set up. Enable the requested factor and ensure the user is enrolled with it.`,
  // ENR-6
  enrollBeforeChallenge:
    'An MFA enrollment was requested but the user is already enrolled in MFA. Challenge with at least one existing factor before enrolling a new one.',
  // ENR-7
  enrollFactorUnusable: (factor: string) =>
    `An MFA enrollment is used in a PostLogin action, but the requested factor ${factor} is not properly set up. Enable the requested factor and ensure the user is not already enrolled with it.`,
  // ENR-8
  enrollNoneUsable:
    'An MFA enrollment is used in a PostLogin action but the requested factors are not properly set up. To perform MFA, enable the requested factors and ensure the user is not already enrolled with them.',
  // SEQ-4
  tooManyCommands:
    'Too many MFA commands: at most four of challengeWith, challengeWithAny, enrollWith and enrollWithAny may run in one login flow.',
  // SEQ-7: the policy requires MFA of a user with no factor, and the tenant offers none to enroll in
  noFactorEnabled: 'MFA is required but no MFA factor is enabled on the tenant.',
  // SEQ-8 (interpretation)
  customizeMfaDisabled: (command: string) =>
    `An MFA command (${command}) is used in a PostLogin action, but "Customize MFA Factors using Actions" is disabled on the tenant: the command is ignored.`,
});
