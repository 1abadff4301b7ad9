// How a fiche becomes training and evaluation texts that look like what people write. Fiche titles are
// not messages ("Allocation de rentrée scolaire (ARS)"), so each fiche gives several views: its title,
// description, passages of its text, and messages built around its question ("Bonjour, je voudrais savoir
// …") with the noise of real mail (no accents, lower case, typos, a signature, placeholders left by the
// pseudonymiser). Training and evaluation use DIFFERENT message templates and random streams, so the
// held-out figures are not measured on the wording the model was trained on. Node only.
import type { Rng } from "../../lib/rng.ts";
import type { Fiche } from "./fiches.ts";

const TRAINING_FRAMES = [
  "Bonjour, {q} Merci d'avance.",
  "Madame, Monsieur, je vous écris au sujet de la question suivante : {q} Cordialement, [NOM 1]",
  "Bonjour je voudrais savoir {q} merci",
  "{q}",
  "Objet : demande d'information. {q} Je vous remercie de votre réponse. [NOM 1] [TÉLÉPHONE 1]",
  "Bonsoir, j'ai besoin d'aide. {q} Bien à vous",
  "Bonjour, pouvez-vous m'aider ? {q} [NOM 1], [ADRESSE 1]",
  "Je me permets de vous contacter car {q} Salutations.",
];

const HELD_OUT_FRAMES = [
  "Bonjour Madame, {q} En vous remerciant, [NOM 1]",
  "Monsieur le Maire, je sollicite votre aide : {q} Veuillez agréer mes salutations distinguées. [NOM 1]",
  "slt, {q} merci bcp",
  "Bonjour, suite à mon appel de ce matin, {q} Mon numéro : [TÉLÉPHONE 1]. Merci.",
  "A qui dois-je m'adresser ? {q} Cordialement [NOM 1] [E-MAIL 1]",
];

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The fiche's question: its title when it is one, else a question about its title. */
export function questionOf(fiche: Fiche, rng: Rng): string {
  const title = fiche.title.trim();
  if (title.endsWith("?")) return title;
  const forms = ["Comment faire pour {t} ?", "Je cherche des informations sur : {t}.", "Qu'en est-il de {t} ?", "{t} : que faut-il faire ?"];
  return forms[rng.int(forms.length)].replace("{t}", lowerFirst(title));
}

const stripAccents = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "");

/** Typos: a few letters swapped, dropped or doubled. */
function typos(text: string, rng: Rng, rate: number): string {
  const chars = [...text];
  for (let i = 1; i < chars.length - 1; i++) {
    if (!/\p{L}/u.test(chars[i]) || rng.next() > rate) continue;
    const kind = rng.int(3);
    if (kind === 0) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
    else if (kind === 1) chars[i] = "";
    else chars[i] = chars[i] + chars[i];
  }
  return chars.join("");
}

/** All of real mail's noise at once: no accents, lower case, typos. */
export const fullNoise = (text: string, rng: Rng) => typos(stripAccents(text).toLowerCase(), rng, 0.03);

/** Real-mail noise: accents dropped (half the time), lower case (a third), typos (a third). */
export function noisy(text: string, rng: Rng): string {
  let out = text;
  if (rng.next() < 0.5) out = stripAccents(out);
  if (rng.next() < 0.33) out = out.toLowerCase();
  if (rng.next() < 0.33) out = typos(out, rng, 0.03);
  return out;
}

/** A passage of about `words` words of the fiche's text, from a random place. */
function passage(fiche: Fiche, rng: Rng, words: number): string {
  const all = fiche.text.split(/\s+/);
  const start = all.length > words ? rng.int(all.length - words) : 0;
  return all.slice(start, start + words).join(" ");
}

function cleanMessage(frames: string[], fiche: Fiche, rng: Rng): string {
  const frame = frames[rng.int(frames.length)];
  const body = rng.next() < 0.5 ? questionOf(fiche, rng) : `${questionOf(fiche, rng)} ${fiche.description}`;
  return frame.replace("{q}", body);
}

const message = (frames: string[], fiche: Fiche, rng: Rng) => noisy(cleanMessage(frames, fiche, rng), rng);

/** A held-out message in standard writing and the same with all the noise (the writing-style check). */
export function writingForms(fiche: Fiche, rng: Rng): { standard: string; noisy: string } {
  const standard = cleanMessage(HELD_OUT_FRAMES, fiche, rng);
  return { standard, noisy: fullNoise(standard, rng) };
}

/** The training texts of one fiche. */
export function trainingViews(fiche: Fiche, rng: Rng): string[] {
  return [
    fiche.title,
    fiche.description,
    `${fiche.title}. ${fiche.description}`,
    noisy(fiche.description, rng),
    passage(fiche, rng, 40),
    passage(fiche, rng, 40),
    noisy(questionOf(fiche, rng), rng),
    message(TRAINING_FRAMES, fiche, rng),
    message(TRAINING_FRAMES, fiche, rng),
    message(TRAINING_FRAMES, fiche, rng),
    message(TRAINING_FRAMES, fiche, rng),
  ].filter((text) => text.trim().length > 0);
}

/** The two held-out views of a test fiche: the fiche as written, and a message asking its question. */
export function evaluationViews(fiche: Fiche, rng: Rng): { fiche: string; message: string } {
  return { fiche: `${fiche.title}. ${fiche.description}`, message: message(HELD_OUT_FRAMES, fiche, rng) };
}
