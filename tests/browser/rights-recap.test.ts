// The social-worker (helper) mode of /droits in Chromium: nothing kept on the device, and the recap printed to
// PDF by Chromium is one A4 page holding the rights, their amounts and where to go, in French and in English.
// The PDF's text is read back with pdf.js (the same package the requests console reads letters with).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { axeViolations, launchBrowser, newContext } from "./browser";
import { fillSingleAdult } from "../../infra/scripts/lib/rights-form";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The printed PDF's pages and text (items joined by spaces, French narrow spaces made plain). */
async function printed(page: Page): Promise<{ pages: number; sizes: number[][]; text: string }> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  let text = "";
  const sizes: number[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    sizes.push(p.view.slice(2).map((v) => Math.round(v)));
    const content = await p.getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
  }
  return { pages: doc.numPages, sizes, text: text.replace(/[\u202f\u00a0]/g, " ").replace(/\s+/g, " ") };
}

test("helper mode: no answer kept, and a one-page A4 recap with the amounts and offices, in French and English", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  // The amounts of June 2025: RSA 568.94 € once the housing aid of 343 € is counted, chèque énergie 194 €.
  await page.clock.setFixedTime(new Date("2025-06-01T12:00:00+02:00"));
  await page.goto("/droits?accompagnement");
  await page.locator("form[data-rights-form]").waitFor();
  expect(await page.isChecked("#helper-mode")).toBe(true);
  expect(await page.locator("#keep-answers").count()).toBe(0);
  await fillSingleAdult(page, { age: 30, housing: "tenantPrivate", rent: 800, housingAid: false, arrondissement: 18 });
  await page.fill("#charges", "60");
  await page.click("button[type=submit]");
  await page.locator("#print-recap").waitFor();
  expect(await page.evaluate(() => localStorage.getItem("recoque.rights.answers"))).toBeNull();
  expect(await page.locator("[data-recap]").isVisible()).toBe(false);
  expect(await axeViolations(page)).toEqual([]);

  const fr = await printed(page);
  expect(fr.pages).toBe(1);
  expect(fr.sizes[0]).toEqual([595, 842]);
  expect(fr.text).toContain("Récapitulatif des droits possibles");
  expect(fr.text).toContain("568,94 € par mois");
  expect(fr.text).toContain("343,00 € par mois");
  expect(fr.text).toContain("194,00 € par an");
  expect(fr.text).toContain("CAF de Paris");
  expect(fr.text).toContain("Paris 18");
  expect(fr.text).toContain("RIB");
  expect(fr.text).not.toContain("Votre âge");

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect.poll(() => page.textContent("#recap-title")).toBe("Recap of the possible rights");
  const en = await printed(page);
  expect(en.pages).toBe(1);
  expect(en.text).toContain("€568.94 a month");
  expect(en.text).toContain("Where to claim, and what to bring");
  await context.close();
});
