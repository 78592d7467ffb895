import type { Translations } from '../../platform/i18n/index.ts';

// The GP support request form's pages, in FR (source), NL, EN and DE.
const fr = {
  support: {
    title: 'Demander le soutien d’un psychologue conventionné',
    intro:
      'Médecins généralistes\u202f: les psychologues et orthopédagogues cliniciens conventionnés peuvent vous soutenir. La coordination locale de votre zone reçoit votre demande et vous recontacte.',
    whatYouCanAsk: 'Vous pouvez demander\u202f:',
    howLong: 'Cela prend environ 5 minutes. Ce que vous saisissez est gardé d’une page à l’autre.',
    start: 'Commencer',
    pages: {
      kind: { title: 'De quoi avez-vous besoin\u202f?' },
      'case-advice': { title: 'Comment souhaitez-vous recevoir l’avis\u202f?' },
      topics: { title: 'Quels sujets souhaitez-vous aborder\u202f?', hint: 'Cochez tout ce qui s’applique.' },
      practice: {
        title: 'Votre cabinet',
        name: 'Nom du cabinet',
        street: 'Rue et numéro',
        postcode: 'Code postal',
        postcodeHint: 'Il détermine la coordination locale qui vous répond.',
      },
      contact: {
        title: 'Vos coordonnées',
        name: 'Votre nom',
        email: 'Adresse e-mail',
        emailHint: 'Nous vous écrivons à chaque étape de votre demande.',
        phone: 'Téléphone',
        language: 'Dans quelle langue souhaitez-vous être contacté\u202f?',
      },
      'age-group': {
        title: 'Quel âge ont les patients concernés\u202f?',
        hint: 'Les réseaux pour enfants et jeunes suivent jusqu’à 23 ans, ceux pour adultes à partir de 15 ans.',
      },
      times: {
        title: 'Quand êtes-vous disponible\u202f?',
        hint: 'Jours et heures qui vous conviennent, par exemple «\u202fle mardi après-midi\u202f» ou «\u202fle jeudi de 12 h à 13 h\u202f».',
      },
      description: {
        title: 'Décrivez votre demande',
        hint: 'Ce qui aiderait la coordination à trouver le bon clinicien.',
      },
    },
    check: {
      title: 'Vérifiez votre demande avant de l’envoyer',
      submit: 'Envoyer la demande',
      declaration:
        'En envoyant cette demande, vous acceptez que la coordination locale vous contacte à son sujet.',
    },
    confirmation: {
      title: 'Demande envoyée',
      reference: 'Votre numéro de référence',
      next: 'Nous vous avons envoyé un e-mail de confirmation. La coordination de votre zone vous recontacte en principe dans les 5 jours ouvrables.',
      follow: 'Suivre votre demande',
    },
  },
};

export const supportFormMessages: Translations<typeof fr> = {
  fr,
  nl: {
    support: {
      title: 'Ondersteuning vragen van een geconventioneerde psycholoog',
      intro:
        'Huisartsen: geconventioneerde klinisch psychologen en orthopedagogen kunnen u ondersteunen. De lokale coördinatie van uw zone ontvangt uw aanvraag en neemt contact met u op.',
      whatYouCanAsk: 'U kunt vragen:',
      howLong: 'Dit duurt ongeveer 5 minuten. Wat u invult, blijft bewaard van pagina tot pagina.',
      start: 'Beginnen',
      pages: {
        kind: { title: 'Wat hebt u nodig?' },
        'case-advice': { title: 'Hoe wilt u het advies krijgen?' },
        topics: {
          title: 'Welke onderwerpen wilt u bespreken?',
          hint: 'Vink alles aan wat van toepassing is.',
        },
        practice: {
          title: 'Uw praktijk',
          name: 'Naam van de praktijk',
          street: 'Straat en nummer',
          postcode: 'Postcode',
          postcodeHint: 'Die bepaalt welke lokale coördinatie u antwoordt.',
        },
        contact: {
          title: 'Uw gegevens',
          name: 'Uw naam',
          email: 'E-mailadres',
          emailHint: 'We schrijven u bij elke stap van uw aanvraag.',
          phone: 'Telefoon',
          language: 'In welke taal wilt u gecontacteerd worden?',
        },
        'age-group': {
          title: 'Hoe oud zijn de betrokken patiënten?',
          hint: 'Netwerken voor kinderen en jongeren volgen tot 23 jaar, netwerken voor volwassenen vanaf 15 jaar.',
        },
        times: {
          title: 'Wanneer bent u beschikbaar?',
          hint: 'Dagen en uren die u passen, bijvoorbeeld ‘dinsdagnamiddag’ of ‘donderdag van 12 tot 13 uur’.',
        },
        description: {
          title: 'Beschrijf uw aanvraag',
          hint: 'Wat de coördinatie helpt om de juiste zorgverlener te vinden.',
        },
      },
      check: {
        title: 'Controleer uw aanvraag voor u ze verstuurt',
        submit: 'Aanvraag versturen',
        declaration:
          'Door deze aanvraag te versturen, gaat u ermee akkoord dat de lokale coördinatie u erover contacteert.',
      },
      confirmation: {
        title: 'Aanvraag verstuurd',
        reference: 'Uw referentienummer',
        next: 'We hebben u een bevestiging per e-mail gestuurd. De coördinatie van uw zone neemt normaal binnen 5 werkdagen contact met u op.',
        follow: 'Uw aanvraag volgen',
      },
    },
  },
  en: {
    support: {
      title: 'Ask a conventioned psychologist for support',
      intro:
        'GPs: conventioned clinical psychologists and orthopedagogues can support you. The local coordination of your zone receives your request and contacts you.',
      whatYouCanAsk: 'You can ask for:',
      howLong: 'It takes about 5 minutes. What you type is kept from one page to the next.',
      start: 'Start now',
      pages: {
        kind: { title: 'What do you need?' },
        'case-advice': { title: 'How would you like to receive the advice?' },
        topics: { title: 'Which topics would you like to cover?', hint: 'Select all that apply.' },
        practice: {
          title: 'Your practice',
          name: 'Practice name',
          street: 'Street and number',
          postcode: 'Postcode',
          postcodeHint: 'It decides which local coordination answers you.',
        },
        contact: {
          title: 'Your contact details',
          name: 'Your name',
          email: 'E-mail address',
          emailHint: 'We write to you at each step of your request.',
          phone: 'Phone',
          language: 'Which language should we contact you in?',
        },
        'age-group': {
          title: 'How old are the patients concerned?',
          hint: 'Networks for children and young people follow up to age 23, adult networks from age 15.',
        },
        times: {
          title: 'When are you available?',
          hint: 'Days and times that suit you, for example “Tuesday afternoons” or “Thursdays 12:00 to 13:00”.',
        },
        description: {
          title: 'Describe your request',
          hint: 'What would help the coordination find the right clinician.',
        },
      },
      check: {
        title: 'Check your request before sending it',
        submit: 'Send the request',
        declaration: 'By sending this request, you agree that the local coordination contacts you about it.',
      },
      confirmation: {
        title: 'Request sent',
        reference: 'Your reference number',
        next: 'We have sent you a confirmation e-mail. The coordination of your zone normally contacts you within 5 working days.',
        follow: 'Follow your request',
      },
    },
  },
  de: {
    support: {
      title: 'Unterstützung durch eine konventionierte Fachkraft anfragen',
      intro:
        'Hausärztinnen und Hausärzte: Konventionierte klinische Psychologinnen und Psychologen sowie klinische Orthopädagoginnen und Orthopädagogen können Sie unterstützen. Die lokale Koordination Ihrer Zone erhält Ihre Anfrage und meldet sich bei Ihnen.',
      whatYouCanAsk: 'Sie können Folgendes anfragen:',
      howLong: 'Das dauert etwa 5 Minuten. Ihre Eingaben bleiben von Seite zu Seite erhalten.',
      start: 'Beginnen',
      pages: {
        kind: { title: 'Was benötigen Sie?' },
        'case-advice': { title: 'Wie möchten Sie den Rat erhalten?' },
        topics: {
          title: 'Welche Themen möchten Sie behandeln?',
          hint: 'Kreuzen Sie alles Zutreffende an.',
        },
        practice: {
          title: 'Ihre Praxis',
          name: 'Name der Praxis',
          street: 'Straße und Hausnummer',
          postcode: 'Postleitzahl',
          postcodeHint: 'Sie bestimmt, welche lokale Koordination Ihnen antwortet.',
        },
        contact: {
          title: 'Ihre Kontaktdaten',
          name: 'Ihr Name',
          email: 'E-Mail-Adresse',
          emailHint: 'Wir schreiben Ihnen bei jedem Schritt Ihrer Anfrage.',
          phone: 'Telefon',
          language: 'In welcher Sprache möchten Sie kontaktiert werden?',
        },
        'age-group': {
          title: 'Wie alt sind die betroffenen Patientinnen und Patienten?',
          hint: 'Die Netzwerke für Kinder und Jugendliche begleiten bis 23 Jahre, die Netzwerke für Erwachsene ab 15 Jahren.',
        },
        times: {
          title: 'Wann sind Sie verfügbar?',
          hint: 'Tage und Uhrzeiten, die Ihnen passen, zum Beispiel „dienstagnachmittags“ oder „donnerstags von 12 bis 13 Uhr“.',
        },
        description: {
          title: 'Beschreiben Sie Ihre Anfrage',
          hint: 'Was der Koordination hilft, die passende Fachkraft zu finden.',
        },
      },
      check: {
        title: 'Prüfen Sie Ihre Anfrage, bevor Sie sie senden',
        submit: 'Anfrage senden',
        declaration:
          'Mit dem Senden dieser Anfrage sind Sie einverstanden, dass die lokale Koordination Sie dazu kontaktiert.',
      },
      confirmation: {
        title: 'Anfrage gesendet',
        reference: 'Ihre Referenznummer',
        next: 'Wir haben Ihnen eine Bestätigung per E-Mail gesendet. Die Koordination Ihrer Zone meldet sich in der Regel innerhalb von 5 Werktagen bei Ihnen.',
        follow: 'Ihre Anfrage verfolgen',
      },
    },
  },
};
