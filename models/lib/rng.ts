// Seeded pseudo-random numbers for training (xoshiro128** seeded through splitmix32), so that every
// model, sample split and synthetic data set is reproducible from one integer seed. Shared code.

export interface Rng {
  /** Uniform float in [0, 1) with 32 random bits. */
  next(): number;
  /** Uniform unsigned 32-bit integer. */
  nextUint32(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal deviate (Box–Muller), optionally scaled: mean + sd * z. */
  normal(mean?: number, sd?: number): number;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T, A extends { length: number; [i: number]: T }>(items: A): A;
  /** `k` distinct indices drawn without replacement from [0, n), in increasing order. */
  sampleIndices(n: number, k: number): Int32Array;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a generator; any finite number is a valid seed (it is reduced to 32 bits). */
export function createRng(seed: number): Rng {
  const init = splitmix32(Math.trunc(seed));
  let s0 = init(), s1 = init(), s2 = init(), s3 = init();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  let spareNormal: number | null = null;

  function nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  }

  function next(): number {
    return nextUint32() / 4294967296;
  }

  function int(n: number): number {
    if (!(n >= 1) || !Number.isInteger(n)) throw new RangeError(`rng.int needs a positive integer, got ${n}`);
    return Math.floor(next() * n);
  }

  function normal(mean = 0, sd = 1): number {
    if (spareNormal !== null) {
      const z = spareNormal;
      spareNormal = null;
      return mean + sd * z;
    }
    let u = 0;
    while (u === 0) u = next();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * next();
    spareNormal = radius * Math.sin(angle);
    return mean + sd * radius * Math.cos(angle);
  }

  function shuffle<T, A extends { length: number; [i: number]: T }>(items: A): A {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }

  function sampleIndices(n: number, k: number): Int32Array {
    if (k < 0 || k > n) throw new RangeError(`cannot sample ${k} of ${n} indices`);
    // Selection sampling (Knuth's algorithm S): one pass, output already sorted.
    const out = new Int32Array(k);
    let chosen = 0;
    for (let i = 0; i < n && chosen < k; i++) {
      if ((n - i) * next() < k - chosen) out[chosen++] = i;
    }
    return out;
  }

  return { next, nextUint32, int, normal, shuffle, sampleIndices };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
