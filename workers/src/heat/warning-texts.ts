// The texts sent to registered people, in plain French (the register's language): what is happening, what to
// do, and the numbers to call. No personal data in them beyond the recipient, as they go through a provider.
import type { Channel, MessageKind } from "../../../domain/heat/warnings";
import { dateTimeFormat } from "../../../domain/i18n";

const frenchDate = dateTimeFormat("fr", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const dayLabel = (day: string) => frenchDate.format(new Date(`${day}T12:00:00Z`));

const HELP = "Besoin d'aide : appelez le 3975 (Ville de Paris). Urgence : 15 ou 112.";

const lines: Record<MessageKind, (day: string) => string> = {
  opening: (day) =>
    `Ville de Paris : alerte canicule à Paris à partir du ${dayLabel(day)}. Buvez de l'eau régulièrement, restez au frais, ` +
    `fermez volets et fenêtres le jour. Un agent de la Ville va vous appeler. ${HELP}`,
  red: (day) =>
    `Ville de Paris : la canicule devient extrême à Paris (vigilance rouge) à partir du ${dayLabel(day)}. Restez au frais, ` +
    `buvez souvent, ne sortez pas aux heures chaudes. Un agent de la Ville va vous rappeler. ${HELP}`,
};

const subjects: Record<MessageKind, string> = {
  opening: "Alerte canicule à Paris : la Ville de Paris veille sur vous",
  red: "Canicule extrême à Paris : vigilance rouge",
};

export function messageFor(kind: MessageKind, channel: Channel, day: string): { subject: string | null; body: string } {
  const body = lines[kind](day);
  if (channel !== "email") return { subject: null, body };
  return {
    subject: subjects[kind],
    body: `Bonjour,\n\n${body}\n\nVous recevez ce message car vous êtes inscrit(e) au registre canicule de la Ville de Paris. ` +
      `Pour voir, télécharger ou supprimer vos données, rendez-vous sur la page Canicule de Recoque avec votre code personnel.`,
  };
}
