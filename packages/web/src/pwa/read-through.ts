import { apiJson, NetworkError } from '../patient/api/http';
import { readSnapshot, saveSnapshot } from './offline-store';

export interface ReadResult<T> {
  readonly data: T;
  /** True when the network failed and this is the copy saved on the device. */
  readonly fromDevice: boolean;
  readonly savedAt: number;
}

/**
 * A GET that keeps working offline: the network answer is saved on the device and returned;
 * with no connection, the last saved answer is returned instead (marked `fromDevice`). Server
 * errors (4xx/5xx) are not hidden behind old data.
 */
export async function readThrough<T>(userId: string, path: string): Promise<ReadResult<T>> {
  try {
    const data = await apiJson<T>('GET', path);
    await saveSnapshot(userId, path, data).catch(() => undefined);
    return { data, fromDevice: false, savedAt: Date.now() };
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    const snapshot = await readSnapshot<T>(userId, path);
    if (snapshot === undefined) throw error;
    return { data: snapshot.data, fromDevice: true, savedAt: snapshot.savedAt };
  }
}
