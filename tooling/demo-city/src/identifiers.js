// Identifiers with their check characters, as packages/domain validates them (GB 32100 credit
// codes, CNIPA application numbers). The same rules exist as SQL functions for the bulk rows.

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** GB 11714 organisation code check character over 8 characters. */
function orgCodeCheck(body) {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_ALPHABET.indexOf(body[i]) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** GB 32100 check character over the first 17 characters. */
export function creditCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * A unified social credit code for an enterprise (`91`) or another organisation kind registered
 * in `division`; `serial` makes it unique. The organisation code looks like the post-2015 ones
 * (`MA` + 6 characters) and carries its own GB 11714 check character.
 */
export function creditCode(division, serial, kind = '91') {
  const letters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let n = serial;
  let tail = '';
  for (let i = 0; i < 6; i++) {
    tail = letters[n % 31] + tail;
    n = Math.floor(n / 31);
  }
  const body = `MA${tail}`;
  const first17 = `${kind}${division}${body}${orgCodeCheck(body)}`;
  return `${first17}${creditCheck(first17)}`;
}

const PATENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const TYPE_DIGITS = { invention: '1', utility_model: '2', design: '3', pct_invention: '8', pct_utility_model: '9' };

/** Canonical application number `YYYYTNNNNNNN.C` for a filing year, type and 7-digit serial. */
export function applicationNumber(year, type, serial) {
  const digits = `${year}${TYPE_DIGITS[type]}${String(serial).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * PATENT_WEIGHTS[i];
  const check = sum % 11;
  return `${digits}.${check === 10 ? 'X' : check}`;
}

/**
 * The same rules in SQL, as session-local functions (pg_temp) so nothing is left in any schema.
 * `pg_temp.demo_rand(n, salt)` is a uniform [0, 1) from PostgreSQL's portable 64-bit hash.
 */
export const SQL_FUNCTIONS = `
CREATE FUNCTION pg_temp.demo_rand(n bigint, salt bigint) RETURNS double precision
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT ((hashint8extended(n, salt) >> 11) & 9007199254740991)::double precision / 9007199254740992 $$;
CREATE FUNCTION pg_temp.demo_int(n bigint, salt bigint, lo integer, hi integer) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT lo + floor(pg_temp.demo_rand(n, salt) * (hi - lo + 1))::integer $$;
-- Ids that grow with n (so the indexes fill in order) and say they are the demo's: tag-0000-4000-8000-n.
CREATE FUNCTION pg_temp.demo_id(tag bigint, n bigint) RETURNS uuid
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (lpad(to_hex(tag), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
CREATE FUNCTION pg_temp.demo_patent_number(y integer, t integer, s bigint) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT y::text || t::text || lpad(s::text, 7, '0') || '.' || substr('0123456789X',
    ((y / 1000) * 2 + (y / 100 % 10) * 3 + (y / 10 % 10) * 4 + (y % 10) * 5 + t * 6
     + (s / 1000000 % 10)::int * 7 + (s / 100000 % 10)::int * 8 + (s / 10000 % 10)::int * 9 + (s / 1000 % 10)::int * 2
     + (s / 100 % 10)::int * 3 + (s / 10 % 10)::int * 4 + (s % 10)::int * 5) % 11 + 1, 1)
$$;
`;

/** A demo record id: `tag-0000-4000-8000-n`, the scheme `pg_temp.demo_id` writes in SQL. */
export function demoId(tag, n) {
  return `${tag}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident identity card number (GB 11643) registered in `division`, born on `birth` (YYYY-MM-DD), with its check character. */
export function residentId(division, birth, sequence) {
  const first17 = `${division}${birth.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_WEIGHTS[i];
  return `${first17}${'10X98765432'[sum % 11]}`;
}
