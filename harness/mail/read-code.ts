/**
 * The one-time code in a message a person received: six digits in a row (email, text message), or six
 * digits read out one by one with separators (a voice-call script: "1, 2, 3, 4, 5, 6"). Digits inside a
 * word (a tenant name such as `ex-3-a123456f`) are not a code, and the first code in the text wins.
 */
export function codeIn(text: string): string | undefined {
  const inRow = /(?<!\w)\d{6}(?!\w)/.exec(text);
  const spoken = /(?<!\w)\d(?:[\s,.-]+\d){5}(?![\s,.-]*\d)/.exec(text);
  const first = [inRow, spoken]
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => a.index - b.index)[0];
  return first?.[0].replace(/\D/g, '');
}
