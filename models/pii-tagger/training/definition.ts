// The pii-tagger for the registry: a token tagger (O / PER / ADDRESS) trained on synthetic letters and on
// the CC0 Europeana newspapers, evaluated as part of the whole pseudonymiser (rules + tagger) on held-out
// letters and passages; writes its card with recall and precision per label.
import type { ModelCard } from "../../cards/schema.ts";
import type { ModelDefinition } from "../../model-definition.ts";
import { hashedSoftmaxToOnnx } from "../../lib/onnx.ts";
import { predictHashedSoftmax, type HashedSoftmaxModel } from "../../lib/hashed-softmax.ts";
import { detectPii } from "../../../domain/requests/pseudonymise.ts";
import { REQUESTS_CONTACT, REQUESTS_OWNER } from "../../../domain/requests/mention.ts";
import { foldText } from "../../../domain/requests/text.ts";
import { TAGGER_CLASSES, TAGGER_SLOTS, taggerFeatures, type TaggerContext } from "../features.ts";
import { decodeTaggerSpans, NAME_EXTENSION_THRESHOLD, TAGGER_THRESHOLDS } from "../decode.ts";
import { EUROPEANA_FILE, readPassages } from "./europeana.ts";
import { labelFigures, type LabelFigures } from "./evaluate.ts";
import { letters } from "./letters.ts";
import { TAGGER_EPOCHS, TAGGER_SEED, trainTagger } from "./train.ts";
import { FIRST_NAMES, SURNAME_GROUPS } from "./values.ts";

export const TRAINING_LETTERS = { count: 6000, seed: 1 } as const;
export const HELD_OUT_LETTERS = { count: 1000, seed: 2 } as const;
const t = (fr: string, en: string) => ({ fr, en });

/** The whole pseudonymiser's spans of a text, with the tagger run in TypeScript (same weights as the ONNX). */
export function pseudonymiserSpans(model: HashedSoftmaxModel, context: TaggerContext, text: string) {
  const { tokens, rows } = taggerFeatures(text, context);
  const probabilities = new Float32Array(tokens.length * TAGGER_CLASSES.length);
  for (let i = 0; i < tokens.length; i++) {
    probabilities.set(predictHashedSoftmax(model, rows.subarray(i * TAGGER_SLOTS, (i + 1) * TAGGER_SLOTS)), i * TAGGER_CLASSES.length);
  }
  return detectPii(text, decodeTaggerSpans(text, tokens, probabilities));
}

const figureLine = (f: LabelFigures) => `${f.label} ${f.recall} / ${f.precision}`;

/** Largest gap allowed between the name recall of a surname group and the overall name recall. */
export const NAME_RECALL_GAP = 0.05;

const EXAMPLES = [
  "Bonjour, je suis Fatoumata Diallo, j'habite 12 rue de la Roquette, 75011 Paris.",
  "Madame, Monsieur,\nmon père M. Jean-Pierre LEFÈVRE est hospitalisé.\nCordialement,\nSophie Lefèvre",
];

export const piiTaggerDefinition: ModelDefinition = {
  id: "pii-tagger",
  version: "1.0.0",
  task: "token-classification",
  runsOn: ["edge", "device"],
  heads: [{ name: "token", labels: [...TAGGER_CLASSES] }],
  train() {
    const context: TaggerContext = { firstNames: [...new Set(FIRST_NAMES.map(foldText))].sort() };
    const trainingLetters = letters(TRAINING_LETTERS.count, false, TRAINING_LETTERS.seed);
    const trainingPassages = readPassages(false);
    const model = trainTagger([...trainingLetters, ...trainingPassages], context);
    const heldOutLetters = letters(HELD_OUT_LETTERS.count, true, HELD_OUT_LETTERS.seed);
    const heldOutPassages = readPassages(true);
    const onLetters = labelFigures(heldOutLetters.map((l) => ({ ...l, found: pseudonymiserSpans(model, context, l.text) })));
    const onPassages = labelFigures(heldOutPassages.map((p) => ({ ...p, found: pseudonymiserSpans(model, context, p.text) })));
    const per = (figures: LabelFigures[], label: string) => figures.find((f) => f.label === label);
    const evaluated = heldOutLetters.map((l) => ({ ...l, found: pseudonymiserSpans(model, context, l.text) }));
    const overallNameRecall = per(labelFigures(evaluated), "PER")!.recall;
    const byGroup = Object.keys(SURNAME_GROUPS).map((group) => {
      const figures = per(labelFigures(evaluated.map((e) => ({ ...e, spans: e.spans.filter((s) => s.group === group) }))), "PER")!;
      return { group, count: figures.trueSpans, recall: figures.recall };
    });
    const onnx = hashedSoftmaxToOnnx([{ name: "token", model }], TAGGER_SLOTS, {
      docString: "Recoque pii-tagger: per-token O / PER / ADDRESS probabilities (models/pii-tagger)",
      metadata: { classes: JSON.stringify(TAGGER_CLASSES) },
    });
    const slices = [
      ...onLetters.map((f) => ({ slice: "heldOutLetters", group: f.label, count: f.trueSpans, metrics: { recall: f.recall, hidden: f.hidden, precision: f.precision, foundSpans: f.foundSpans } })),
      ...onPassages.map((f) => ({ slice: "heldOutEuropeana1906", group: f.label, count: f.trueSpans, metrics: { recall: f.recall, hidden: f.hidden, precision: f.precision, foundSpans: f.foundSpans } })),
      ...byGroup.map((g) => ({ slice: "surnameOrigin", group: g.group, count: g.count, metrics: { recallPER: g.recall } })),
    ];
    const card: Omit<ModelCard, "schemaVersion" | "id" | "version" | "artifact" | "examples"> = {
      name: t("Repérage des noms et adresses dans les demandes (pseudonymisation)", "Finding names and addresses in requests (pseudonymisation)"),
      useCase: "requests",
      details: {
        description: t(
          "Donne, pour chaque mot d'une demande, la probabilité qu'il fasse partie d'un nom de personne ou d'une adresse. Avec les règles exactes (NIR, IBAN, téléphones, courriels, dates de naissance, numéros de dossier, rues de Paris), il sert à remplacer les données personnelles par [NOM 1], [ADRESSE 1]… avant que la demande soit enregistrée ou montrée au-delà de l'agent.",
          "Gives, for each word of a request, the probability that it is part of a person's name or an address. With the exact rules (NIR, IBAN, phones, e-mails, birth dates, file numbers, Paris streets), it is used to replace personal data with [NOM 1], [ADRESSE 1]… before the request is stored or shown beyond the agent.",
        ),
        modelType: t(
          "Étiqueteur de mots linéaire (softmax O / PER / ADDRESS) sur traits hachés du mot et de ses voisins, 65 536 cases, 28 traits par mot",
          "Linear token tagger (softmax O / PER / ADDRESS) over hashed features of the word and its neighbours, 65,536 buckets, 28 features per word",
        ),
        owners: [REQUESTS_OWNER],
        trainedBy: "Recoque models toolchain (models/pii-tagger/training/train.ts)",
        licences: { code: "EUPL-1.2", model: "EUPL-1.2 (weights from CC0 and own synthetic data only)" },
        runsOn: ["edge", "device"],
      },
      intendedUse: {
        purposes: [
          t("Pseudonymiser les demandes à la réception (courriels, formulaire) et dans le navigateur de l'agent (courriers scannés).", "Pseudonymise requests on receipt (e-mails, form) and in the agent's browser (scanned letters)."),
        ],
        users: [t("Agents de la relation usagers, qui corrigent les passages surlignés avant l'orientation", "Citizen-relations agents, who correct the highlighted spans before routing")],
        outOfScope: [
          t("Anonymiser au sens du RGPD : le texte pseudonymisé reste une donnée personnelle.", "Anonymising in the GDPR sense: the pseudonymised text remains personal data."),
          t("Publier des textes : un nom manqué reste possible, l'agent relit.", "Publishing texts: a missed name remains possible; the agent reviews."),
        ],
      },
      data: {
        sources: [
          {
            name: "Lettres et courriels synthétiques (modèles de lettres, noms et valeurs inventés)",
            producer: "Recoque (models/pii-tagger/training/letters.ts, values.ts, names/SOURCES.md)",
            url: "models/pii-tagger/training/names/SOURCES.md",
            licence: "EUPL-1.2",
            sensitivity: "synthetic",
            use: ["training", "evaluation"],
          },
          {
            name: "Europeana Newspapers NER, partie française (L'Ouest-Éclair, 1906)",
            producer: "Europeana Newspapers / BnF (dépôt EuropeanaNewspapers/ner-corpora)",
            url: "https://github.com/EuropeanaNewspapers/ner-corpora",
            licence: "CC0 1.0",
            sensitivity: "public",
            period: "1906",
            use: ["training", "evaluation"],
          },
          {
            name: "Noms des voies de Paris (fichier DVF, ventes 2023–2025)",
            producer: "DGFiP (Demandes de valeurs foncières géolocalisées, Etalab)",
            url: "domain/requests/data/paris-streets.json",
            licence: "Licence Ouverte / Etalab 2.0",
            sensitivity: "public",
            use: ["training", "evaluation", "operation"],
          },
          {
            name: "Textes des demandes des usagers",
            producer: "Les usagers (courriel, formulaire de contact, courrier)",
            url: "/api/v1/requests",
            licence: "—",
            sensitivity: "personal",
            use: ["operation"],
          },
        ],
        training: {
          window: `${TRAINING_LETTERS.count} synthetic letters (seed ${TRAINING_LETTERS.seed}) + ${trainingPassages.length} Europeana passages`,
          rows: trainingLetters.length + trainingPassages.length,
          preparation: [
            t(
              "Lettres tirées de 14 modèles (demandes de titres, CAF, logement, crèche, amendes…) où chaque donnée personnelle est inventée et marquée : noms sous plusieurs formes (M. DUPONT, Jean Dupont, DUPONT Jean, noms composés), adresses parisiennes (rues du fichier DVF) ou d'ailleurs, téléphones, courriels, NIR et IBAN à clé valide, dates de naissance, numéros de dossier.",
              "Letters drawn from 14 templates (permits, CAF, housing, nursery, fines…) where every piece of personal data is invented and marked: names in several forms (M. DUPONT, Jean Dupont, DUPONT Jean, double surnames), Paris addresses (DVF streets) or elsewhere, phones, e-mails, NIR and IBAN with valid keys, birth dates, file numbers.",
            ),
            t(
              "Passages Europeana : noms de personnes (I-PER) ; les lieux (I-LOC) ne sont pas des adresses et sont exclus de l'apprentissage.",
              "Europeana passages: people's names (I-PER); places (I-LOC) are not addresses and are left out of training.",
            ),
            t(
              `AdaGrad, ${TAGGER_EPOCHS} passes, graine ${TAGGER_SEED}. Décodage : nom si p ≥ ${TAGGER_THRESHOLDS.PER}, adresse si p ≥ ${TAGGER_THRESHOLDS.ADDRESS}, un nom s'étend aux mots capitalisés voisins dès p ≥ ${NAME_EXTENSION_THRESHOLD}.`,
              `AdaGrad, ${TAGGER_EPOCHS} epochs, seed ${TAGGER_SEED}. Decoding: name when p ≥ ${TAGGER_THRESHOLDS.PER}, address when p ≥ ${TAGGER_THRESHOLDS.ADDRESS}, a name extends to neighbouring capitalised words from p ≥ ${NAME_EXTENSION_THRESHOLD}.`,
            ),
          ],
        },
        evaluation: {
          window: `${HELD_OUT_LETTERS.count} held-out synthetic letters (seed ${HELD_OUT_LETTERS.seed}) + ${heldOutPassages.length} held-out Europeana passages`,
          rows: heldOutLetters.length + heldOutPassages.length,
          description: t(
            "Lettres de 6 autres modèles, avec un cinquième des noms de famille et des rues jamais vus à l'entraînement ; passages Europeana tenus à part (un sur cinq). Mesure de la chaîne complète (règles + étiqueteur) : un passage vrai est rappelé si tous ses caractères sont couverts par des passages trouvés de la même étiquette, caché s'ils le sont par n'importe quelle étiquette ; un passage trouvé est juste s'il touche un vrai passage de son étiquette.",
            "Letters from 6 other templates, with a fifth of the surnames and streets never seen in training; Europeana passages held out (one in five). Measures the whole chain (rules + tagger): a true span is recalled when all its characters are covered by found spans of the same label, hidden when covered by any label; a found span is right when it touches a true span of its label.",
          ),
        },
        features: [
          {
            name: "token_feature_0…token_feature_27",
            description: t(
              "Identifiants hachés du mot (sans accents, minuscules), de sa forme (Xx, XX), préfixe, suffixe, des deux mots de chaque côté, prénom connu ou non, civilité ou type de voie juste avant, début de ligne.",
              "Hashed ids of the word (no accents, lower case), its shape (Xx, XX), prefix, suffix, the two words on each side, known first name or not, civility or street type just before, line start.",
            ),
            source: "the request's text",
            protected: false as const,
          },
        ],
      },
      metrics: {
        overall: Object.fromEntries([
          ...onLetters.flatMap((f) => [
            [`recall${f.label}`, f.recall],
            [`precision${f.label}`, f.precision],
          ]),
          ["recallPerEuropeana", per(onPassages, "PER")?.recall ?? 0],
          ["precisionPerEuropeana", per(onPassages, "PER")?.precision ?? 0],
        ]),
        slices,
        notes: [
          t(
            `Lettres retenues, rappel / précision par étiquette : ${onLetters.map(figureLine).join(" ; ")}. Noms dans les journaux de 1906 (OCR bruitée) : rappel ${per(onPassages, "PER")?.recall}, précision ${per(onPassages, "PER")?.precision}.`,
            `Held-out letters, recall / precision per label: ${onLetters.map(figureLine).join("; ")}. Names in the 1906 newspapers (noisy OCR): recall ${per(onPassages, "PER")?.recall}, precision ${per(onPassages, "PER")?.precision}.`,
          ),
          t(
            "Construction propre : les lettres sont écrites par nous, avec des modèles et des noms choisis par nous ; les chiffres disent comment la chaîne se comporte sur des lettres de ce genre, pas sur le vrai courrier (écritures libres, fautes, noms rares, plusieurs personnes). Le rappel sur les noms est la mesure qui compte : un nom manqué circule.",
            "Own construction: the letters are written by us, from templates and names we chose; the figures say how the chain behaves on letters of this kind, not on real mail (free writing, typos, rare names, several people). Recall on names is the figure that matters: a missed name circulates.",
          ),
          t("Chiffres : npx tsx models/build.ts pii-tagger (carte réécrite), ou npm run -s requests:pseudonymise sur un fichier de textes.", "Figures: npx tsx models/build.ts pii-tagger (card rewritten), or npm run -s requests:pseudonymise on a file of texts."),
        ],
      },
      fairness: {
        protectedAttributes: ["origin"],
        checks: byGroup.map((g) => ({
          attribute: "surnameOrigin",
          group: g.group,
          metric: "recallPER",
          value: g.recall,
          reference: overallNameRecall,
          maxGap: NAME_RECALL_GAP,
          passed: Math.abs(g.recall - overallNameRecall) <= NAME_RECALL_GAP,
        })),
        proxies: [],
        unmeasured: [
          {
            attribute: "origin",
            reason: t(
              "L'origine des personnes n'est connue d'aucune donnée. Elle est approchée, sur les seules lettres synthétiques, par le groupe d'origine du nom de famille (cinq groupes, names/SOURCES.md) : le rappel des noms par groupe est contrôlé (tranches surnameOrigin). Sur du vrai courrier, un nom rare ou écrit autrement reste plus souvent manqué ; l'agent relit les passages surlignés.",
              "People's origin is known from no data. It is approached, on the synthetic letters only, by the surname's group of origin (five groups, names/SOURCES.md): name recall by group is checked (slices surnameOrigin). On real mail, a rare or differently written name is still missed more often; the agent reviews the highlighted spans.",
            ),
          },
        ],
        notes: [t("Le modèle ne décide rien sur les personnes : il masque leurs données.", "The model decides nothing about people: it masks their data.")],
      },
      limits: [
        t("Un nom qui ressemble à un mot courant (Petit, Blanc, Marie) ou écrit en minuscules peut être manqué.", "A name that looks like a common word (Petit, Blanc, Marie) or is written in lower case can be missed."),
        t("Les adresses hors de Paris ne sont reconnues que par l'étiqueteur, sans liste de rues.", "Addresses outside Paris are found by the tagger only, without a street list."),
        t("Textes appris en français ; les autres langues sont moins bien couvertes.", "Texts learnt in French; other languages are covered less well."),
      ],
      ethicalConsiderations: [
        t("La correspondance entre espaces réservés et données réelles reste dans la seule ligne de la demande et est purgée selon la durée de conservation la plus courte.", "The mapping between placeholders and real data stays in the request's own row only and is purged on the shortest retention."),
        t("Aucun texte réel de courrier n'a servi à l'entraînement : les poids peuvent être publiés.", "No real mail text was used for training: the weights can be published."),
      ],
      crpa: {
        individualDecision: false,
        contributionDegree: t("Protection des données : masque des passages, que l'agent corrige ; aucune décision.", "Data protection: masks spans, which the agent corrects; no decision."),
        parameters: TAGGER_CLASSES.map((name) => ({ name, weight: t("probabilité par mot", "probability per word") })),
        operations: [
          t("Le texte est découpé en mots ; chaque mot est décrit par 28 traits hachés.", "The text is cut into words; each word is described by 28 hashed features."),
          t("Un modèle linéaire donne pour chaque mot les probabilités O / nom / adresse ; les passages sont formés puis fusionnés avec ceux des règles.", "A linear model gives each word the O / name / address probabilities; spans are formed then merged with the rules' spans."),
        ],
        legalBasis: t("RGPD, art. 25 (protection des données dès la conception) et art. 32 (pseudonymisation).", "GDPR, art. 25 (data protection by design) and art. 32 (pseudonymisation)."),
        mention: t("Les données personnelles de votre demande sont masquées avec l'aide d'un algorithme avant son traitement.", "The personal data of your request are masked with the help of an algorithm before it is handled."),
        contest: t("Écrire à la relation usagers ou au délégué à la protection des données de la Ville de Paris.", "Write to citizen relations or to the City of Paris data protection officer."),
        contact: REQUESTS_CONTACT,
      },
    };
    return { onnx, context, explainer: null, trainingSeed: TAGGER_SEED, card, exampleInputs: EXAMPLES };
  },
};
