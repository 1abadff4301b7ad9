// The requests use case in Chromium against the real Worker, queue and models: the citizen's contact form
// (errors named and focused, the number and code, seeing and erasing one's request), the requests console
// (inbox, a request's highlighted masked spans, taking it, the proposal to confirm, the fiches and the reply
// draft with its automated-tool mention, the weekly counts with their table), a letter photographed (a test
// image drawn in the page, read by OCR on the device, masked on the device, only its masked text sent) and a
// PDF letter (printed by Chromium, its text layer read by pdf.js). axe-core clean in each state.
import type { Browser, Page, Request } from "playwright-core";
import { letterImage } from "./letter-image";
import { afterAll, beforeAll, expect, test } from "vitest";
import { agentContext, apiAs, axeViolations, baseUrl, launchBrowser, newContext } from "./browser";

/** How long a step waiting for the Worker may take: its first request loads the models and the fiche index. */
const SERVER = { timeout: 60_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const sent = await fetch(`${baseUrl()}/api/v1/requests/contact`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "cf-connecting-ip": "browser-tests-warm-up" },
    body: JSON.stringify({ message: "Bonjour, une question sur mon passeport.", consent: true }),
  });
  const { id } = (await sent.json()) as { id: string };
  for (const started = Date.now(); (await apiAs<{ status: string }>("requests-agent", `/requests/${id}`)).status === "received"; ) {
    if (Date.now() - started > SERVER.timeout) throw new Error("the warm-up request was not routed in time");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});
afterAll(async () => {
  await browser?.close();
});

async function noViolations(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

test("the contact form names its errors, sends a masked request, and lets its sender see and erase it", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/contact");
  await page.fill("#contact-message", "Bonjour, je voudrais savoir comment renouveler ma carte d'identité qui expire bientôt. Cordialement, Ginette Pourcelot");
  await page.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("contact-consent");
  expect(await page.textContent("#contact-consent-error")).toContain("Votre accord est nécessaire");
  await noViolations(page, "form with an error");
  await page.fill("#contact-name", "Ginette Pourcelot");
  await page.fill("#contact-email", "ginette.pourcelot@example.org");
  await page.check("#contact-consent");
  await page.getByRole("button", { name: "Envoyer", exact: true }).click();
  await page.waitForSelector("[data-request-id]", SERVER);
  const id = (await page.locator("[data-request-id]").textContent())!;
  const code = (await page.locator("[data-request-secret]").textContent())!;
  expect(id).toMatch(/^req_[0-9a-f]{20}$/);
  await noViolations(page, "sent");

  await page.fill("#manage-id", id);
  await page.fill("#manage-code", code);
  await page.getByRole("button", { name: "Consulter", exact: true }).click();
  const held = page.locator("[data-held]");
  await expect.poll(() => held.textContent(), SERVER).toContain("Cordialement, [NOM 1]");
  expect(await held.textContent()).toContain("[NOM 1] : Ginette Pourcelot");
  await page.getByRole("button", { name: "Effacer ma demande" }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Non, la garder");
  await noViolations(page, "erase confirmation");
  await page.getByRole("button", { name: "Oui, effacer" }).click();
  await expect.poll(() => page.textContent("[data-manage-request]"), SERVER).toContain("Votre demande a été effacée.");
  await context.close();
});

test("the console: inbox, masked spans, taking the request, the proposal, the fiches and the reply draft, the counts", async () => {
  const citizen = await newContext(browser);
  const form = await citizen.newPage();
  await form.goto("/contact");
  await form.fill("#contact-subject", "Dépôt de garantie");
  await form.fill("#contact-message", "Bonjour, mon propriétaire refuse de me rendre mon dépôt de garantie depuis trois mois. Que faire ? Mme Berthe Lamarque, 06 98 76 54 32");
  await form.check("#contact-consent");
  await form.getByRole("button", { name: "Envoyer", exact: true }).click();
  await form.waitForSelector("[data-request-id]", SERVER);
  const id = (await form.locator("[data-request-id]").textContent())!;
  await citizen.close();

  const context = await agentContext(browser, ["requests-agent"]);
  const page = await context.newPage();
  // The request reaches the inbox once the queue has routed it: the inbox is opened again until it is there.
  await expect.poll(async () => {
    await page.goto("/agent/demandes");
    await page.waitForSelector("table[data-inbox], #inbox-title + .filters ~ p");
    return page.locator(`table[data-inbox] a[href$="${id}"]`).count();
  }, SERVER).toBe(1);
  await noViolations(page, "inbox");
  await page.locator(`table[data-inbox] a[href$="${id}"]`).click();
  await page.waitForSelector("[data-proposal]", SERVER);
  expect(await page.locator("[data-masked-text] mark.pii").allTextContents()).toEqual(expect.arrayContaining(["[NOM 1]", "[TÉLÉPHONE 1]"]));
  expect(await page.textContent("[data-masked-text]")).not.toContain("Lamarque");
  await noViolations(page, "request");
  await page.getByRole("button", { name: "Prendre en charge" }).click();
  await expect.poll(() => page.textContent(".span-list"), SERVER).toContain("Berthe Lamarque");
  expect(await page.textContent("[data-proposal]")).toContain("Logement");
  await page.getByRole("button", { name: "Confirmer" }).click();
  await expect.poll(() => page.textContent("[data-proposal]"), SERVER).toContain("Orientation confirmée par un agent.");
  expect(await page.locator("[data-fiches] a").count()).toBe(3);
  await page.getByRole("button", { name: "Préparer le brouillon" }).click();
  await expect.poll(() => page.inputValue("#draft-text"), SERVER).toContain("préparée avec l'aide d'un outil automatisé");
  expect(await page.inputValue("#draft-text")).toContain("Bonjour [NOM 1],");
  await page.getByRole("button", { name: "Remplacer les espaces réservés par les vraies données" }).click();
  expect(await page.inputValue("#draft-text")).toContain("Bonjour Berthe Lamarque,");
  await page.getByRole("button", { name: "Enregistrer la réponse envoyée" }).click();
  await expect.poll(() => page.textContent(".request"), SERVER).toContain("Réponse enregistrée le");
  await noViolations(page, "answered");

  await page.getByRole("link", { name: "Retour à la boîte de réception" }).click();
  await page.getByRole("button", { name: "Demandes par thème" }).click();
  await page.waitForSelector("table");
  expect(await page.textContent("main")).toContain("Logement");
  await noViolations(page, "weekly counts");
  await context.close();
});

test("a photographed letter is read and masked on the device; only its masked text leaves", async () => {
  const context = await agentContext(browser, ["requests-agent"]);
  const page = await context.newPage();
  const sent: Request[] = [];
  page.on("request", (r) => r.method() !== "GET" && sent.push(r));
  await page.goto("/agent/demandes");
  await page.getByRole("button", { name: "Saisir un courrier" }).click();
  await page.fill("#letter-subject", "Portage des repas");
  await page.setInputFiles("#letter-file", { name: "courrier.png", mimeType: "image/png", buffer: await letterImage(page, {
    width: 1240,
    height: 900,
    fontPx: 34,
    paragraphs: [
      "Madame, Monsieur,",
      "Je vous écris au sujet de ma mère, Madame Odette Girard,",
      "qui vit seule et aurait besoin du portage des repas.",
      "Vous pouvez me joindre au 06 39 98 12 34.",
      "Veuillez agréer mes salutations distinguées.",
      "Paul Girard",
    ],
  }) });
  await expect.poll(() => page.inputValue("#letter-text"), { timeout: 90_000 }).toContain("portage des repas");
  expect(await page.inputValue("#letter-text")).toContain("Girard");
  await page.getByRole("button", { name: "Masquer les données personnelles" }).click();
  await page.waitForSelector("[data-letter] [data-masked-text]");
  const masked = (await page.textContent("[data-letter] [data-masked-text]"))!;
  expect(masked).not.toContain("Girard");
  expect(masked).toContain("[NOM 1]");
  await noViolations(page, "letter masked");
  await page.getByRole("button", { name: "Envoyer la demande masquée" }).click();
  await expect.poll(() => page.textContent("[data-letter]"), SERVER).toContain("Demande enregistrée");
  const uploads = sent.filter((r) => new URL(r.url()).pathname === "/api/v1/requests/letters");
  expect(uploads).toHaveLength(1);
  const body = uploads[0].postDataJSON() as { text: string; mapping: { value: string }[] };
  expect(body.text).not.toContain("Girard");
  expect(body.mapping.map((m) => m.value).join(" ")).toContain("Girard");
  for (const r of sent) expect(r.postDataBuffer()?.includes(Buffer.from("PNG")) ?? false, r.url()).toBe(false);
  await context.close();
});

test("a PDF letter's text layer is read on the device", async () => {
  const printer = await newContext(browser);
  const sheet = await printer.newPage();
  await sheet.setContent("<p>Madame, Monsieur,</p><p>Je souhaite inscrire mon fils à la cantine scolaire de l'école de la rue de Tanger.</p><p>Amadou Kouyaté</p>");
  const pdf = await sheet.pdf({ format: "A4" });
  await printer.close();
  const context = await agentContext(browser, ["requests-agent"]);
  const page = await context.newPage();
  await page.goto("/agent/demandes");
  await page.getByRole("button", { name: "Saisir un courrier" }).click();
  await page.setInputFiles("#letter-file", { name: "courrier.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect.poll(() => page.inputValue("#letter-text"), SERVER).toContain("cantine scolaire");
  await page.getByRole("button", { name: "Masquer les données personnelles" }).click();
  await page.waitForSelector("[data-letter] [data-masked-text]");
  expect(await page.textContent("[data-letter] [data-masked-text]")).not.toContain("Kouyaté");
  await context.close();
});
