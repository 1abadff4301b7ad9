// Runs exported ONNX bytes in both runtimes the project uses: onnxruntime-node (native reference) and
// onnxruntime-web's wasm build, which Node loads from `onnxruntime-web/wasm` once numThreads is 1.
import * as ortNode from "onnxruntime-node";
import * as ortWeb from "onnxruntime-web/wasm";
import type { Matrix } from "../../../models/lib/matrix.ts";

ortWeb.env.wasm.numThreads = 1;

export interface RuntimeOutputs {
  node: Float32Array;
  web: Float32Array;
  dims: readonly number[];
}

/** Runs the model on the matrix in both runtimes and returns the named output of each. */
export async function runBothRuntimes(bytes: Uint8Array, x: Matrix, outputName: string): Promise<RuntimeOutputs> {
  const nodeSession = await ortNode.InferenceSession.create(bytes);
  const nodeOut = await nodeSession.run({ features: new ortNode.Tensor("float32", x.data, [x.nRows, x.nCols]) });
  const webSession = await ortWeb.InferenceSession.create(bytes);
  const webOut = await webSession.run({ features: new ortWeb.Tensor("float32", x.data, [x.nRows, x.nCols]) });
  await webSession.release();
  await nodeSession.release();
  return {
    node: nodeOut[outputName].data as Float32Array,
    web: webOut[outputName].data as Float32Array,
    dims: webOut[outputName].dims,
  };
}

/** Largest |a - b| / max(1, |b|), with NaN equal only to NaN (a NaN on one side only gives Infinity). */
export function maxRelativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]) || Number.isNaN(b[i])) {
      if (Number.isNaN(a[i]) !== Number.isNaN(b[i])) return Infinity;
      continue;
    }
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  }
  return worst;
}
