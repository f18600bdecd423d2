/**
 * `copydesk quotes [file|-] [--html]`: quotations with their speakers, one JSON line each,
 * from plain text (every line or blank-line-separated block a paragraph) or, with --html,
 * from the body the extractor finds in a saved page. Offsets are into the text as read
 * (into the extracted body with --html).
 */
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { DEFAULTS } from '../config.js';
import { CopydeskError, isCopydeskError, toCopydeskError } from '../errors.js';
import { decodeBody } from '../fetch/decode.js';
import { readCapped, readFileCapped } from '../pool/read.js';
import { extractQuotes, extractQuotesFromText } from '../quotes/index.js';
import type { CommandContext } from './context.js';
import { openInputFile } from './inputs.js';
import { write } from './io.js';
import { maxBytesOption } from './options.js';

interface QuotesFlags {
  html?: boolean;
  url?: string;
  maxBytes?: number;
}

/** How much of the input is looked at for NUL bytes before it is read as text. */
const BINARY_SNIFF_BYTES = 8192;

export function quotesCommand(ctx: CommandContext): Command {
  const cmd = new Command('quotes')
    .description('list the quotations in a text with their speakers, one JSON line each')
    .argument('[file]', 'plain text file, or "-" for stdin (the default)', '-')
    .addOption(new Option('--html', 'read a saved HTML page and report the quotes in its article body').default(false))
    .addOption(new Option('--url <url>', "with --html: the page's address, base for relative links"))
    .addOption(maxBytesOption());
  cmd.addHelpText('after', `
Each line: {"text","speaker","speakerMention","cue","kind","paragraph","start","end"}; start and
end are offsets (UTF-16 code units) of the quote text in the input as read, or in the extracted
body with --html. Paragraphs are separated by single newlines or blank lines.

Examples:
  $ copydesk quotes story.txt
  $ pbpaste | copydesk quotes - | jq -r '.speaker'
  $ copydesk quotes --html saved/story.html

Exit codes: 0 quotes written (possibly none), 1 the page had no article text, the input is not
text or is larger than --max-bytes, 2 usage error.
`);
  cmd.action(async (file: string, flags: QuotesFlags) => {
    const { io } = ctx;
    if (file !== '-') await openInputFile(file, io.cwd).then((s) => s.destroy());
    // Waiting on a terminal looks like a hang: say what is expected.
    else if ((io.stdin as { isTTY?: boolean }).isTTY) await write(io.stderr, 'copydesk quotes: reading text from the terminal; end it with Ctrl-D, or give a file: copydesk quotes story.txt\n');
    // The same cap as extract's: a huge file or a gzip bomb is refused, not read into memory.
    const maxBytes = flags.maxBytes ?? DEFAULTS.maxBytes;
    let bytes: Buffer;
    try {
      bytes = file === '-' ? await readCapped(io.stdin, maxBytes, 'stdin') : await readFileCapped(resolve(io.cwd, file), maxBytes);
    } catch (err) {
      if (isCopydeskError(err) && err.code === 'TOO_LARGE') {
        await write(io.stderr, `copydesk: ${err.code}: ${err.message}\n`);
        ctx.exitCode = 1;
        return;
      }
      throw new CopydeskError('INPUT', `cannot read ${file}: ${(err as Error).message}`, { cause: err });
    }
    let quotes;
    if (flags.html) {
      const html = decodeBody(bytes, null).text;
      const url = flags.url ?? (file === '-' ? '' : new URL(`file://${resolve(io.cwd, file)}`).href);
      try {
        // The extractor (and its DOM) loads only when HTML is given: --help stays light.
        const { extractArticle } = await import('../pipeline.js');
        const record = extractArticle(html, { url }, { keepNonArticles: true, quotes: false });
        quotes = extractQuotes(record.body);
      } catch (err) {
        const e = toCopydeskError(err, { url });
        await write(io.stderr, `copydesk: ${e.code}: ${e.message}\n`);
        ctx.exitCode = 1;
        return;
      }
    } else {
      // NUL bytes are in no text file (an image, a program, a PDF): said, not read as text with no quotes.
      if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
        await write(io.stderr, `copydesk: INPUT: ${file === '-' ? 'stdin' : file} is not text (it holds NUL bytes)\n`);
        ctx.exitCode = 1;
        return;
      }
      quotes = extractQuotesFromText(bytes.toString('utf8'));
    }
    for (const q of quotes) {
      const line = { text: q.text, speaker: q.speaker, speakerMention: q.speakerMention, cue: q.cue, kind: q.kind, paragraph: q.paragraph, start: q.start, end: q.end };
      await write(io.stdout, `${JSON.stringify(line)}\n`);
    }
  });
  return cmd;
}
