import { getTranslations } from 'next-intl/server';
import { defineRoute } from '@/lib/auth/gate';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { dayInShanghai } from '@/lib/i18n/format';
import { contactsSheet } from '@/lib/units/contacts-import';
import { listUnitContacts } from '@/lib/units/queries';
import { writeTable } from '@/lib/xlsx/write';

/** Every unit's contact person and phone as .xlsx, to fill in and upload again (the import reads it back unchanged); audited. */
export const GET = defineRoute('/admin/units/contacts/export', async ({ audit }) => {
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const sheet = contactsSheet(listUnitContacts(), t);
  const title = t('admin.contactsImport.columnsTitle');
  const bytes = await writeTable({ name: title, title, ...sheet });
  audit({ action: 'unit.contacts-export', objectType: 'unit', after: { rows: sheet.rows.length } });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(`${title}-${dayInShanghai(new Date())}.xlsx`),
    },
  });
});
