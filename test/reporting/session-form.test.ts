// The clinician's session form asks where the patient lives: a postcode only, optional, checked,
// kept as typed when wrong, shown on the preview and stored with the session (never the NISS).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeNiss } from '../care/support/niss.ts';
import { validProfile } from '../directory/fixtures.ts';
import { createClinicianAccount, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';

for (const engine of testEngines()) {
  describe(`the session form’s postcode of residence (${engine})`, () => {
    let t: TestApp;
    let locationId: string;
    let client: TestClient;
    before(async () => {
      t = await startTestApp(engine);
      const checked = t.services.directory.validate(validProfile({ updatedAt: '2025-01-02' }));
      assert.ok(checked.ok);
      const [clinicianId] = (await t.services.directory.addClinicians([checked.value])) as [string];
      locationId = (await t.services.directory.getClinician(clinicianId))!.locations[0]!.id;
      const account = await createClinicianAccount(t, clinicianId, { email: 'p@demo.example', locale: 'fr' });
      client = await signedInClient(t, account);
    });
    after(() => t.close());

    const form = (residencePostcode: string) => ({
      step: 'preview',
      function: 'support',
      mode: 'individual',
      locationId,
      networkId: 'brumenta',
      niss: makeNiss('1990-03-15', 321),
      birthDate: '15/03/1990',
      bim: 'no',
      date: '03/02/2025',
      residencePostcode,
    });

    it('offers the optional field with its hint', async () => {
      const page = await client.get('/fr/my/sessions/new');
      assert.match(
        page.body,
        /<label[^>]*for="residencePostcode"[^>]*>Code postal du domicile du patient \(facultatif\)/,
      );
      assert.match(page.body, /id="residencePostcode-hint"[^>]*>Le code postal seulement, jamais l’adresse/);
    });

    it('explains a postcode that is not one next to the field, keeping what was typed', async () => {
      const response = await client.submit('/fr/my/sessions/new', form('Rue Haute'));
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /href="#residencePostcode"/);
      assert.match(response.body, /Code postal du domicile\u202f: indiquez les 4 chiffres/);
      assert.match(response.body, /value="Rue Haute"/);
    });

    it('shows the postcode on the preview and stores it with the session', async () => {
      const preview = await client.submit('/fr/my/sessions/new', form('1 030'));
      assert.equal(preview.statusCode, 200, preview.body.slice(0, 200));
      assert.match(preview.body, /Code postal du domicile du patient \(facultatif\)<\/dt>\s*<dd[^>]*>1030/);
      const confirmed = await client.post('/fr/my/sessions/new', { ...form('1 030'), step: 'confirm' });
      assert.equal(confirmed.statusCode, 303);
      const stored = await t.database.pool.query('select residence_postcode from care_sessions');
      assert.deepEqual(stored.rows, [{ residence_postcode: '1030' }]);
    });
  });
}
