// The toolbar: layout and colouring switches, layout refinement, show all, language.
import { useStore } from '../state/create-store.ts';
import { viewStore } from '../state/view-store.ts';
import { explorationStore, showEverything } from '../state/exploration-store.ts';
import { clearResultOverlay } from '../state/cypher-store.ts';
import { fitView } from '../state/actions.ts';
import { useT } from '../i18n/use-t.ts';

export function Toolbar() {
  const { t } = useT();
  const { layout, colourBy, refining, lang } = useStore(viewStore, (s) => s);
  const restricted = useStore(explorationStore, (s) => s.scope !== null || s.hidden.size > 0 || s.overlay !== null);
  return (
    <div className="toolbar">
      <div className="segmented" role="group">
        <button type="button" data-testid="layout-force" aria-pressed={layout === 'force'} onClick={() => viewStore.set({ layout: 'force' })}>{t('layoutForce')}</button>
        <button type="button" data-testid="layout-chain" aria-pressed={layout === 'chain'} onClick={() => viewStore.set({ layout: 'chain', refining: false })}>{t('layoutChain')}</button>
      </div>
      <div className="segmented" role="group">
        <button type="button" aria-pressed={colourBy === 'label'} onClick={() => viewStore.set({ colourBy: 'label' })}>{t('colourLabel')}</button>
        <button type="button" data-testid="colour-community" aria-pressed={colourBy === 'community'} onClick={() => viewStore.set({ colourBy: 'community' })}>{t('colourCommunity')}</button>
      </div>
      {layout === 'force' && <button type="button" onClick={() => viewStore.set({ refining: !refining })}>{refining ? t('stopRefine') : t('refineLayout')}</button>}
      <button type="button" data-testid="fit-view" onClick={fitView}>{t('fitView')}</button>
      {restricted && <button type="button" data-testid="show-all" onClick={() => { showEverything(); clearResultOverlay(); }}>{t('showAll')}</button>}
      <button type="button" data-testid="lang-switch" className="lang" onClick={() => viewStore.set({ lang: lang === 'zh' ? 'en' : 'zh' })}>{t('language')}</button>
    </div>
  );
}
