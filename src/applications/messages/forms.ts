import { formMessages } from '../../platform/forms/messages.ts';
import type { Translations } from '../../platform/i18n/index.ts';
import { questionMessages } from './questions.ts';

// The two questionnaires: what surrounds the questions (start pages, uploads); the questions
// themselves are in questions.ts, how their issues name each field in issues.ts.

const fr = {
  ...questionMessages.fr,
  none: 'Aucun',
  signInTitle: 'Connectez-vous pour commencer',
  signInBody:
    'Vos réponses sont enregistrées dans votre compte\u202f: vous pouvez vous arrêter et reprendre plus tard. Le même compte vous permet ensuite de suivre votre dossier.',
  signIn: 'Se connecter',
  createAccount: 'Créer un compte',
  clinician: {
    title: 'Déclarer son intérêt comme psychologue ou orthopédagogue clinicien·ne',
    intro:
      'Les réseaux de santé mentale recherchent des clinicien·nes pour la convention de soins psychologiques de première ligne, en particulier avec une expérience auprès des enfants et des jeunes, dans des langues variées et déjà en lien avec des acteurs de première ligne.',
    needs:
      'Préparez votre numéro de visa, votre numéro INAMI et une copie de votre diplôme et de votre visa (PDF, PNG ou JPEG).',
    start: 'Commencer',
    resume: 'Reprendre là où vous vous êtes arrêté·e',
    checkTitle: 'Vérifiez vos réponses',
    declaration: 'En envoyant, vous confirmez que ces informations sont exactes.',
    submit: 'Envoyer ma déclaration',
    confirmation: 'Déclaration envoyée',
  },
  service: {
    title: 'Devenir service conventionné',
    intro:
      'Une organisation (CPAS, maison médicale, AMO, maison de quartier…) peut employer des clinicien·nes dans le cadre de la convention. Une coordinatrice ou un coordinateur vous contacte, votre candidature est présentée en concertation puis à l’organe de décision du ou des réseaux.',
    preview: 'Voir toutes les questions avant de commencer (imprimable)',
    start: 'Commencer',
    checkTitle: 'Vérifiez vos réponses',
    declaration:
      'En envoyant, vous confirmez que ces informations sont exactes et que vous pouvez engager l’organisation.',
    submit: 'Envoyer la candidature',
    confirmation: 'Candidature envoyée',
    questionsTitle: 'Les questions de la candidature de service conventionné',
    questionsIntro:
      'Voici toutes les questions, dans l’ordre, pour préparer vos réponses. Imprimez cette page si vous le souhaitez.',
    print: 'Imprimer',
  },
  confirmationBody: 'Votre référence est {reference}. Vous recevez un e-mail à chaque étape.',
  followLink: 'Suivre mon dossier',
  // The engine's sentences (the applicant's case page says the NISS one too).
  issues: formMessages.fr.issues,
  upload: {
    missing: 'Choisissez un fichier.',
    empty: 'Le fichier est vide.',
    'too-large': 'Le fichier dépasse {mb} Mo. Envoyez un fichier plus petit.',
    'wrong-type':
      'Le fichier n’est ni un PDF, ni une image PNG ou JPEG (son contenu a été vérifié, pas seulement son nom).',
    'bad-name':
      'Le nom du fichier contient des caractères refusés (/, \\ ou ..). Renommez-le puis réessayez.',
    'long-name': 'Le nom du fichier dépasse {chars} caractères. Raccourcissez-le puis réessayez.',
    'hidden-characters':
      'Le nom du fichier contient des caractères invisibles ou qui changent le sens de lecture (comme U+202E). Renommez-le puis réessayez.',
    stale: 'Le dossier a changé entre-temps. Rechargez la page.',
    'not-allowed': 'Ce dossier ne permet plus d’ajouter des documents.',
    'case-full':
      'Ce dossier a atteint sa limite de documents ({files} fichiers ou {totalMb} Mo au total). Pour en ajouter d’autres, contactez la coordination.',
    'account-full':
      'Votre compte a atteint sa limite de documents ({files} fichiers ou {totalMb} Mo au total, tous dossiers confondus). Pour en ajouter d’autres, contactez la coordination.',
  },
};

export const formsMessages: Translations<typeof fr> = {
  fr,
  nl: {
    ...questionMessages.nl,
    none: 'Geen',
    signInTitle: 'Meld u aan om te beginnen',
    signInBody:
      'Uw antwoorden worden in uw account bewaard: u kunt stoppen en later verdergaan. Met hetzelfde account volgt u daarna uw dossier.',
    signIn: 'Aanmelden',
    createAccount: 'Een account aanmaken',
    clinician: {
      title: 'Interesse melden als klinisch psycholoog of orthopedagoog',
      intro:
        'De netwerken geestelijke gezondheid zoeken zorgverleners voor de overeenkomst eerstelijnspsychologische zorg, vooral met ervaring met kinderen en jongeren, in verschillende talen en al verbonden met eerstelijnsactoren.',
      needs:
        'Houd uw visumnummer, uw RIZIV-nummer en een kopie van uw diploma en visum (PDF, PNG of JPEG) bij de hand.',
      start: 'Beginnen',
      resume: 'Verdergaan waar u stopte',
      checkTitle: 'Controleer uw antwoorden',
      declaration: 'Door te verzenden bevestigt u dat deze gegevens juist zijn.',
      submit: 'Mijn verklaring verzenden',
      confirmation: 'Verklaring verzonden',
    },
    service: {
      title: 'Geconventioneerde dienst worden',
      intro:
        'Een organisatie (OCMW, wijkgezondheidscentrum, jeugdhulp, buurthuis…) kan zorgverleners tewerkstellen binnen de overeenkomst. Een coördinator neemt contact op, uw kandidatuur wordt op een overleg voorgesteld en daarna aan het beslissingsorgaan van het netwerk of de netwerken.',
      preview: 'Alle vragen bekijken voor u begint (afdrukbaar)',
      start: 'Beginnen',
      checkTitle: 'Controleer uw antwoorden',
      declaration:
        'Door te verzenden bevestigt u dat deze gegevens juist zijn en dat u de organisatie mag verbinden.',
      submit: 'Kandidatuur verzenden',
      confirmation: 'Kandidatuur verzonden',
      questionsTitle: 'De vragen van de kandidatuur als geconventioneerde dienst',
      questionsIntro:
        'Hier staan alle vragen, in volgorde, om uw antwoorden voor te bereiden. Druk deze pagina af als u wilt.',
      print: 'Afdrukken',
    },
    confirmationBody: 'Uw referentie is {reference}. U krijgt bij elke stap een e-mail.',
    followLink: 'Mijn dossier volgen',
    issues: formMessages.nl.issues,
    upload: {
      missing: 'Kies een bestand.',
      empty: 'Het bestand is leeg.',
      'too-large': 'Het bestand is groter dan {mb} MB. Stuur een kleiner bestand.',
      'wrong-type':
        'Het bestand is geen PDF en geen PNG- of JPEG-afbeelding (de inhoud werd gecontroleerd, niet alleen de naam).',
      'bad-name':
        'De bestandsnaam bevat geweigerde tekens (/, \\ of ..). Geef het een andere naam en probeer opnieuw.',
      'long-name': 'De bestandsnaam is langer dan {chars} tekens. Maak hem korter en probeer opnieuw.',
      'hidden-characters':
        'De bestandsnaam bevat onzichtbare tekens of tekens die de leesrichting veranderen (zoals U+202E). Geef het een andere naam en probeer opnieuw.',
      stale: 'Het dossier is intussen gewijzigd. Laad de pagina opnieuw.',
      'not-allowed': 'In dit dossier kunnen geen documenten meer worden toegevoegd.',
      'case-full':
        'Dit dossier heeft zijn limiet voor documenten bereikt ({files} bestanden of {totalMb} MB in totaal). Neem contact op met de coördinatie om er meer toe te voegen.',
      'account-full':
        'Uw account heeft zijn limiet voor documenten bereikt ({files} bestanden of {totalMb} MB in totaal, over al uw dossiers). Neem contact op met de coördinatie om er meer toe te voegen.',
    },
  },
  en: {
    ...questionMessages.en,
    none: 'None',
    signInTitle: 'Sign in to start',
    signInBody:
      'Your answers are saved in your account: you can stop and come back later. The same account then lets you follow your case.',
    signIn: 'Sign in',
    createAccount: 'Create an account',
    clinician: {
      title: 'Declare your interest as a clinical psychologist or orthopedagogue',
      intro:
        'The mental-health networks are looking for clinicians for the first-line psychological care convention, especially with experience with children and young people, in various languages and already linked with first-line actors.',
      needs:
        'Have your visa number, your INAMI number and a copy of your diploma and visa (PDF, PNG or JPEG) at hand.',
      start: 'Start',
      resume: 'Continue where you stopped',
      checkTitle: 'Check your answers',
      declaration: 'By sending, you confirm that this information is correct.',
      submit: 'Send my declaration',
      confirmation: 'Declaration sent',
    },
    service: {
      title: 'Become a conventioned service',
      intro:
        'An organisation (CPAS, medical centre, youth aid, neighbourhood house…) can employ clinicians under the convention. A coordinator contacts you, your application is presented at a concertation, then to the deciding body of the network or networks.',
      preview: 'See every question before you start (printable)',
      start: 'Start',
      checkTitle: 'Check your answers',
      declaration:
        'By sending, you confirm that this information is correct and that you may commit the organisation.',
      submit: 'Send the application',
      confirmation: 'Application sent',
      questionsTitle: 'The questions of the conventioned service application',
      questionsIntro:
        'Here is every question, in order, to prepare your answers. Print this page if you wish.',
      print: 'Print',
    },
    confirmationBody: 'Your reference is {reference}. You will receive an e-mail at each step.',
    followLink: 'Follow my case',
    issues: formMessages.en.issues,
    upload: {
      missing: 'Choose a file.',
      empty: 'The file is empty.',
      'too-large': 'The file is larger than {mb} MB. Send a smaller file.',
      'wrong-type':
        'The file is not a PDF nor a PNG or JPEG image (its content was checked, not only its name).',
      'bad-name': 'The file name contains refused characters (/, \\ or ..). Rename it and try again.',
      'long-name': 'The file name is longer than {chars} characters. Shorten it and try again.',
      'hidden-characters':
        'The file name contains invisible characters or characters that change the reading direction (such as U+202E). Rename it and try again.',
      stale: 'The case changed in the meantime. Reload the page.',
      'not-allowed': 'This case no longer takes documents.',
      'case-full':
        'This case has reached its document limit ({files} files or {totalMb} MB in all). To add more, contact the coordination.',
      'account-full':
        'Your account has reached its document limit ({files} files or {totalMb} MB in all, across all your cases). To add more, contact the coordination.',
    },
  },
  de: {
    ...questionMessages.de,
    none: 'Keine Angabe',
    signInTitle: 'Melden Sie sich an, um zu beginnen',
    signInBody:
      'Ihre Antworten werden in Ihrem Konto gespeichert: Sie können unterbrechen und später weitermachen. Mit demselben Konto verfolgen Sie danach Ihre Akte.',
    signIn: 'Anmelden',
    createAccount: 'Ein Konto erstellen',
    clinician: {
      title:
        'Interesse als klinische Psychologin, klinischer Psychologe oder klinische/r Orthopädagoge/in bekunden',
      intro:
        'Die Netzwerke für psychische Gesundheit suchen Fachkräfte für die Vereinbarung über die psychologische Erstlinienversorgung, besonders mit Erfahrung mit Kindern und Jugendlichen, in verschiedenen Sprachen und bereits mit Akteuren der ersten Linie vernetzt.',
      needs:
        'Halten Sie Ihre Visumnummer, Ihre LIKIV-Nummer und eine Kopie Ihres Diploms und Ihres Visums (PDF, PNG oder JPEG) bereit.',
      start: 'Beginnen',
      resume: 'Dort weitermachen, wo Sie aufgehört haben',
      checkTitle: 'Prüfen Sie Ihre Antworten',
      declaration: 'Mit dem Absenden bestätigen Sie, dass diese Angaben richtig sind.',
      submit: 'Meine Erklärung absenden',
      confirmation: 'Erklärung abgesendet',
    },
    service: {
      title: 'Konventionierter Dienst werden',
      intro:
        'Eine Organisation (ÖSHZ, Gesundheitszentrum, Jugendhilfedienst, Nachbarschaftshaus…) kann im Rahmen der Vereinbarung Fachkräfte beschäftigen. Eine Koordinatorin oder ein Koordinator nimmt Kontakt mit Ihnen auf, Ihr Antrag wird in einer Abstimmung vorgestellt und danach dem Entscheidungsgremium des Netzwerks oder der Netzwerke vorgelegt.',
      preview: 'Alle Fragen vor dem Beginn ansehen (druckbar)',
      start: 'Beginnen',
      checkTitle: 'Prüfen Sie Ihre Antworten',
      declaration:
        'Mit dem Absenden bestätigen Sie, dass diese Angaben richtig sind und dass Sie die Organisation verpflichten dürfen.',
      submit: 'Antrag absenden',
      confirmation: 'Antrag abgesendet',
      questionsTitle: 'Die Fragen des Antrags als konventionierter Dienst',
      questionsIntro:
        'Hier finden Sie alle Fragen in ihrer Reihenfolge, um Ihre Antworten vorzubereiten. Drucken Sie diese Seite, wenn Sie möchten.',
      print: 'Drucken',
    },
    confirmationBody: 'Ihre Referenz ist {reference}. Sie erhalten bei jedem Schritt eine E-Mail.',
    followLink: 'Meine Akte verfolgen',
    issues: formMessages.de.issues,
    upload: {
      missing: 'Wählen Sie eine Datei.',
      empty: 'Die Datei ist leer.',
      'too-large': 'Die Datei ist größer als {mb}\u00a0MB. Senden Sie eine kleinere Datei.',
      'wrong-type':
        'Die Datei ist weder ein PDF noch ein PNG- oder JPEG-Bild (geprüft wurde ihr Inhalt, nicht nur ihr Name).',
      'bad-name':
        'Der Dateiname enthält unzulässige Zeichen (/, \\ oder ..). Benennen Sie die Datei um und versuchen Sie es erneut.',
      'long-name':
        'Der Dateiname ist länger als {chars} Zeichen. Kürzen Sie ihn und versuchen Sie es erneut.',
      'hidden-characters':
        'Der Dateiname enthält unsichtbare Zeichen oder Zeichen, die die Leserichtung ändern (wie U+202E). Benennen Sie die Datei um und versuchen Sie es erneut.',
      stale: 'Die Akte hat sich inzwischen geändert. Laden Sie die Seite neu.',
      'not-allowed': 'Zu dieser Akte können keine Dokumente mehr hinzugefügt werden.',
      'case-full':
        'Diese Akte hat ihre Höchstzahl an Dokumenten erreicht ({files} Dateien oder insgesamt {totalMb}\u00a0MB). Wenden Sie sich an die Koordination, um weitere hinzuzufügen.',
      'account-full':
        'Ihr Konto hat seine Höchstzahl an Dokumenten erreicht ({files} Dateien oder insgesamt {totalMb}\u00a0MB, über alle Akten). Wenden Sie sich an die Koordination, um weitere hinzuzufügen.',
    },
  },
};
