// Calibration of a generating logistic model to published group rates: finds the coefficients β such that,
// over the population, the mean probability σ(x·β + offset) of each group (a 0/1 design column, the first
// being everyone) equals its published rate. These are the score equations of a logistic regression, solved
// by Newton's method on expected instead of observed counts. Node-only (training).

export interface RateConstraints {
  /** Row-major n × k design of 0/1 group indicators; column 0 is 1 for every unit. */
  design: Uint8Array;
  k: number;
  /** Per-unit fixed part of the log odds (household latent effect, fixed slopes). */
  offsets: Float64Array;
  /** Published rate of each group, in design column order. */
  rates: readonly number[];
}

export interface Calibrated {
  coefficients: Float64Array;
  /** Mean probability of each group at the solution. */
  achieved: number[];
  iterations: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solves A x = b (k × k, row-major) by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(m[r * k + col]) > Math.abs(m[pivot * k + col])) pivot = r;
    if (Math.abs(m[pivot * k + col]) < 1e-12) throw new Error(`calibration: group ${col} is empty or collinear with others`);
    if (pivot !== col) {
      for (let c = 0; c < k; c++) [m[col * k + c], m[pivot * k + c]] = [m[pivot * k + c], m[col * k + c]];
      [x[col], x[pivot]] = [x[pivot], x[col]];
    }
    for (let r = col + 1; r < k; r++) {
      const f = m[r * k + col] / m[col * k + col];
      if (f === 0) continue;
      for (let c = col; c < k; c++) m[r * k + c] -= f * m[col * k + c];
      x[r] -= f * x[col];
    }
  }
  for (let r = k - 1; r >= 0; r--) {
    let s = x[r];
    for (let c = r + 1; c < k; c++) s -= m[r * k + c] * x[c];
    x[r] = s / m[r * k + r];
  }
  return x;
}

function groupMeans(c: RateConstraints, beta: Float64Array): { means: number[]; gradient: Float64Array; hessian: Float64Array } {
  const { design, k, offsets, rates } = c;
  const n = offsets.length;
  const sums = new Float64Array(k);
  const sizes = new Float64Array(k);
  const hessian = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    let z = offsets[i];
    for (let j = 0; j < k; j++) if (design[i * k + j]) z += beta[j];
    const p = sigmoid(z);
    const w = p * (1 - p);
    for (let j = 0; j < k; j++) {
      if (!design[i * k + j]) continue;
      sums[j] += p;
      sizes[j] += 1;
      for (let l = 0; l < k; l++) if (design[i * k + l]) hessian[j * k + l] += w;
    }
  }
  const gradient = Float64Array.from(sums, (s, j) => s - rates[j] * sizes[j]);
  return { means: Array.from(sums, (s, j) => s / sizes[j]), gradient, hessian };
}

export function calibrateRates(c: RateConstraints, { maxIterations = 50, tolerance = 1e-9 } = {}): Calibrated {
  const beta = new Float64Array(c.k);
  beta[0] = Math.log(c.rates[0] / (1 - c.rates[0]));
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const { means, gradient, hessian } = groupMeans(c, beta);
    if (means.every((m, j) => Math.abs(m - c.rates[j]) < tolerance)) return { coefficients: beta, achieved: means, iterations: iteration };
    const step = solve(hessian, gradient, c.k);
    for (let j = 0; j < c.k; j++) beta[j] -= Math.max(-2, Math.min(2, step[j]));
  }
  const { means } = groupMeans(c, beta);
  throw new Error(`calibration did not converge: achieved ${means.map((m) => m.toFixed(4)).join(", ")} for ${c.rates.join(", ")}`);
}
