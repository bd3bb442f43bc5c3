import type { DocumentHost } from '../../core/host';
import type { Lang } from '../../core/i18n';

export interface HeaderViewProps {
  host: DocumentHost;
  lang: Lang;
}

/** "Tiêu đề": header, signature block and recipients form (being written). */
export function HeaderView(_props: HeaderViewProps): JSX.Element {
  return <div />;
}
