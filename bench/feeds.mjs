// The benchmark's feeds: JSON Feed 1.1 with the `_liveblog` extension (docs/feed-format.md),
// generated deterministically, and changed between polls the way a newsroom changes them.
// A blog is a mutable object; `feedOf(blog)` is the document the server sends for it.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Every blog of a run ends at the same minute, two and a half days ago: the widget and the
// reference then render the same dates, and the relative times ("2 days ago") hold still for
// hours, even for the updates a run adds, so that the widget's age clock changes no text
// during the measurements.
const NEWEST = Math.floor((Date.now() - 2.5 * DAY) / MINUTE) * MINUTE;
const DESKS = ["Efa Llewelyn", "Tomasz Wren", "Ama Owusu", "Ines Carvalho", "Rhys Baines"];

/** A blog of `count` updates, one a minute up to two and a half days ago, the oldest pinned. */
export function createBlog(count) {
  const blog = { start: NEWEST - count * MINUTE, serial: 0, edits: 0, updates: [] };
  for (let n = 0; n < count; n += 1) addUpdate(blog);
  return blog;
}

/**
 * The feed document of `blog`, newest update first (as publishers usually write it). With
 * `newest`, only that many of the newest updates, and a `next_url` for the older ones, as
 * docs/deploying.md advises publishers.
 */
export function feedOf(blog, { newest } = {}) {
  const items = [...blog.updates].reverse();
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: "Benchmark: Storm Morwen hits the coast",
    home_page_url: "https://news.example/live/storm",
    language: "en-GB",
    _liveblog: {
      status: "live",
      key_points: [
        "A severe flood warning is in force along the coast",
        "1,400 homes have been evacuated",
        "Rail services are suspended until further notice",
      ],
      poll_interval: 5,
    },
    ...(newest ? { next_url: "/feed/older.json" } : {}),
    items: newest ? items.slice(0, newest) : items,
  };
}

/** Publishes a new update on top of `blog`; returns its id. */
export function addUpdate(blog) {
  blog.serial += 1;
  const update = item(blog.serial, blog.start);
  blog.updates.push(update);
  return update.id;
}

/** Edits the update at `index` (0 = oldest): a new text and a newer `date_modified`. */
export function editUpdate(blog, index) {
  const update = blog.updates[index];
  blog.edits += 1;
  update.content_html = `<p>Correction ${blog.edits}: ${update.content_html.slice(3)}`;
  update.date_modified = new Date(Date.parse(update.date_published) + (blog.edits + 2) * MINUTE).toISOString();
}

/** Deletes the update at `index`, which must be newer than the oldest (else it reads as paged out). */
export function deleteUpdate(blog, index) {
  blog.updates.splice(index, 1);
}

/**
 * The memory session's change number `step`: publish, edit or delete in turn, so that the blog
 * keeps its size. Edits and deletes pick an update between the oldest and the newest, never the
 * pinned (oldest) one, by a fixed sequence so every run changes the same updates.
 */
export function churn(blog, step) {
  const middle = 1 + ((step * 37) % (blog.updates.length - 2));
  switch (step % 3) {
    case 0: return addUpdate(blog);
    case 1: return editUpdate(blog, middle);
    default: return deleteUpdate(blog, middle);
  }
}

// One update: a headline most of the time, two paragraphs of formatted text with a link, one
// or two authors, now and then a picture with alt text, caption, credit and size (a second
// picture, a gallery, now and then), a YouTube link on a line of its own (a click-to-load
// embed), a key event or an attachment.
function item(serial, start) {
  const id = `u-${String(serial).padStart(5, "0")}`;
  const published = new Date(start + serial * MINUTE).toISOString();
  const update = {
    id,
    url: `https://news.example/live/storm#${id}`,
    content_html: `<p>Update ${serial}: the water at the harbour wall rose <strong>${serial % 90} cm</strong> in the last hour, ` +
      `the coastguard said. <a href="https://news.example/storm/${serial}">Read the full report</a>.</p>` +
      `<p>Crews are <em>still working</em> along the promenade; residents are asked to stay away from the sea front.</p>` +
      (serial % 20 === 7 ? `<p><a href="https://www.youtube.com/watch?v=harbour${String(serial).padStart(4, "0")}">Watch: the harbour wall</a></p>` : ""),
    date_published: published,
    authors: serial % 7 === 0
      ? [{ name: DESKS[serial % 5], url: "https://news.example/staff/a" }, { name: DESKS[(serial + 1) % 5] }]
      : [{ name: DESKS[serial % 5] }],
  };
  if (serial % 10 !== 3) update.title = `Harbour wall: reading number ${serial}`;
  if (serial % 5 === 0) {
    update.image = "/img/photo.svg";
    update.attachments = [{ url: "/img/photo.svg", mime_type: "image/svg+xml", title: `The harbour at reading ${serial}`,
      _liveblog: { caption: `Waves over the harbour wall, reading ${serial}`, credit: "Photo: Efa Llewelyn", width: 640, height: 360 } }];
    if (serial % 40 === 20) update.attachments.push({ url: "/img/photo.svg?crowd", mime_type: "image/svg+xml", title: "Onlookers on the promenade" });
  }
  if (serial % 12 === 0) update.attachments = [{ url: "/docs/warning.pdf", mime_type: "application/pdf", title: "The flood warning (PDF)" }];
  if (serial % 10 === 0) update._liveblog = { key_event: true };
  if (serial === 1) update._liveblog = { pinned: true };
  return update;
}
