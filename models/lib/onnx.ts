// Encodes the project's trained models as ONNX bytes (onnx-proto / protobufjs) under one fixed contract,
// so the Worker and the browser run every model the same way with onnxruntime-web:
//   input  "features"    float32 [N, nFeatures]   (NaN = missing)
//   output "value"       float32 [N, 1]           regression: raw model output (caller undoes any transform)
//   output "probability" float32 [N, 1]           binary classifier: probability of the positive class
//   output "probabilities" float32 [N, K]         hashed softmax: one softmax per head, heads side by side
// Bytes are deterministic: the same model and info give the same bytes. Shared code.

import onnxProto from "onnx-proto";
import type { onnx as OnnxTypes } from "onnx-proto";
import type { GbdtModel } from "./gbdt-model.ts";
import type { HashedSoftmaxModel } from "./hashed-softmax.ts";
import type { LogisticModel } from "./logistic.ts";

const { onnx } = onnxProto;
type IAttributeProto = OnnxTypes.IAttributeProto;
type INodeProto = OnnxTypes.INodeProto;
type ITensorProto = OnnxTypes.ITensorProto;

export const INPUT_NAME = "features";
export const VALUE_OUTPUT = "value";
export const PROBABILITY_OUTPUT = "probability";
export const PROBABILITIES_OUTPUT = "probabilities";

/** Default-domain opset (Sigmoid, MatMul, Add) and ai.onnx.ml opset used by every exported model. */
export const ONNX_OPSET = 17;
export const ONNX_ML_OPSET = 3;
const IR_VERSION = 8;

export interface OnnxModelInfo {
  /** Integer model version stored in ModelProto.model_version (default 1). */
  modelVersion?: number;
  /** Human-readable description stored in ModelProto.doc_string. */
  docString?: string;
  /** Extra metadata_props entries (written sorted by key, after the built-in ones). */
  metadata?: Record<string, string>;
}

/** Logistic model as MatMul + Add + Sigmoid: input "features", output "probability". */
export function logisticToOnnx(model: LogisticModel, info: OnnxModelInfo = {}): Uint8Array {
  const nFeatures = model.weights.length;
  const nodes: INodeProto[] = [
    { opType: "MatMul", input: [INPUT_NAME, "weights"], output: ["linear"], name: "linear" },
    { opType: "Add", input: ["linear", "intercept"], output: ["logit"], name: "logit" },
    { opType: "Sigmoid", input: ["logit"], output: [PROBABILITY_OUTPUT], name: "sigmoid" },
  ];
  const initializers: ITensorProto[] = [
    floatTensor("weights", [nFeatures, 1], model.weights),
    floatTensor("intercept", [1], [model.intercept]),
  ];
  return encodeModel({
    graphName: "logistic",
    nFeatures,
    nodes,
    initializers,
    outputName: PROBABILITY_OUTPUT,
    metadata: { model_kind: "logistic", feature_names: JSON.stringify(model.featureNames) },
    info,
  });
}

/**
 * Tree ensemble as one ai.onnx.ml TreeEnsembleRegressor (BRANCH_LEQ nodes, NaN to the learned default
 * side, SUM of leaf values plus base value). Regression objectives output "value" (raw score); the
 * logistic objective adds a Sigmoid and outputs "probability".
 */
export function gbdtToOnnx(model: GbdtModel, info: OnnxModelInfo = {}): Uint8Array {
  const nodes = {
    treeIds: [] as number[], nodeIds: [] as number[], featureIds: [] as number[], modes: [] as string[],
    values: [] as number[], trueIds: [] as number[], falseIds: [] as number[], missingTrue: [] as number[],
  };
  const targets = { treeIds: [] as number[], nodeIds: [] as number[], ids: [] as number[], weights: [] as number[] };
  model.trees.forEach((tree, treeId) => {
    tree.feature.forEach((feature, node) => {
      const isLeaf = feature < 0;
      nodes.treeIds.push(treeId);
      nodes.nodeIds.push(node);
      nodes.featureIds.push(isLeaf ? 0 : feature);
      nodes.modes.push(isLeaf ? "LEAF" : "BRANCH_LEQ");
      nodes.values.push(isLeaf ? 0 : tree.threshold[node]);
      nodes.trueIds.push(isLeaf ? 0 : tree.left[node]);
      nodes.falseIds.push(isLeaf ? 0 : tree.right[node]);
      nodes.missingTrue.push(!isLeaf && tree.defaultLeft[node] ? 1 : 0);
      if (isLeaf) {
        targets.treeIds.push(treeId);
        targets.nodeIds.push(node);
        targets.ids.push(0);
        targets.weights.push(tree.value[node]);
      }
    });
  });
  const isClassifier = model.objective === "logistic";
  const ensembleOutput = isClassifier ? "raw" : VALUE_OUTPUT;
  const ensemble: INodeProto = {
    opType: "TreeEnsembleRegressor",
    domain: "ai.onnx.ml",
    name: "trees",
    input: [INPUT_NAME],
    output: [ensembleOutput],
    attribute: [
      attribute.string("aggregate_function", "SUM"),
      attribute.floats("base_values", [model.baseScore]),
      attribute.int("n_targets", 1),
      attribute.ints("nodes_falsenodeids", nodes.falseIds),
      attribute.ints("nodes_featureids", nodes.featureIds),
      attribute.ints("nodes_missing_value_tracks_true", nodes.missingTrue),
      attribute.strings("nodes_modes", nodes.modes),
      attribute.ints("nodes_nodeids", nodes.nodeIds),
      attribute.ints("nodes_treeids", nodes.treeIds),
      attribute.ints("nodes_truenodeids", nodes.trueIds),
      attribute.floats("nodes_values", nodes.values),
      attribute.string("post_transform", "NONE"),
      attribute.ints("target_ids", targets.ids),
      attribute.ints("target_nodeids", targets.nodeIds),
      attribute.ints("target_treeids", targets.treeIds),
      attribute.floats("target_weights", targets.weights),
    ],
  };
  const graphNodes: INodeProto[] = [ensemble];
  if (isClassifier) {
    graphNodes.push({ opType: "Sigmoid", input: ["raw"], output: [PROBABILITY_OUTPUT], name: "sigmoid" });
  }
  return encodeModel({
    graphName: "gbdt",
    nFeatures: model.featureNames.length,
    nodes: graphNodes,
    initializers: [],
    outputName: isClassifier ? PROBABILITY_OUTPUT : VALUE_OUTPUT,
    metadata: {
      model_kind: "gbdt",
      objective: model.objective,
      n_trees: String(model.trees.length),
      feature_names: JSON.stringify(model.featureNames),
    },
    info,
  });
}

/**
 * Hashed softmax heads sharing one input: "features" float32 [N, slots] holds bucket ids (0 = padding),
 * cast to int64, gathered from the heads' weights side by side ([buckets, K]), summed and divided by the
 * number of non-padding ids (Gather + ReduceSum + Div), plus the biases; each head's slice goes through its
 * own Softmax, and the heads are concatenated into "probabilities" float32 [N, K]. Only default-domain
 * operators, so onnxruntime-web and onnxruntime-node run the same kernels.
 */
export function hashedSoftmaxToOnnx(
  heads: { name: string; model: HashedSoftmaxModel }[],
  slots: number,
  info: OnnxModelInfo = {},
): Uint8Array {
  const buckets = heads[0].model.buckets;
  if (heads.some((h) => h.model.buckets !== buckets)) throw new Error("hashedSoftmaxToOnnx: heads need the same buckets");
  const width = heads.reduce((sum, h) => sum + h.model.classes, 0);
  const weights = new Float32Array(buckets * width);
  const bias = new Float32Array(width);
  let offset = 0;
  const nodes: INodeProto[] = [
    { opType: "Cast", input: [INPUT_NAME], output: ["ids"], name: "ids", attribute: [attribute.int("to", onnx.TensorProto.DataType.INT64)] },
    { opType: "Gather", input: ["weights", "ids"], output: ["gathered"], name: "gather", attribute: [attribute.int("axis", 0)] },
    { opType: "ReduceSum", input: ["gathered", "axis1"], output: ["sum"], name: "sum", attribute: [attribute.int("keepdims", 0)] },
    { opType: "Greater", input: [INPUT_NAME, "zero"], output: ["present"], name: "present" },
    { opType: "Cast", input: ["present"], output: ["presentFloat"], name: "presentFloat", attribute: [attribute.int("to", onnx.TensorProto.DataType.FLOAT)] },
    { opType: "ReduceSum", input: ["presentFloat", "axis1"], output: ["count"], name: "count", attribute: [attribute.int("keepdims", 1)] },
    { opType: "Max", input: ["count", "one"], output: ["denominator"], name: "denominator" },
    { opType: "Div", input: ["sum", "denominator"], output: ["mean"], name: "mean" },
    { opType: "Add", input: ["mean", "bias"], output: ["scores"], name: "scores" },
  ];
  const initializers: ITensorProto[] = [
    int64Tensor("axis1", [1], [1]),
    floatTensor("zero", [], [0]),
    floatTensor("one", [], [1]),
  ];
  const headOutputs: string[] = [];
  for (const { name, model } of heads) {
    for (let bucket = 0; bucket < buckets; bucket++) {
      for (let k = 0; k < model.classes; k++) weights[bucket * width + offset + k] = model.weights[bucket * model.classes + k];
    }
    bias.set(model.bias, offset);
    initializers.push(int64Tensor(`${name}_from`, [1], [offset]), int64Tensor(`${name}_to`, [1], [offset + model.classes]));
    nodes.push(
      { opType: "Slice", input: ["scores", `${name}_from`, `${name}_to`, "axis1"], output: [`${name}_scores`], name: `${name}_slice` },
      { opType: "Softmax", input: [`${name}_scores`], output: [`${name}_p`], name: `${name}_softmax`, attribute: [attribute.int("axis", 1)] },
    );
    headOutputs.push(`${name}_p`);
    offset += model.classes;
  }
  nodes.push({ opType: "Concat", input: headOutputs, output: [PROBABILITIES_OUTPUT], name: "heads", attribute: [attribute.int("axis", 1)] });
  initializers.push(rawFloatTensor("weights", [buckets, width], weights), floatTensor("bias", [width], bias));
  return encodeModel({
    graphName: "hashed_softmax",
    nFeatures: slots,
    nodes,
    initializers,
    outputName: PROBABILITIES_OUTPUT,
    outputWidth: width,
    metadata: {
      model_kind: "hashed_softmax",
      heads: JSON.stringify(heads.map((h) => ({ name: h.name, classes: h.model.classes }))),
      buckets: String(buckets),
    },
    info,
  });
}

interface GraphParts {
  graphName: string;
  nFeatures: number;
  nodes: INodeProto[];
  initializers: ITensorProto[];
  outputName: string;
  /** Columns of the output (default 1). */
  outputWidth?: number;
  metadata: Record<string, string>;
  info: OnnxModelInfo;
}

function encodeModel(parts: GraphParts): Uint8Array {
  const { info } = parts;
  const userKeys = Object.keys(info.metadata ?? {}).sort();
  for (const key of userKeys) {
    if (key in parts.metadata) throw new Error(`metadata key "${key}" is reserved`);
  }
  const metadataProps = [
    ...Object.keys(parts.metadata).map((key) => ({ key, value: parts.metadata[key] })),
    ...userKeys.map((key) => ({ key, value: (info.metadata ?? {})[key] })),
  ];
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [
      { domain: "", version: ONNX_OPSET },
      { domain: "ai.onnx.ml", version: ONNX_ML_OPSET },
    ],
    producerName: "recoque",
    producerVersion: "1",
    modelVersion: info.modelVersion ?? 1,
    docString: info.docString ?? "",
    graph: {
      name: parts.graphName,
      node: parts.nodes,
      initializer: parts.initializers,
      input: [tensorValueInfo(INPUT_NAME, ["N", parts.nFeatures])],
      output: [tensorValueInfo(parts.outputName, ["N", parts.outputWidth ?? 1])],
    },
    metadataProps,
  });
  return onnx.ModelProto.encode(model).finish();
}

function tensorValueInfo(name: string, dims: (string | number)[]) {
  return {
    name,
    type: {
      tensorType: {
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: { dim: dims.map((d) => (typeof d === "string" ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

function floatTensor(name: string, dims: number[], values: ArrayLike<number>): ITensorProto {
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, floatData: Array.from(values) };
}

/** A large float tensor as little-endian raw bytes (compact to encode and to parse). */
function rawFloatTensor(name: string, dims: number[], values: Float32Array): ITensorProto {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((value, i) => view.setFloat32(i * 4, value, true));
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: bytes };
}

function int64Tensor(name: string, dims: number[], values: number[]): ITensorProto {
  return { name, dims, dataType: onnx.TensorProto.DataType.INT64, int64Data: values };
}

function doubleTensor(name: string, dims: number[], values: ArrayLike<number>): ITensorProto {
  return { name, dims, dataType: onnx.TensorProto.DataType.DOUBLE, doubleData: Array.from(values) };
}

const AttributeType = onnx.AttributeProto.AttributeType;
const utf8 = new TextEncoder();

/** Attribute helpers: each returns an AttributeProto-shaped object for a NodeProto. */
const attribute = {
  int: (name: string, i: number): IAttributeProto => ({ name, type: AttributeType.INT, i }),
  ints: (name: string, ints: number[]): IAttributeProto => ({ name, type: AttributeType.INTS, ints }),
  floats: (name: string, floats: number[]): IAttributeProto => ({ name, type: AttributeType.FLOATS, floats }),
  string: (name: string, value: string): IAttributeProto => ({
    name,
    type: AttributeType.STRING,
    s: utf8.encode(value),
  }),
  strings: (name: string, values: string[]): IAttributeProto => ({
    name,
    type: AttributeType.STRINGS,
    strings: values.map((v) => utf8.encode(v)),
  }),
  tensor: (name: string, t: ITensorProto): IAttributeProto => ({ name, type: AttributeType.TENSOR, t }),
};
