import { useState, type KeyboardEvent } from 'react';

type Cell = { row: number; col: number };

/**
 * Keyboard use of a data grid (the ARIA grid pattern): one cell is in the Tab order (a roving
 * tabindex); the arrow keys, Home/End (Ctrl for the first/last row) and Page Up/Down move
 * between cells; Enter opens the focused row. A cell holding a link or a checkbox focuses it.
 */
export const useGridNavigation = (
  rowCount: number,
  colCount: number,
  onOpen: (row: number) => void,
  /** The column Tab first lands on. */
  firstCol = 0,
) => {
  const [wanted, setWanted] = useState<Cell>({ row: 0, col: firstCol });
  // Fewer rows or columns than before (a new page, a hidden column): stay inside the grid.
  const active: Cell = {
    row: Math.max(0, Math.min(wanted.row, rowCount - 1)),
    col: Math.max(0, Math.min(wanted.col, colCount - 1)),
  };

  const focusCell = (body: HTMLTableSectionElement, cell: Cell) => {
    setWanted(cell);
    const td = body.rows[cell.row]?.cells[cell.col];
    (td?.querySelector<HTMLElement>('a[href], input') ?? td)?.focus();
  };

  const target = (event: KeyboardEvent): Cell | 'open' | null => {
    const { row, col } = active;
    const lastRow = rowCount - 1;
    switch (event.key) {
      case 'ArrowDown':
        return { row: Math.min(row + 1, lastRow), col };
      case 'ArrowUp':
        return { row: Math.max(row - 1, 0), col };
      case 'ArrowRight':
        return { row, col: Math.min(col + 1, colCount - 1) };
      case 'ArrowLeft':
        return { row, col: Math.max(col - 1, 0) };
      case 'PageDown':
        return { row: Math.min(row + 10, lastRow), col };
      case 'PageUp':
        return { row: Math.max(row - 10, 0), col };
      case 'Home':
        return event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 };
      case 'End':
        return event.ctrlKey ? { row: lastRow, col: colCount - 1 } : { row, col: colCount - 1 };
      case 'Enter':
        return 'open';
      default:
        return null;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (rowCount === 0) return;
    const next = target(event);
    if (next === null) return;
    // A link opens itself on Enter (and keeps Ctrl+Enter for a new tab).
    if (next === 'open' && event.target instanceof HTMLAnchorElement) return;
    event.preventDefault();
    if (next === 'open') onOpen(active.row);
    else focusCell(event.currentTarget, next);
  };

  const cellFocus = (row: number, col: number) => ({
    tabIndex: row === active.row && col === active.col ? 0 : -1,
    onFocus: () => {
      if (row !== wanted.row || col !== wanted.col) setWanted({ row, col });
    },
  });

  return { onKeyDown, cellFocus };
};
