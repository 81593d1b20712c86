// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimReviewExportSection, exportFileName } from '../../lib/dom/claim-review-download';

afterEach(() => vi.restoreAllMocks());

describe('the ClaimReview export section', () => {
  it('hands the items to a download through a Blob URL, and says how many', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:evident/1';
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.getAttribute('href')} ${this.getAttribute('download')}`);
    });
    const items = [{ '@type': 'ClaimReview', claimReviewed: 'x' }];
    const section = claimReviewExportSection(document, () => Promise.resolve(items));
    document.body.append(section);
    section.querySelector('button')!.click();
    await vi.waitFor(() => expect(section.querySelector('[role=status]')!.textContent).toMatch(/^Exported 1 claim/));
    expect(clicked).toEqual([`blob:evident/1 ${exportFileName(new Date())}`]);
    expect(blobs[0]!.type).toBe('application/ld+json');
    expect(JSON.parse(await blobs[0]!.text())).toEqual(items);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('says so when the database cannot be read, and writes nothing', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    const section = claimReviewExportSection(document, () => Promise.reject(new Error('background asleep')));
    section.querySelector('button')!.click();
    await vi.waitFor(() =>
      expect(section.querySelector('[role=status]')!.textContent).toBe(
        'The export failed: background asleep. Nothing was written.',
      ),
    );
    expect(create).not.toHaveBeenCalled();
  });
});
