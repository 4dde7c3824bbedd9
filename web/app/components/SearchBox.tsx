// The search box: ranked suggestions from /api/search; click or Enter picks one and centres the graph on it.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { searchEntities } from '../api/client.ts';
import type { SearchHit } from '../../../schema/index.ts';
import { revealNode } from '../state/actions.ts';
import { LABEL_COLOURS } from '../graph/appearance.ts';
import { useT } from '../i18n/use-t.ts';

export function SearchBox() {
  const { t, term } = useT();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const query = q.trim();
    if (!query) { setHits([]); setDone(false); return; }
    let live = true;
    const timer = setTimeout(() => {
      searchEntities(query).then((r) => { if (live) { setHits(r.hits); setActive(0); setDone(true); } }).catch(() => live && setHits([]));
    }, 120);
    return () => { live = false; clearTimeout(timer); };
  }, [q]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !target.closest('input, textarea, select, [contenteditable="true"]')) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    revealNode(hit.id);
    setQ(hit.name);
    setOpen(false);
    input.current?.blur();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, hits.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (hits.length) choose(hits[active]);
      else searchEntities(q.trim(), 1).then((r) => choose(r.hits[0])).catch(() => undefined);
    } else if (e.key === 'Escape') { setOpen(false); input.current?.blur(); }
  };

  return (
    <div className="search" role="combobox" aria-expanded={open && hits.length > 0}>
      <input
        ref={input}
        data-testid="search-input"
        type="search"
        value={q}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        onChange={(e) => { setQ(e.target.value); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => { if (document.activeElement !== input.current) setOpen(false); }, 150)}
        onKeyDown={onKeyDown}
      />
      {open && q.trim() && (
        <ul className="suggestions" role="listbox">
          {hits.map((h, i) => (
            <li key={h.id} role="option" aria-selected={i === active} data-testid="search-suggestion"
              className={i === active ? 'active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(h)} onMouseEnter={() => setActive(i)}>
              <span className="dot" style={{ background: LABEL_COLOURS[h.label] }} />
              <span className="name">{h.name}</span>
              {h.matched !== h.name && <span className="alias">{h.matched}</span>}
              <span className="kind">{term(h.label)}</span>
            </li>
          ))}
          {done && hits.length === 0 && <li className="empty">{t('noMatches')}</li>}
        </ul>
      )}
    </div>
  );
}
