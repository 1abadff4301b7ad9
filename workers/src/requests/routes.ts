// The requests use case's HTTP API, mounted under /api/v1 by app.ts: the citizen's contact form (and their
// access to and erasure of their request), and the requests agents' console. Ops see counts only; this use
// case reads no other use case's data, and no other use case reads its tables.
import { subApp } from "../platform/openapi";
import { agentRoutes } from "./routes/agents";
import { contactRoutes } from "./routes/contact";

export const requests = subApp().route("/", contactRoutes).route("/", agentRoutes);
