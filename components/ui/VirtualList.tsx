/**
 * A windowed list with fixed row height: only the rows in view (plus a few) are in the DOM, so 10,000
 * entries render as fast as 20. Arrow keys, Home, End, PageUp and PageDown move between rows; the
 * focused row is kept rendered and scrolled into view.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** viewport height in px (fixed, so the first render needs no layout measurement) */
  height: number;
  overscan?: number;
  label: string;
  getKey(item: T): string;
  /** renders a row; `focusable` rows get tabIndex 0 (one at a time, roving tabindex) */
  renderRow(item: T, index: number, focusable: boolean): ReactNode;
  rowProps?(item: T, index: number): Record<string, string>;
}

export function VirtualList<T>({ items, rowHeight, height, overscan = 6, label, getKey, renderRow, rowProps }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef(false);
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const indexes: number[] = [];
  for (let i = first; i < last; i++) indexes.push(i);
  if (items.length > 0 && (activeIndex < first || activeIndex >= last)) indexes.push(activeIndex);

  const moveTo = useCallback(
    (index: number) => {
      const i = Math.max(0, Math.min(items.length - 1, index));
      setActive(i);
      pendingFocus.current = true;
      const el = viewport.current;
      if (!el) return;
      const top = i * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
      setScrollTop(el.scrollTop);
    },
    [items.length, rowHeight, height],
  );

  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    viewport.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] [tabindex="0"]`)?.focus();
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: items.length - 1, PageDown: activeIndex + page, PageUp: activeIndex - page };
    const target = moves[e.key];
    if (target === undefined || items.length === 0) return;
    e.preventDefault();
    moveTo(target);
  };

  return (
    <div
      ref={viewport}
      className="vlist"
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <ul aria-label={label} style={{ height: items.length * rowHeight, margin: 0, padding: 0, listStyle: 'none', position: 'relative' }}>
        {indexes.map((i) => {
          const item = items[i]!;
          return (
            <li
              key={getKey(item)}
              data-index={i}
              aria-setsize={items.length}
              aria-posinset={i + 1}
              onFocus={() => setActive(i)}
              style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}
              {...rowProps?.(item, i)}
            >
              {renderRow(item, i, i === activeIndex)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
