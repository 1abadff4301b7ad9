// The feature matrix every learner takes: row-major float32 values (ONNX inputs are float32), NaN for a
// missing value, with the feature names that the exported models carry. Shared code.

export interface Matrix {
  /** Row-major values: value of row r, column c at data[r * nCols + c]. NaN = missing. */
  readonly data: Float32Array;
  readonly nRows: number;
  readonly nCols: number;
  readonly featureNames: readonly string[];
}

/** Wraps existing row-major values; checks that the sizes agree. */
export function createMatrix(data: Float32Array, nRows: number, featureNames: readonly string[]): Matrix {
  const nCols = featureNames.length;
  if (data.length !== nRows * nCols) {
    throw new RangeError(`matrix of ${nRows} x ${nCols} needs ${nRows * nCols} values, got ${data.length}`);
  }
  return { data, nRows, nCols, featureNames };
}

/** A matrix of the given size filled with zeros. */
export function zerosMatrix(nRows: number, featureNames: readonly string[]): Matrix {
  return createMatrix(new Float32Array(nRows * featureNames.length), nRows, featureNames);
}

/** Builds a matrix from rows of numbers (null and undefined become NaN). */
export function matrixFromRows(
  rows: readonly (readonly (number | null | undefined)[])[],
  featureNames: readonly string[],
): Matrix {
  const nCols = featureNames.length;
  const data = new Float32Array(rows.length * nCols);
  rows.forEach((row, r) => {
    if (row.length !== nCols) throw new RangeError(`row ${r} has ${row.length} values, expected ${nCols}`);
    for (let c = 0; c < nCols; c++) data[r * nCols + c] = row[c] ?? NaN;
  });
  return createMatrix(data, rows.length, featureNames);
}

/** A view (no copy) of one row. */
export function rowView(m: Matrix, r: number): Float32Array {
  return m.data.subarray(r * m.nCols, (r + 1) * m.nCols);
}

/** A new matrix holding the given rows, in the given order. */
export function selectRows(m: Matrix, rows: ArrayLike<number>): Matrix {
  const data = new Float32Array(rows.length * m.nCols);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r < 0 || r >= m.nRows || !Number.isInteger(r)) throw new RangeError(`row ${r} out of range`);
    data.set(m.data.subarray(r * m.nCols, (r + 1) * m.nCols), i * m.nCols);
  }
  return createMatrix(data, rows.length, m.featureNames);
}

/** Selects values of a per-row array (targets, weights) at the given rows. */
export function selectValues(values: ArrayLike<number>, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}
