// A fixed fast-check seed per operation (FNV-1a of its label): runs are reproducible, operations differ.
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash | 0;
}
