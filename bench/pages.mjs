// The host pages the benchmark opens: a plain article with the blog at its top (so the reader is
// "at the top" and new updates appear at once), embedded either with the widget's two tags or
// with the reference renderer. An inline script tells the probe which render to time.

/** The widget, embedded as publishers do; `pageSize` null leaves the option out. */
export function widgetPage({ feed, pageSize, expect }) {
  const size = pageSize ? ` data-liveblog-page-size="${pageSize}"` : "";
  return page(expect, `<div id="blog" data-liveblog-feed="${feed}" data-liveblog-poll-interval="5"${size}></div>
<script async src="/dist/embed.js"></script>`);
}

/** The plain JavaScript reference (bench/reference.js) on the same feed and stylesheet. */
export function referencePage({ feed, pageSize, expect }) {
  return page(expect, `<div id="blog" data-reference-feed="${feed}" data-reference-page-size="${pageSize || 20}"
     data-reference-stylesheet="/dist/liveblog.css"></div>
<script async src="/bench/reference.js"></script>`);
}

function page(expect, blog) {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Benchmark</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0 auto;max-width:700px;font:18px/1.5 Georgia,serif">
<script>window.__bench.when("first", ".lb-updates > li", ${expect});</script>
${blog}
<h1>The article goes on below the blog</h1></body></html>`;
}
