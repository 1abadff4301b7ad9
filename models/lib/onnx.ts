// Encodes the project's trained models as ONNX bytes (onnx-proto / protobufjs) under one fixed contract,
// so the Worker and the browser run every model the same way with onnxruntime-web:
//   input  "features"    float32 [N, nFeatures]   (NaN = missing)
//   output "value"       float32 [N, 1]           regression: raw model output (caller undoes any transform)
//   output "probability" float32 [N, 1]           binary classifier: probability of the positive class
// Bytes are deterministic: the same model and info give the same bytes. Shared code.

import onnxProto from "onnx-proto";
import type { onnx as OnnxTypes } from "onnx-proto";
import type { GbdtModel } from "./gbdt-model.ts";
import type { LogisticModel } from "./logistic.ts";

const { onnx } = onnxProto;
type IAttributeProto = OnnxTypes.IAttributeProto;
type INodeProto = OnnxTypes.INodeProto;
type ITensorProto = OnnxTypes.ITensorProto;

export const INPUT_NAME = "features";
export const VALUE_OUTPUT = "value";
export const PROBABILITY_OUTPUT = "probability";

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

interface GraphParts {
  graphName: string;
  nFeatures: number;
  nodes: INodeProto[];
  initializers: ITensorProto[];
  outputName: string;
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
      output: [tensorValueInfo(parts.outputName, ["N", 1])],
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
