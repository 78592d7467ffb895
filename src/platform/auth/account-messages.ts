import type { Translations } from '../i18n/index.ts';

// The account page and changing one's password, in FR (source), NL, EN and DE.
const fr = {
  account: {
    title: 'Mon compte',
    name: 'Nom',
    email: 'Adresse e-mail',
    language: 'Langue',
    roles: 'Rôles',
    noRoles: 'Aucun rôle pour le moment.',
    changePassword: 'Changer mon mot de passe',
    myApplications: 'Mes candidatures (déclarations d’intérêt et demandes de conventionnement)',
    everywhereTitle: 'Se déconnecter partout',
    everywhereBody:
      'Vous êtes connecté sur {count, plural, one {# appareil} other {# appareils}}. Si vous avez utilisé un appareil partagé ou perdu votre téléphone, déconnectez-vous partout.',
    everywhereSubmit: 'Me déconnecter sur tous les appareils',
    passwordChanged: 'Votre mot de passe a été changé. Vos autres sessions ont été fermées.',
  },
  changePassword: {
    title: 'Changer mon mot de passe',
    current: 'Mot de passe actuel',
    submit: 'Changer le mot de passe',
  },
};

export const accountMessages: Translations<typeof fr> = {
  fr,
  nl: {
    account: {
      title: 'Mijn account',
      name: 'Naam',
      email: 'E-mailadres',
      language: 'Taal',
      roles: 'Rollen',
      noRoles: 'Voorlopig geen rollen.',
      changePassword: 'Mijn wachtwoord wijzigen',
      myApplications: 'Mijn kandidaturen (interesseverklaringen en aanvragen tot overeenkomst)',
      everywhereTitle: 'Overal afmelden',
      everywhereBody:
        'U bent aangemeld op {count, plural, one {# toestel} other {# toestellen}}. Hebt u een gedeeld toestel gebruikt of uw telefoon verloren? Meld u dan overal af.',
      everywhereSubmit: 'Mij afmelden op alle toestellen',
      passwordChanged: 'Uw wachtwoord is gewijzigd. Uw andere sessies zijn gesloten.',
    },
    changePassword: {
      title: 'Mijn wachtwoord wijzigen',
      current: 'Huidig wachtwoord',
      submit: 'Het wachtwoord wijzigen',
    },
  },
  en: {
    account: {
      title: 'My account',
      name: 'Name',
      email: 'Email address',
      language: 'Language',
      roles: 'Roles',
      noRoles: 'No roles yet.',
      changePassword: 'Change my password',
      myApplications: 'My applications (declarations of interest and convention applications)',
      everywhereTitle: 'Sign out everywhere',
      everywhereBody:
        'You are signed in on {count, plural, one {# device} other {# devices}}. If you used a shared device or lost your phone, sign out everywhere.',
      everywhereSubmit: 'Sign me out on all devices',
      passwordChanged: 'Your password has been changed. Your other sessions have been closed.',
    },
    changePassword: {
      title: 'Change my password',
      current: 'Current password',
      submit: 'Change the password',
    },
  },
  de: {
    account: {
      title: 'Mein Konto',
      name: 'Name',
      email: 'E-Mail-Adresse',
      language: 'Sprache',
      roles: 'Rollen',
      noRoles: 'Derzeit keine Rollen.',
      changePassword: 'Mein Passwort ändern',
      myApplications: 'Meine Anträge (Interessenbekundungen und Anträge auf Konventionierung)',
      everywhereTitle: 'Überall abmelden',
      everywhereBody:
        'Sie sind auf {count, plural, one {# Gerät} other {# Geräten}} angemeldet. Wenn Sie ein gemeinsam genutztes Gerät verwendet oder Ihr Telefon verloren haben, melden Sie sich überall ab.',
      everywhereSubmit: 'Auf allen Geräten abmelden',
      passwordChanged: 'Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden beendet.',
    },
    changePassword: {
      title: 'Mein Passwort ändern',
      current: 'Aktuelles Passwort',
      submit: 'Passwort ändern',
    },
  },
};
