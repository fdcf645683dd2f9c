//! The docs say what the code does: the README's options table is the one in `core::options`,
//! and the loader watches the same options.

use liveblog::core::OPTIONS;

fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("README has a {heading:?} section"));
    let rest = &text[start + heading.len()..];
    let end = rest.find("\n#").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn the_readme_options_table_matches_the_defaults_in_code() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md is readable");
    let rows: Vec<Vec<String>> = section(&readme, "### Options")
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            line.trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect();
    let expected: Vec<Vec<String>> = OPTIONS
        .iter()
        .map(|option| {
            vec![
                format!("`{}`", option.name),
                option.default.to_owned(),
                option.meaning.to_owned(),
            ]
        })
        .collect();
    assert_eq!(rows, expected);
}

#[test]
fn the_readme_theming_table_lists_every_custom_property_the_styles_read() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).expect("README.md");
    let styles = std::fs::read_to_string(format!("{root}/www/liveblog.css")).expect("liveblog.css");
    let names = |text: &str, marker: &str| {
        let mut found: Vec<String> = text
            .split(marker)
            .skip(1)
            .map(|rest| {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                    .unwrap_or(rest.len());
                format!("--lb-{}", &rest[..end])
            })
            .collect();
        found.sort();
        found.dedup();
        found
    };
    let documented = names(section(&readme, "### Theming"), "| `--lb-");
    let used = names(&styles, "var(--lb-");
    assert!(!used.is_empty());
    assert_eq!(documented, used);
}

#[test]
fn the_loader_watches_every_option() {
    let loader = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/embed.js"))
        .expect("www/embed.js is readable");
    let line = loader
        .lines()
        .find(|line| line.trim_start().starts_with("const OPTIONS = ["))
        .expect("embed.js lists the options");
    let listed: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
    let expected: Vec<&str> = OPTIONS.iter().map(|option| option.name).collect();
    assert_eq!(listed, expected);
}
