/**
 * Masking of a natural person's personal data for readers whose role does not need it in clear
 * (reporters and parties in protection, trainees in public services). What is masked, and for
 * whom, is each pillar's rule; how a value is masked is the same everywhere.
 */

/** `张三` → `张*`, `欧阳娜娜` → `欧***`. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** `13812345678` → `138****5678`; the first 3 and last 4 characters stay. */
export function maskPhone(phone: string): string {
  return phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** `440507199001011234` → `4405**********1234`; the first 4 and last 4 characters stay. */
export function maskResidentId(id: string): string {
  return id.length <= 8 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
