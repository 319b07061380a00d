'use server';

import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { cleanupCampaigns, cleanupItems, settings } from '@/db/schema';
import { findOrThrow, updateVersioned } from '@/lib/actions/crud';
import { ActionError, ConflictError, defineAction } from '@/lib/auth/action';
import { id, intIn, optionalDay, optionalText, requiredText } from '@/lib/validation/fields';
import { isDocNumber, normalizeDocNumber } from '../doc-number';
import { REGISTER_SETTING_DEFS, registerSettings, type RegisterSettingKey } from '../settings';

const KEYS = Object.keys(REGISTER_SETTING_DEFS) as RegisterSettingKey[];

/** The office's register rules (filing period, 出庭率 threshold); each change audited with before and after. */
export const saveRegisterSettingsAction = defineAction({
  name: 'register.settings',
  permission: 'register.configure',
  schema: z.object(Object.fromEntries(KEYS.map((k) => [k, intIn(REGISTER_SETTING_DEFS[k].min, REGISTER_SETTING_DEFS[k].max)])) as Record<RegisterSettingKey, ReturnType<typeof intIn>>),
  run({ tx, input, user, now, audit }) {
    const before = registerSettings(tx);
    for (const key of KEYS) {
      const value = input[key] as number;
      tx.insert(settings).values({ key, value, updatedBy: user.id, updatedAt: now }).onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: user.id, updatedAt: now } }).run();
    }
    audit({ objectType: 'register.settings', before, after: registerSettings(tx) });
    return { message: { key: 'registers.settingsSaved' } };
  },
});

const campaignFields = {
  name: requiredText(100),
  year: intIn(2000, 2100),
  basisNumber: z
    .preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().max(60))
    .optional()
    .transform((v) => (v ? normalizeDocNumber(v) : null))
    .refine((v) => v === null || isDocNumber(v), 'registers.problems.docNumber'),
  basisTitle: optionalText(200),
  startedOn: optionalDay(),
};

/** A clean-up campaign the office runs (公平竞争审查清理 …); its items are the clean-up register's records. */
export const createCampaignAction = defineAction({
  name: 'register.campaign.create',
  permission: 'register.configure',
  schema: z.object(campaignFields),
  run({ tx, input, user, audit }) {
    const clash = tx.select({ id: cleanupCampaigns.id }).from(cleanupCampaigns).where(and(eq(cleanupCampaigns.year, input.year), eq(cleanupCampaigns.name, input.name))).get();
    if (clash) throw new ActionError({ key: 'registers.cleanup.campaignTaken' }, 'name');
    const created = tx.insert(cleanupCampaigns).values({ ...input, createdBy: user.id }).returning().get();
    audit({ objectType: 'register.campaign', objectId: created.id, after: created });
    return { message: { key: 'registers.cleanup.campaignSaved' } };
  },
});

export const updateCampaignAction = defineAction({
  name: 'register.campaign.update',
  permission: 'register.configure',
  schema: z.object({ ...campaignFields, id: id(), version: intIn(1, 1_000_000_000) }),
  run({ tx, input, now, audit }) {
    const before = findOrThrow(tx, cleanupCampaigns, input.id);
    if (before.version !== input.version) throw new ConflictError();
    const clash = tx
      .select({ id: cleanupCampaigns.id })
      .from(cleanupCampaigns)
      .where(and(eq(cleanupCampaigns.year, input.year), eq(cleanupCampaigns.name, input.name), ne(cleanupCampaigns.id, input.id)))
      .get();
    if (clash) throw new ActionError({ key: 'registers.cleanup.campaignTaken' }, 'name');
    const { id: campaignId, version, ...values } = input;
    const after = updateVersioned(tx, cleanupCampaigns, { id: campaignId, version }, values, now);
    // Its documents count in the campaign's year.
    if (before.year !== input.year) tx.update(cleanupItems).set({ year: input.year }).where(eq(cleanupItems.campaignId, campaignId)).run();
    audit({ objectType: 'register.campaign', objectId: campaignId, before, after });
    return { message: { key: 'registers.cleanup.campaignSaved' } };
  },
});
