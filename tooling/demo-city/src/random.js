// Deterministic pseudo-randomness: the demo city is the same on every machine and every run.

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function intBetween(rnd, min, max) {
  return min + Math.floor(rnd() * (max - min + 1));
}

/** One item of `items`, each as likely as its weight. */
export function weighted(rnd, items, weightOf) {
  const total = items.reduce((s, item) => s + weightOf(item), 0);
  let x = rnd() * total;
  for (const item of items) {
    x -= weightOf(item);
    if (x < 0) return item;
  }
  return items[items.length - 1];
}

export function pick(rnd, items) {
  return items[Math.floor(rnd() * items.length)];
}

/**
 * `total` split into `parts` positive amounts that are multiples of `unit` and add up exactly
 * (integers, e.g. yuan): a loan book whose sum is the plan's figure to the yuan.
 */
export function splitTotal(rnd, total, parts, unit) {
  if (total % unit !== 0) throw new RangeError(`${total} is not a multiple of ${unit}`);
  const units = total / unit;
  if (units < parts) throw new RangeError(`${total} cannot be split into ${parts} parts of at least ${unit}`);
  const weights = Array.from({ length: parts }, () => 0.3 + rnd() * rnd() * 3);
  const sum = weights.reduce((s, w) => s + w, 0);
  const shares = weights.map((w) => Math.max(1, Math.floor((w / sum) * units)));
  let rest = units - shares.reduce((s, n) => s + n, 0);
  // Hand out (or take back) the rounding difference one unit at a time, largest shares first.
  const order = shares.map((_, i) => i).sort((a, b) => shares[b] - shares[a] || a - b);
  for (let k = 0; rest !== 0; k = (k + 1) % parts) {
    const i = order[k];
    if (rest > 0) {
      shares[i] += 1;
      rest -= 1;
    } else if (shares[i] > 1) {
      shares[i] -= 1;
      rest += 1;
    }
  }
  return shares.map((n) => n * unit);
}

/** A calendar date `YYYY-MM-DD` `days` after `date`. */
export function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A day of `year`, not after `last` (the demo's horizon) when given. */
export function dayOf(rnd, year, last) {
  const start = `${year}-01-01`;
  const end = last && last.startsWith(String(year)) ? last : `${year}-12-31`;
  const span = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  return addDays(start, Math.floor(rnd() * (span + 1)));
}
