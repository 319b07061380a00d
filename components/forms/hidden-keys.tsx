/** The keys a form sends back unchanged (record id, optimistic-lock version…), as hidden inputs. */
export function HiddenKeys(keys: Record<string, string | number | undefined>) {
  return (
    <>
      {Object.entries(keys).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
    </>
  );
}
