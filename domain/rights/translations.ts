// French and English texts of every code the rights engine emits: benefit names, reasons, arithmetic
// steps and how to claim, one `{ fr, en }` per code. Placeholders {name} are filled from the reason or step
// parameters by the i18n core's translator (amounts written in the language's locale):
// `translator(rightsCodeTranslations, language)(code, params)`.
import { catalogueOf, type Bilingual } from "../i18n/index.ts";

const texts = {
  "benefit.rsa": { fr: "Revenu de solidarité active (RSA)", en: "Revenu de solidarité active (RSA, minimum income)" },
  "benefit.primeActivite": { fr: "Prime d'activité", en: "Prime d'activité (in-work benefit)" },
  "benefit.aspa": {
    fr: "Allocation de solidarité aux personnes âgées (ASPA, minimum vieillesse)",
    en: "ASPA (minimum old-age income)",
  },
  "benefit.css": { fr: "Complémentaire santé solidaire", en: "Complémentaire santé solidaire (free or low-cost health cover)" },
  "benefit.parisSolidarite": { fr: "Paris Solidarité", en: "Paris Solidarité (City of Paris income top-up)" },
  "benefit.parisLogement": { fr: "Paris Logement", en: "Paris Logement (City of Paris housing aid)" },
  "benefit.parisLogementFamilles": { fr: "Paris Logement Familles", en: "Paris Logement Familles (housing aid for families)" },
  "benefit.parisLogementFamillesMonoparentales": {
    fr: "Paris Logement Familles Monoparentales",
    en: "Paris Logement Familles Monoparentales (housing aid for single parents)",
  },

  "benefit.allocationsFamiliales": { fr: "Allocations familiales", en: "Allocations familiales (child benefit)" },
  "benefit.supportAllowance": {
    fr: "Allocation de soutien familial (ASF)",
    en: "Allocation de soutien familial (ASF, support for single parents without maintenance)",
  },
  "benefit.familyComplement": { fr: "Complément familial", en: "Complément familial (for families of three children or more)" },
  "benefit.schoolAllowance": { fr: "Allocation de rentrée scolaire (ARS)", en: "Allocation de rentrée scolaire (back-to-school allowance)" },
  "benefit.babyAllowance": {
    fr: "Allocation de base de la PAJE (jeune enfant)",
    en: "PAJE allocation de base (for a child under 3)",
  },
  "benefit.aah": { fr: "Allocation aux adultes handicapés (AAH)", en: "Allocation aux adultes handicapés (AAH, disability allowance)" },

  "common.lawfulResidenceRequired": {
    fr: "Cette aide demande de résider en France de façon régulière et stable.",
    en: "This benefit requires lawful and stable residence in France.",
  },
  "common.residencePermitTooRecent": {
    fr: "Pour les personnes hors Union européenne, il faut en général un titre de séjour autorisant à travailler depuis au moins {years} ans (les réfugiés et certaines autres personnes en sont dispensés) : à vérifier.",
    en: "Non-EU nationals usually need a residence permit allowing work for at least {years} years (refugees and some others are exempt): to be checked.",
  },
  "common.familyBenefitsEstimated": {
    fr: "Prestations familiales non renseignées : estimées à {amount} € par mois (allocations familiales, complément familial, PAJE et ASF selon votre situation).",
    en: "Family benefits not given: estimated at €{amount} a month (allocations familiales, complément familial, PAJE and ASF as your situation gives).",
  },
  "common.supportAllowanceFlat": {
    fr: "L'allocation de soutien familial (ASF) ne compte que pour un forfait par enfant : prestations familiales comptées {counted} € par mois.",
    en: "The allocation de soutien familial (ASF) counts only up to a flat amount per child: family benefits counted €{counted} a month.",
  },
  "common.supportAllowanceAssumed": {
    fr: "Parent seul : nous comptons l'ASF, due si l'autre parent ne verse pas de pension alimentaire. Si vous en recevez une, elle compte à la place de l'ASF.",
    en: "Single parent: we count the ASF, due when the other parent pays no maintenance. If you receive maintenance, it counts instead of the ASF.",
  },
  "common.housingAidAmountUnknown": {
    fr: "Montant de l'aide au logement inconnu : le forfait logement est déduit en entier, le montant réel peut être un peu plus élevé.",
    en: "Housing aid amount unknown: the whole housing flat rate is deducted; the real amount may be slightly higher.",
  },
  "common.nearCeiling": {
    fr: "Vos ressources sont proches du plafond de {ceiling} € : le résultat dépend du calcul exact de l'organisme.",
    en: "Your resources are close to the €{ceiling} ceiling: the result depends on the agency's exact calculation.",
  },
  "common.parameterMissing": {
    fr: "Le barème {parameter} n'est pas connu pour le {date} : impossible de calculer.",
    en: "The rate {parameter} is not known for {date}: no calculation possible.",
  },
  "common.parametersMayBeOutdated": {
    fr: "Barèmes vérifiés jusqu'au {reviewedThrough} : ils ont pu être revalorisés depuis.",
    en: "Rates checked up to {reviewedThrough}: they may have been revised since.",
  },

  "rsa.studentsExcluded": {
    fr: "Les étudiants ne peuvent pas avoir le RSA, sauf cas particuliers.",
    en: "Students cannot receive the RSA, except in particular cases.",
  },
  "rsa.youngWorkerException": {
    fr: "Avant {age} ans sans enfant, le RSA est possible seulement après 2 ans d'activité à temps plein sur les 3 dernières années : à vérifier.",
    en: "Under {age} without children, the RSA is possible only after 2 years of full-time work in the last 3 years: to be checked.",
  },
  "rsa.underMinimumAge": {
    fr: "Le RSA est ouvert à partir de {age} ans, ou plus tôt avec un enfant à charge ou une grossesse.",
    en: "The RSA is open from age {age}, or earlier with a dependent child or a pregnancy.",
  },
  "rsa.baseAmount": { fr: "Montant forfaitaire pour une personne seule", en: "Base amount for a single person" },
  "rsa.isolatedParentIncrease": {
    fr: "Parent isolé d'un enfant de moins de 3 ans : RSA majoré.",
    en: "Single parent of a child under 3: increased RSA.",
  },
  "rsa.isolatedParentIncreaseAfterSeparation": {
    fr: "Si votre séparation date de moins de 18 mois, le RSA majoré peut être dû pendant 12 mois : le montant serait plus élevé.",
    en: "If you separated less than 18 months ago, the increased RSA may be due for 12 months: the amount would be higher.",
  },
  "rsa.guaranteedAmount": {
    fr: "Montant garanti pour le foyer (adultes : {adults}, enfants : {children}) : montant de base × {multiplier}",
    en: "Guaranteed amount for the household (adults: {adults}, children: {children}): base amount × {multiplier}",
  },
  "rsa.aspaCountsAsResource": {
    fr: "L'ASPA à laquelle vous avez droit ({amount} €) compte dans les ressources : elle est à demander d'abord.",
    en: "The ASPA you are entitled to (€{amount}) counts as a resource: claim it first.",
  },
  "rsa.resources": {
    fr: "Ressources du foyer par mois (travail {earned}, pensions {pensions}, autres {other}, prestations familiales {family}, ASPA {aspa}, épargne {savings})",
    en: "Household resources a month (work {earned}, pensions {pensions}, other {other}, family benefits {family}, ASPA {aspa}, savings {savings})",
  },
  "rsa.housingFlatDeduction": {
    fr: "Forfait logement déduit (aide au logement, hébergement gratuit ou propriétaire), taille du foyer : {persons}",
    en: "Housing flat rate deducted (housing aid, free accommodation or owner), household size: {persons}",
  },
  "rsa.amount": { fr: "RSA estimé par mois", en: "Estimated RSA a month" },
  "rsa.resourcesTooHigh": {
    fr: "Vos ressources dépassent le montant garanti de {guaranteed} € : pas de RSA.",
    en: "Your resources exceed the guaranteed €{guaranteed}: no RSA.",
  },
  "rsa.belowMinimumPayment": {
    fr: "Le RSA n'est pas versé en dessous de {minimum} € par mois.",
    en: "The RSA is not paid below €{minimum} a month.",
  },
  "rsa.franceTravailSupport": {
    fr: "Le RSA s'accompagne d'une inscription à France Travail et d'un accompagnement vers l'emploi ou l'insertion.",
    en: "The RSA comes with registration at France Travail and support towards work or social integration.",
  },

  "primeActivite.underMinimumAge": {
    fr: "La prime d'activité est ouverte à partir de {age} ans.",
    en: "The prime d'activité is open from age {age}.",
  },
  "primeActivite.noEarnedIncome": {
    fr: "La prime d'activité demande des revenus du travail.",
    en: "The prime d'activité requires earnings from work.",
  },
  "primeActivite.studentEarningsTooLow": {
    fr: "Étudiants et apprentis : il faut gagner au moins {threshold} € net par mois.",
    en: "Students and apprentices must earn at least €{threshold} net a month.",
  },
  "primeActivite.baseAmount": { fr: "Montant forfaitaire pour une personne seule", en: "Base amount for a single person" },
  "primeActivite.isolatedParentIncrease": {
    fr: "Parent isolé d'un enfant de moins de 3 ans : montant majoré.",
    en: "Single parent of a child under 3: increased amount.",
  },
  "primeActivite.forfaitaire": {
    fr: "Montant forfaitaire du foyer (adultes : {adults}, enfants : {children})",
    en: "Household base amount (adults: {adults}, children: {children})",
  },
  "primeActivite.earnedIncomeShare": {
    fr: "{rate} % des revenus du travail ({earned} €)",
    en: "{rate}% of earnings from work (€{earned})",
  },
  "primeActivite.individualBonus": {
    fr: "Bonification individuelle pour {earned} € de revenus du travail",
    en: "Individual bonus for €{earned} of earnings",
  },
  "primeActivite.resources": { fr: "Ressources du foyer par mois", en: "Household resources a month" },
  "primeActivite.housingFlatDeduction": {
    fr: "Forfait logement ajouté aux ressources, taille du foyer : {persons}",
    en: "Housing flat rate added to resources, household size: {persons}",
  },
  "primeActivite.deduction": {
    fr: "Montant retiré : le plus élevé du montant forfaitaire et des ressources",
    en: "Amount deducted: the higher of the base amount and the resources",
  },
  "primeActivite.amount": { fr: "Prime d'activité estimée par mois", en: "Estimated prime d'activité a month" },
  "primeActivite.belowMinimumPayment": {
    fr: "La prime d'activité n'est pas versée en dessous de {minimum} € par mois.",
    en: "The prime d'activité is not paid below €{minimum} a month.",
  },
  "primeActivite.quarterlyReview": {
    fr: "Le montant est recalculé tous les 3 mois selon vos déclarations de ressources.",
    en: "The amount is recalculated every 3 months from your income statements.",
  },

  "aspa.underMinimumAge": {
    fr: "L'ASPA est ouverte à partir de {age} ans (plus tôt en cas d'inaptitude au travail ou de handicap).",
    en: "The ASPA is open from age {age} (earlier if unfit for work or disabled).",
  },
  "aspa.earlierIfUnfitForWork": {
    fr: "Dès l'âge légal de départ à la retraite ({age} ans ou plus) en cas d'inaptitude au travail ou de handicap reconnu : à vérifier avec votre caisse de retraite.",
    en: "From the legal retirement age ({age} or more) if unfit for work or disabled: to be checked with your pension fund.",
  },
  "aspa.earnedIncomeAfterAllowance": {
    fr: "Revenus du travail comptés après un abattement de {allowance} € par mois",
    en: "Earnings counted after an allowance of €{allowance} a month",
  },
  "aspa.savingsDeemedIncome": {
    fr: "L'épargne est comptée comme si elle rapportait {rate} % par an.",
    en: "Savings are counted as if they yielded {rate}% a year.",
  },
  "aspa.resources": {
    fr: "Ressources par mois (pensions {pensions}, autres {other}, travail {earned}, épargne {savings})",
    en: "Resources a month (pensions {pensions}, other {other}, work {earned}, savings {savings})",
  },
  "aspa.ceiling": { fr: "Plafond mensuel de l'ASPA", en: "Monthly ASPA ceiling" },
  "aspa.amount": { fr: "ASPA estimée par mois", en: "Estimated ASPA a month" },
  "aspa.resourcesTooHigh": {
    fr: "Vos ressources atteignent le plafond de {ceiling} € par mois : pas d'ASPA.",
    en: "Your resources reach the ceiling of €{ceiling} a month: no ASPA.",
  },
  "aspa.oneBeneficiaryInCouple": {
    fr: "Un seul membre du couple peut y prétendre : l'ASPA est limitée à {maximum} € par mois.",
    en: "Only one member of the couple qualifies: the ASPA is limited to €{maximum} a month.",
  },
  "aspa.estateRecovery": {
    fr: "L'ASPA versée peut être récupérée après le décès sur la part de la succession qui dépasse {threshold} €.",
    en: "ASPA paid may be recovered after death from the part of the estate above €{threshold}.",
  },

  "css.lawfulResidenceRequired": {
    fr: "La complémentaire santé solidaire demande de résider en France de façon régulière et stable depuis plus de 3 mois.",
    en: "The complémentaire santé solidaire requires lawful and stable residence in France for more than 3 months.",
  },
  "css.ameHint": {
    fr: "Sans titre de séjour, l'aide médicale de l'État (AME) peut couvrir vos soins.",
    en: "Without a residence permit, the aide médicale de l'État (AME) may cover your care.",
  },
  "css.freeForRsaRecipients": {
    fr: "Avec le RSA, la complémentaire santé solidaire est gratuite.",
    en: "With the RSA, the complémentaire santé solidaire is free.",
  },
  "css.yearlyResources": {
    fr: "Ressources sur 12 mois (12 × {monthly} € par mois, plus 12 × {housingFlat} € de forfait logement)",
    en: "Resources over 12 months (12 × €{monthly} a month, plus 12 × €{housingFlat} housing flat rate)",
  },
  "css.ceilingFree": {
    fr: "Plafond annuel pour la version gratuite, taille du foyer : {persons}",
    en: "Yearly ceiling for free cover, household size: {persons}",
  },
  "css.ceilingWithContribution": {
    fr: "Plafond annuel avec participation, taille du foyer : {persons}",
    en: "Yearly ceiling with contribution, household size: {persons}",
  },
  "css.free": {
    fr: "Ressources sous le plafond de {ceiling} € : complémentaire santé gratuite.",
    en: "Resources below the €{ceiling} ceiling: free health cover.",
  },
  "css.mayNeedContribution": {
    fr: "Vous êtes proche du plafond de {ceiling} € : une petite participation pourrait être demandée.",
    en: "You are close to the €{ceiling} ceiling: a small contribution might be asked.",
  },
  "css.withContribution": {
    fr: "Ressources sous le plafond de {ceiling} € : complémentaire santé avec une participation de moins de 1 € par jour et par personne.",
    en: "Resources below the €{ceiling} ceiling: health cover for a contribution under €1 a day per person.",
  },
  "css.mayBeFree": {
    fr: "Vous êtes proche du plafond de gratuité de {ceiling} € : elle pourrait être gratuite.",
    en: "You are close to the €{ceiling} free-cover ceiling: it might be free.",
  },
  "css.contributionForPerson": {
    fr: "Participation mensuelle pour une personne de {age} ans",
    en: "Monthly contribution for a person aged {age}",
  },
  "css.monthlyContribution": { fr: "Participation mensuelle du foyer", en: "Household monthly contribution" },
  "css.resourcesTooHigh": {
    fr: "Vos ressources dépassent le plafond de {ceiling} € par an.",
    en: "Your resources exceed the ceiling of €{ceiling} a year.",
  },

  "primeActivite.aahCountsAsEarnings": {
    fr: "Avec au moins {threshold} € de revenus du travail par mois, l'AAH compte comme un revenu du travail.",
    en: "With at least €{threshold} of earnings a month, the AAH counts as earnings.",
  },
  "primeActivite.bonusUnknown": {
    fr: "La bonification individuelle a changé le 1er avril 2026 et ses nouveaux montants ne sont pas encore dans ce simulateur : le montant affiché est un minimum, sans bonification.",
    en: "The individual bonus changed on 1 April 2026 and its new amounts are not yet in this simulator: the amount shown is a minimum, without the bonus.",
  },
  "css.aspaAllowance": {
    fr: "L'ASPA compte après un abattement de {allowance} € par mois.",
    en: "The ASPA counts after an allowance of €{allowance} a month.",
  },
  "css.aahAllowance": {
    fr: "L'AAH compte après un abattement de {allowance} € par mois.",
    en: "The AAH counts after an allowance of €{allowance} a month.",
  },
  "parisSolidarite.afterUncertainAspa": {
    fr: "Paris Solidarité vient après l'ASPA, qui est à vérifier : elle ne complète que ce que l'ASPA laisse, et elle est donc à vérifier aussi.",
    en: "Paris Solidarité comes after the ASPA, which is to be checked: it only tops up what the ASPA leaves, so it is to be checked too.",
  },

  "family.yearlyResources": { fr: "Revenus du foyer sur un an (12 × la moyenne mensuelle)", en: "Household income over a year (12 × the monthly average)" },
  "family.resourcesOfYearMinusTwo": {
    fr: "La CAF regarde les revenus imposables d'il y a deux ans : le résultat peut différer si vos revenus ont changé.",
    en: "The CAF looks at the taxable income of two years ago: the result may differ if your income has changed.",
  },
  "allocationsFamiliales.twoChildrenRequired": {
    fr: "Les allocations familiales sont versées à partir de 2 enfants de moins de 20 ans.",
    en: "Allocations familiales are paid from 2 children under 20.",
  },
  "allocationsFamiliales.amount": {
    fr: "Allocations familiales par mois (enfants : {children}, taux : {share} %), majorations pour âge comprises",
    en: "Allocations familiales a month (children: {children}, rate: {share}%), increases for age included",
  },
  "allocationsFamiliales.reducedByResources": {
    fr: "Avec vos revenus, les allocations familiales sont versées à {share} % du montant plein.",
    en: "With your income, allocations familiales are paid at {share}% of the full amount.",
  },
  "supportAllowance.singleParentsOnly": {
    fr: "L'ASF est versée au parent qui élève seul ses enfants (ou à la personne qui recueille un enfant).",
    en: "The ASF is paid to a parent raising children alone (or to a person taking in a child).",
  },
  "supportAllowance.childRequired": { fr: "Il faut un enfant de moins de 20 ans à charge.", en: "A dependent child under 20 is needed." },
  "supportAllowance.maintenancePaid": {
    fr: "L'autre parent verse une pension alimentaire : l'ASF peut encore compléter une pension de moins de {perChild} € par enfant.",
    en: "The other parent pays maintenance: the ASF can still top up maintenance below €{perChild} per child.",
  },
  "supportAllowance.amount": {
    fr: "ASF par mois ({perChild} € par enfant, enfants : {children})",
    en: "ASF a month (€{perChild} per child, children: {children})",
  },
  "supportAllowance.noResourceCondition": {
    fr: "L'ASF ne dépend pas de vos revenus.",
    en: "The ASF does not depend on your income.",
  },
  "supportAllowance.ifNoMaintenance": {
    fr: "Elle est due si l'autre parent ne verse pas de pension alimentaire (ou verse moins que l'ASF) ; la CAF peut aussi vous aider à la réclamer.",
    en: "It is due if the other parent pays no maintenance (or less than the ASF); the CAF can also help you claim it.",
  },
  "familyComplement.threeChildrenRequired": {
    fr: "Le complément familial demande au moins 3 enfants à charge âgés de {age} ans ou plus.",
    en: "The complément familial needs at least 3 dependent children aged {age} or more.",
  },
  "familyComplement.ceiling": { fr: "Plafond de revenus annuels du complément familial", en: "Yearly income ceiling of the complément familial" },
  "familyComplement.resourcesTooHigh": {
    fr: "Vos revenus dépassent le plafond de {ceiling} € par an.",
    en: "Your income exceeds the ceiling of €{ceiling} a year.",
  },
  "familyComplement.increasedRate": {
    fr: "Revenus sous la moitié du plafond : montant majoré.",
    en: "Income below half the ceiling: increased amount.",
  },
  "familyComplement.amount": { fr: "Complément familial estimé par mois", en: "Estimated complément familial a month" },
  "schoolAllowance.schoolChildRequired": {
    fr: "L'allocation de rentrée scolaire concerne les enfants de 6 à 18 ans scolarisés.",
    en: "The back-to-school allowance is for children of 6 to 18 at school.",
  },
  "schoolAllowance.ceiling": { fr: "Plafond de revenus annuels de l'ARS", en: "Yearly income ceiling of the ARS" },
  "schoolAllowance.resourcesTooHigh": {
    fr: "Vos revenus dépassent le plafond de {ceiling} € par an.",
    en: "Your income exceeds the ceiling of €{ceiling} a year.",
  },
  "schoolAllowance.paidInAugust": {
    fr: "Versée une fois par an, fin août ; pour les 16-18 ans, déclarez leur scolarité sur caf.fr.",
    en: "Paid once a year, at the end of August; for 16-18 year-olds, declare their schooling on caf.fr.",
  },
  "schoolAllowance.amount": {
    fr: "Allocation de rentrée scolaire pour l'année (enfants : {children})",
    en: "Back-to-school allowance for the year (children: {children})",
  },
  "babyAllowance.childUnderThreeRequired": {
    fr: "L'allocation de base de la PAJE est versée pour un enfant de moins de 3 ans.",
    en: "The PAJE allocation de base is paid for a child under 3.",
  },
  "babyAllowance.ceilingFull": { fr: "Plafond de revenus annuels pour le taux plein", en: "Yearly income ceiling for the full rate" },
  "babyAllowance.ceilingPartial": { fr: "Plafond de revenus annuels pour le taux partiel", en: "Yearly income ceiling for the partial rate" },
  "babyAllowance.resourcesTooHigh": {
    fr: "Vos revenus dépassent le plafond de {ceiling} € par an.",
    en: "Your income exceeds the ceiling of €{ceiling} a year.",
  },
  "babyAllowance.fullRate": { fr: "Revenus sous le premier plafond : taux plein.", en: "Income below the first ceiling: full rate." },
  "babyAllowance.partialRate": { fr: "Revenus entre les deux plafonds : taux partiel.", en: "Income between the two ceilings: partial rate." },
  "babyAllowance.oneChildAtATime": {
    fr: "Une seule allocation par foyer, même avec plusieurs enfants de moins de 3 ans (sauf naissances multiples).",
    en: "One allowance per household, even with several children under 3 (except multiple births).",
  },
  "babyAllowance.amount": { fr: "Allocation de base estimée par mois", en: "Estimated allocation de base a month" },
  "aah.disabilityRequired": {
    fr: "L'AAH demande un handicap reconnu par la MDPH, à partir de {age} ans.",
    en: "The AAH needs a disability recognised by the MDPH, from age {age}.",
  },
  "aah.maximum": { fr: "AAH à taux plein par mois", en: "Full AAH a month" },
  "aah.ownResources": {
    fr: "Ressources propres comptées pour l'adulte de {age} ans (revenus du travail après abattement)",
    en: "Own resources counted for the adult aged {age} (earnings after the allowance)",
  },
  "aah.amount": { fr: "AAH estimée par mois pour l'adulte de {age} ans", en: "Estimated AAH a month for the adult aged {age}" },
  "aah.alreadyReceived": {
    fr: "Vous recevez déjà l'AAH ({amount} € par mois).",
    en: "You already receive the AAH (€{amount} a month).",
  },
  "aah.resourcesTooHigh": {
    fr: "Vos ressources propres atteignent l'AAH à taux plein ({maximum} € par mois).",
    en: "Your own resources reach the full AAH (€{maximum} a month).",
  },
  "aah.mdphDecides": {
    fr: "La MDPH décide du taux d'incapacité (80 %, ou 50 % avec une restriction durable d'accès à l'emploi) ; le revenu de votre conjoint ne compte plus.",
    en: "The MDPH decides the disability rate (80 %, or 50 % with a lasting restriction of access to work); your partner's income no longer counts.",
  },
  "aah.withPrimeActivite": {
    fr: "L'AAH se cumule avec un salaire, et avec la prime d'activité.",
    en: "The AAH can be combined with wages, and with the prime d'activité.",
  },

  "paris.notParisResident": {
    fr: "Les aides de la Ville de Paris sont réservées aux personnes qui habitent Paris.",
    en: "City of Paris aids are for people living in Paris.",
  },
  "paris.residenceDurationUnknown": {
    fr: "Il faut avoir habité Paris au moins {years} ans sur les 5 dernières années : durée non renseignée.",
    en: "You must have lived in Paris at least {years} years out of the last 5: duration not given.",
  },
  "paris.residenceTooShort": {
    fr: "Il faut avoir habité Paris au moins {years} ans sur les 5 dernières années.",
    en: "You must have lived in Paris at least {years} years out of the last 5.",
  },

  "parisSolidarite.disabilityVariantUnverified": {
    fr: "Paris Solidarité existe aussi pour les adultes handicapés, avec un plafond que nous n'avons pas pu vérifier : renseignez-vous auprès de votre Espace parisien des solidarités.",
    en: "Paris Solidarité also exists for disabled adults, with a ceiling we could not check: ask your Espace parisien des solidarités.",
  },
  "parisSolidarite.ageOrDisabilityRequired": {
    fr: "Paris Solidarité est réservée aux personnes de {age} ans et plus (60 ans si inaptes au travail) et aux adultes handicapés.",
    en: "Paris Solidarité is for people aged {age} and over (60 if unfit for work) and for disabled adults.",
  },
  "parisSolidarite.resources": {
    fr: "Ressources mensuelles, ASPA comprise ({aspa} €)",
    en: "Monthly resources, ASPA included (€{aspa})",
  },
  "parisSolidarite.ceiling": { fr: "Plafond garanti par Paris Solidarité", en: "Level guaranteed by Paris Solidarité" },
  "parisSolidarite.amount": { fr: "Paris Solidarité estimée par mois", en: "Estimated Paris Solidarité a month" },
  "parisSolidarite.resourcesTooHigh": {
    fr: "Vos ressources atteignent le plafond de {ceiling} € par mois.",
    en: "Your resources reach the ceiling of €{ceiling} a month.",
  },
  "parisSolidarite.afterAspa": {
    fr: "Paris Solidarité complète l'ASPA : demandez d'abord l'ASPA.",
    en: "Paris Solidarité tops up the ASPA: claim the ASPA first.",
  },
  "parisSolidarite.recovery": {
    fr: "Les sommes versées peuvent être récupérées sur la succession ou en cas de retour à meilleure fortune.",
    en: "Amounts paid may be recovered from the estate or if your finances improve.",
  },

  "parisLogement.tenantsOnly": {
    fr: "Paris Logement est réservée aux locataires.",
    en: "Paris Logement is for tenants only.",
  },
  "parisLogement.coupleWithChildCeilingUnverified": {
    fr: "Pour un couple avec un enfant, le plafond de ressources actuel n'a pas pu être vérifié.",
    en: "For a couple with one child, the current resource ceiling could not be checked.",
  },
  "parisLogement.compositionNotCovered": {
    fr: "Paris Logement concerne les personnes seules et les couples sans enfant ou avec un enfant ; voir les aides pour les familles.",
    en: "Paris Logement covers single people and couples with no child or one child; see the aids for families.",
  },
  "parisLogement.resources": { fr: "Ressources mensuelles (hors aide au logement)", en: "Monthly resources (housing aid excluded)" },
  "parisLogement.netHousingCost": {
    fr: "Loyer et charges, moins l'aide au logement",
    en: "Rent and charges, minus housing aid",
  },
  "parisLogement.effortRateTooLow": {
    fr: "Le logement doit coûter au moins {rate} % de vos ressources, aide au logement déduite.",
    en: "Housing must cost at least {rate}% of your resources, after housing aid.",
  },
  "parisLogement.resourcesTooHigh": {
    fr: "Vos ressources dépassent le plafond de {ceiling} € par mois.",
    en: "Your resources exceed the ceiling of €{ceiling} a month.",
  },
  "parisLogement.seniorCeilingUnverified": {
    fr: "Pour les personnes âgées ou handicapées, le plafond peut différer de {ceiling} € : à vérifier.",
    en: "For older or disabled people the ceiling may differ from €{ceiling}: to be checked.",
  },
  "parisLogement.amount": {
    fr: "Paris Logement estimée par mois (au plus {maximum} €, et pas plus que le coût du logement)",
    en: "Estimated Paris Logement a month (at most €{maximum}, and no more than the housing cost)",
  },
  "parisLogement.notWithFamilyAids": {
    fr: "Ne se cumule pas avec les autres aides au logement de la Ville.",
    en: "Cannot be combined with the City's other housing aids.",
  },

  "parisLogementFamilles.housingStatus": {
    fr: "Réservée aux locataires, accédants et propriétaires.",
    en: "For tenants, home buyers and owners only.",
  },
  "parisLogementFamilles.twoChildrenRequired": {
    fr: "Il faut au moins 2 enfants à charge (ou un enfant handicapé, non demandé ici).",
    en: "At least 2 dependent children are needed (or one disabled child, not asked here).",
  },
  "parisLogementFamilles.income": { fr: "Revenus mensuels du foyer", en: "Monthly household income" },
  "parisLogementFamilles.amount": {
    fr: "Paris Logement Familles (enfants : {children})",
    en: "Paris Logement Familles (children: {children})",
  },
  "parisLogementFamilles.adultChildrenCount": {
    fr: "Les enfants de 18 ans et plus comptent seulement s'ils sont à votre charge fiscale : à vérifier.",
    en: "Children aged 18 or more count only if they are your tax dependants: to be checked.",
  },
  "parisLogementFamilles.incomeTooHigh": {
    fr: "Vos revenus dépassent le plafond pour votre nombre d'enfants.",
    en: "Your income is above the ceiling for your number of children.",
  },
  "parisLogementFamilles.grantedForOneYear": {
    fr: "Aide accordée pour un an, à renouveler.",
    en: "Granted for one year, to be renewed.",
  },

  "parisLogementFamillesMonoparentales.singleParentsOnly": {
    fr: "Réservée aux parents qui élèvent seuls leurs enfants.",
    en: "For parents raising their children alone.",
  },
  "parisLogementFamillesMonoparentales.amountUnverified": {
    fr: "Vous pourriez y avoir droit ; son plafond et son montant actuels n'ont pas pu être vérifiés : demandez à votre Espace parisien des solidarités.",
    en: "You might qualify; its current ceiling and amount could not be checked: ask your Espace parisien des solidarités.",
  },
  "parisLogementFamillesMonoparentales.notWithFamilles": {
    fr: "Ne se cumule pas avec Paris Logement Familles : la plus favorable sera retenue.",
    en: "Cannot be combined with Paris Logement Familles: the more favourable one applies.",
  },

  "claim.rsa": {
    fr: "Demande en ligne sur caf.fr (ou msa.fr), ou avec l'aide de votre Espace parisien des solidarités.",
    en: "Apply online at caf.fr (or msa.fr), or with help from your Espace parisien des solidarités.",
  },
  "claim.primeActivite": {
    fr: "Demande en ligne sur caf.fr (ou msa.fr) ; puis déclaration des ressources tous les 3 mois.",
    en: "Apply online at caf.fr (or msa.fr); then declare your income every 3 months.",
  },
  "claim.aspa": {
    fr: "Demande auprès de votre caisse de retraite (en ligne sur info-retraite.fr pour le régime général).",
    en: "Apply to your pension fund (online at info-retraite.fr for the general scheme).",
  },
  "claim.css": {
    fr: "Demande en ligne sur ameli.fr ou auprès de votre caisse d'assurance maladie.",
    en: "Apply online at ameli.fr or at your health insurance office.",
  },
  "claim.parisSolidarite": {
    fr: "Dossier à déposer à l'Espace parisien des solidarités de votre arrondissement.",
    en: "Apply at the Espace parisien des solidarités of your arrondissement.",
  },
  "claim.parisLogement": {
    fr: "Dossier à déposer à l'Espace parisien des solidarités de votre arrondissement.",
    en: "Apply at the Espace parisien des solidarités of your arrondissement.",
  },
  "claim.parisLogementFamilles": {
    fr: "Dossier à déposer à l'Espace parisien des solidarités de votre arrondissement.",
    en: "Apply at the Espace parisien des solidarités of your arrondissement.",
  },
  "claim.parisLogementFamillesMonoparentales": {
    fr: "Renseignez-vous et déposez votre dossier à l'Espace parisien des solidarités de votre arrondissement.",
    en: "Ask and apply at the Espace parisien des solidarités of your arrondissement.",
  },
  "claim.caf": {
    fr: "Demande en ligne sur caf.fr, ou avec l'aide de votre Espace parisien des solidarités.",
    en: "Apply online at caf.fr, or with help from your Espace parisien des solidarités.",
  },
  "claim.supportAllowance": {
    fr: "Demande sur caf.fr (formulaire de demande d'ASF) ; la CAF peut ensuite réclamer la pension à l'autre parent.",
    en: "Apply on caf.fr (ASF claim form); the CAF can then claim the maintenance from the other parent.",
  },
  "claim.schoolAllowance": {
    fr: "Versée sans demande si vous recevez déjà des prestations de la CAF ; sinon, déclarez vos enfants sur caf.fr.",
    en: "Paid without a claim if you already receive CAF benefits; otherwise declare your children on caf.fr.",
  },
  "claim.aah": {
    fr: "Dossier à la MDPH de Paris (formulaire Cerfa 15692 et certificat médical), qui transmet à la CAF.",
    en: "File with the MDPH of Paris (Cerfa form 15692 and a medical certificate), which passes it to the CAF.",
  },
  "benefit.housingAid": { fr: "Aide au logement (APL, ALF ou ALS)", en: "Housing aid (APL, ALF or ALS)" },
  "claim.housingAid": {
    fr: "Demande en ligne sur caf.fr (rubrique aides au logement), avec votre bail et votre RIB ; l'aide est due à partir du mois suivant la demande.",
    en: "Apply online at caf.fr (housing aid section) with your lease and bank details; the aid is due from the month after the claim.",
  },
  "common.housingAidEstimated": {
    fr: "Aide au logement comptée : {amount} € par mois, notre estimation (à remplacer par le montant de la CAF dès que vous l'avez).",
    en: "Housing aid counted: €{amount} a month, our estimate (replace it with the CAF's amount once you have it).",
  },
  "housingAid.ownersNotCovered": {
    fr: "Propriétaire qui rembourse un prêt : l'aide à l'accession n'existe plus que pour certains prêts anciens ; le simulateur ne la calcule pas.",
    en: "Owner repaying a loan: the aid for home buyers remains only for some older loans; the simulator does not compute it.",
  },
  "housingAid.tenantsOnly": {
    fr: "L'aide au logement est versée aux locataires (et à certains propriétaires) pour leur résidence principale.",
    en: "Housing aid is paid to tenants (and some owners) for their main home.",
  },
  "housingAid.kindApl": {
    fr: "Logement social (conventionné) : l'aide est l'APL, versée en général au bailleur.",
    en: "Social (conventionné) housing: the aid is the APL, usually paid to the landlord.",
  },
  "housingAid.kindAlf": {
    fr: "Avec un enfant à charge, l'aide est l'allocation de logement familiale (ALF).",
    en: "With a dependent child, the aid is the allocation de logement familiale (ALF).",
  },
  "housingAid.kindAls": {
    fr: "Sans personne à charge, l'aide est l'allocation de logement sociale (ALS).",
    en: "Without dependants, the aid is the allocation de logement sociale (ALS).",
  },
  "housingAid.zoneUnknown": {
    fr: "Le montant dépend de la zone de votre commune ; le simulateur ne le calcule que pour Paris (zone 1). Faites une simulation sur caf.fr.",
    en: "The amount depends on your town's zone; the simulator computes it only for Paris (zone 1). Run a simulation on caf.fr.",
  },
  "housingAid.studentFlatResources": {
    fr: "Pour les étudiants, la CAF retient des ressources forfaitaires (plus basses avec une bourse) : montant à vérifier sur caf.fr.",
    en: "For students, the CAF counts flat-rate resources (lower with a grant): check the amount on caf.fr.",
  },
  "housingAid.rsaEarningsLeftOut": {
    fr: "Avec le RSA, vos revenus d'activité et de chômage ne comptent pas dans l'aide au logement.",
    en: "With the RSA, your earnings and unemployment benefit do not count for the housing aid.",
  },
  "housingAid.chargesUnknown": {
    fr: "Le calcul utilise le loyer sans les charges. Vous avez donné le loyer charges comprises : s'il est sous {ceiling} € ou au-dessus de {taperStart} €, indiquez les charges pour un montant exact.",
    en: "The aid uses the rent without charges. You gave the rent including charges: if it is below €{ceiling} or above €{taperStart}, give the charges for an exact amount.",
  },
  "housingAid.nearThreshold": {
    fr: "Vos ressources sont proches de la limite où l'aide s'arrête : le résultat dépend du calcul exact de la CAF.",
    en: "Your resources are close to where the aid stops: the result depends on the CAF's exact calculation.",
  },
  "housingAid.receivedAmountEstimated": {
    fr: "Vous recevez déjà une aide au logement ; nous l'estimons à {amount} € par mois pour les autres calculs.",
    en: "You already receive housing aid; we estimate it at €{amount} a month for the other calculations.",
  },
  "housingAid.alreadyReceived": {
    fr: "Vous recevez déjà une aide au logement ({amount} € par mois).",
    en: "You already receive housing aid (€{amount} a month).",
  },
  "housingAid.resourcesTooHigh": {
    fr: "Avec vos ressources et votre loyer, l'aide calculée est nulle ou sous le seuil de versement.",
    en: "With your resources and rent, the aid works out at nothing or below the payment threshold.",
  },
  "housingAid.solidarityRentReduction": {
    fr: "En logement social, le bailleur applique aussi la réduction de loyer de solidarité (RLS) : l'APL versée baisse alors de 98 % de cette réduction, que ce calcul ne déduit pas.",
    en: "In social housing the landlord also applies the réduction de loyer de solidarité (RLS): the APL paid then drops by 98 % of that reduction, which this calculation does not deduct.",
  },
  "housingAid.quarterlyReview": {
    fr: "La CAF recalcule l'aide tous les 3 mois sur vos ressources des 12 derniers mois.",
    en: "The CAF recomputes the aid every 3 months on your resources of the last 12 months.",
  },
  "housingAid.eligibleRent": { fr: "Loyer retenu (loyer sans charges, au plus {ceiling} €)", en: "Rent counted (rent without charges, at most €{ceiling})" },
  "housingAid.charges": { fr: "Forfait de charges (personnes à charge : {dependants})", en: "Flat-rate charges (dependants: {dependants})" },
  "housingAid.resources": {
    fr: "Ressources annuelles retenues (arrondies à la centaine ; abattement R0 de {allowance} €)",
    en: "Yearly resources counted (rounded up to the hundred; R0 allowance €{allowance})",
  },
  "housingAid.participation": {
    fr: "Participation du foyer : {minimum} € + {rate} % des ressources au-delà de R0",
    en: "Household participation: €{minimum} + {rate} % of the resources above R0",
  },
  "housingAid.tapered": {
    fr: "Aide réduite car le loyer dépasse {start} € (nulle à {end} €)",
    en: "Aid reduced because the rent is above €{start} (nothing at €{end})",
  },
  "housingAid.amount": {
    fr: "Aide au logement versée (moins 5 € et la CRDS, arrondie à l'euro)",
    en: "Housing aid paid (less €5 and the CRDS, rounded down to the euro)",
  },
  "benefit.energyCheque": { fr: "Chèque énergie", en: "Chèque énergie (energy bill voucher)" },
  "claim.energyCheque": {
    fr: "Aucune demande : il est envoyé au printemps si vous avez fait votre déclaration de revenus, même sans revenu. Sinon, renseignez-vous sur chequeenergie.gouv.fr.",
    en: "No claim: it is sent in spring if you filed your tax return, even with no income. Otherwise, see chequeenergie.gouv.fr.",
  },
  "energyCheque.ownHomeRequired": {
    fr: "Le chèque énergie va au foyer qui occupe son propre logement ; une personne hébergée ou sans logement ne le reçoit pas.",
    en: "The chèque énergie goes to a household living in its own home; someone hosted or without a home does not receive it.",
  },
  "energyCheque.referenceIncome": {
    fr: "Revenu fiscal de référence estimé (revenus imposables après l'abattement de 10 %)",
    en: "Estimated reference taxable income (taxable income after the 10 % allowance)",
  },
  "energyCheque.incomePerUnit": { fr: "Revenu par unité de consommation ({units} UC)", en: "Income per consumption unit ({units} units)" },
  "energyCheque.incomeOfTwoYearsAgo": {
    fr: "Le montant dépend du revenu fiscal de référence de l'avant-dernière année ; nous l'estimons d'après vos revenus d'aujourd'hui.",
    en: "The amount depends on the reference taxable income of two years ago; we estimate it from your income today.",
  },
  "energyCheque.incomeTooHigh": {
    fr: "Revenu par unité de consommation au-dessus de {ceiling} € par an : pas de chèque énergie.",
    en: "Income per consumption unit above €{ceiling} a year: no chèque énergie.",
  },
  "energyCheque.amount": { fr: "Montant du chèque énergie, par an (tranche {band})", en: "Chèque énergie, per year (band {band})" },
  "energyCheque.sentAfterTaxReturn": {
    fr: "Il sert à payer l'électricité, le gaz, le fioul, le bois ou des travaux de rénovation énergétique.",
    en: "It pays electricity, gas, heating oil, wood or energy-saving works.",
  },

  "benefit.navigo": { fr: "Navigo Solidarité (Solidarité Transport)", en: "Navigo Solidarité (reduced or free public transport)" },
  "claim.navigo": {
    fr: "Demande en ligne sur le site Solidarité Transport d'Île-de-France Mobilités, ou au 0 800 948 999 (appel gratuit), avec votre passe Navigo personnalisé.",
    en: "Apply online on Île-de-France Mobilités' Solidarité Transport site, or on 0 800 948 999 (free call), with your personal Navigo pass.",
  },
  "navigo.ameReduction": {
    fr: "Avec l'aide médicale de l'État (AME), réduction de {reduction} % sur les forfaits Navigo : le simulateur ne calcule pas l'AME.",
    en: "With the aide médicale de l'État (AME), {reduction} % off the Navigo passes: the simulator does not compute the AME.",
  },
  "navigo.conditions": {
    fr: "Réservé aux foyers au RSA ou à la complémentaire santé solidaire gratuite (et aux demandeurs d'emploi à l'ASS, que le simulateur ne calcule pas).",
    en: "For households on the RSA or the free complémentaire santé solidaire (and jobseekers on the ASS, which the simulator does not compute).",
  },
  "navigo.ileDeFranceOnly": {
    fr: "Seulement si vous habitez en Île-de-France.",
    en: "Only if you live in Île-de-France.",
  },
  "navigo.freeUnderCeilings": {
    fr: "Avec le RSA : transports gratuits si votre montant forfaitaire et votre prime d'activité sont sous les plafonds d'Île-de-France Mobilités (non publiés), sinon {reduction} % de réduction grâce à la complémentaire santé solidaire gratuite.",
    en: "With the RSA: free travel if your montant forfaitaire and prime d'activité are under Île-de-France Mobilités' ceilings (not published), otherwise {reduction} % off through the free complémentaire santé solidaire.",
  },
  "navigo.cssFreeReduction": {
    fr: "Avec la complémentaire santé solidaire gratuite : {reduction} % de réduction sur les forfaits Navigo Mois et Semaine pour tout le foyer, 50 % sur les tickets.",
    en: "With the free complémentaire santé solidaire: {reduction} % off the Navigo Month and Week passes for the whole household, 50 % off tickets.",
  },
  "benefit.parisEnergieFamilles": { fr: "Paris Énergie Familles", en: "Paris Énergie Familles (City of Paris help with energy bills)" },
  "benefit.parisForfaitFamilles": { fr: "Paris Forfait Familles", en: "Paris Forfait Familles (City of Paris yearly aid for large families)" },
  "benefit.complementSanteParis": { fr: "Complément Santé Paris", en: "Complément Santé Paris (City of Paris help with a health cover)" },
  "claim.parisEps": {
    fr: "Renseignez-vous et déposez votre dossier à l'Espace parisien des solidarités de votre arrondissement.",
    en: "Ask and apply at the Espace parisien des solidarités of your arrondissement.",
  },
  "paris.amountUnverified": {
    fr: "Vous remplissez les conditions que le simulateur connaît, mais le montant et les plafonds de ressources actuels n'ont pas pu être vérifiés sur paris.fr : à confirmer avec votre Espace parisien des solidarités.",
    en: "You meet the conditions the simulator knows, but the current amount and resource ceilings could not be checked on paris.fr: confirm with your Espace parisien des solidarités.",
  },
  "parisEnergieFamilles.conditions": {
    fr: "Pour les familles d'au moins {children} enfant à charge qui paient leur logement.",
    en: "For families of at least {children} dependent child who pay for their home.",
  },
  "parisForfaitFamilles.conditions": {
    fr: "Pour les familles d'au moins {children} enfants à charge qui paient leur logement.",
    en: "For families of at least {children} dependent children who pay for their home.",
  },
  "complementSanteParis.ageOrDisability": {
    fr: "Pour les Parisiens d'au moins {age} ans ou en situation de handicap.",
    en: "For Parisians aged {age} or more, or with a disability.",
  },
  "complementSanteParis.freeCssCovers": {
    fr: "La complémentaire santé solidaire gratuite couvre déjà vos frais : cette aide ne s'y ajoute pas.",
    en: "The free complémentaire santé solidaire already covers your costs: this aid does not add to it.",
  },
  "office.caf": { fr: "CAF de Paris (caisse d'allocations familiales)", en: "CAF de Paris (family allowance fund)" },
  "office.cpam": { fr: "CPAM de Paris (assurance maladie)", en: "CPAM de Paris (health insurance)" },
  "office.pensionFund": { fr: "Votre caisse de retraite (Assurance retraite pour le régime général)", en: "Your pension fund (Assurance retraite for the general scheme)" },
  "office.mdph": { fr: "MDPH de Paris (maison départementale des personnes handicapées)", en: "MDPH de Paris (disability centre)" },
  "office.taxOffice": { fr: "Impôts : votre déclaration de revenus", en: "Tax office: your income tax return" },
  "office.idfm": { fr: "Île-de-France Mobilités (Solidarité Transport)", en: "Île-de-France Mobilités (solidarity transport fares)" },
  "office.eps": { fr: "Espace parisien des solidarités (EPS) de votre arrondissement", en: "Espace parisien des solidarités (EPS) of your arrondissement" },
  "office.epsOf": { fr: "Espace parisien des solidarités (EPS) de votre arrondissement (Paris {arrondissement})", en: "Espace parisien des solidarités (EPS) of your arrondissement (Paris {arrondissement})" },
  "office.whereListed": { fr: "Adresse et horaires : voir {site}", en: "Address and opening hours: see {site}" },
  "document.identity": { fr: "Pièce d'identité (et titre de séjour hors Union européenne)", en: "Identity document (and residence permit outside the EU)" },
  "document.residence": { fr: "Justificatif de domicile", en: "Proof of address" },
  "document.income": { fr: "Justificatifs des revenus des 3 derniers mois (salaires, pensions, chômage)", en: "Proof of income for the last 3 months (wages, pensions, unemployment benefit)" },
  "document.incomeYear": { fr: "Justificatifs des revenus des 12 derniers mois", en: "Proof of income for the last 12 months" },
  "document.taxNotice": { fr: "Dernier avis d'impôt sur le revenu", en: "Latest income tax notice" },
  "document.taxReturn": { fr: "Déclaration de revenus faite chaque année, même sans revenu", en: "An income tax return filed every year, even with no income" },
  "document.bankDetails": { fr: "RIB (relevé d'identité bancaire)", en: "Bank details (RIB)" },
  "document.cafNumber": { fr: "Numéro d'allocataire CAF, si vous en avez un", en: "CAF claimant number, if you have one" },
  "document.lease": { fr: "Bail et dernière quittance de loyer (loyer et charges)", en: "Lease and latest rent receipt (rent and charges)" },
  "document.maintenance": { fr: "Jugement ou accord sur la pension alimentaire, s'il existe", en: "Court decision or agreement on child maintenance, if any" },
  "document.medicalCertificate": { fr: "Formulaire Cerfa 15692 et certificat médical de moins d'un an", en: "Cerfa form 15692 and a medical certificate less than a year old" },
  "document.navigoPass": { fr: "Passe Navigo personnalisé ; numéro CAF (RSA) ou attestation de la complémentaire santé solidaire", en: "Personal Navigo pass; CAF number (RSA) or complémentaire santé solidaire certificate" },
  "document.parisResidence": { fr: "Justificatifs d'habitation à Paris (3 ans sur les 5 dernières années)", en: "Proof of living in Paris (3 of the last 5 years)" },
} as const satisfies Record<string, Bilingual>;

/** The code of a message the engine emits (a reason, a step, a benefit name, how to claim). */
export type MessageCode = keyof typeof texts;

export const rightsCodeTranslations = catalogueOf(texts);
