import { defineCatalogue } from "../../../../domain/i18n";

export const homeTranslations = defineCatalogue({
  fr: {
    title: "Recoque, l'intelligence artificielle au service des Parisiennes et des Parisiens",
    intro: "Des outils simples, gratuits et ouverts, conçus par la Ville de Paris pour aider — jamais pour contrôler.",
    heatTitle: "Canicule",
    heatText: "Consultez le niveau d'alerte des prochains jours et évaluez votre risque. Inscrivez-vous au registre : la Ville vous appellera pendant les fortes chaleurs.",
    heatLink: "Voir la situation canicule",
    rightsTitle: "Mes droits",
    rightsText: "Répondez à quelques questions. Vous saurez à quelles aides vous avez peut-être droit (RSA, prime d'activité, aide au logement, minimum vieillesse, complémentaire santé solidaire, chèque énergie, aides de Paris…) et comment les demander.",
    rightsLink: "Simuler mes droits",
    registerTitle: "Registre des algorithmes",
    registerText: "Tous les algorithmes de Recoque sont publics : à quoi ils servent, quelles données ils utilisent, leurs limites et comment contester un résultat.",
    registerLink: "Consulter le registre",
    privacyTitle: "Vos réponses restent sur votre appareil",
    privacyText: "Les questions sur votre santé ou vos revenus sont traitées dans votre navigateur. Elles ne sont envoyées nulle part, sauf si vous choisissez de vous inscrire au registre canicule.",
  },
  en: {
    title: "Recoque, artificial intelligence serving the people of Paris",
    intro: "Simple, free and open tools, built by the City of Paris to help — never to control.",
    heatTitle: "Heatwave",
    heatText: "See the alert level for the coming days and assess your risk. Sign up to the register: the City will call you during heatwaves.",
    heatLink: "See the heatwave situation",
    rightsTitle: "My rights",
    rightsText: "Answer a few questions. You will learn which benefits you may be entitled to (RSA, prime d'activité, housing aid, minimum old-age pension, complémentaire santé solidaire, chèque énergie, Paris aids…) and how to claim them.",
    rightsLink: "Check my rights",
    registerTitle: "Algorithm register",
    registerText: "Every algorithm of Recoque is public: what it is for, the data it uses, its limits and how to contest a result.",
    registerLink: "Read the register",
    privacyTitle: "Your answers stay on your device",
    privacyText: "Questions about your health or income are processed in your browser. They are sent nowhere, unless you choose to sign up to the heatwave register.",
  },
});
