/** Field error codes (`data-error-code`) and their default English texts, from one table (contract §2). */
export const ERROR_TEXTS = {
  'invalid-code': 'The code you entered is invalid',
  'invalid-otp-code-format': 'The code must be 6 digits',
  'too-many-failures': 'Too many failed codes. Wait for some minutes before retrying.',
  'wrong-credentials': 'Wrong email or password',
  'user-blocked': 'Your account has been blocked after multiple consecutive login attempts.',
  'no-confirmation': 'Please confirm you have recorded the code',
  'transaction-not-found': 'Your login session has expired or could not be found. Please start again.',
  'invalid-email': 'Enter a valid email address',
  'invalid-phone': 'Enter a valid phone number',
  'webauthn-error': 'Something went wrong with your security key or device',
  'push-notification-rejected': 'The notification was rejected on your device.',
} as const;
export type ErrorCode = keyof typeof ERROR_TEXTS;
