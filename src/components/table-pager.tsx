import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import { IconButton, MenuItem, Select, Stack, Typography } from '@mui/material';
import { useId } from 'react';

type TablePagerProps = {
  count: number;
  /** Zero-based. */
  page: number;
  pageSize: number;
  pageSizeOptions: readonly number[];
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
};

/**
 * A table's footer as MUI's `TablePagination` draws it ("Rows per page", "1–25 of 312", previous
 * and next, with the same names), without it: its actions wrap each button in a Tooltip, which
 * brings Popper.js (~12 kB gzip) onto the route. The browser's `title` gives the same hint.
 */
export const TablePager = ({
  count,
  page,
  pageSize,
  pageSizeOptions,
  onPageChange,
  onPageSizeChange,
}: TablePagerProps) => {
  const labelId = useId();
  const from = count === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(count, (page + 1) * pageSize);
  return (
    <Stack
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', px: 2, py: 0.5 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography id={labelId} variant="body2">
          Rows per page:
        </Typography>
        <Select
          variant="standard"
          disableUnderline
          labelId={labelId}
          value={pageSize}
          onChange={(event) => onPageSizeChange(Number(event.target.value))}
          sx={{ fontSize: 'body2.fontSize' }}
        >
          {pageSizeOptions.map((size) => (
            <MenuItem key={size} value={size}>
              {size}
            </MenuItem>
          ))}
        </Select>
      </Stack>
      <Typography variant="body2">{`${from}–${to} of ${count}`}</Typography>
      <Stack direction="row">
        <IconButton
          aria-label="Go to previous page"
          title="Go to previous page"
          disabled={page === 0}
          onClick={() => onPageChange(page - 1)}
        >
          <KeyboardArrowLeft />
        </IconButton>
        <IconButton
          aria-label="Go to next page"
          title="Go to next page"
          disabled={to >= count}
          onClick={() => onPageChange(page + 1)}
        >
          <KeyboardArrowRight />
        </IconButton>
      </Stack>
    </Stack>
  );
};
