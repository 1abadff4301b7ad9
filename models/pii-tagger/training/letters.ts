// Synthetic citizen letters and e-mails with every piece of personal data marked: the training and the
// held-out evaluation data of the pseudonymiser. Each template is a letter with slots ({PER}, {ADDRESS},
// {PHONE}…) filled from values.ts; the generator records the span and label of each value. Held-out
// letters use other templates, surnames never seen in training (a fifth of the list) and other Paris
// streets, so the figures measure names and wordings the tagger has not met. Own construction: they show
// how the pseudonymiser does on letters like these, not on real mail. Node only.
import type { Span } from "../../../domain/requests/rules/patterns.ts";
import { createRng, type Rng } from "../../lib/rng.ts";
import { fnv1a } from "../../lib/feature-hashing.ts";
import * as values from "./values.ts";

/** A marked span; a name's span also says the group of its surname (for the recall check by group). */
export interface LetterSpan extends Span {
  group?: string;
}

export interface Letter {
  text: string;
  spans: LetterSpan[];
}

const TRAINING_TEMPLATES = [
  "Madame, Monsieur,\nJe soussigné {PER}, {BIRTH}, demeurant {ADDRESS}, sollicite un rendez-vous pour renouveler ma carte d'identité. Vous pouvez me joindre au {PHONE}.\nCordialement,\n{SIGN}",
  "Bonjour,\nJe vous écris car la CAF a suspendu mes allocations depuis le {DATE}. {ID}. Mon conseiller, {PER}, m'a dit de vous contacter.\nMerci de me rappeler au {PHONE} ou par mail : {EMAIL}\n{SIGN}",
  "Objet : demande de logement social\nMadame la Maire,\nJe vis avec mes deux enfants, {CHILD} et {CHILD}, dans un studio au {ADDRESS}. Mon numéro de sécurité sociale est le {NIR}. Je vous remercie de votre attention.\n{SIGN}",
  "Bonjour, je m'appelle {PER} et j'habite {ADDRESS}. Je voudrais savoir comment obtenir une place en crèche pour ma fille {CHILD}, {BIRTH}. Tel {PHONE}",
  "Monsieur le Directeur,\nSuite à notre échange du {DATE}, je vous transmets mon RIB : {IBAN}. {ID}.\nVeuillez agréer mes salutations distinguées.\n{SIGN}\n{ADDRESS}",
  "bonjour\nmon pere {PER} est hospitalisé et il faut une aide a domicile. il habite {ADDRESS}. je suis joignable au {PHONE}\nmerci\n{SIGN}",
  "Bonjour Madame {SURNAME},\nComme convenu par téléphone, voici les pièces demandées pour le dossier de {PER} : avis d'imposition, justificatif de domicile. {ID}.\nBien cordialement,\n{SIGN}\n{EMAIL}",
  "Objet : réclamation\nJ'ai payé {AMOUNT} euros le {DATE} pour la cantine de {CHILD} mais la somme a été prélevée deux fois sur le compte {IBAN}. Merci de me rembourser.\n{SIGN}, {ADDRESS}",
  "Bonjour, je suis {PER}, {BIRTH}, NIR {NIR}. Je n'arrive pas à créer mon compte ameli. Pouvez-vous m'aider ? {EMAIL} / {PHONE}",
  "Madame, Monsieur, mon voisin {PER} du {ADDRESS} fait du bruit toutes les nuits. J'ai déjà appelé le commissariat le {DATE}. {SIGN}",
  "Bonjour,\nJe souhaite inscrire mon fils {PER} à l'école. Nous avons déménagé au {ADDRESS} le {DATE}.\nCordialement\n{SIGN}\nTél. : {PHONE}",
  "Je vous contacte de la part de {PER}, assistante sociale à la mairie du 18e. Madame {SURNAME} n'a plus de ressources. {ID}. Son adresse : {ADDRESS}.\n{SIGN}",
  "Bonjour\nj ai perdu mon titre de séjour. je m appelle {PER} {BIRTH} a Bamako. mon adresse {ADDRESS}. merci de m aider\n{PHONE}",
  "Monsieur,\nJe conteste l'amende reçue le {DATE}. Le véhicule était conduit par {PER}. {ID}.\n{SIGN}\n{EMAIL}",
];

const HELD_OUT_TEMPLATES = [
  "Bonjour Madame, Monsieur,\nJe me permets de vous écrire au sujet de ma mère, {PER}, {BIRTH}, qui vit seule au {ADDRESS}. Elle aurait besoin du portage des repas. Mon téléphone : {PHONE}, mon adresse électronique : {EMAIL}.\nAvec mes remerciements,\n{SIGN}",
  "Objet : Attestation\nMadame,\nPouvez-vous établir une attestation au nom de {PER} ? {ID}. Le virement peut se faire sur {IBAN}.\nSalutations\n{SIGN}",
  "bjr je suis {PER} jhabite {ADDRESS} depuis le {DATE} et jai toujours pas de reponse pour mon dossier APL. numero secu {NIR}. rappelez moi svp {PHONE}",
  "Madame la Maire,\nNotre association accompagne {PER} et son fils {CHILD}. Ils sont hébergés chez {PER} au {ADDRESS}. {ID}. Merci de votre aide.\n{SIGN}\n{PHONE} - {EMAIL}",
  "Bonjour,\nJe suis {PER}, {BIRTH}. Je viens d'arriver à Paris et je cherche un emploi. Mon adresse est {ADDRESS}. Je vous remercie.\n{SIGN}",
  "Monsieur {SURNAME},\nJe reviens vers vous pour le remboursement de {AMOUNT} €. Mon IBAN : {IBAN}. NIR : {NIR}.\nCordialement,\n{SIGN}",
];

export interface LetterPools extends values.NamePools {
  streets: readonly string[];
}

const HELD_OUT = (name: string) => fnv1a(`held-out:${name}`) % 5 === 0;

/** The held-out fifth of a group's surnames (at least one), chosen by a hash of the names. */
function heldOutSurnames(names: string[]): Set<string> {
  const ranked = [...names].sort((a, b) => fnv1a(`held-out:${a}`) - fnv1a(`held-out:${b}`) || a.localeCompare(b));
  return new Set(ranked.slice(0, Math.ceil(names.length / 5)));
}

/** Name and street pools: training letters never use the held-out fifth of each surname group and of the streets. */
export function pools(heldOut: boolean): LetterPools {
  const surnames = Object.fromEntries(
    Object.entries(values.SURNAME_GROUPS).map(([group, names]) => {
      const held = heldOutSurnames(names);
      return [group, names.filter((n) => held.has(n) === heldOut)];
    }),
  );
  return { firstNames: values.FIRST_NAMES, surnames, streets: values.PARIS_STREETS.filter((s) => HELD_OUT(s) === heldOut) };
}

function fill(template: string, rng: Rng, pool: LetterPools): Letter {
  let text = "";
  const spans: LetterSpan[] = [];
  const add = (value: string, label: Span["label"] | null, group?: string) => {
    if (label) spans.push({ start: text.length, end: text.length + value.length, label, ...(group ? { group } : {}) });
    text += value;
  };
  for (const part of template.split(/(\{[A-Z]+\})/)) {
    switch (part) {
      case "{PER}": {
        const { title, name, group } = values.personName(rng, pool);
        add(title, null);
        add(name, "PER", group);
        break;
      }
      case "{SIGN}": {
        const { name, group } = values.personName(rng, pool);
        add(name, "PER", group);
        break;
      }
      case "{SURNAME}": {
        const { name, group } = values.surname(rng, pool);
        add(name, "PER", group);
        break;
      }
      case "{CHILD}": add(values.pick(rng, pool.firstNames), "PER"); break;
      case "{ADDRESS}": add(values.address(rng, pool.streets), "ADDRESS"); break;
      case "{PHONE}": add(values.phone(rng), "PHONE"); break;
      case "{EMAIL}": add(values.email(rng, pool), "EMAIL"); break;
      case "{NIR}": add(values.nir(rng), "NIR"); break;
      case "{IBAN}": add(values.iban(rng), "IBAN"); break;
      case "{BIRTH}": {
        add(values.pick(rng, ["né le ", "née le ", "date de naissance : ", "née le "]), null);
        add(values.date(rng, 1935, 2020), "BIRTHDATE");
        break;
      }
      case "{ID}": {
        const { intro, value } = values.fileNumber(rng);
        add(intro.charAt(0).toUpperCase() + intro.slice(1), null);
        add(value, "ID");
        break;
      }
      case "{DATE}": add(values.date(rng, 2022, 2026), null); break;
      case "{AMOUNT}": add(String(20 + rng.int(900)), null); break;
      default: add(part, null);
    }
  }
  return { text, spans };
}

/** `count` letters from the training or held-out templates and pools, reproducible from `seed`. */
export function letters(count: number, heldOut: boolean, seed: number): Letter[] {
  const rng = createRng(seed);
  const templates = heldOut ? HELD_OUT_TEMPLATES : TRAINING_TEMPLATES;
  const pool = pools(heldOut);
  return Array.from({ length: count }, () => fill(values.pick(rng, templates), rng, pool));
}
