package bg.integra.news;

/**
 * What an article is: the project's own news, a press release, the report of a press conference, or a
 * publication about the project in the media (a newspaper article, kept with the newspaper's name, issue date
 * and a scan, as publicity evidence).
 */
public enum ArticleKind {
    NEWS, PRESS_RELEASE, PRESS_CONFERENCE, MEDIA_PUBLICATION;

    public static final int LENGTH = 20;
}
