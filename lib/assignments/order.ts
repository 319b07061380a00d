import { sql } from 'drizzle-orm';
import { assignments } from '@/db/schema';

/** ORDER BY term: lead units before cooperating ones. */
export const leadFirst = sql`case ${assignments.role} when 'lead' then 0 else 1 end`;
