// The heat use case's HTTP API, mounted under /api/v1 by app.ts.
import { subApp } from "../platform/openapi";
import { assistedRoutes } from "./routes/assisted";
import { callRoutes } from "./routes/calls";
import { factorRoutes } from "./routes/factors";
import { forecastRoutes } from "./routes/forecasts";
import { operationRoutes } from "./routes/operations";
import { registrationRoutes } from "./routes/registrations";
import { statusRoutes } from "./routes/status";

export const heat = subApp()
  .route("/", statusRoutes)
  .route("/", forecastRoutes)
  .route("/", assistedRoutes)
  .route("/", registrationRoutes)
  .route("/", callRoutes)
  .route("/", operationRoutes)
  .route("/", factorRoutes);
