/** <option>s for a list of units. */
export function UnitOptions({ units }: { units: { id: number; name: string }[] }) {
  return units.map((u) => (
    <option key={u.id} value={u.id}>
      {u.name}
    </option>
  ));
}
