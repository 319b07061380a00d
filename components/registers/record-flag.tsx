import { Badge } from '@/components/ui/badge';
import type { Register, RegisterSettingValues } from '@/lib/registers/core/define';

/** A record's computed state (filed on time, late, not filed) as a badge; nothing when the register declares none. */
export function RecordFlag({ register, row, settings, today, t }: { register: Register; row: Record<string, unknown>; settings: RegisterSettingValues; today: string; t: (key: string) => string }) {
  const flag = register.flag?.(row, settings, today);
  if (!flag) return null;
  return (
    <Badge tone={flag.tone} className="whitespace-nowrap">
      <span data-testid="record-flag">{t(flag.key)}</span>
    </Badge>
  );
}
