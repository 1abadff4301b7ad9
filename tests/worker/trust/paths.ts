// Reads a field path of the register ("data.sources[].url": `[]` walks every item of a list) and tells
// whether it is filled: a non-empty string, a number, a boolean, a list whose items are all filled (an empty
// list is an explicit "none"), or an object whose given fields are all filled.

export function valuesAt(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const part of path.split(".")) {
    const list = part.endsWith("[]");
    const key = list ? part.slice(0, -2) : part;
    current = current.flatMap((v) => {
      const next = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
      return list ? (Array.isArray(next) ? next : [undefined]) : [next];
    });
  }
  return current;
}

export function isFilled(value: unknown): boolean {
  if (typeof value === "string") return value.trim().length > 0;
  if (typeof value === "number" || typeof value === "boolean") return true;
  if (Array.isArray(value)) return value.every(isFilled);
  if (value !== null && typeof value === "object") {
    const given = Object.values(value).filter((v) => v !== undefined);
    return given.length > 0 && given.every(isFilled);
  }
  return false;
}
