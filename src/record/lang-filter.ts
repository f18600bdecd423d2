/**
 * --lang, for every command that writes records (get, extract, crawl): which languages to
 * keep. A record in another language is not an error: it is left out and counted.
 */

/** The codes asked for: "--lang de,en --lang fr" gives de, en, fr. */
export function parseLangs(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((l) => l.split(',')).map((l) => l.trim().toLowerCase()).filter(Boolean);
}

/**
 * A test of a record's lang: en takes en, en-US, en-GB. A record whose language is unknown
 * (no declaration, text too short to tell) is left out too. Null when no language is asked for.
 */
export function langFilter(values: readonly string[] | undefined): ((lang: string | null) => boolean) | null {
  const wanted = parseLangs(values);
  if (!wanted.length) return null;
  return (lang) => {
    const l = (lang ?? '').toLowerCase();
    return wanted.some((w) => l === w || l.startsWith(`${w}-`));
  };
}
