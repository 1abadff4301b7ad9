// What the console's maps need beyond the case and the list: where a case's sale lies and its quartier's price
// per m², and the cases of the list's filters counted by quartier (workers/src/sales/quartiers.ts).
import { createRoute } from "@hono/zod-openapi";
import { caseQuartierSchema, quartierCasesQuery, quartierCasesSchema } from "../../../../domain/contracts/sales";
import type { Sale } from "../../../../domain/sales/sale";
import { forRoles } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { checkPeriod, requireCase } from "../cases";
import { casesByQuartier, quartierPrice } from "../quartiers";
import { caseParams } from "./cases";

export const mapRoutes = subApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/sales/cases/{id}/quartier",
      tags: ["sales"],
      summary: "Where a case's sale lies, and the price per m² of the sales of its quartier around its date",
      ...forRoles("tax-agent"),
      request: { params: caseParams },
      responses: {
        200: { description: "The sale's place and its quartier's prices", content: { "application/json": { schema: caseQuartierSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const row = await requireCase(c.env.DB, id);
      const sale = JSON.parse(row.data) as Sale;
      return c.json(
        { sale: { id: sale.id, longitude: sale.longitude, latitude: sale.latitude, pricePerM2: row.price_per_m2 }, quartier: await quartierPrice(c.env.DB, sale) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/sales/quartiers/cases",
      tags: ["sales"],
      summary: "The cases of the list's filters (status, arrondissement, sale period, minimum score, rule) counted by quartier",
      ...forRoles("tax-agent"),
      request: { query: quartierCasesQuery },
      responses: {
        200: { description: "Cases per quartier", content: { "application/json": { schema: quartierCasesSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const filters = c.req.valid("query");
      checkPeriod(filters);
      return c.json(await casesByQuartier(c.env.DB, filters), 200);
    },
  );
