/** Small article pages served by the CLI tests' local server. */
export function articleHtml(title: string, extra = ''): string {
  const para = `<p>${title} was confirmed on Monday by officials in the harbour town, who said the work had gone faster than planned and that ferries would run on time for the rest of the week.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} - Coast Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Coast Gazette"><meta name="author" content="By Ada Lovelace">
<link rel="canonical" href="/canonical/${encodeURIComponent(title.toLowerCase().replace(/\s+/g, '-'))}">${extra}</head>
<body><article><h1>${title}</h1>${para.repeat(5)}<p>The council published <a href="../docs/report.html">the full report</a> on Tuesday, with maps of the repaired sea wall and a timetable for the remaining work.</p></article></body></html>`;
}
