import { redirect } from 'next/navigation';
import { requireRoute } from '@/lib/auth/gate';
import { annualReportDefaultYear } from '@/lib/annual-report/queries';

/** The annual report of the latest year with reporting rounds (the year just ended, by default). */
export default async function AnnualReportIndex() {
  await requireRoute('/reports/annual');
  redirect(`/reports/annual/${annualReportDefaultYear()}`);
}
