package org.handouts.site;

import java.util.List;

/** {@code sitemap.xml} for search engines: every page's full address, from {@code site.baseUrl}. */
final class Sitemap {

    private Sitemap() { }

    static String of(String baseUrl, List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            String path = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
            xml.append("  <url><loc>").append(escape(baseUrl + path)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
