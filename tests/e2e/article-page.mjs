// A plain, accessible news article page with the widget embedded by its two tags: the host page
// of the accessibility, layout and keyboard tests and of the README's screenshots.

const WORDS = {
  en: {
    lang: "en-GB", dir: "ltr", site: "The Kestrelmouth Courier", section: "Weather",
    headline: "Storm Idris: red warning as 94 mph gusts hit the west coast",
    standfirst: "Homes evacuated in Carrow Bay, trains cancelled and thousands without power as the storm reaches the coast.",
  },
  ar: {
    lang: "ar", dir: "rtl", site: "بريد كسترلماوث", section: "الطقس",
    headline: "العاصفة إدريس: إنذار أحمر مع هبّات تبلغ 150 كيلومترًا في الساعة على الساحل الغربي",
    standfirst: "إخلاء منازل في خليج كارو وإلغاء قطارات وآلاف المنازل بلا كهرباء مع وصول العاصفة إلى الساحل.",
  },
};

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/**
 * The page's HTML. `feed` is the feed URL; `options` the widget's other `data-liveblog-*`
 * attributes by name (`theme`, `locale`, `page-size`, `poll-interval`...); `language` "en" or
 * "ar" is the page's own language; `dark` gives the page a dark background; `hostStyle` is
 * inline CSS on the widget's host element; `embed` the URL of embed.js.
 */
export function articlePage({ feed, options = {}, language = "en", dark = false, hostStyle = "", embed = "/liveblog/embed.js" }) {
  const words = WORDS[language];
  const attributes = Object.entries(options)
    .map(([name, value]) => ` data-liveblog-${name}="${escape(value)}"`).join("");
  const [background, text, muted, rule] = dark
    ? ["#161616", "#ececec", "#b0b0b0", "#3a3a3a"] : ["#ffffff", "#1a1a1a", "#595959", "#dcdcd6"];
  return `<!doctype html>
<html lang="${words.lang}" dir="${words.dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(words.headline)} | ${escape(words.site)}</title><link rel="icon" href="data:,">
<style>
  body { margin: 0; background: ${background}; color: ${text}; font: 17px/1.55 system-ui, sans-serif; }
  .masthead { border-bottom: 1px solid ${rule}; padding: 12px 16px; }
  .masthead a { color: inherit; font: 700 22px/1.2 Georgia, serif; text-decoration: none; }
  main { max-width: 720px; margin: 0 auto; padding: 0 16px 48px; }
  .section { margin: 20px 0 4px; color: ${muted}; font-size: 14px; font-weight: 700; text-transform: uppercase; }
  h1 { margin: 0 0 8px; font: 700 32px/1.2 Georgia, serif; }
  .standfirst { margin: 0 0 24px; color: ${muted}; font-size: 19px; }
  #blog { min-height: 400px; ${hostStyle} }
  footer { max-width: 720px; margin: 0 auto; padding: 16px; border-top: 1px solid ${rule}; }
  footer a { color: inherit; }
  @media (max-width: 500px) { h1 { font-size: 26px; } .standfirst { font-size: 17px; } }
</style></head>
<body>
<header class="masthead"><a href="#top" id="top">${escape(words.site)}</a></header>
<main>
<p class="section">${escape(words.section)}</p>
<h1>${escape(words.headline)}</h1>
<p class="standfirst">${escape(words.standfirst)}</p>
<div id="blog" data-liveblog-feed="${escape(feed)}"${attributes}></div>
</main>
<footer><a href="#top" id="after">${language === "ar" ? "العودة إلى الأعلى" : "Back to top"}</a></footer>
<script async src="${escape(embed)}"></script>
</body></html>`;
}
