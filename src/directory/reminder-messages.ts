import type { Translations } from '../platform/i18n/index.ts';

// The e-mail a clinician gets when their profile has not been confirmed for 90 days.
const fr = {
  subject: 'Votre profil dans l’annuaire Passerelle est-il toujours à jour\u202f?',
  text: `Bonjour {name},

Votre profil dans l’annuaire des psychologues et orthopédagogues conventionnés n’a pas été mis à jour depuis le {date}.

Les personnes qui cherchent de l’aide se fient à vos lieux, vos langues, vos thèmes et votre délai d’attente. Vérifiez-les et enregistrez votre profil, même sans changement\u202f: la date de mise à jour sera renouvelée.

Sans mise à jour, votre profil sera signalé comme «\u202fpeut-être plus à jour\u202f» six mois après la dernière.

{link}

L’équipe Passerelle`,
};

export const reminderMessages: Translations<typeof fr> = {
  fr,
  nl: {
    subject: 'Is uw profiel in de Passerelle-zoekgids nog actueel?',
    text: `Beste {name},

Uw profiel in de zoekgids van geconventioneerde psychologen en orthopedagogen is niet meer bijgewerkt sinds {date}.

Mensen die hulp zoeken, rekenen op uw plaatsen, talen, thema’s en wachttijd. Controleer ze en sla uw profiel op, ook zonder wijziging: de datum van bijwerking wordt dan vernieuwd.

Zonder bijwerking wordt uw profiel zes maanden na de laatste als ‘mogelijk verouderd’ gemeld.

{link}

Het Passerelle-team`,
  },
  en: {
    subject: 'Is your profile in the Passerelle directory still up to date?',
    text: `Hello {name},

Your profile in the directory of conventioned psychologists and orthopedagogues has not been updated since {date}.

People looking for help rely on your places, languages, topics and waiting time. Check them and save your profile, even without changes: its update date will be renewed.

Without an update, your profile will be flagged as ‘possibly out of date’ six months after the last one.

{link}

The Passerelle team`,
  },
  de: {
    subject: 'Ist Ihr Profil im Passerelle-Verzeichnis noch aktuell?',
    text: `Guten Tag {name},

Ihr Profil im Verzeichnis der konventionierten Psychologinnen, Psychologen, Orthopädagoginnen und Orthopädagogen wurde seit dem {date} nicht mehr aktualisiert.

Menschen, die Hilfe suchen, verlassen sich auf Ihre Orte, Sprachen, Themen und Wartezeit. Prüfen Sie diese Angaben und speichern Sie Ihr Profil, auch ohne Änderung: Das Aktualisierungsdatum wird dann erneuert.

Ohne Aktualisierung wird Ihr Profil sechs Monate nach der letzten als „möglicherweise nicht mehr aktuell“ gekennzeichnet.

{link}

Das Passerelle-Team`,
  },
};
