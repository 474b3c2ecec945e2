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
    public static final String CONTROL_CHARACTER = "control-character";
    public static final String TOO_LARGE = "too-large";
    public static final String TOO_DEEP = "too-deep";
    public static final String OUTSIDE_FOLDER = "outside-folder";
    /** MDX code (imports, exports, JSX components) left out of a handout. */
    public static final String MDX = "mdx";
    /** An article marked as a draft, so not built. */
    public static final String DRAFT = "draft";
    /** A picture address the build cannot use: another scheme, a path leaving the folder, a missing file. */
    public static final String PICTURE = "picture";
    /** A link written as a link to another article that leads to none ({@link ArticleLinks#missing}). */
    public static final String ARTICLE_LINK = "article-link";

    private Rules() { }
}
