// Comparable sales: the documented dissimilarity orders them, only earlier sales within the limits are
// kept, ties are broken deterministically, and the comparables' price uses their median price per m².

import { describe, expect, test } from "vitest";
import { comparablesPrice, DEFAULT_COMPARABLE_OPTIONS, findComparables } from "../../../domain/sales/comparables.ts";
import { modelSurface, toMeters } from "../../../models/sale-price/features.ts";
import { parseGeoDvf } from "../../../domain/sales/geodvf.ts";
import type { Sale } from "../../../domain/sales/sale.ts";
import { addMonths } from "../../../domain/time/days.ts";
import { PARIS_14_2020H1, dvfText } from "./fixtures.ts";

const sales = parseGeoDvf(dvfText(PARIS_14_2020H1)).sales.filter((s) => s.nature === "Vente" && s.dwellingType === "Appartement");
const subject = [...sales].sort((a, b) => (a.date < b.date ? 1 : -1))[0];

/** A copy of the subject moved `meters` north, with another surface and date. */
function variant(id: string, meters: number, surfaceFactor: number, date: string): Sale {
  const surface = (modelSurface(subject) as number) * surfaceFactor;
  return {
    ...subject,
    id,
    date,
    latitude: (subject.latitude as number) + meters / 110_574,
    firstDwelling: { ...(subject.firstDwelling as NonNullable<Sale["firstDwelling"]>), carrezSurface: surface },
  };
}

describe("findComparables", () => {
  test("on a real file: earlier sales only, within the limits, ordered by dissimilarity", () => {
    const found = findComparables(subject, sales, { k: 8 });
    expect(found.length).toBe(8);
    const here = toMeters(subject.longitude as number, subject.latitude as number);
    for (const c of found) {
      const sale = sales.find((s) => s.id === c.id) as Sale;
      expect(c.id).not.toBe(subject.id);
      expect(sale.date <= subject.date).toBe(true);
      expect(c.meters).toBeLessThanOrEqual(DEFAULT_COMPARABLE_OPTIONS.maxMeters);
      const there = toMeters(sale.longitude as number, sale.latitude as number);
      expect(c.meters).toBeCloseTo(Math.hypot(there.east - here.east, there.north - here.north), 6);
      expect(c.pricePerM2).toBeCloseTo(sale.price / (modelSurface(sale) as number), 6);
    }
    const d = found.map((c) => c.dissimilarity);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    const all = findComparables(subject, sales, { k: 1000 });
    expect(all.slice(0, 8)).toEqual(found);
  });

  test("250 m, a 30 % larger surface and 12 months weigh the same", () => {
    const date = subject.date;
    const earlier = addMonths(date, -12);
    const pool = [
      variant("far", 250, 1, date),
      variant("larger", 0, 1.3, date),
      variant("older", 0, 1, earlier),
      variant("all three", 250, 1.3, earlier),
      variant("same", 0, 1, date),
    ];
    const found = findComparables(subject, pool, { k: 5 });
    expect(found.map((c) => c.id)[0]).toBe("same");
    for (const c of found.slice(1, 4)) expect(c.dissimilarity).toBeCloseTo(1, 2);
    expect(found[4]).toMatchObject({ id: "all three" });
    expect(found[4].dissimilarity).toBeCloseTo(Math.sqrt(3), 2);
  });

  test("later sales, other natures, whole buildings and sales beyond the limits are left out", () => {
    const later = variant("later", 0, 1, "2099-01-01");
    const exchange = { ...variant("exchange", 0, 1, subject.date), nature: "Echange" };
    const building = variant("building", 0, 1, subject.date);
    building.firstDwelling = { ...(building.firstDwelling as NonNullable<Sale["firstDwelling"]>), lotCount: 0 };
    const distant = variant("distant", 1500, 1, subject.date);
    expect(findComparables(subject, [later, exchange, building, distant, subject])).toEqual([]);
  });

  test("ties go to the most recent sale, then the smaller id", () => {
    const pool = [variant("b", 100, 1, subject.date), variant("a", 100, 1, subject.date), variant("c", 100, 1, "2019-12-01")];
    const sameDissimilarity = findComparables(subject, pool, { unitMonths: Infinity });
    expect(sameDissimilarity.map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
});

test("comparablesPrice is the median comparable price per m² times the subject's priced surface", () => {
  const found = findComparables(subject, sales, { k: 5 });
  const perM2 = found.map((c) => c.pricePerM2).sort((a, b) => a - b);
  expect(comparablesPrice(subject, found)).toBeCloseTo(perM2[2] * (modelSurface(subject) as number), 6);
  expect(comparablesPrice(subject, [])).toBeNull();
});
