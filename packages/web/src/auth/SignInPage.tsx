import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import type { SessionResponse } from '../api/types';
import { Field, Notice } from '../layout/Field';
import { PageTitle } from '../layout/PageTitle';
import { useAuth } from './AuthContext';
import { errorMessage } from './errors';

/** Password first; then, for accounts with two-step sign-in, the authenticator code or a recovery code. */
export function SignInPage(): ReactElement {
  const { t } = useTranslation();
  const { user, setUser } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const next = (location.state as { next?: string } | null)?.next ?? '/account';
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  const awaitingCode = user?.secondFactor === 'pending';

  async function submit(
    event: FormEvent<HTMLFormElement>,
    send: (form: FormData) => Promise<SessionResponse>,
  ) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { user: signedIn } = await send(new FormData(event.currentTarget));
      setUser(signedIn);
      if (signedIn.secondFactor !== 'pending') navigate(next);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  }

  if (awaitingCode) {
    return (
      <section className="panel" aria-labelledby="page-title">
        <PageTitle>{t('signIn.secondFactorTitle')}</PageTitle>
        <p>{t('signIn.secondFactorIntro')}</p>
        {error && <Notice kind="error">{error}</Notice>}
        <form
          onSubmit={(event) =>
            submit(event, (form) =>
              api<SessionResponse>(
                'POST',
                '/auth/login/second-factor',
                useRecovery
                  ? { recoveryCode: String(form.get('recoveryCode')) }
                  : { code: String(form.get('code')).replace(/\s/g, '') },
              ),
            )
          }
        >
          {useRecovery ? (
            <Field label={t('fields.recoveryCode')} name="recoveryCode" autoComplete="off" required />
          ) : (
            <Field
              label={t('fields.code')}
              hint={t('fields.codeHint')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              required
            />
          )}
          <button className="button" type="submit" disabled={busy}>
            {t('signIn.secondFactorSubmit')}
          </button>
        </form>
        <p>
          <button type="button" className="link-button" onClick={() => setUseRecovery(!useRecovery)}>
            {useRecovery ? t('signIn.useAuthenticator') : t('signIn.useRecoveryCode')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="page-title">
      <PageTitle>{t('signIn.title')}</PageTitle>
      {error && <Notice kind="error">{error}</Notice>}
      <form
        onSubmit={(event) =>
          submit(event, (form) =>
            api<SessionResponse>('POST', '/auth/login', {
              email: String(form.get('email')),
              password: String(form.get('password')),
            }),
          )
        }
      >
        <Field label={t('fields.email')} name="email" type="email" autoComplete="username" required />
        <Field
          label={t('fields.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button className="button" type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to="/sign-up">{t('common.signUp')}</Link>
      </p>
    </section>
  );
}
