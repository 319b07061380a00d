/**
 * Moves one row up or down among its siblings (already in display order) and returns every sibling's
 * new sort value. The siblings' own values are reused as slots, made strictly increasing, so the
 * order elsewhere in the table is untouched. null when the row cannot move that way.
 */
export function reorder(rows: { id: number; sortOrder: number }[], id: number, direction: 'up' | 'down'): { id: number; sortOrder: number }[] | null {
  const i = rows.findIndex((r) => r.id === id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= rows.length) return null;
  const ids = rows.map((r) => r.id);
  [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  const slots = rows.map((r) => r.sortOrder).sort((a, b) => a - b);
  for (let k = 1; k < slots.length; k++) if (slots[k]! <= slots[k - 1]!) slots[k] = slots[k - 1]! + 1;
  return ids.map((rowId, k) => ({ id: rowId, sortOrder: slots[k]! }));
}
