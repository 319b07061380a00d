import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { PasswordForm } from './password-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('changePassword') };
}

export default async function ChangePasswordPage() {
  const user = await requireRoute('/account/password');
  const t = await getTranslations('account');
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title={t('changePassword')} />
      {user.mustChangePassword && (
        <Alert tone="warning" className="mb-4">
          {user.passwordExpired ? t('expired') : t('mustChange')}
        </Alert>
      )}
      <Card>
        <PasswordForm />
      </Card>
    </div>
  );
}
