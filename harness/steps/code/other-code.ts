/** A code of the same shape that is not `code`: a wrong answer for a code the harness has read. */
export function otherCode(code: string): Promise<string> {
  if (/^\d+$/.test(code)) {
    const modulus = 10 ** code.length;
    return Promise.resolve(String((Number(code) + modulus / 2 + 1) % modulus).padStart(code.length, '0'));
  }
  const first = code[0] === 'A' ? 'B' : 'A';
  return Promise.resolve(first + code.slice(1));
}
