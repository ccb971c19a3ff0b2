import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useModal } from '../components/use-modal';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { isMac, matchesShortcut } from './match-shortcut';
import { goToTarget } from './palette-actions';
import { filterEntries } from './palette-filter';
import { kindLabelKey, type PaletteItem } from './palette-items';
import { PaletteHints } from './palette-hints';
import { usePaletteItems } from './use-palette-items';

/**
 * The command palette (Ctrl/Cmd+K): a combobox over a listbox of screens, saved runs and scenarios. Typing filters;
 * the arrows move the highlighted option (aria-activedescendant, the focus stays in the field); Enter goes; Esc closes.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const t = useT();
  const fmt = useFormatters();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const ids = { title: useId(), list: useId() };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { items, notes } = usePaletteItems();
  const shown = useMemo(() => filterEntries(items, query), [items, query]);
  const current = shown.length === 0 ? -1 : Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${ids.list}-${index}`;
  useModal(dialogRef, onClose, () => inputRef.current);

  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (item: PaletteItem | undefined) => {
    if (item === undefined || item.disabledReason !== null) return;
    onClose();
    goToTarget(item.target);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const mac = isMac();
    const key = e.nativeEvent;
    if (matchesShortcut('palette-move', key, mac) && shown.length > 0) {
      e.preventDefault();
      const step = e.key === 'ArrowUp' ? -1 : 1;
      setActive((current + step + shown.length) % shown.length);
    } else if (matchesShortcut('palette-choose', key, mac)) {
      e.preventDefault();
      choose(shown[current]);
    } else if (matchesShortcut('close', key, mac) || matchesShortcut('palette', key, mac)) {
      e.preventDefault();
      onClose();
    }
  };

  const plural = new Intl.PluralRules(locale).select(shown.length);
  const count = t(plural === 'one' ? 'keyboard.palette.matches.one' : 'keyboard.palette.matches', { count: fmt.number(shown.length) });
  return (
    <dialog
      ref={dialogRef}
      className="dialog palette"
      role="dialog"
      aria-modal="true"
      aria-labelledby={ids.title}
      data-testid="command-palette"
      onClick={(e) => e.target === dialogRef.current && onClose()}
    >
      <h2 id={ids.title} className="visually-hidden">
        {t('keyboard.palette.title')}
      </h2>
      <input
        ref={inputRef}
        className="palette-input"
        type="text"
        role="combobox"
        aria-label={t('keyboard.palette.input')}
        aria-expanded="true"
        aria-controls={ids.list}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder={t('keyboard.palette.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-testid="palette-input"
      />
      <ul className="palette-list" role="listbox" id={ids.list} aria-label={t('keyboard.palette.list')} data-testid="palette-list">
        {shown.map((item, i) => (
          <li
            key={item.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            aria-disabled={item.disabledReason !== null || undefined}
            className={i === current ? 'palette-option is-active' : 'palette-option'}
            data-testid="palette-option"
            data-kind={item.target.kind}
            onMouseMove={() => i !== current && setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(item)}
          >
            <span className="palette-text">
              <span className="palette-name">{item.name}</span>
              {(item.disabledReason ?? item.detail) !== '' && <span className="palette-detail">{item.disabledReason ?? item.detail}</span>}
            </span>
            <span className="palette-kind">{t(kindLabelKey(item.target))}</span>
          </li>
        ))}
      </ul>
      <div className="palette-foot">
        <p className="palette-status" role="status" data-testid="palette-status">
          {shown.length === 0 && query.trim() !== '' ? t('keyboard.palette.none', { query: query.trim() }) : count}
          {notes.map((note) => (
            <span key={note} className="palette-note">
              {' '}
              {note}
            </span>
          ))}
        </p>
        <PaletteHints />
      </div>
    </dialog>
  );
}
