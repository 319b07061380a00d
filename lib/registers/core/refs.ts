import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { cleanupCampaigns } from '@/db/schema';
import type { RefName } from './define';

export interface RefOption {
  value: number;
  label: string;
}

/** The records a `ref` field may point to, newest first, named as the form and the list show them. */
export function refOptions(ref: RefName): RefOption[] {
  switch (ref) {
    case 'campaign':
      return db
        .select({ id: cleanupCampaigns.id, name: cleanupCampaigns.name, year: cleanupCampaigns.year })
        .from(cleanupCampaigns)
        .orderBy(desc(cleanupCampaigns.year), desc(cleanupCampaigns.id))
        .all()
        .map((c) => ({ value: c.id, label: `${c.year} · ${c.name}` }));
  }
}

/** The label of one referenced record (a list cell). */
export function refLabel(ref: RefName, id: number): string | undefined {
  switch (ref) {
    case 'campaign': {
      const c = db.select({ name: cleanupCampaigns.name, year: cleanupCampaigns.year }).from(cleanupCampaigns).where(eq(cleanupCampaigns.id, id)).get();
      return c && `${c.year} · ${c.name}`;
    }
  }
}
