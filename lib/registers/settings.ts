import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type DB, type Tx } from '@/db/client';
import { settings } from '@/db/schema';

/** Register rules the office sets (not the administrator's account rules): stored in the settings table. */
export const REGISTER_SETTING_DEFS = {
  /** Days from publication within which a normative document must be filed (provinces set 15 or 30). */
  documentFilingDays: { default: 30, min: 5, max: 90 },
} as const;

export type RegisterSettingKey = keyof typeof REGISTER_SETTING_DEFS;

export function registerSetting(key: RegisterSettingKey, tx: DB | Tx = db): number {
  const def = REGISTER_SETTING_DEFS[key];
  const row = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  return row ? Math.min(def.max, Math.max(def.min, row.value)) : def.default;
}
