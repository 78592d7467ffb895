// Where a person with the clinician role lands while no directory profile is linked to their
// account: what that means, and whom to ask (their network's administrators), instead of an
// empty or refused profile page.
import { format, type Translations } from '../../i18n/index.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';

const fr = {
  title: 'Votre profil de clinicien n’est pas encore lié',
  why: 'Votre compte a le rôle de clinicien, mais aucun profil de l’annuaire n’y est lié. «\u202fMon profil\u202f» et l’encodage des séances s’ouvriront dès qu’il le sera.',
  what: 'Demandez à l’administrateur ou l’administratrice de votre réseau de lier votre profil à votre compte, en indiquant votre numéro INAMI et l’adresse e-mail de ce compte ({email}).',
  who: 'Administration de votre réseau',
  whoLine: '{name}, {network}',
  nobody:
    'Aucun administrateur de réseau n’est encore désigné pour votre réseau\u202f: écrivez à la coordination de votre zone, dont l’adresse est sur la page «\u202fTrouver ma coordination\u202f».',
  linked: 'Votre profil est lié\u202f: vous pouvez l’ouvrir.',
  open: 'Ouvrir mon profil',
  account: 'Mon compte',
};

export const profileMissingMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Uw profiel als zorgverlener is nog niet gekoppeld',
    why: 'Uw account heeft de rol van zorgverlener, maar er is nog geen profiel uit de gids aan gekoppeld. "Mijn profiel" en het registreren van sessies openen zodra dat gebeurd is.',
    what: 'Vraag de beheerder van uw netwerk om uw profiel aan uw account te koppelen, met uw RIZIV-nummer en het e-mailadres van dit account ({email}).',
    who: 'Beheer van uw netwerk',
    whoLine: '{name}, {network}',
    nobody:
      'Voor uw netwerk is nog geen beheerder aangeduid: schrijf naar de coördinatie van uw zone, waarvan het adres op de pagina "Mijn coördinatie vinden" staat.',
    linked: 'Uw profiel is gekoppeld: u kunt het openen.',
    open: 'Mijn profiel openen',
    account: 'Mijn account',
  },
  en: {
    title: 'Your clinician profile is not linked yet',
    why: 'Your account has the clinician role, but no directory profile is linked to it. "My profile" and recording sessions open as soon as it is.',
    what: 'Ask your network’s administrator to link your profile to your account, giving your INAMI number and this account’s e-mail address ({email}).',
    who: 'Your network’s administration',
    whoLine: '{name}, {network}',
    nobody:
      'No network administrator is named for your network yet: write to your zone’s coordination, whose address is on the "Find my coordination" page.',
    linked: 'Your profile is linked: you can open it.',
    open: 'Open my profile',
    account: 'My account',
  },
  de: {
    title: 'Ihr Profil als Fachkraft ist noch nicht verknüpft',
    why: 'Ihr Konto hat die Rolle „Fachkraft“, aber noch kein Profil aus dem Verzeichnis ist damit verknüpft. „Mein Profil“ und die Erfassung der Sitzungen öffnen sich, sobald das geschehen ist.',
    what: 'Bitten Sie die Verwaltung Ihres Netzwerks, Ihr Profil mit Ihrem Konto zu verknüpfen, und geben Sie dabei Ihre LIKIV-Nummer und die E-Mail-Adresse dieses Kontos ({email}) an.',
    who: 'Verwaltung Ihres Netzwerks',
    whoLine: '{name}, {network}',
    nobody:
      'Für Ihr Netzwerk ist noch keine Verwaltung benannt: Schreiben Sie an die Koordination Ihrer Zone; deren Adresse steht auf der Seite „Meine Koordination finden“.',
    linked: 'Ihr Profil ist verknüpft: Sie können es öffnen.',
    open: 'Mein Profil öffnen',
    account: 'Mein Konto',
  },
};

export function ProfileMissingPage({
  ctx,
  linked,
  email,
  admins,
}: {
  ctx: PageContext;
  linked: boolean;
  email: string;
  admins: Array<{ name: string; email: string; network: string }>;
}) {
  const m = profileMissingMessages[ctx.locale];
  const home = `/${ctx.locale}`;
  if (linked) {
    return (
      <Layout ctx={ctx} title={m.linked} section="profile">
        <h1>{m.linked}</h1>
        <p>
          <a class="button" href={`${home}/my/profile`}>
            {m.open}
          </a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout ctx={ctx} title={m.title} section="profile">
      <h1>{m.title}</h1>
      <p>{m.why}</p>
      <p>{format(ctx.locale, m.what, { email })}</p>
      <h2>{m.who}</h2>
      {admins.length === 0 ? (
        <p>{m.nobody}</p>
      ) : (
        <ul>
          {admins.map((a) => (
            <li key={`${a.email}-${a.network}`}>
              {format(ctx.locale, m.whoLine, { name: a.name, network: a.network })} –{' '}
              <a href={`mailto:${a.email}`}>{a.email}</a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`${home}/account`}>{m.account}</a>
      </p>
    </Layout>
  );
}
