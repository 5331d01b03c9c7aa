/**
 * The one-time code in a message a person received: six digits in a row (email, text message), or six
 * digits read out one by one with separators (a voice-call script: "1, 2, 3, 4, 5, 6").
 */
export function codeIn(text: string): string | undefined {
  const inRow = /(?<!\d)\d{6}(?!\d)/.exec(text);
  if (inRow) return inRow[0];
  const spoken = /(?<!\d)\d(?:[\s,.-]+\d){5}(?![\s,.-]*\d)/.exec(text);
  return spoken?.[0].replace(/\D/g, '');
}
