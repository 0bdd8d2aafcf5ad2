'use client';

import { useCallback, useMemo, useRef, useState } from 'react';

export type LibrarySelection = {
  /** Select mode: tiles show checkboxes and a click toggles instead of opening. */
  active: boolean;
  /** The selected ids among those shown, in grid order. */
  ids: string[];
  has: (id: string) => boolean;
  /** `range`: Shift-click, selects everything from the last toggled tile to this one. */
  toggle: (id: string, options?: { range?: boolean }) => void;
  selectAll: () => void;
  clear: () => void;
  enter: () => void;
  exit: () => void;
};

/**
 * Which tiles of the library are selected. Only what is shown counts: a tile hidden by a
 * filter or a delete drops out of the selection, so the actions act on what is seen.
 */
export function useLibrarySelection(shown: readonly string[]): LibrarySelection {
  const [active, setActive] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);

  const ids = useMemo(() => shown.filter((id) => chosen.has(id)), [shown, chosen]);
  const selected = useMemo(() => new Set(ids), [ids]);

  const toggle = useCallback(
    (id: string, options: { range?: boolean } = {}) => {
      const from = anchor.current === null ? -1 : shown.indexOf(anchor.current);
      const to = shown.indexOf(id);
      setChosen((previous) => {
        const next = new Set(previous);
        if (options.range && from !== -1 && to !== -1) {
          const [start, end] = from < to ? [from, to] : [to, from];
          for (const each of shown.slice(start, end + 1)) next.add(each);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      anchor.current = id;
    },
    [shown],
  );

  const selectAll = useCallback(() => setChosen(new Set(shown)), [shown]);
  const clear = useCallback(() => {
    anchor.current = null;
    setChosen(new Set());
  }, []);
  const enter = useCallback(() => setActive(true), []);
  const exit = useCallback(() => {
    anchor.current = null;
    setChosen(new Set());
    setActive(false);
  }, []);

  return { active, ids, has: (id) => selected.has(id), toggle, selectAll, clear, enter, exit };
}
