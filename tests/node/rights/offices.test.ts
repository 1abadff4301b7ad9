// Where to claim: each right found goes to one office, listed once with the documents of all its claims; the EPS
// is the household's arrondissement's; no office carries an invented address, only an official site.
import { expect, test } from "vitest";
import { claimPlaces, OFFICES } from "../../../domain/rights/offices.ts";
import { benefits, parseHousehold, simulate } from "../../../domain/rights/simulate.ts";

test("the rights of a Parisian without income go to the CAF, the CPAM, Île-de-France Mobilités, the tax office and the EPS of the 18e", () => {
  const household = parseHousehold({
    adults: [{ age: 30, earnedIncomeMonthly: 0 }],
    housing: { status: "tenantPrivate", rentMonthly: 800, chargesMonthly: 60, receivesHousingAid: false },
    lawfulResidence: true,
    arrondissement: 18,
    parisResidenceYears: 5,
  });
  const found = simulate(household, { date: "2025-06-01" }).results.filter((r) => r.eligible !== false);
  const places = claimPlaces(found, household.arrondissement);
  expect(places.map((p) => p.office).sort()).toEqual(["caf", "cpam", "eps", "idfm", "taxOffice"]);
  const caf = places.find((p) => p.office === "caf")!;
  expect(caf.benefits).toEqual(["rsa", "housingAid"]);
  expect(caf.documents).toContain("document.lease");
  expect(new Set(caf.documents).size).toBe(caf.documents.length);
  expect(places.find((p) => p.office === "eps")).toMatchObject({ arrondissement: 18, site: "https://www.paris.fr/aides" });
  // Île-de-France Mobilités has no site of its own here: the Navigo Solidarité page of the benefit.
  expect(places.find((p) => p.office === "idfm")!.site).toBe(benefits.navigo.howToClaim.url);
});

test("every office points to an https site of a public body and lists at least one document", () => {
  for (const [id, office] of Object.entries(OFFICES)) {
    if (office.site !== null) expect(new URL(office.site).protocol, id).toBe("https:");
    expect(office.documents.length, id).toBeGreaterThan(0);
  }
});
