package org.handouts.article;

/** Ids of the checks the article reader makes; {@code handouts check} prints them and handouts.yml can switch them off. */
public final class Rules {
    public static final String FRONT_MATTER = "front-matter";
    public static final String UNKNOWN_KEY = "unknown-key";
    public static final String DUPLICATE_ID = "duplicate-id";
    public static final String MIS_DECODED_TEXT = "mis-decoded-text";
    public static final String ENCODING = "encoding";
    public static final String EMPTY_ARTICLE = "empty-article";
    public static final String HERO_ALT = "hero-alt";

    private Rules() { }
}
