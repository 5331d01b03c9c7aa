/** The syntaxes scenarios, the harness and the mock share. */

const RULE_ID_BODY = '(?:SEQ|SEL|ENR|RED|EX|LOG)-\\d+';

/** A conformance rule id of shared/conformance-rules.md, such as `SEL-3`. */
export const RULE_ID = new RegExp(`^${RULE_ID_BODY}$`);

/** Every rule id inside a text, such as a test title `SEL-4: …` or `… (ENR-6) …`; for `matchAll`. */
export const RULE_IDS_IN_TEXT = new RegExp(`\\b${RULE_ID_BODY}\\b`, 'g');

/** A phone number in E.164 form, such as `+15555550123`. */
export const E164 = /^\+[1-9]\d{6,14}$/;
