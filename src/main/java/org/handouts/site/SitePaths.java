package org.handouts.site;

/**
 * Where things are in the site, as relative links, so the folder works on any host, in a subfolder, or
 * opened from disk: an article is {@code <slug>/index.html} (the address its QR code names is the base URL
 * plus the slug), a topic {@code topics/<tag>/index.html}, the index {@code index.html}.
 */
final class SitePaths {

    private SitePaths() { }

    static String articlePage(String slug) {
        return slug + "/index.html";
    }

    static String topicPage(String tagSlug) {
        return "topics/" + tagSlug + "/index.html";
    }

    /** The way from a page back to the site's root folder: "" for the index, "../" for an article. */
    static String toRoot(String page) {
        int depth = (int) page.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A link from {@code fromPage} to {@code target} (both relative to the root), to its folder when it is an index page. */
    static String link(String fromPage, String target) {
        String path = target.endsWith("/index.html") ? target.substring(0, target.length() - "index.html".length()) : target;
        String link = toRoot(fromPage) + path;
        return link.isEmpty() ? "./" : link;
    }
}
