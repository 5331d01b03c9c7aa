/**
 * Guessing passwords (docs/decisions/0047): the tenth wrong one in a row blocks the user from that IP, and
 * the right one after it is refused with `user-blocked`, as Auth0's brute-force protection does.
 */
import assert from 'node:assert/strict';
import { TestTenant, type InProcessMock } from '../../../support/in-process-mock.ts';
import { MAX_FAILED_LOGINS } from '../../../../mock/attack-protection/brute-force.ts';
import { attack, type AttackRow } from './attack.ts';

export function loginAttacks(mock: InProcessMock): AttackRow[] {
  return [
    attack({
      name: 'twelve wrong passwords, then the right one',
      setup: async () => {
        const t = await TestTenant.create(mock);
        return { t, page: await t.passwordScreen() };
      },
      attack: async ({ t, page }) => {
        let current = page;
        for (let i = 0; i < 12; i += 1)
          current = await t.browser.submit(current, { password: `guess-${i}`, action: 'default' });
        return t.browser.submit(current, { password: t.password, action: 'default' });
      },
      refused: {
        status: 400,
        error: 'user-blocked',
        log: [...Array<string>(MAX_FAILED_LOGINS).fill('fp'), 'limit_wc'],
      },
      afterwards: async ({ t }) => {
        assert.ok(!t.logTypes().includes('s'), 'no login succeeded');
        assert.equal((await t.login({ prompt: 'login' })).where, '/u/login/password', 'still blocked');
      },
    }),
  ];
}
