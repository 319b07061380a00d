/** A measure as a page title: its code, muted, then its title. */
export function MeasureTitle({ code, title }: { code: string; title: string }) {
  return (
    <span>
      <span className="mr-2 text-slate-500 tabular-nums">{code}</span>
      {title}
    </span>
  );
}
