// The Hono environment shared by every route: Worker bindings (generated `Env`) and per-request variables.
import type { ActingAgent } from "./platform/auth";

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    agent?: ActingAgent;
  };
}
