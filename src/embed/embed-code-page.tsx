import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';

export function EmbedCodePage() {
  useDocumentTitle('Embed the picker');
  return (
    <div>
      <PageHeading>Embed the picker</PageHeading>
    </div>
  );
}
