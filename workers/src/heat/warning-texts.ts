// The texts sent to registered people, in plain French (the register's language): for each hazard what is
// happening, what to do, and the numbers to call — the advice of Santé publique France and the ministry of health
// (heat, cold, air pollution), of Météo-France's vigilance (storms) and of the préfecture de police (Seine floods);
// the message to the relative or neighbour of a person the calls could not reach; the one-time access code. The
// alert texts are the same for everyone and hold no personal data beyond the recipient, as they go through a
// provider; they are rendered when sent.
import { HAZARD_POLICIES, type Hazard } from "../../../domain/climate/hazards";
import { ONE_TIME_CODE_MINUTES, formatAccessCode } from "../../../domain/climate/register/access-code";
import type { AlertKind, Channel } from "../../../domain/heat/warnings";
import { dateTimeFormat } from "../../../domain/i18n";

export type Message =
  | { kind: AlertKind; hazard: Hazard; day: string }
  | { kind: "contact-unreachable"; personName: string }
  | { kind: "access-code"; code: string };

const frenchDate = dateTimeFormat("fr", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const dayLabel = (day: string) => frenchDate.format(new Date(`${day}T12:00:00Z`));

const HELP = "Besoin d'aide : appelez le 3975 (Ville de Paris). Urgence : 15 ou 112.";

const ALERTS: Record<Hazard, Record<AlertKind, { subject: string; line: (day: string) => string }>> = {
  heat: {
    opening: {
      subject: "Alerte canicule à Paris : la Ville de Paris veille sur vous",
      line: (day) => `alerte canicule à Paris à partir du ${day}. Buvez de l'eau régulièrement, restez au frais, fermez volets et fenêtres le jour.`,
    },
    red: {
      subject: "Canicule extrême à Paris : vigilance rouge",
      line: (day) => `la canicule devient extrême à Paris (vigilance rouge) à partir du ${day}. Restez au frais, buvez souvent, ne sortez pas aux heures chaudes.`,
    },
  },
  cold: {
    opening: {
      subject: "Grand froid à Paris : la Ville de Paris veille sur vous",
      line: (day) =>
        `grand froid à Paris à partir du ${day}. Chauffez votre logement sans le surchauffer et sans boucher les aérations, ` +
        `couvrez-vous de plusieurs couches, limitez les sorties, mangez chaud. N'utilisez pas de chauffage d'appoint en continu (monoxyde de carbone).`,
    },
    red: {
      subject: "Froid extrême à Paris : vigilance rouge",
      line: (day) => `le froid devient extrême à Paris à partir du ${day}. Restez chez vous au chaud, ne sortez qu'en cas de nécessité, couvrez tête et mains.`,
    },
  },
  flood: {
    opening: {
      subject: "Crue de la Seine à Paris",
      line: (day) =>
        `crue de la Seine à Paris à partir du ${day}. Éloignez-vous des quais et des berges, ne descendez pas dans les caves et parkings, ` +
        `mettez à l'abri papiers et médicaments, suivez les consignes de la préfecture de police.`,
    },
    red: {
      subject: "Crue majeure de la Seine à Paris",
      line: (day) => `la crue de la Seine devient majeure à Paris à partir du ${day}. Préparez-vous à une coupure d'électricité, gardez un sac prêt (papiers, médicaments, lampe) et suivez les consignes d'évacuation.`,
    },
  },
  pollution: {
    opening: {
      subject: "Épisode de pollution de l'air à Paris",
      line: (day) => `épisode de pollution de l'air à Paris à partir du ${day}. Évitez les efforts physiques, surtout dehors ; si vous avez une maladie du cœur ou des poumons, gardez votre traitement à portée et consultez en cas de gêne.`,
    },
    red: {
      subject: "Alerte pollution de l'air à Paris",
      line: (day) => `alerte à la pollution de l'air à Paris à partir du ${day}. Restez à l'intérieur autant que possible, évitez tout effort et consultez votre médecin en cas de gêne respiratoire.`,
    },
  },
  storm: {
    opening: {
      subject: "Vent violent ou orages à Paris",
      line: (day) => `vent violent ou orages à Paris à partir du ${day}. Restez chez vous si possible, rentrez ou attachez les objets du balcon, ne vous abritez pas sous les arbres, chargez votre téléphone.`,
    },
    red: {
      subject: "Tempête à Paris : vigilance rouge",
      line: (day) => `tempête à Paris (vigilance rouge) à partir du ${day}. Ne sortez pas, éloignez-vous des fenêtres, préparez une lampe en cas de coupure d'électricité.`,
    },
  },
};

const MENTION =
  "Vous recevez ce message car vous êtes inscrit au registre des alertes climat de la Ville de Paris. " +
  "Pour voir, télécharger ou supprimer vos données, rendez-vous sur la page Alertes de Recoque avec votre numéro et votre code, ou appelez le 3975.";

function alertText(hazard: Hazard, kind: AlertKind, day: string): { subject: string; body: string } {
  const alert = ALERTS[hazard][kind];
  const calls = HAZARD_POLICIES[hazard].calls ? (kind === "red" ? " Un agent de la Ville va vous rappeler." : " Un agent de la Ville va vous appeler.") : "";
  return { subject: alert.subject, body: `Ville de Paris : ${alert.line(dayLabel(day))}${calls} ${HELP}` };
}

export function messageFor(message: Message, channel: Channel): { subject: string | null; body: string } {
  if (message.kind === "access-code") {
    const body = `Ville de Paris : votre code pour ouvrir votre inscription au registre des alertes est ${formatAccessCode(message.code)}. ` +
      `Il est valable ${ONE_TIME_CODE_MINUTES} minutes. Si vous ne l'avez pas demandé, ignorez ce message.`;
    return channel === "email" ? { subject: "Votre code du registre des alertes de la Ville de Paris", body: `Bonjour,\n\n${body}` } : { subject: null, body };
  }
  if (message.kind === "contact-unreachable") {
    const body = `Ville de Paris : pendant l'alerte en cours, nous n'arrivons pas à joindre ${message.personName}, qui vous a indiqué comme personne à prévenir. ` +
      `Pouvez-vous prendre de ses nouvelles ? Une visite à domicile est prévue. Pour nous répondre : 3975.`;
    return channel === "email" ? { subject: `Nous n'arrivons pas à joindre ${message.personName}`, body: `Bonjour,\n\n${body}` } : { subject: null, body };
  }
  const { subject, body } = alertText(message.hazard, message.kind, message.day);
  if (channel !== "email") return { subject: null, body };
  return { subject, body: `Bonjour,\n\n${body}\n\n${MENTION}` };
}
