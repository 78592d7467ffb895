import type { Translations } from '../../platform/i18n/index.ts';

// The organisation offer form's pages, in FR (source), NL, EN and DE.
const fr = {
  partner: {
    title: 'Proposer un partenariat à la coordination',
    intro:
      'CPAS, ONE, CPMS, AMO, maisons médicales, maisons de quartier\u202f: votre organisation peut accueillir des psychologues conventionnés au plus près de votre public. La coordination de votre zone vous recontacte.',
    whatYouCanOffer: 'Vous pouvez\u202f:',
    howLong: 'Cela prend environ 5 minutes. Ce que vous saisissez est gardé d’une page à l’autre.',
    start: 'Commencer',
    pages: {
      offer: { title: 'Que proposez-vous\u202f?' },
      'co-lead': { title: 'Qui co-animerait le groupe avec le clinicien\u202f?' },
      organisation: {
        title: 'Votre organisation',
        name: 'Nom de l’organisation',
        kind: 'Type d’organisation',
        enterpriseNumber: 'Numéro d’entreprise (BCE)',
        enterpriseNumberHint: '10 chiffres, par exemple 0123.456.749',
      },
      venue: {
        title: 'Le lieu',
        street: 'Rue et numéro',
        postcode: 'Code postal',
        accessibility: 'Accessibilité',
        capacity: 'Combien de personnes le local peut-il accueillir\u202f?',
        openingTimes: 'Heures d’ouverture',
        openingTimesHint:
          'Par exemple «\u202fdu lundi au vendredi de 9 h à 17 h, le mercredi jusqu’à 20 h\u202f».',
      },
      public: {
        title: 'Votre public',
        languages: 'Langues parlées par votre public',
        languagesHint: 'Cochez tout ce qui s’applique.',
        targetPublic: 'Âge du public',
        targetPublicDetails: 'Autre chose à savoir sur votre public',
        targetPublicDetailsHint:
          'Par exemple\u202f: familles, personnes primo-arrivantes, personnes sans abri.',
      },
      contact: {
        title: 'La personne de contact',
        name: 'Nom',
        email: 'Adresse e-mail',
        emailHint: 'Nous vous écrivons à chaque étape.',
        phone: 'Téléphone',
        language: 'Langue de travail de votre organisation',
        languageHint: 'Les associations néerlandophones de Bruxelles ont une coordination dédiée.',
      },
      message: {
        title: 'Autre chose à nous dire\u202f?',
        hint: 'Vos idées, vos contraintes, vos questions.',
      },
    },
    check: {
      title: 'Vérifiez votre proposition avant de l’envoyer',
      submit: 'Envoyer la proposition',
      declaration:
        'En envoyant cette proposition, vous acceptez que la coordination locale vous contacte à son sujet.',
    },
    confirmation: {
      title: 'Proposition envoyée',
      reference: 'Votre numéro de référence',
      next: 'Nous vous avons envoyé un e-mail de confirmation. La coordination de votre zone vous recontacte.',
      follow: 'Suivre votre proposition',
    },
  },
};

export const partnerFormMessages: Translations<typeof fr> = {
  fr,
  nl: {
    partner: {
      title: 'Een samenwerking voorstellen aan de coördinatie',
      intro:
        'OCMW’s, Kind en Gezin, CLB’s, jeugdhulp, wijkgezondheidscentra, buurthuizen: uw organisatie kan geconventioneerde psychologen dicht bij uw publiek onthalen. De coördinatie van uw zone neemt contact met u op.',
      whatYouCanOffer: 'U kunt:',
      howLong: 'Dit duurt ongeveer 5 minuten. Wat u invult, blijft bewaard van pagina tot pagina.',
      start: 'Beginnen',
      pages: {
        offer: { title: 'Wat biedt u aan?' },
        'co-lead': { title: 'Wie zou de groep samen met de zorgverlener begeleiden?' },
        organisation: {
          title: 'Uw organisatie',
          name: 'Naam van de organisatie',
          kind: 'Soort organisatie',
          enterpriseNumber: 'Ondernemingsnummer (KBO)',
          enterpriseNumberHint: '10 cijfers, bijvoorbeeld 0123.456.749',
        },
        venue: {
          title: 'De locatie',
          street: 'Straat en nummer',
          postcode: 'Postcode',
          accessibility: 'Toegankelijkheid',
          capacity: 'Hoeveel personen kan het lokaal ontvangen?',
          openingTimes: 'Openingsuren',
          openingTimesHint: 'Bijvoorbeeld ‘maandag tot vrijdag van 9 tot 17 uur, woensdag tot 20 uur’.',
        },
        public: {
          title: 'Uw publiek',
          languages: 'Talen die uw publiek spreekt',
          languagesHint: 'Vink alles aan wat van toepassing is.',
          targetPublic: 'Leeftijd van het publiek',
          targetPublicDetails: 'Nog iets te weten over uw publiek',
          targetPublicDetailsHint: 'Bijvoorbeeld: gezinnen, nieuwkomers, daklozen.',
        },
        contact: {
          title: 'De contactpersoon',
          name: 'Naam',
          email: 'E-mailadres',
          emailHint: 'We schrijven u bij elke stap.',
          phone: 'Telefoon',
          language: 'Werktaal van uw organisatie',
          languageHint: 'Nederlandstalige verenigingen in Brussel hebben een eigen coördinatie.',
        },
        message: { title: 'Nog iets te melden?', hint: 'Uw ideeën, uw beperkingen, uw vragen.' },
      },
      check: {
        title: 'Controleer uw voorstel voor u het verstuurt',
        submit: 'Voorstel versturen',
        declaration:
          'Door dit voorstel te versturen, gaat u ermee akkoord dat de lokale coördinatie u erover contacteert.',
      },
      confirmation: {
        title: 'Voorstel verstuurd',
        reference: 'Uw referentienummer',
        next: 'We hebben u een bevestiging per e-mail gestuurd. De coördinatie van uw zone neemt contact met u op.',
        follow: 'Uw voorstel volgen',
      },
    },
  },
  en: {
    partner: {
      title: 'Offer a partnership to the coordination',
      intro:
        'CPAS, ONE, CPMS, AMO, medical centres, neighbourhood houses: your organisation can host conventioned psychologists close to the people you serve. The coordination of your zone contacts you.',
      whatYouCanOffer: 'You can:',
      howLong: 'It takes about 5 minutes. What you type is kept from one page to the next.',
      start: 'Start now',
      pages: {
        offer: { title: 'What do you offer?' },
        'co-lead': { title: 'Who would co-lead the group with the clinician?' },
        organisation: {
          title: 'Your organisation',
          name: 'Organisation name',
          kind: 'Kind of organisation',
          enterpriseNumber: 'Enterprise number (KBO/BCE)',
          enterpriseNumberHint: '10 digits, for example 0123.456.749',
        },
        venue: {
          title: 'The venue',
          street: 'Street and number',
          postcode: 'Postcode',
          accessibility: 'Accessibility',
          capacity: 'How many people can the room hold?',
          openingTimes: 'Opening times',
          openingTimesHint: 'For example “Monday to Friday 9:00 to 17:00, Wednesday until 20:00”.',
        },
        public: {
          title: 'The people you serve',
          languages: 'Languages your public speaks',
          languagesHint: 'Select all that apply.',
          targetPublic: 'Age of your public',
          targetPublicDetails: 'Anything else to know about your public',
          targetPublicDetailsHint: 'For example: families, newcomers, homeless people.',
        },
        contact: {
          title: 'The contact person',
          name: 'Name',
          email: 'E-mail address',
          emailHint: 'We write to you at each step.',
          phone: 'Phone',
          language: 'Working language of your organisation',
          languageHint: 'Dutch-speaking associations in Brussels have their own coordination.',
        },
        message: {
          title: 'Anything else to tell us?',
          hint: 'Your ideas, your constraints, your questions.',
        },
      },
      check: {
        title: 'Check your offer before sending it',
        submit: 'Send the offer',
        declaration: 'By sending this offer, you agree that the local coordination contacts you about it.',
      },
      confirmation: {
        title: 'Offer sent',
        reference: 'Your reference number',
        next: 'We have sent you a confirmation e-mail. The coordination of your zone will contact you.',
        follow: 'Follow your offer',
      },
    },
  },
  de: {
    partner: {
      title: 'Der Koordination eine Partnerschaft vorschlagen',
      intro:
        'ÖSHZ, Kaleido, Jugendhilfedienste, Gemeinschaftspraxen, Nachbarschaftshäuser: Ihre Organisation kann konventionierte Psychologinnen und Psychologen ganz nah bei den Menschen empfangen, für die Sie da sind. Die Koordination Ihrer Zone meldet sich bei Ihnen.',
      whatYouCanOffer: 'Sie können:',
      howLong: 'Das dauert etwa 5 Minuten. Ihre Eingaben bleiben von Seite zu Seite erhalten.',
      start: 'Beginnen',
      pages: {
        offer: { title: 'Was bieten Sie an?' },
        'co-lead': { title: 'Wer würde die Gruppe gemeinsam mit der Fachkraft leiten?' },
        organisation: {
          title: 'Ihre Organisation',
          name: 'Name der Organisation',
          kind: 'Art der Organisation',
          enterpriseNumber: 'Unternehmensnummer (ZDU)',
          enterpriseNumberHint: '10 Ziffern, zum Beispiel 0123.456.749',
        },
        venue: {
          title: 'Der Ort',
          street: 'Straße und Hausnummer',
          postcode: 'Postleitzahl',
          accessibility: 'Zugänglichkeit',
          capacity: 'Wie viele Personen kann der Raum aufnehmen?',
          openingTimes: 'Öffnungszeiten',
          openingTimesHint: 'Zum Beispiel „montags bis freitags von 9 bis 17 Uhr, mittwochs bis 20 Uhr“.',
        },
        public: {
          title: 'Ihre Zielgruppe',
          languages: 'Sprachen, die Ihre Zielgruppe spricht',
          languagesHint: 'Kreuzen Sie alles Zutreffende an.',
          targetPublic: 'Alter der Zielgruppe',
          targetPublicDetails: 'Was wir sonst über Ihre Zielgruppe wissen sollten',
          targetPublicDetailsHint: 'Zum Beispiel: Familien, neu zugewanderte Menschen, obdachlose Menschen.',
        },
        contact: {
          title: 'Die Kontaktperson',
          name: 'Name',
          email: 'E-Mail-Adresse',
          emailHint: 'Wir schreiben Ihnen bei jedem Schritt.',
          phone: 'Telefon',
          language: 'Arbeitssprache Ihrer Organisation',
          languageHint: 'Niederländischsprachige Vereinigungen in Brüssel haben eine eigene Koordination.',
        },
        message: {
          title: 'Möchten Sie uns noch etwas mitteilen?',
          hint: 'Ihre Ideen, Ihre Einschränkungen, Ihre Fragen.',
        },
      },
      check: {
        title: 'Prüfen Sie Ihren Vorschlag, bevor Sie ihn senden',
        submit: 'Vorschlag senden',
        declaration:
          'Mit dem Senden dieses Vorschlags sind Sie einverstanden, dass die lokale Koordination Sie dazu kontaktiert.',
      },
      confirmation: {
        title: 'Vorschlag gesendet',
        reference: 'Ihre Referenznummer',
        next: 'Wir haben Ihnen eine Bestätigung per E-Mail gesendet. Die Koordination Ihrer Zone meldet sich bei Ihnen.',
        follow: 'Ihren Vorschlag verfolgen',
      },
    },
  },
};
