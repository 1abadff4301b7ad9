// Checks of the sales console's maps, called by sales.test.ts once cases exist: the SVG map of the 80 quartiers
// and 20 arrondissements drawn from the shared geometry, its credit lines, its data table reached with the
// keyboard, the shading of the quartiers with cases (list) and, on a case, the sale drawn inside its outlined
// quartier (the browser's own SVG hit test), one mark per row of the table and the quartier's price per m².
import type { Page } from "playwright-core";
import { expect } from "vitest";

const QUARTIERS_OF_14 = ["Montparnasse", "Parc-de-Montsouris", "Petit-Montrouge", "Plaisance"];

/** Opens the map's data table with the keyboard and gives its figure. */
async function openTableWithKeyboard(page: Page, figure: ReturnType<Page["locator"]>) {
  const summary = figure.locator("summary");
  await summary.focus();
  expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.press("Enter");
  await expect.poll(() => figure.locator("details").getAttribute("open")).not.toBeNull();
}

async function checkDrawing(figure: ReturnType<Page["locator"]>) {
  await figure.locator("svg[data-area-map]").waitFor();
  expect(await figure.locator("path[data-quartier]").count()).toBe(80);
  expect(await figure.locator("svg").getAttribute("aria-hidden")).toBe("true");
  const credit = (await figure.locator(".area-map-credit").textContent())!;
  for (const part of ["opendata.paris.fr", "ODbL", "DGFiP", "Licence Ouverte 2.0"]) expect(credit).toContain(part);
}

/** The list's map: cases counted by quartier, all of them in the 14th's quartiers for its file. */
export async function checkListMap(page: Page, casesTotal: number) {
  const figure = page.locator("section[aria-labelledby='quartier-map-title'] figure.area-map");
  await checkDrawing(figure);
  await openTableWithKeyboard(page, figure);
  const rows = figure.locator("table tbody tr");
  await expect.poll(() => rows.count()).toBe(20);
  const top = (await rows.first().locator("td").allTextContents()).map((cell) => cell.trim());
  expect(QUARTIERS_OF_14).toContain(top[0]);
  expect(Number(top[2])).toBeGreaterThan(0);
  expect(Number(top[2])).toBeLessThanOrEqual(casesTotal);
  const code = await figure.locator("path[data-quartier]", { hasText: top[0] }).getAttribute("data-quartier");
  const zeroFill = await figure.locator("path[data-quartier='1']").getAttribute("fill");
  expect(await figure.locator(`path[data-quartier='${code}']`).getAttribute("fill")).not.toBe(zeroFill);
}

/** A case's map: the sale inside its outlined quartier, a mark per row, the quartier's price and its count. */
export async function checkCaseMap(page: Page) {
  const figure = page.locator("section[aria-labelledby='case-map-title'] figure.area-map");
  await checkDrawing(figure);
  const price = page.locator("[data-quartier-price]");
  const text = (await price.textContent())!;
  expect(text).toMatch(/prix médian .* le m² .* calculé sur \d+ ventes? du /);
  const code = (await price.getAttribute("data-quartier-price"))!;
  const inside = await figure.evaluate((element, quartier) => {
    const square = element.querySelector("rect[data-point]") as SVGRectElement;
    const path = element.querySelector(`path[data-quartier='${quartier}']`) as SVGPathElement;
    const centre = new DOMPoint(square.x.baseVal.value + square.width.baseVal.value / 2, square.y.baseVal.value + square.height.baseVal.value / 2);
    return path.isPointInFill(centre);
  }, code);
  expect(inside).toBe(true);
  await openTableWithKeyboard(page, figure);
  const comparables = await page.locator("table[data-comparables] tbody tr").count();
  expect(await figure.locator("table[data-case-map-table] tbody tr").count()).toBe(comparables + 1);
  expect(await figure.locator("[data-point]").count()).toBe(comparables + 1);
  const quartierCells = await figure.locator("table[data-case-map-table] tbody tr td:nth-child(4)").allTextContents();
  expect(quartierCells.every((cell) => QUARTIERS_OF_14.some((q) => cell.startsWith(q)))).toBe(true);
}
