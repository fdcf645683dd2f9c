//! The newsroom as a JSON Feed document.

use std::cmp::Reverse;

use super::{LiveUpdate, Newsroom};
use crate::json_feed::{
    image_mime_type, BlogStatus, FeedAttachment, FeedAuthor, FeedExtension, FeedItem, ItemFlags,
    JsonFeed, VERSION,
};
use crate::site::SiteUrls;

impl Newsroom {
    /// The blog as readers would fetch it now, with URLs made absolute under `site`.
    ///
    /// Items are newest first by publication date; updates published in the same second keep
    /// the later-published one first.
    pub fn to_json_feed(&self, site: &SiteUrls) -> JsonFeed {
        let mut newest_first: Vec<&LiveUpdate> = self.updates.iter().rev().collect();
        // Stable sort over the reversed publication order breaks ties newest first.
        newest_first.sort_by_key(|live| Reverse(live.published));
        JsonFeed {
            version: VERSION,
            title: self.title.clone(),
            home_page_url: site.home(),
            feed_url: site.feed(),
            language: self.language.clone(),
            expired: self.status == BlogStatus::Closed,
            liveblog: FeedExtension {
                status: self.status,
                key_points: self.key_points.clone(),
                poll_interval: self.poll_interval,
                notice: self.notice.clone(),
            },
            items: newest_first
                .into_iter()
                .map(|live| feed_item(live, site))
                .collect(),
        }
    }
}

fn feed_item(live: &LiveUpdate, site: &SiteUrls) -> FeedItem {
    let update = &live.update;
    let image_url = update.image.as_ref().map(|image| site.absolute(&image.url));
    let attachments = update
        .image
        .iter()
        .zip(&image_url)
        .map(|(image, url)| FeedAttachment {
            url: url.clone(),
            mime_type: image_mime_type(url).to_owned(),
            title: image.alt.clone(),
        })
        .collect();
    FeedItem {
        id: update.id.clone(),
        url: site.update(&update.id),
        title: update.title.clone(),
        content_html: update.content_html.clone(),
        date_published: live.published.rfc3339(),
        date_modified: live.modified.map(|modified| modified.rfc3339()),
        authors: update
            .authors
            .iter()
            .map(|author| FeedAuthor {
                name: author.name.clone(),
                url: author.url.clone(),
            })
            .collect(),
        image: image_url,
        attachments,
        liveblog: ItemFlags {
            key_event: update.key_event,
            pinned: update.pinned,
        }
        .non_empty(),
    }
}
