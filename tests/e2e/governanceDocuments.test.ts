/**
 * The governing documents in the browser, in Swedish and English, as the people they are for: the
 * tree and the review queue of Peter Sjöberg (security function and owner of the policies), a remiss
 * round answered by its recipient, and the security function approving a draft someone else wrote
 * (Helena Ask's own queue, remiss and refusals are in tests/ui/governanceDocuments.test.tsx). Screenshots:
 * governanceDocuments-{tree,queue,remiss,approval}-<lang>.png (the web part's default view in every
 * host is webparts.test.ts's governanceDocuments-<view>-<lang>.png). Each visit fails on console
 * errors and failed requests.
 */
import type { Locator } from 'playwright-core';
import type { WorkbenchLocale } from '../../tools/workbench/client/pageConfig';
import { locStrings } from './helpers/locStrings';
import { typeInto } from './helpers/fluent';
import { IE2eSession, startE2eSession } from './helpers/workbench';

interface IDocumentStrings {
  DefaultTitle: string;
  TabTree: string;
  TabQueue: string;
  TabApproval: string;
  TabConsultations: string;
  TreeLabel: string;
  Flags: Record<string, string>;
  Steps: Record<string, string>;
  CommentLabel: string;
  SendComment: string;
  CommentSent: string;
  ApproveHeading: string;
  ApprovedByLabel: string;
  ApproveButton: string;
  DoneApproved: string;
  OpenForApprovalLabel: string;
  BackToDocuments: string;
  NextReviewLabel: string;
  ConfirmReviewHeading: string;
}

const LANGUAGES: readonly WorkbenchLocale[] = ['sv-se', 'en-us'];
/** Each language approves its own draft, so the two runs do not depend on each other. */
const DRAFT_TO_APPROVE: Readonly<Record<WorkbenchLocale, string>> = { 'sv-se': 'INS-004', 'en-us': 'RL-002' };

let session: IE2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.close();
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tab(webPart: Locator, name: string): Locator {
  return webPart.getByRole('tab', { name: new RegExp(`^${name}`) });
}

describe.each(LANGUAGES)('governing documents in %s', (lang) => {
  const strings = locStrings<IDocumentStrings>('GovernanceDocumentsWebPartStrings', lang);

  it('shows the tree from the policy down, with the expired Stockholm policy flagged in words', async () => {
    const visit = await session.open({ persona: 'securityFunction', webpart: 'governanceDocuments', lang });
    try {
      const tree = visit.webPart.getByRole('list', { name: strings.TreeLabel });
      await visit.guard.race(tree.waitFor());
      const stockholm = tree.locator('[data-tree-document="LS-S-665820"]');
      await stockholm.locator('[data-flag="expired"]', { hasText: strings.Flags.expired }).first().waitFor();
      // A unit's instruction sits under the regional guideline it supplements.
      await tree.locator('[data-tree-document="RL-003"] [data-tree-document="INS-001"]').waitFor();
      await visit.screenshot(`governanceDocuments-tree-${lang}`);
      // A link (as in a reminder mail) opens a document by its number.
      await visit.page.goto(`${session.url({ webpart: 'governanceDocuments', lang })}&document=RL-001`);
      await visit.guard.race(visit.webPart.getByRole('heading', { level: 2, name: /^RL-001 · / }).waitFor());
    } finally {
      await visit.close();
    }
  });

  it("shows a document owner's review queue, most urgent first, with the steps he may take", async () => {
    const visit = await session.open({ persona: 'securityFunction', webpart: 'governanceDocuments', lang });
    try {
      await visit.guard.race(tab(visit.webPart, strings.TabQueue).waitFor());
      await tab(visit.webPart, strings.TabQueue).click();
      const queue = visit.webPart.locator('[data-queue]');
      await visit.guard.race(queue.waitFor());
      // The Stockholm policy expired in 2017: first in the queue, with a revision to start.
      expect(await queue.locator('[data-queue-document]').first().getAttribute('data-queue-document')).toBe('LS-S-665820');
      await queue.locator('[data-queue-document="LS-S-665820"]').getByRole('button', { name: new RegExp(`^${strings.Steps.startRevision}`) }).waitFor();
      await visit.screenshot(`governanceDocuments-queue-${lang}`);
    } finally {
      await visit.close();
    }
  });

  it('lets a recipient answer a remiss round', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'governanceDocuments', lang });
    try {
      await visit.guard.race(tab(visit.webPart, strings.TabConsultations).waitFor());
      await tab(visit.webPart, strings.TabConsultations).click();
      const round = visit.webPart.locator('[data-round-status="open"]').first();
      await visit.guard.race(round.waitFor());
      await typeInto(round.getByLabel(strings.CommentLabel), lang === 'sv-se' ? 'Gäller kravet på heta arbeten även jourpersonal?' : 'Does the hot work rule cover the on-call staff too?');
      await round.getByRole('button', { name: strings.SendComment }).click();
      await visit.guard.race(round.getByText(strings.CommentSent).waitFor());
      await visit.screenshot(`governanceDocuments-remiss-${lang}`);
    } finally {
      await visit.close();
    }
  });

  it('lets the security function approve a draft someone else wrote', async () => {
    const visit = await session.open({ persona: 'securityFunction', webpart: 'governanceDocuments', lang });
    try {
      const number = DRAFT_TO_APPROVE[lang];
      await visit.guard.race(tab(visit.webPart, strings.TabApproval).waitFor());
      await tab(visit.webPart, strings.TabApproval).click();
      const card = visit.webPart.locator(`[data-approval-document="${number}"]`);
      await visit.guard.race(card.waitFor());
      // "Öppna INS-004 … för fastställande": the card's button, not the number's link.
      await card.getByRole('button', { name: new RegExp(`^${escape(strings.OpenForApprovalLabel.split('{1}')[0].replace('{0}', number))}`) }).click();
      await visit.guard.race(visit.webPart.getByRole('heading', { level: 2, name: new RegExp(`^${number} · `) }).waitFor());
      const approval = visit.webPart.locator('[data-section="trygg-document-approval"]');
      await approval.getByRole('button', { name: strings.Steps.approve, exact: true }).click();
      const form = approval.getByRole('form', { name: strings.ApproveHeading });
      await typeInto(form.getByLabel(strings.ApprovedByLabel), 'Regiondirektören');
      await form.scrollIntoViewIfNeeded();
      await visit.screenshot(`governanceDocuments-approval-${lang}`);
      await form.getByRole('button', { name: strings.ApproveButton, exact: true }).click();
      await visit.guard.race(visit.webPart.getByText(strings.DoneApproved).waitFor());
    } finally {
      await visit.close();
    }
  });
});
