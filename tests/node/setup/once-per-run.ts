// Computes a deterministic result once per test run and hands the same result to every test file that asks for
// it with the same arguments. Test files run in separate processes: the first to ask computes it (holding a lock
// file) and stores it in the run's folder (structured clone, node:v8); the others wait for it and read it. Every
// caller, the first included, gets the stored copy, so all see the same thing. Fields listed in `omit` are too
// large to share; reading one throws, naming it.
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { inject } from "vitest";

/** Longest wait for another file's computation before computing here (the slowest training takes about 1 min). */
const MAX_WAIT_MS = 15 * 60_000;

/**
 * Hook timeout for a test file that asks for a shared result: it may wait for another file's computation
 * (at most MAX_WAIT_MS) and then compute what is left; on a busy machine a training alone takes minutes.
 */
export const SHARED_RESULT_TIMEOUT_MS = 2 * MAX_WAIT_MS;
const POLL_MS = 200;

interface Slot {
  data: string;
  lock: string;
}

function slotOf(name: string, args: unknown[]): Slot {
  const folder = inject("trainingCache");
  const key = createHash("sha256").update(JSON.stringify(args)).digest("hex").slice(0, 16);
  const base = join(folder, `${name}-${key}`);
  return { data: `${base}.v8`, lock: `${base}.lock` };
}

/** True when this process now holds the slot's lock and the result is still missing (it must compute it). */
function claim(slot: Slot): boolean {
  try {
    closeSync(openSync(slot.lock, "wx"));
  } catch {
    return false;
  }
  if (!existsSync(slot.data)) return true;
  release(slot);
  return false;
}

const release = (slot: Slot) => rmSync(slot.lock, { force: true });

function store(slot: Slot, value: unknown, omit: readonly string[]): void {
  const shared = { ...(value as Record<string, unknown>) };
  for (const field of omit) delete shared[field];
  const partial = `${slot.data}.${process.pid}`;
  writeFileSync(partial, serialize(shared));
  renameSync(partial, slot.data);
}

function load<R>(slot: Slot, name: string, omit: readonly string[]): R {
  const value = deserialize(readFileSync(slot.data)) as Record<string, unknown>;
  for (const field of omit) {
    Object.defineProperty(value, field, {
      get() {
        throw new Error(`${name}().${field} is not shared between test files (tests/node/setup/once-per-run.ts)`);
      },
    });
  }
  return value as R;
}

const sleep = new Int32Array(new SharedArrayBuffer(4));

/** `compute` behind the run's shared results: for functions that return their result directly. */
export function oncePerRun<A extends unknown[], R>(name: string, compute: (...args: A) => R, omit: readonly string[] = []): (...args: A) => R {
  return (...args) => {
    const slot = slotOf(name, args);
    for (const started = Date.now(); !existsSync(slot.data); ) {
      if (claim(slot) || Date.now() - started > MAX_WAIT_MS) {
        try {
          store(slot, compute(...args), omit);
        } finally {
          release(slot);
        }
        break;
      }
      Atomics.wait(sleep, 0, 0, POLL_MS);
    }
    return load<R>(slot, name, omit);
  };
}

/** The same for functions that return a promise. */
export function oncePerRunAsync<A extends unknown[], R>(name: string, compute: (...args: A) => Promise<R>, omit: readonly string[] = []): (...args: A) => Promise<R> {
  return async (...args) => {
    const slot = slotOf(name, args);
    for (const started = Date.now(); !existsSync(slot.data); ) {
      if (claim(slot) || Date.now() - started > MAX_WAIT_MS) {
        try {
          store(slot, await compute(...args), omit);
        } finally {
          release(slot);
        }
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return load<R>(slot, name, omit);
  };
}
