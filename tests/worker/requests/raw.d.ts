// Raw e-mails imported whole by the requests tests (Vite's `?raw` suffix, resolved by vitest-pool-workers).
declare module "*.eml?raw" {
  const text: string;
  export default text;
}
