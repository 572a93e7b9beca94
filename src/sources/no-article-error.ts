/** A page with no readable article (an index, a login wall, a script-only shell): nothing to extract. */
export class NoArticleError extends Error {
  override name = 'NoArticleError';

  constructor(
    /** Why the page was judged not to be an article, e.g. "only 42 characters of text". */
    readonly reason: string,
    readonly url: string | null = null,
  ) {
    super(
      `no readable article in ${url ?? 'this page'} (${reason}); ` +
        "give the article's own page, or save its text as a .txt file",
    );
  }
}
