/** Small article pages served by the CLI tests' local server. */
export function articleHtml(title: string, extra = ''): string {
  // Five paragraphs that differ: one paragraph set again and again above the rest reads as a slideshow's caption.
  const para = ['the rest of the week', 'the weekend', 'the holiday', 'the winter', 'the season'].map((until) => `<p>${title} was confirmed on Monday by officials in the harbour town, who said the work had gone faster than planned and that ferries would run on time for ${until}.</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} - Coast Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Coast Gazette"><meta name="author" content="By Ada Lovelace">
<link rel="canonical" href="/canonical/${encodeURIComponent(title.toLowerCase().replace(/\s+/g, '-'))}">${extra}</head>
<body><article><h1>${title}</h1>${para}<p>The council published <a href="../docs/report.html">the full report</a> on Tuesday, with maps of the repaired sea wall and a timetable for the remaining work.</p></article></body></html>`;
}
