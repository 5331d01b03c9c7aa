/**
 * The WebAuthn enrollment and challenge screens, answered by Chromium's virtual authenticator: the page
 * runs the ceremony itself and posts the credential. The four steps share their options and their answer.
 */
import { z } from 'zod';
import { SCREEN_PATHS, type ScreenName } from '../../../contract/screens.ts';
import { tamperNextAssertion } from '../../browser/tamper-webauthn.ts';
import type { AuthenticatorKind } from '../../browser/virtual-authenticators.ts';
import type { WebauthnCeremonyPage } from '../../pages/webauthn-ceremony-page.ts';
import { where, type RunContext } from '../../runner/run-context.ts';

/** A WebAuthn challenge, answered by the browser's virtual authenticator, or failing on purpose. */
export const WebauthnAnswer = z.strictObject({
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
});

/** A WebAuthn enrollment: the authenticator registers, or the user declines. */
export const WebauthnEnrollAnswer = z.strictObject({
  refuse: z.boolean().optional().describe('Press "Not on this device" (action=refuse-add-device).'),
});

type WebauthnOptions = Partial<z.output<typeof WebauthnAnswer> & z.output<typeof WebauthnEnrollAnswer>>;

/** The factor behind a WebAuthn screen: the authenticator that answers it, and the words for it. */
export interface WebauthnDevice {
  factor: 'webauthn-roaming' | 'webauthn-platform';
  authenticator: AuthenticatorKind;
  /** How a title names it: `security key`, `platform authenticator`. */
  noun: string;
}

export const SECURITY_KEY: WebauthnDevice = {
  factor: 'webauthn-roaming',
  authenticator: 'security-key',
  noun: 'security key',
};

export const PLATFORM_AUTHENTICATOR: WebauthnDevice = {
  factor: 'webauthn-platform',
  authenticator: 'platform',
  noun: 'platform authenticator',
};

/** A step title: how the screen is answered. */
export function describeWebauthn(options: WebauthnOptions, device: WebauthnDevice): string {
  if (options.refuse) return 'not on this device';
  if (options.authenticator === 'missing')
    return `the enrolled ${device.noun} is missing: the browser reports an error`;
  if (options.tamper) return `${device.noun} answers, the signature is tampered with on the way`;
  return `answer with the ${device.noun} (virtual authenticator)`;
}

/**
 * `refuse` presses "Not on this device"; else the authenticator answers. `authenticator: missing` unplugs
 * the one holding the credential first (a blank one answers), so the browser fails and the page reports
 * the error; `tamper: signature` corrupts the posted assertion.
 */
export async function answerWebauthn(
  ctx: RunContext,
  screen: ScreenName,
  page: WebauthnCeremonyPage,
  device: WebauthnDevice,
  options: WebauthnOptions,
): Promise<void> {
  if (options.refuse) return page.refuseButton.click();
  if (!ctx.authenticator.has(device.authenticator))
    throw new Error(
      `${where(ctx)}: the browser has no ${device.authenticator} authenticator: enable ${device.factor} on the tenant, or list it under browser.authenticators`,
    );
  if (options.authenticator === 'missing') await ctx.authenticator.unplugCredentials(device.authenticator);
  if (options.tamper === 'signature') await tamperNextAssertion(ctx.page, SCREEN_PATHS[screen]);
  await page.useAuthenticator();
}
