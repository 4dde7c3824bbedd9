// Fetches one API resource for a key, with loading and error states; stale answers are dropped.
import { useEffect, useState } from 'react';

export type Remote<T> = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; code: string; message: string };

const IDLE = { state: 'idle' } as const;
const LOADING = { state: 'loading' } as const;

export function useRemote<T>(key: string | null, load: (key: string) => Promise<T>): Remote<T> {
  // The answer remembers its key: in the render where the key changes, the previous key's answer is not shown.
  const [answer, setAnswer] = useState<{ key: string; remote: Remote<T> } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    load(key).then(
      (data) => live && setAnswer({ key, remote: { state: 'ready', data } }),
      (e: { code?: string; message?: string }) => live && setAnswer({ key, remote: { state: 'error', code: e.code ?? 'INTERNAL', message: e.message ?? String(e) } }),
    );
    return () => { live = false; };
  }, [key, load]);
  if (!key) return IDLE;
  return answer?.key === key ? answer.remote : LOADING;
}
