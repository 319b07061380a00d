import { useTranslations } from 'next-intl';
import type { Light } from '@/lib/reports/rules';
import { cn } from '@/components/ui/cn';

const DOT: Record<Light, string> = { red: 'bg-red-500', yellow: 'bg-amber-400', green: 'bg-emerald-500' };
const TEXT: Record<Light, string> = { red: 'text-red-700', yellow: 'text-amber-700', green: 'text-emerald-700' };

/**
 * A traffic light: a coloured dot, with its name for screen readers (and shown when `label`).
 * Synchronous (useTranslations), like the other per-row components: an async component per row costs
 * the server a promise and a task each, hundreds of times on a long list.
 */
export function LightDot({ light, label = false, className }: { light: Light | null | undefined; label?: boolean; className?: string }) {
  const t = useTranslations('lights');
  if (!light) return <span className="text-slate-400">—</span>;
  return (
    <span className={cn('light', className)} data-light={light} title={t(light)}>
      <span className={`light-dot ${DOT[light]}`} aria-hidden="true" />
      <span className={label ? cn('text-xs font-medium', TEXT[light]) : 'sr-only'}>{t(light)}</span>
    </span>
  );
}
