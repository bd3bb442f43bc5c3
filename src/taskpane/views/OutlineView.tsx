import type { DocumentHost } from '../../core/host';
import type { Lang } from '../../core/i18n';

export interface OutlineViewProps {
  host: DocumentHost;
  lang: Lang;
}

/** "Đề cương": placeholder until its owner writes the outline view. */
export function OutlineView(_props: OutlineViewProps): JSX.Element {
  return <div />;
}
