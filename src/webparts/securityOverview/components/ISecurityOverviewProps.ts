export interface ISecurityOverviewProps {
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
}
