// The sales use case's HTTP API, mounted under /api/v1 by app.ts. Only tax agents reach sales data (ops may
// import files and follow imports); this use case reads no other use case's data.
import { subApp } from "../platform/openapi";
import { caseRoutes } from "./routes/cases";
import { importRoutes } from "./routes/imports";
import { mapRoutes } from "./routes/maps";
import { scoreRoutes } from "./routes/score";

export const sales = subApp().route("/", importRoutes).route("/", scoreRoutes).route("/", caseRoutes).route("/", mapRoutes);
