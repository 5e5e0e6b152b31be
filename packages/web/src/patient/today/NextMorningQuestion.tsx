import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiJson } from '../api/http';
import { YesNoQuestion } from '../components/Questions';

/**
 * "Had the pain settled by this morning?" about the last session: the second half of the
 * pain-monitoring rule that decides weekly progression (clinical.md §5.5).
 */
export function NextMorningQuestion({
  sessionId,
  onAnswered,
}: {
  readonly sessionId: string;
  readonly onAnswered: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [answer, setAnswer] = useState<boolean | null>(null);
  const [error, setError] = useState(false);
  const [sending, setSending] = useState(false);
  const send = async () => {
    if (answer === null) return;
    setSending(true);
    setError(false);
    try {
      await apiJson('POST', `/api/v1/me/sessions/${sessionId}/next-morning`, { settled: answer });
      onAnswered();
    } catch {
      setError(true);
    } finally {
      setSending(false);
    }
  };
  return (
    <section className="card" aria-labelledby="next-morning-heading">
      <h2 id="next-morning-heading">{t('today.nextMorningTitle')}</h2>
      <YesNoQuestion
        legend={t('today.nextMorningQuestion')}
        value={answer}
        onChange={setAnswer}
        yes={t('common.yes')}
        no={t('common.no')}
      />
      {error && (
        <p className="notice-error" role="alert">
          {t('errors.send')}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={answer === null || sending}
        onClick={() => void send()}
      >
        {t('common.save')}
      </button>
    </section>
  );
}
