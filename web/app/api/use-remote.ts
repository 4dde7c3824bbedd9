// Fetches one API resource for a key, with loading and error states; stale answers are dropped.
import { useEffect, useState } from 'react';

export type Remote<T> = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; code: string; message: string };

export function useRemote<T>(key: string | null, load: (key: string) => Promise<T>): Remote<T> {
  const [remote, setRemote] = useState<Remote<T>>({ state: 'idle' });
  useEffect(() => {
    if (!key) { setRemote({ state: 'idle' }); return; }
    let live = true;
    setRemote({ state: 'loading' });
    load(key).then(
      (data) => live && setRemote({ state: 'ready', data }),
      (e: { code?: string; message?: string }) => live && setRemote({ state: 'error', code: e.code ?? 'INTERNAL', message: e.message ?? String(e) }),
    );
    return () => { live = false; };
  }, [key, load]);
  return remote;
}
