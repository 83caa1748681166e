/**
 * Fluent's Segoe UI stack, with open humanist fonts after it: Windows and Mac users see Segoe UI or
 * the system font as in Microsoft 365; Linux machines (CI, the screenshots) get Open Sans or Noto
 * Sans, when installed, rather than DejaVu's wide letters. Nothing is loaded from the network.
 */
export const WORKBENCH_FONT_FAMILY =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', 'Open Sans', 'Noto Sans', sans-serif";
