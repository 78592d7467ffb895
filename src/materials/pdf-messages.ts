// The printed materials' words in FR (the source, French typography with U+202F, mapped for the
// PDF's fonts by domain/winansi.ts), NL, EN and DE. Figures (copays, ages) come from the care rules,
// never from these sentences.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  titles: {
    'public-flyer': 'Parler à un psychologue, près de chez vous',
    poster: 'Besoin de parler\u202f? Un psychologue près de chez vous',
    'organisation-flyer': 'Accueillir un psychologue dans votre organisation',
  },
  intros: {
    'public-flyer':
      'Des psychologues et orthopédagogues cliniciens conventionnés vous reçoivent pour un prix réduit, seul ou en groupe, dans votre langue.',
    poster: 'Des séances accessibles avec un psychologue ou un orthopédagogue conventionné.',
    'organisation-flyer':
      'Mettez un local à disposition d’un psychologue, hébergez ou coanimez un groupe de soutien\u202f: les séances ont lieu là où vos publics viennent déjà.',
  },
  network: 'Réseau de santé mentale\u202f: {name}',
  costTitle: 'Combien ça coûte\u202f?',
  firstFree: 'La première séance est gratuite.',
  individual: 'Séance individuelle\u202f: {amount} ({bim} avec l’intervention majorée).',
  group: 'Séance de groupe\u202f: {amount}.',
  youthFree: 'Gratuit jusqu’à {age} ans.',
  communityFree: 'Les groupes communautaires sont gratuits.',
  findTitle: 'Trouver un psychologue',
  findBody: 'Scannez le code ou allez sur',
  contactTitle: 'Nous contacter',
  organisationAsk: 'Proposer un local ou un groupe\u202f:',
  helplinesTitle: 'Besoin d’aide tout de suite\u202f?',
  qrLabel: 'Code QR vers le moteur de recherche',
};

export const pdfMessages: Translations<typeof fr> = {
  fr,
  nl: {
    titles: {
      'public-flyer': 'Praten met een psycholoog, dicht bij huis',
      poster: 'Nood aan een gesprek? Een psycholoog dicht bij huis',
      'organisation-flyer': 'Een psycholoog in uw organisatie ontvangen',
    },
    intros: {
      'public-flyer':
        'Klinisch psychologen en orthopedagogen met een overeenkomst ontvangen u voor een lage prijs, alleen of in groep, in uw taal.',
      poster: 'Betaalbare sessies bij een psycholoog of orthopedagoog met een overeenkomst.',
      'organisation-flyer':
        'Stel een lokaal ter beschikking van een psycholoog, ontvang of begeleid mee een steungroep: de sessies vinden plaats waar uw publiek al komt.',
    },
    network: 'Netwerk geestelijke gezondheid: {name}',
    costTitle: 'Wat kost het?',
    firstFree: 'De eerste sessie is gratis.',
    individual: 'Individuele sessie: {amount} ({bim} met verhoogde tegemoetkoming).',
    group: 'Groepssessie: {amount}.',
    youthFree: 'Gratis tot {age} jaar.',
    communityFree: 'Gemeenschapsgerichte groepen zijn gratis.',
    findTitle: 'Een psycholoog vinden',
    findBody: 'Scan de code of ga naar',
    contactTitle: 'Contact',
    organisationAsk: 'Een lokaal of een groep aanbieden:',
    helplinesTitle: 'Nu meteen hulp nodig?',
    qrLabel: 'QR-code naar de zoekfunctie',
  },
  en: {
    titles: {
      'public-flyer': 'Talk to a psychologist, near you',
      poster: 'Need to talk? A psychologist near you',
      'organisation-flyer': 'Host a psychologist in your organisation',
    },
    intros: {
      'public-flyer':
        'Conventioned clinical psychologists and orthopedagogues see you at a reduced price, alone or in a group, in your language.',
      poster: 'Affordable sessions with a conventioned psychologist or orthopedagogue.',
      'organisation-flyer':
        'Offer a room to a psychologist, host or co-lead a support group: sessions take place where your public already comes.',
    },
    network: 'Mental health network: {name}',
    costTitle: 'What does it cost?',
    firstFree: 'The first session is free.',
    individual: 'Individual session: {amount} ({bim} with increased reimbursement).',
    group: 'Group session: {amount}.',
    youthFree: 'Free up to the age of {age}.',
    communityFree: 'Community groups are free.',
    findTitle: 'Find a psychologist',
    findBody: 'Scan the code or go to',
    contactTitle: 'Contact us',
    organisationAsk: 'Offer a room or a group:',
    helplinesTitle: 'Need help right now?',
    qrLabel: 'QR code to the finder',
  },
  de: {
    titles: {
      'public-flyer': 'Mit einer Psychologin oder einem Psychologen sprechen, in Ihrer Nähe',
      poster: 'Sie möchten reden? Psychologische Hilfe in Ihrer Nähe',
      'organisation-flyer': 'Eine Psychologin oder einen Psychologen in Ihrer Einrichtung empfangen',
    },
    intros: {
      'public-flyer':
        'Konventionierte klinische Psychologinnen und Psychologen sowie Orthopädagoginnen und Orthopädagogen empfangen Sie zu einem günstigen Preis, allein oder in der Gruppe, in Ihrer Sprache.',
      poster:
        'Erschwingliche Sitzungen bei einer konventionierten Fachkraft der Psychologie oder Orthopädagogik.',
      'organisation-flyer':
        'Stellen Sie einer Fachkraft einen Raum zur Verfügung, empfangen oder leiten Sie gemeinsam eine Selbsthilfegruppe: Die Sitzungen finden dort statt, wohin Ihr Publikum ohnehin kommt.',
    },
    network: 'Netzwerk für psychische Gesundheit: {name}',
    costTitle: 'Was kostet es?',
    firstFree: 'Die erste Sitzung ist kostenlos.',
    individual: 'Einzelsitzung: {amount} ({bim} mit erhöhter Kostenbeteiligung).',
    group: 'Gruppensitzung: {amount}.',
    youthFree: 'Kostenlos bis {age} Jahre.',
    communityFree: 'Gemeinschaftsgruppen sind kostenlos.',
    findTitle: 'Eine Fachkraft finden',
    findBody: 'Scannen Sie den Code oder besuchen Sie',
    contactTitle: 'Kontakt',
    organisationAsk: 'Einen Raum oder eine Gruppe anbieten:',
    helplinesTitle: 'Sie brauchen sofort Hilfe?',
    qrLabel: 'QR-Code zur Suchfunktion',
  },
};
