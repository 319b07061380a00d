import { describe, expect, it } from 'vitest';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { db } from '@/db/client';
import { getSettings } from './queries';
import { saveSettingsAction } from './actions';

const rules = { passwordExpiryDays: 90, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, lockoutThreshold: 5, lockoutMinutes: 15 };

describe('account and session settings', () => {
  it('lets the administrator lengthen password expiry but never switch it off', async () => {
    signInAs(testUser('admin'));
    const off = await run(saveSettingsAction, { ...rules, passwordExpiryDays: 0 });
    expect(off.ok).toBe(false);
    expect(off.fieldErrors?.passwordExpiryDays).toBeDefined();
    expect(getSettings(db).passwordExpiryDays).toBe(90);
    expect((await run(saveSettingsAction, { ...rules, passwordExpiryDays: 365 })).ok).toBe(true);
    expect(getSettings(db).passwordExpiryDays).toBe(365);
  });
});
