// Small statistics and timing helpers shared by the benchmarks.
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export async function timeEach(times: number, run: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    out.push(performance.now() - start);
  }
  return out;
}

export const fmt = (value: number, digits = 2) => value.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
