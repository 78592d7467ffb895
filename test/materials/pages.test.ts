// Materials and the professionals' page through HTTP, in FR, NL and EN: the catalogue and its
// PDFs, an order from placing to sent (stock taken, shortfall refused, e-mail in the orderer's
// language), and the contacts network admins edit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../src/platform/audit/tables.ts';
import { createPerson, mailTo, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';
import { readPdf } from './pdf-text.ts';

const ORDER = {
  networkId: 'brumenta',
  'qty.public-flyer.nl': '50',
  recipient: 'Dr Jan Peeters',
  organisation: 'Groepspraktijk Noord',
  street: 'Koningsstraat 1',
  postcode: '1000',
  city: 'Brussel',
};

for (const engine of testEngines()) {
  describe(`materials pages (${engine})`, () => {
    let t: TestApp;
    let clinician: TestClient;
    let coordinator: TestClient;
    let admin: TestClient;
    before(async () => {
      t = await startTestApp(engine);
      clinician = await signedInClient(
        t,
        await createPerson(t, {
          email: 'jan@praktijk.example',
          locale: 'nl',
          grants: [{ role: 'clinician' }],
        }),
      );
      coordinator = await signedInClient(
        t,
        await createPerson(t, {
          email: 'coord@brumenta.example',
          grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'east' }],
        }),
      );
      admin = await signedInClient(
        t,
        await createPerson(t, {
          email: 'admin@brumenta.example',
          grants: [{ role: 'network-admin', networkId: 'brumenta' }],
        }),
      );
    });
    after(() => t.close());

    it('shows the catalogue in each language with a PDF per item, language and size', async () => {
      for (const [locale, title] of [
        ['fr', 'Dépliants et affiches'],
        ['nl', 'Folders en affiches'],
        ['en', 'Flyers and posters'],
        ['de', 'Faltblätter und Plakate'],
      ] as const) {
        const page = await t.app.inject({ url: `/${locale}/materials` });
        assert.equal(page.statusCode, 200);
        assert.match(page.body, new RegExp(title));
        assert.match(page.body, /href="\/materials\/pdf\/brumenta\/public-flyer\/nl\?size=A5"/);
      }
      const pdf = await t.app.inject({ url: '/materials/pdf/brumenta/poster/nl?size=A4' });
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      const read = await readPdf(pdf.rawPayload);
      assert.ok(Math.abs(read.pages[0]!.width - 595.28) < 0.01);
      const text = read.pages[0]!.lines.join('\n');
      assert.match(text, /Brumenta \(volwassenen\)/);
      assert.ok(read.pages[0]!.lines.includes('http://localhost:3000/nl/find'), text);
      for (const url of [
        '/materials/pdf/nowhere/poster/nl',
        '/materials/pdf/brumenta/leaflet/nl',
        '/materials/pdf/brumenta/poster/es',
      ]) {
        assert.equal((await t.app.inject({ url })).statusCode, 404, url);
      }
      const german = await t.app.inject({ url: '/materials/pdf/brumenta/public-flyer/de' });
      assert.equal(german.statusCode, 200);
      const germanText = (await readPdf(german.rawPayload)).pages[0]!.lines.join('\n');
      assert.match(germanText, /Netzwerk für psychische Gesundheit: Brumenta/);
      assert.match(germanText, /http:\/\/localhost:3000\/de\/find/);
    });

    it('shows the professionals page with the seeded contacts, copays and official pages, per language', async () => {
      const fr = await t.app.inject({ url: '/fr/professionals' });
      assert.equal(fr.statusCode, 200);
      assert.match(fr.body, /Professionnels\u202f: ce qu’il faut savoir/);
      assert.match(fr.body, /0490 57 77 95/); // the east zone's phone (seeds/001)
      assert.match(fr.body, /east@coordination\.example/); // its mailbox (reference data)
      assert.match(fr.body, /k\.coppens@bru-stars\.be/);
      assert.match(fr.body, /ambassadeurs\.psy\.bru@gmail\.com/);
      assert.match(fr.body, /helpdesk de Brusano/);
      assert.match(fr.body, /href="https:\/\/www\.parlonsen\.be"/);
      assert.match(fr.body, /11\u00a0€|11\u202f€/);
      assert.match(fr.body, /Schaerbeek/);
      const nl = await t.app.inject({ url: '/nl/professionals' });
      assert.match(nl.body, /Professionals: wat u moet weten/);
      assert.match(nl.body, /href="https:\/\/www\.praatereens\.be"/);
      assert.match(nl.body, /Schaarbeek/);
      const en = await t.app.inject({ url: '/en/professionals' });
      assert.match(en.body, /Professionals: what you need to know/);
      // No English patient site: the French and Dutch ones, each named by its language.
      assert.match(en.body, /The site for patients \(French\)/);
      const de = await t.app.inject({ url: '/de/professionals' });
      assert.match(de.body, /Fachleute: Was Sie wissen sollten/);
      // No German patient site: the French one only, named by its language.
      assert.match(
        de.body,
        /href="https:\/\/www\.parlonsen\.be" hreflang="fr">Die Website für Patientinnen und Patienten \(Französisch\)/i,
      );
      assert.doesNotMatch(de.body, /praatereens/);
      const model = await t.app.inject({ url: '/nl/professionals/model-convention' });
      assert.equal(model.statusCode, 200);
      assert.match(model.body, /Overeenkomst eerstelijnspsychologische zorg/);
    });

    it('a clinician orders 50 Dutch flyers; a shortfall is refused, then the coordinator sends it', async () => {
      const bad = await clinician.submit('/nl/materials/order', {
        ...ORDER,
        'qty.public-flyer.nl': 'vijftig',
        postcode: '12',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Er is een probleem|error-summary/);
      assert.match(bad.body, /value="vijftig"/);
      assert.match(bad.body, /value="Koningsstraat 1"/);
      const placed = await clinician.submit('/nl/materials/order', ORDER);
      assert.equal(placed.statusCode, 303);
      const orderUrl = placed.headers.location as string;
      const detail = await clinician.get(orderUrl);
      assert.match(detail.body, /is geregistreerd/);
      assert.match(detail.body, /50 × Folder voor het publiek \(A5\) \(Nederlands\)/);
      assert.match((await clinician.get('/nl/materials/orders')).body, /Besteld/);
      const id = orderUrl.split('/').pop()!.split('?')[0]!;

      const list = await coordinator.get('/fr/materials/manage');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Dr Jan Peeters/);
      const short = await coordinator.post(`/fr/materials/manage/${id}/send`);
      assert.equal(short.statusCode, 409);
      assert.match(short.body, /Le stock ne suffit pas/);
      assert.match(short.body, /50 demandés, 0 en stock/);

      const stockForm = await coordinator.submit('/fr/materials/manage/stock/brumenta', {
        'stock.public-flyer.nl': 'cent',
      });
      assert.equal(stockForm.statusCode, 400);
      assert.match(stockForm.body, /value="cent"/);
      assert.equal(
        (await coordinator.submit('/fr/materials/manage/stock/brumenta', { 'stock.public-flyer.nl': '120' }))
          .statusCode,
        303,
      );
      const sent = await coordinator.post(`/fr/materials/manage/${id}/send`);
      assert.equal(sent.statusCode, 303);
      assert.match(
        (await coordinator.get(sent.headers.location as string)).body,
        /est marquée comme expédiée/,
      );
      assert.match(
        (await coordinator.get('/fr/materials/manage/stock/brumenta')).body,
        /id="stock-public-flyer-nl"[^>]*value="70"|value="70"[^>]*id="stock-public-flyer-nl"/,
      );
      assert.equal((await coordinator.post(`/fr/materials/manage/${id}/send`)).statusCode, 409);
      assert.match((await clinician.get(orderUrl)).body, /Verzonden/);
      const mails = await mailTo(t, 'jan@praktijk.example');
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /is verzonden/);
      assert.match(mails[0]!.textBody, /50 × Folder voor het publiek/);
      const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, id));
      assert.deepEqual(audited.map((row) => row.action).sort(), [
        'material-order.place',
        'material-order.send',
      ]);
    });

    it('a network admin edits contacts: checked, kept on error, audited, on the page at once', async () => {
      const page = await admin.get('/fr/professionals/contacts');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Réseau Brumenta/);
      const wrong = await admin.post('/fr/professionals/contacts/network/brumenta', {
        contactName: 'Marianna Bianchini',
        contactEmail: 'pas une adresse',
        contactPhone: '02 555 12 34',
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /value="pas une adresse"/);
      assert.match(wrong.body, /adresse e-mail/);
      const saved = await admin.post('/fr/professionals/contacts/network/brumenta', {
        contactName: 'Marianna Bianchini',
        contactEmail: 'coord.psy1@107bru.be',
        contactPhone: '02 555 12 34',
      });
      assert.equal(saved.statusCode, 303);
      assert.match((await t.app.inject({ url: '/en/professionals' })).body, /02 555 12 34/);
      const audited = await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'professional-info.edit'));
      assert.equal(audited.length, 1);
      assert.equal(audited[0]!.networkId, 'brumenta');
    });
  });
}
