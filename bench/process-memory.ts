// Memory of the local Worker as the operating system sees it: the resident set (RSS) of the workerd runtime
// that `wrangler dev` starts under this process (Linux /proc). That process holds the Worker's isolate and the
// local D1 and R2 simulators, so its RSS bounds the isolate's memory from above; sampled every 200 ms, the peak
// over a run is what a benchmark reports. Elsewhere than Linux it reports nothing (null).
import { existsSync, readdirSync, readFileSync } from "node:fs";

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
};

/** Pids of this process's descendants. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = Number(read(`/proc/${entry}/stat`).split(") ")[1]?.split(" ")[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  for (let queue = [root]; queue.length; ) {
    const pid = queue.shift()!;
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** RSS in bytes of the workerd runtime running the Worker (the one with an inspector: the user worker's), or null. */
export function workerRss(): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  const runtime = descendants(process.pid).find((pid) => {
    const cmdline = read(`/proc/${pid}/cmdline`).split("\0");
    return cmdline[0].endsWith("/workerd") && cmdline.some((arg) => arg.startsWith("--inspector-addr"));
  });
  const rss = runtime && read(`/proc/${runtime}/status`).match(/^VmRSS:\s+(\d+) kB/m);
  return rss ? Number(rss[1]) * 1024 : null;
}

/** Samples workerRss every `ms` until stopped; gives the peak seen. */
export function samplePeakRss(ms = 200): { stop(): number | null } {
  let peak: number | null = null;
  const sample = () => {
    const rss = workerRss();
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  };
  sample();
  const timer = setInterval(sample, ms);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
