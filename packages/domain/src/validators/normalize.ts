/**
 * Tidy an identifier as people type it: full-width forms (`９１３５`, `．`) become ASCII (NFKC),
 * white space goes, letters become capitals. Check digits are computed on what is left.
 */
export function compactIdentifier(input: string): string {
  // Printable ASCII without blanks is its own NFKC form (the common case, and an import checks a million).
  if (/^[!-~]*$/.test(input)) return input.toUpperCase();
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
