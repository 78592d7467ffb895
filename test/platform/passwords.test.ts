import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  hashPassword,
  needsRehash,
  passwordProblem,
  verifyPassword,
} from '../../src/platform/auth/passwords.ts';
import { hashToken, looksLikeToken, newToken } from '../../src/platform/auth/tokens.ts';

describe('password hashing', () => {
  it('verifies the right password only, with a different salt each time', async () => {
    const a = await hashPassword('trois mots au hasard');
    const b = await hashPassword('trois mots au hasard');
    assert.notEqual(a, b, 'a per-password salt');
    assert.match(a, /^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    assert.equal(await verifyPassword('trois mots au hasard', a), true);
    assert.equal(await verifyPassword('trois mots au hasarD', a), false);
    assert.equal(await verifyPassword('', a), false);
    assert.equal(needsRehash(a), false);
  });

  it('treats the same text typed with composed or decomposed accents as the same password', async () => {
    const hash = await hashPassword('caf\u00e9 tartine girafe');
    assert.equal(await verifyPassword('cafe\u0301 tartine girafe', hash), true);
  });

  it('refuses a malformed or foreign hash instead of throwing, and asks to rehash old parameters', async () => {
    assert.equal(await verifyPassword('anything at all here', 'bcrypt$2b$10$abc'), false);
    assert.equal(await verifyPassword('anything at all here', 'scrypt$x$8$1$a$b'), false);
    assert.equal(needsRehash('scrypt$16384$8$1$c2FsdA$a2V5'), true);
  });
});

describe('password rules (length, not composition)', () => {
  it('accepts a long passphrase of plain lower-case words, spaces and emoji', () => {
    assert.equal(passwordProblem('paard fiets regenjas', {}), null);
    assert.equal(passwordProblem('🌧️ tram 51 vers Uccle', {}), null);
  });

  it('refuses short, over-long, well-known, repeated and e-mail-based passwords', () => {
    assert.equal(passwordProblem('Sh0rt!Pass#1', {}), 'too-short');
    assert.equal(passwordProblem(`${'x'.repeat(257)}yz`, {}), 'too-long');
    assert.equal(passwordProblem('PasswordPassword', {}), 'common');
    assert.equal(passwordProblem('correct horse battery staple', {}), 'common');
    assert.equal(passwordProblem('abababababababab', {}), 'repeated');
    assert.equal(
      passwordProblem('dr.peeters@huisarts.be', { email: 'dr.peeters@huisarts.be' }),
      'contains-email',
    );
  });

  it('counts characters, not bytes', () => {
    assert.equal(passwordProblem('éèàùçéèàùçéèàù', {}), 'too-short', '14 accented letters');
    assert.equal(passwordProblem('éèàùçéèàùçéèàùö', {}), null);
  });
});

describe('tokens', () => {
  it('are random, 43 characters, and stored only as their hash', () => {
    const a = newToken();
    const b = newToken();
    assert.notEqual(a.token, b.token);
    assert.equal(looksLikeToken(a.token), true);
    assert.equal(a.hash, hashToken(a.token));
    assert.notEqual(a.hash, a.token);
    assert.equal(looksLikeToken('../../etc/passwd'), false);
  });
});
