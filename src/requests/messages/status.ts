import type { Translations } from '../../platform/i18n/index.ts';

const fr = {
  title: 'Suivre une demande',
  intro: 'Indiquez la référence reçue par e-mail et l’adresse e-mail utilisée pour la demande.',
  reference: 'Référence',
  referenceHint: 'Par exemple GP-7K3M-Q9XD',
  email: 'Adresse e-mail',
  submit: 'Voir la demande',
  notFound:
    'Nous ne trouvons pas de demande avec cette référence et cette adresse e-mail. Vérifiez les deux, telles qu’elles figurent dans l’e-mail de confirmation.',
  tooMany: 'Trop de recherches depuis votre connexion. Réessayez dans une heure.',
  referenceRequired: 'Indiquez la référence.',
  referenceHoldsNiss:
    'Ceci ressemble à un numéro de registre national (NISS), pas à une référence\u202f: n’écrivez pas de NISS ici. La référence figure dans l’e-mail de confirmation de votre demande.',
  emailRequired: 'Indiquez l’adresse e-mail.',
  resultTitle: 'Demande {reference}',
  notFoundTitle: 'Demande introuvable',
  alreadySent: 'Vous avez déjà envoyé une demande\u202f?',
  followLink: 'Suivre une demande',
  homeBody: 'Où en est votre demande\u202f? Sa référence et votre adresse e-mail suffisent.',
  status: 'Statut',
  what: 'Objet',
  zone: 'Coordination',
  history: 'Historique',
};

export const statusMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Een aanvraag volgen',
    intro: 'Vul de referentie in die u per e-mail kreeg en het e-mailadres waarmee u de aanvraag deed.',
    reference: 'Referentie',
    referenceHint: 'Bijvoorbeeld GP-7K3M-Q9XD',
    email: 'E-mailadres',
    submit: 'Aanvraag bekijken',
    notFound:
      'We vinden geen aanvraag met deze referentie en dit e-mailadres. Controleer beide, zoals ze in de bevestigingsmail staan.',
    tooMany: 'Te veel zoekopdrachten vanaf uw verbinding. Probeer het over een uur opnieuw.',
    referenceRequired: 'Vul de referentie in.',
    referenceHoldsNiss:
      'Dit lijkt op een rijksregisternummer (INSZ), niet op een referentie: schrijf hier geen INSZ. De referentie staat in de bevestigingsmail van uw aanvraag.',
    emailRequired: 'Vul het e-mailadres in.',
    resultTitle: 'Aanvraag {reference}',
    notFoundTitle: 'Aanvraag niet gevonden',
    alreadySent: 'Al een aanvraag verstuurd?',
    followLink: 'Een aanvraag volgen',
    homeBody: 'Hoe staat uw aanvraag ervoor? De referentie en uw e-mailadres volstaan.',
    status: 'Status',
    what: 'Onderwerp',
    zone: 'Coördinatie',
    history: 'Geschiedenis',
  },
  en: {
    title: 'Follow a request',
    intro: 'Enter the reference you received by e-mail and the e-mail address you used for the request.',
    reference: 'Reference',
    referenceHint: 'For example GP-7K3M-Q9XD',
    email: 'E-mail address',
    submit: 'See the request',
    notFound:
      'We cannot find a request with this reference and e-mail address. Check both, as they appear in the confirmation e-mail.',
    tooMany: 'Too many searches from your connection. Try again in an hour.',
    referenceRequired: 'Enter the reference.',
    referenceHoldsNiss:
      'This looks like a national register number (NISS), not a reference: do not write a NISS here. The reference is in the confirmation e-mail of your request.',
    emailRequired: 'Enter the e-mail address.',
    resultTitle: 'Request {reference}',
    notFoundTitle: 'Request not found',
    alreadySent: 'Already sent a request?',
    followLink: 'Follow a request',
    homeBody: 'Where is your request? Its reference and your e-mail address are enough.',
    status: 'Status',
    what: 'Subject',
    zone: 'Coordination',
    history: 'History',
  },
};
