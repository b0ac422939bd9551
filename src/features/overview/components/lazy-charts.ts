/**
 * The chart library (MUI X Charts, ~100 kB gzip) loads after the overview's numbers have
 * painted: the counts are links anyway, the charts only repeat them for the eye.
 */
import { lazy } from 'react';
import { loadCode } from '../../../lib/load-code';

export const PieChart = lazy(async () => ({
  default: (await loadCode(() => import('@mui/x-charts/PieChart'))).PieChart,
}));

export const BarChart = lazy(async () => ({
  default: (await loadCode(() => import('@mui/x-charts/BarChart'))).BarChart,
}));
