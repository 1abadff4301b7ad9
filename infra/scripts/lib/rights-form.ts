// Answers the citizen rights questionnaire (/droits) for one adult of French nationality who has lived in
// Paris for five years, with the answers given. Shared by the browser tests and the screenshots script (no
// Vitest import here).
import type { Page } from "playwright-core";

export interface SingleAdult {
  age: number;
  /** Monthly amounts; left empty when absent. */
  earned?: number;
  pensions?: number;
  housing: "tenantSocial" | "tenantPrivate";
  /** As typed: a number, or text such as "913,42" (French decimal comma). */
  rent: number | string;
  housingAid: boolean;
  arrondissement: number;
}

export async function fillSingleAdult(page: Page, answers: SingleAdult): Promise<void> {
  await page.check("#couple-no");
  await page.fill("#adult0-age", String(answers.age));
  if (answers.earned !== undefined) await page.fill("#adult0-earned", String(answers.earned));
  if (answers.pensions !== undefined) await page.fill("#adult0-pensions", String(answers.pensions));
  await page.check(`#housing-status-${answers.housing}`);
  await page.fill("#rent", String(answers.rent));
  await page.check(`#housing-aid-${answers.housingAid ? "yes" : "no"}`);
  await page.check("#nationality-french");
  await page.check("#in-paris-yes");
  await page.selectOption("#arrondissement", String(answers.arrondissement));
  await page.selectOption("#paris-years", "5");
}
