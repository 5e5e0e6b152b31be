import { type ReactElement, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { discardFailed, flushOutbox, outboxStatus } from '../../pwa/outbox';

/**
 * What is waiting on this phone. Polite live region: a screen reader hears "Saved on this
 * phone — will sync" once, and "All saved" when the outbox empties, never on every retry.
 */
export function SyncStatus(): ReactElement {
  const { t } = useTranslation('patient');
  const status = useSyncExternalStore(outboxStatus.subscribe, outboxStatus.get);
  const waiting = status.pending.length;
  return (
    <div className="sync-status">
      <p role="status" className={waiting > 0 ? 'sync-waiting' : 'sync-done'}>
        {waiting > 0
          ? t('sync.waiting', { count: waiting })
          : status.lastSyncedAt !== null
            ? t('sync.allSaved')
            : ''}
      </p>
      {waiting > 0 && (
        <button type="button" className="button secondary" onClick={() => void flushOutbox(true)}>
          {t('sync.tryNow')}
        </button>
      )}
      {status.failed.length > 0 && (
        <div className="notice-error" role="alert">
          <p>{t('sync.failedTitle')}</p>
          <ul>
            {status.failed.map((entry) => (
              <li key={entry.idempotencyKey}>
                {t(`sync.kind.${entry.kind}`, { day: entry.day })}: {entry.lastError}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void discardFailed(entry.idempotencyKey)}
                >
                  {t('sync.discard')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
