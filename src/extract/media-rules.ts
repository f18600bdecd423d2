/**
 * What counts as an article's image, a caption or a link worth listing: commented data for
 * the media collector (media.ts) and the HTML renderer (record/html.ts). Generic knowledge
 * of how publishing systems mark these up; nothing here names a site.
 */

/** Attributes lazy-loading scripts keep the real address in, most specific first. */
export const LAZY_SRC_ATTRIBUTES: readonly string[] = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];

/** Images at most this many pixels on a side are tracking pixels and spacers, never content. */
export const PIXEL_MAX = 2;

/** Images whose declared width and height are both at most this are icons, badges and avatars. */
export const ICON_MAX = 48;

/**
 * Words in an image's address, class or alt that mark page furniture: author avatars,
 * icons, logos, share and rating badges, emoji, spacers and tracking beacons.
 */
export const NOT_CONTENT_IMAGE = /(?:^|[^a-z])(?:avatar|gravatar|icon|icons|favicon|logo|logos|emoji|badge|sprite|spacer|blank|pixel|beacon|tracking|tracker|share|social)(?:[^a-z]|$)/i;

/** Data URLs kept for images in safe HTML: raster formats only (an SVG can carry script). */
export const SAFE_IMAGE_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/** Elements that embed a player or a post: shown as a line naming them, never as markup. */
export const EMBED_TAGS: ReadonlySet<string> = new Set(['IFRAME', 'VIDEO', 'AUDIO', 'EMBED', 'OBJECT']);

/** Embedded players and posts whose address says what they are, for a line in place of the embed. */
export const EMBED_KINDS: readonly (readonly [RegExp, string])[] = [
  [/(?:^|\.)(?:youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|twitch\.tv)$/i, 'Video'],
  [/(?:^|\.)(?:twitter\.com|x\.com)$/i, 'Post'],
  [/(?:^|\.)(?:instagram\.com|facebook\.com|threads\.net|bsky\.app|tiktok\.com)$/i, 'Post'],
  [/(?:^|\.)(?:soundcloud\.com|spotify\.com)$/i, 'Audio'],
];
