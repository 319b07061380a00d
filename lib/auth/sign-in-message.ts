import 'server-only';
import { getTranslations } from 'next-intl/server';
import { SIGN_IN_CODES, type SignInCode } from './sign-in-codes';

/** The sign-in form's message for a refusal (lib/auth/auth.ts says which); also shown for `/login?code=`. */
export async function signInMessage(code: string | undefined): Promise<string> {
  const t = await getTranslations('auth');
  const known = (SIGN_IN_CODES as readonly string[]).includes(code ?? '') ? (code as SignInCode) : 'invalid';
  return t(`refused.${known}`);
}
