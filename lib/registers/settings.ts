import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type DB, type Tx } from '@/db/client';
import { settings } from '@/db/schema';

/** Register rules the office sets (not the administrator's account rules): stored in the settings table. */
export const REGISTER_SETTING_DEFS = {
  /** Days from publication within which a normative document must be filed (provinces set 15 or 30). */
  documentFilingDays: { default: 30, min: 5, max: 90 },
  /** 负责人出庭应诉率 below which a unit is marked on the dashboard (the ones an office calls in for 约谈), in percent. */
  appearanceThreshold: { default: 80, min: 0, max: 100 },
} as const;

export type RegisterSettingKey = keyof typeof REGISTER_SETTING_DEFS;

export function registerSetting(key: RegisterSettingKey, tx: DB | Tx = db): number {
  const def = REGISTER_SETTING_DEFS[key];
  const row = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  return row ? Math.min(def.max, Math.max(def.min, row.value)) : def.default;
}

export function registerSettings(tx: DB | Tx = db): Record<RegisterSettingKey, number> {
  return Object.fromEntries((Object.keys(REGISTER_SETTING_DEFS) as RegisterSettingKey[]).map((k) => [k, registerSetting(k, tx)])) as Record<RegisterSettingKey, number>;
}
