/** Validators of a feed's last answer, sent back as If-None-Match / If-Modified-Since. */
export interface FeedValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}
