import { db, type DB, type Tx } from '@/db/client';
import { settings } from '@/db/schema';
import { DEFAULT_SETTINGS, SETTING_DEFS, type Settings } from './defs';

/** The settings in force: stored values within their bounds, defaults for the rest. */
export function getSettings(tx: DB | Tx = db): Settings {
  const out = { ...DEFAULT_SETTINGS };
  for (const row of tx.select().from(settings).all()) {
    if (row.key in SETTING_DEFS) {
      const def = SETTING_DEFS[row.key as keyof Settings];
      out[row.key as keyof Settings] = Math.min(def.max, Math.max(def.min, row.value));
    }
  }
  return out;
}
