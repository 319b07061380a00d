'use server';

import { z } from 'zod';
import { settings } from '@/db/schema';
import { defineAction } from '@/lib/auth/action';
import { intIn } from '@/lib/validation/fields';
import { SETTING_DEFS, SETTING_KEYS, type SettingKey } from './defs';
import { getSettings } from './queries';

const schema = z.object(Object.fromEntries(SETTING_KEYS.map((k) => [k, intIn(SETTING_DEFS[k].min, SETTING_DEFS[k].max)])) as Record<SettingKey, ReturnType<typeof intIn>>);

/** Changes the account and session rules; every change is audited with the values before and after. */
export const saveSettingsAction = defineAction({
  name: 'settings.save',
  permission: 'settings.manage',
  schema,
  run({ tx, input, user, audit, now }) {
    const before = getSettings(tx);
    for (const key of SETTING_KEYS) {
      const value = input[key] as number;
      tx.insert(settings)
        .values({ key, value, updatedBy: user.id, updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: user.id, updatedAt: now } })
        .run();
    }
    audit({ objectType: 'settings', before, after: getSettings(tx) });
  },
});
