// Duplicate keys in a JSON body: JSON.parse keeps the last one silently, so `{"consent": false, "consent": true}`
// would read as consent. This scanner walks the raw text once, keeps the keys of each open object (compared
// after unescaping: "a\u0062" is "ab") and names the first key given twice by its path, e.g. `contact.name` or
// `rows.2.id`. It expects text JSON.parse accepts; on other text its answer does not matter (the body is refused).
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";

interface Frame {
  /** The keys seen so far (objects), or null (arrays). */
  keys: Set<string> | null;
  /** The last key (objects) or the index of the current item (arrays): with the frames around it, the path. */
  at: string | number;
}

/** The path of the first duplicated key of `text`, or undefined. */
export function duplicateKey(text: string): string | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "{" || ch === "[") stack.push({ keys: ch === "{" ? new Set() : null, at: ch === "{" ? "" : 0 });
    else if (ch === "}" || ch === "]") stack.pop();
    else if (ch === ",") {
      const top = stack.at(-1);
      if (top && top.keys === null) top.at = (top.at as number) + 1;
    } else if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const top = stack.at(-1);
      let next = end + 1;
      while (next < text.length && " \t\n\r".includes(text[next])) next++;
      if (top?.keys && text[next] === ":") {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          return undefined;
        }
        if (top.keys.has(key)) return [...stack.slice(0, -1).map((frame) => String(frame.at)), key].join(".");
        top.keys.add(key);
        top.at = key;
      }
      i = end;
    }
  }
  return undefined;
}

/** Refuses a JSON body that gives a key twice, with a 400 naming it (after the body limit, before validation). */
export const refuseDuplicateKeys: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (/json/i.test(c.req.header("content-type") ?? "")) {
    const key = duplicateKey(await c.req.text());
    if (key !== undefined) throw new ApiError("validation_failed", "The request body gives a key twice.", [{ field: key, message: "is given more than once" }]);
  }
  await next();
};
