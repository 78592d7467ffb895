import type { Translations } from '../i18n/index.ts';

const fr = {
  title: 'E-mails envoyés',
  intro:
    'Chaque e-mail est d’abord enregistré avec la modification qu’il annonce, puis envoyé. Un envoi qui échoue est retenté de plus en plus tard.',
  transport: {
    smtp: 'Les e-mails partent par le serveur SMTP configuré (SMTP_URL).',
    files:
      'Aucun serveur SMTP n’est configuré : les e-mails sont écrits comme fichiers .eml dans DATA_DIR/mail, la boîte de développement, à lire sur la machine.',
  },
  filter: 'État',
  all: 'Tous',
  show: 'Afficher',
  statuses: {
    pending: 'En attente',
    sending: 'En cours d’envoi',
    sent: 'Envoyé',
    failed: 'Échec',
    uncertain: 'Incertain',
  },
  uncertainHelp:
    'Incertain : l’envoi a été interrompu (arrêt brutal) sans savoir si le serveur l’a reçu. Vérifiez le journal du serveur de messagerie avant de renvoyer.',
  columns: {
    message: 'Message',
    status: 'État',
    actions: 'Actions',
  },
  sentence: '«\u202f{subject}\u202f» à {to}, préparé le {when} ({family}).',
  families: {
    auth: 'compte',
    requests: 'demande',
    applications: 'candidature',
    directory: 'annuaire',
    other: 'autre',
  },
  state: {
    pending: 'En attente d’envoi.',
    retrying: 'Nouvel essai prévu le {next}, après {attempts, plural, one {# essai} other {# essais}}.',
    sending: 'En cours d’envoi depuis le {since}.',
    sent: 'Envoyé le {sent}.',
    failed: 'Abandonné après {attempts, plural, one {# essai} other {# essais}}.',
    uncertain: 'Envoi interrompu le {since}\u202f: on ne sait pas si le serveur l’a reçu.',
    error: 'Dernière erreur\u202f: {error}',
  },
  resend: 'Renvoyer',
  resendLabel: 'Renvoyer « {subject} » à {to}',
  resent: 'Le message repart dans la file d’envoi.',
  notResent: 'Ce message n’est plus en échec : rien n’a été changé.',
  none: 'Aucun message.',
};

export const outboxPageMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Verzonden e-mails',
    intro:
      'Elke e-mail wordt eerst opgeslagen samen met de wijziging die hij aankondigt, en daarna verstuurd. Een mislukte verzending wordt telkens later opnieuw geprobeerd.',
    transport: {
      smtp: 'E-mails vertrekken via de ingestelde SMTP-server (SMTP_URL).',
      files:
        'Er is geen SMTP-server ingesteld: e-mails worden als .eml-bestanden geschreven in DATA_DIR/mail, de ontwikkelmailbox, te lezen op de machine zelf.',
    },
    filter: 'Status',
    all: 'Alle',
    show: 'Tonen',
    statuses: {
      pending: 'Wacht',
      sending: 'Wordt verstuurd',
      sent: 'Verstuurd',
      failed: 'Mislukt',
      uncertain: 'Onzeker',
    },
    uncertainHelp:
      'Onzeker: de verzending werd onderbroken (plotse stop) zonder te weten of de server het bericht ontving. Controleer het logboek van de mailserver voor u opnieuw verstuurt.',
    columns: {
      message: 'Bericht',
      status: 'Status',
      actions: 'Acties',
    },
    sentence: '‘{subject}’ aan {to}, aangemaakt op {when} ({family}).',
    families: {
      auth: 'account',
      requests: 'aanvraag',
      applications: 'kandidatuur',
      directory: 'gids',
      other: 'ander',
    },
    state: {
      pending: 'Wacht op verzending.',
      retrying: 'Nieuwe poging gepland op {next}, na {attempts, plural, one {# poging} other {# pogingen}}.',
      sending: 'Wordt verstuurd sinds {since}.',
      sent: 'Verstuurd op {sent}.',
      failed: 'Opgegeven na {attempts, plural, one {# poging} other {# pogingen}}.',
      uncertain: 'Verzending onderbroken op {since}: onbekend of de server het ontving.',
      error: 'Laatste fout: {error}',
    },
    resend: 'Opnieuw versturen',
    resendLabel: '‘{subject}’ opnieuw versturen naar {to}',
    resent: 'Het bericht staat opnieuw in de wachtrij.',
    notResent: 'Dit bericht is niet meer mislukt: er is niets gewijzigd.',
    none: 'Geen berichten.',
  },
  en: {
    title: 'Emails sent',
    intro:
      'Each email is first saved with the change it announces, then sent. A sending that fails is tried again, later each time.',
    transport: {
      smtp: 'Emails leave through the configured SMTP server (SMTP_URL).',
      files:
        'No SMTP server is configured: emails are written as .eml files in DATA_DIR/mail, the development mailbox, read on the machine itself.',
    },
    filter: 'Status',
    all: 'All',
    show: 'Show',
    statuses: {
      pending: 'Waiting',
      sending: 'Sending',
      sent: 'Sent',
      failed: 'Failed',
      uncertain: 'Uncertain',
    },
    uncertainHelp:
      'Uncertain: sending was interrupted (a crash) without knowing whether the server received it. Check the mail server’s log before sending it again.',
    columns: {
      message: 'Message',
      status: 'Status',
      actions: 'Actions',
    },
    sentence: '“{subject}” to {to}, prepared on {when} ({family}).',
    families: {
      auth: 'account',
      requests: 'request',
      applications: 'application',
      directory: 'directory',
      other: 'other',
    },
    state: {
      pending: 'Waiting to be sent.',
      retrying: 'Next try on {next}, after {attempts, plural, one {# attempt} other {# attempts}}.',
      sending: 'Being sent since {since}.',
      sent: 'Sent on {sent}.',
      failed: 'Given up after {attempts, plural, one {# attempt} other {# attempts}}.',
      uncertain: 'Sending was interrupted on {since}: whether the server received it is unknown.',
      error: 'Last error: {error}',
    },
    resend: 'Send again',
    resendLabel: 'Send “{subject}” to {to} again',
    resent: 'The message is back in the sending queue.',
    notResent: 'This message is no longer failed: nothing was changed.',
    none: 'No messages.',
  },
  de: {
    title: 'Gesendete E-Mails',
    intro:
      'Jede E-Mail wird zuerst zusammen mit der Änderung gespeichert, die sie ankündigt, und dann gesendet. Ein fehlgeschlagener Versand wird in immer größeren Abständen erneut versucht.',
    transport: {
      smtp: 'Die E-Mails werden über den konfigurierten SMTP-Server versandt (SMTP_URL).',
      files:
        'Es ist kein SMTP-Server konfiguriert: Die E-Mails werden als .eml-Dateien in DATA_DIR/mail geschrieben, dem Entwicklungspostfach, das auf dem Rechner selbst gelesen wird.',
    },
    filter: 'Status',
    all: 'Alle',
    show: 'Anzeigen',
    statuses: {
      pending: 'Wartend',
      sending: 'Wird gesendet',
      sent: 'Gesendet',
      failed: 'Fehlgeschlagen',
      uncertain: 'Unklar',
    },
    uncertainHelp:
      'Unklar: Der Versand wurde unterbrochen (Absturz), ohne dass bekannt ist, ob der Server die E-Mail erhalten hat. Prüfen Sie das Protokoll des Mailservers, bevor Sie sie erneut senden.',
    columns: {
      message: 'Nachricht',
      status: 'Status',
      actions: 'Aktionen',
    },
    sentence: '„{subject}“ an {to}, vorbereitet am {when} ({family}).',
    families: {
      auth: 'Konto',
      requests: 'Anfrage',
      applications: 'Antrag',
      directory: 'Verzeichnis',
      other: 'Sonstiges',
    },
    state: {
      pending: 'Wartet auf den Versand.',
      retrying: 'Neuer Versuch am {next}, nach {attempts, plural, one {# Versuch} other {# Versuchen}}.',
      sending: 'Wird seit {since} gesendet.',
      sent: 'Gesendet am {sent}.',
      failed: 'Aufgegeben nach {attempts, plural, one {# Versuch} other {# Versuchen}}.',
      uncertain:
        'Versand am {since} unterbrochen: Es ist nicht bekannt, ob der Server die E-Mail erhalten hat.',
      error: 'Letzter Fehler: {error}',
    },
    resend: 'Erneut senden',
    resendLabel: '„{subject}“ erneut an {to} senden',
    resent: 'Die Nachricht steht wieder in der Versandwarteschlange.',
    notResent: 'Diese Nachricht ist nicht mehr fehlgeschlagen: Es wurde nichts geändert.',
    none: 'Keine Nachrichten.',
  },
};
