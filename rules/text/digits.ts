/**
 * A whole number written in digits, grouped by spaces or not («10 000», «250»): read as an
 * integer, never through Number's float grammar (no «1e3», no «0x10», no fractions).
 */
export function readDigits(digits: string): number {
  return Number.parseInt(digits.replace(/\s/g, ""), 10);
}
