/**
 * Log ids are decimal numbers written as strings (Auth0's are 56 digits, the mock's 20): ordered as numbers,
 * so that a checkpoint `from` of another length than the tenant's own ids still compares as Auth0 compares it.
 * A `from` that is not a number of digits compares as text.
 */
export function compareLogIds(a: string, b: string): number {
  const digits = /^\d+$/;
  if (digits.test(a) && digits.test(b)) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
