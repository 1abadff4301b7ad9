// Text files imported whole by the sales tests (Vite's `?raw` suffix, resolved by vitest-pool-workers).
declare module "*.csv?raw" {
  const text: string;
  export default text;
}
