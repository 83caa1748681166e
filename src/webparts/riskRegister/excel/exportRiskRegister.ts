/**
 * The filtered register as a download: every page of the register's own query (the same indexed
 * filters, so it holds at 50,000 risks), narrowed by what the page filters in the browser.
 */
import { IRiskPage, IRiskQuery } from '../../../domain/risks/repositories';
import { RISK_IMPORT_MAX_ROWS } from '../../../domain/risks/riskImport';
import { IRisk } from '../../../domain/risks/types';

/** A register page at a time: SharePoint's largest page the repository asks for. */
const EXPORT_PAGE_SIZE = 500;

/**
 * The risks the query and the browser's filter select, or 'tooMany' past what an import takes
 * back: an export is meant to be edited and imported again, whole.
 */
export async function collectRisks(
  risks: { query(query: IRiskQuery): Promise<IRiskPage> },
  query: IRiskQuery,
  matches: (risk: IRisk) => boolean = () => true
): Promise<IRisk[] | 'tooMany'> {
  const found: IRisk[] = [];
  let page: IRiskPage | undefined = await risks.query({ ...query, pageSize: EXPORT_PAGE_SIZE });
  while (page) {
    found.push(...page.risks.filter(matches));
    if (found.length > RISK_IMPORT_MAX_ROWS) return 'tooMany';
    // next() is there only while more follows: a page that permissions left empty does not end it.
    page = page.next ? await page.next() : undefined;
  }
  return found;
}


