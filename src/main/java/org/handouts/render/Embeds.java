package org.handouts.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handouts.i18n.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What paper cannot play does not vanish: a video, sound or web page embedded in an article ({@code <iframe>},
 * {@code <video>}, {@code <audio>}) becomes a line naming it and its address, which the sanitizer keeps as a
 * link while it still removes the embed itself. On paper the line gets a QR code to the address
 * ({@link #addQrCodes}); the EPUB and the web edition show the link alone (they remove {@link #QR_CLASS}).
 */
public final class Embeds {

    /** The class of the line that stands for an embed. */
    public static final String LINE_CLASS = "embed";
    /** The class of an embed line's QR code, which only paper needs. */
    public static final String QR_CLASS = "embed-qr";

    private static final Pattern YOUTUBE = Pattern.compile("(?i)https://(?:www\\.)?youtube(?:-nocookie)?\\.com/embed/([\\w-]+).*");
    private static final Pattern VIMEO = Pattern.compile("(?i)https://player\\.vimeo\\.com/video/(\\d+).*");
    private static final Pattern VIDEO_HOSTS = Pattern.compile(
            "(?i)https?://([^/]*\\.)?(youtube(-nocookie)?\\.com|youtu\\.be|vimeo\\.com|wistia\\.(com|net)|dailymotion\\.com|loom\\.com|ted\\.com|brightcove\\.net|kaltura\\.com)(/.*)?");
    private static final Pattern AUDIO_HOSTS = Pattern.compile("(?i)https?://([^/]*\\.)?(soundcloud\\.com|spotify\\.com|podcasts\\.apple\\.com|buzzsprout\\.com)(/.*)?");
    private static final Pattern ANY_EMBED = Pattern.compile("(?i)<(iframe|video|audio)\\b");

    private Embeds() { }

    /** Whether the HTML has anything to replace (most articles have not: they are not parsed again). */
    static boolean present(String html) {
        return ANY_EMBED.matcher(html).find();
    }

    /** {@code html} with each embed replaced by its line, in {@code messages}' words; for the sanitizer to clean next. */
    static String replace(String html, Messages messages) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element embed : doc.body().select("iframe, video, audio")) {
            embed.replaceWith(line(embed, messages));
        }
        return doc.body().html();
    }

    private static Element line(Element embed, Messages messages) {
        String written = source(embed);
        String address = address(written);
        boolean web = address.matches("(?i)https?://.+");
        String kind = messages.format(switch (kind(embed, address)) {
            case "video" -> "embed.video";
            case "audio" -> "embed.audio";
            default -> "embed.page";
        });
        // Not the text inside a <video>: that is what a browser without video says ("Your browser cannot play this").
        String title = firstNonBlank(embed.attr("title"), embed.attr("aria-label"));
        String shown = address.isBlank() ? "" : address;
        String text = title.isBlank() ? messages.format("embed.line.untitled", kind, shown)
                : messages.format("embed.line", kind, title, shown);
        // Inside a paragraph a block would split it: a span there, a paragraph of its own elsewhere.
        boolean inline = embed.parent() != null && embed.parent().is("p, span, a, em, strong, b, i, li, td, th");
        Element line = new Element(inline ? "span" : "p").addClass(LINE_CLASS);
        if (web) {
            line.appendElement("a").attr("href", address).attr("title", title.isBlank() ? kind : title).text(text);
        } else {
            line.text(text.replaceFirst("\\s*—\\s*$", ""));
        }
        return line;
    }

    private static String kind(Element embed, String address) {
        if (embed.is("video")) {
            return "video";
        }
        if (embed.is("audio")) {
            return "audio";
        }
        if (VIDEO_HOSTS.matcher(address).matches()) {
            return "video";
        }
        return AUDIO_HOSTS.matcher(address).matches() ? "audio" : "page";
    }

    private static String source(Element embed) {
        String src = embed.attr("src").strip();
        if (src.isEmpty()) {
            Element source = embed.selectFirst("source[src]");
            src = source == null ? "" : source.attr("src").strip();
        }
        if (src.isEmpty()) {
            src = embed.attr("data-src").strip();
        }
        return src;
    }

    /** The address a reader should open: the video's page, not the bare player an embed loads. */
    static String address(String src) {
        String a = src.startsWith("//") ? "https:" + src : src;
        a = a.replaceFirst("(?i)^http://(www\\.)?(youtube|vimeo|player\\.vimeo)", "https://$1$2");
        Matcher youtube = YOUTUBE.matcher(a);
        if (youtube.matches()) {
            return "https://www.youtube.com/watch?v=" + youtube.group(1);
        }
        Matcher vimeo = VIMEO.matcher(a);
        if (vimeo.matches()) {
            return "https://vimeo.com/" + vimeo.group(1);
        }
        return a;
    }

    /**
     * Gives each embed line that links to an address a QR code to it, for paper (a phone's camera opens the
     * video). Done on the cleaned body: the code is an inline picture the tool made, not one the article named.
     */
    static void addQrCodes(Element body, Messages messages) {
        for (Element link : body.select("." + LINE_CLASS + " > a[href]")) {
            String address = link.attr("href");
            if (!address.toLowerCase(Locale.ROOT).matches("https?://.+")) {
                continue;
            }
            link.parent().appendElement("img").addClass(QR_CLASS).attr("src", QrCode.pngDataUri(address))
                    .attr("alt", messages.format("embed.qr.alt", address));
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
