/** The navigation column's width, beside the page or in the phone's drawer. */
export const NAV_WIDTH = 220;
