import 'server-only';
import { and, count, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { cleanupCampaigns, cleanupItems } from '@/db/schema';

/** The office's clean-up campaigns, newest first, each with the number of documents recorded in it (archived records not counted). */
export function listCampaigns() {
  return db
    .select({
      id: cleanupCampaigns.id,
      name: cleanupCampaigns.name,
      year: cleanupCampaigns.year,
      basisNumber: cleanupCampaigns.basisNumber,
      basisTitle: cleanupCampaigns.basisTitle,
      startedOn: cleanupCampaigns.startedOn,
      version: cleanupCampaigns.version,
      items: count(cleanupItems.id),
    })
    .from(cleanupCampaigns)
    .leftJoin(cleanupItems, and(eq(cleanupItems.campaignId, cleanupCampaigns.id), eq(cleanupItems.status, 'active')))
    .groupBy(cleanupCampaigns.id)
    .orderBy(desc(cleanupCampaigns.year), desc(cleanupCampaigns.id))
    .all();
}

export type CampaignRow = ReturnType<typeof listCampaigns>[number];
