import * as React from 'react';
import { ILink, Link } from '@fluentui/react/lib/Link';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IGoverningDocument } from '../../../domain/documents/types';
import { format } from '../../../common/format';

export interface IDocumentLinkProps {
  document: IGoverningDocument;
  onOpen: (id: number) => void;
  /** The document the user came back from: its link takes focus again. */
  focus?: boolean;
}

/** The document's number as the link that opens its page; read out with its title. */
export function DocumentLink(props: IDocumentLinkProps): React.ReactElement {
  const { document } = props;
  const ref = React.useRef<ILink>(null);
  React.useEffect(() => {
    if (props.focus && ref.current) ref.current.focus();
  }, [props.focus]);
  return (
    <Link
      componentRef={ref}
      onClick={() => props.onOpen(document.id)}
      aria-label={format(strings.OpenDocument, document.number, document.title)}
      data-open-document={document.number}
      styles={{ root: { whiteSpace: 'nowrap', fontWeight: 600 } }}
    >
      {document.number}
    </Link>
  );
}
