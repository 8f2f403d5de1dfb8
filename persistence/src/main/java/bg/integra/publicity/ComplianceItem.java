package bg.integra.publicity;

/**
 * The publicity rules of the scheme (art. 6 of the grant's General Conditions and the scheme's visibility
 * guide) that a project's checklist is kept against. They are an enum, not data: the rules are the same for every
 * project of the scheme, change only with a new programme (a release anyway), and the code knows what each needs
 * as evidence. Their names and explanations live in the bundles as {@code compliance.item.NAME} and
 * {@code compliance.item.NAME.help}.
 */
public enum ComplianceItem {
    /** The EU emblem on every printed and publicity material. */
    EU_EMBLEM_ON_MATERIALS,
    /** The funding statement naming the fund on every material. */
    FUNDING_STATEMENT_ON_MATERIALS,
    /** The disclaimer: the beneficiary alone is responsible for the content. */
    DISCLAIMER,
    /** The information board at the project office. */
    OFFICE_BOARD,
    /** The project page on the beneficiary's web site or platform. */
    WEB_PAGE,
    /** The publications in the press (e.g. four in a regional daily). */
    PUBLICATIONS,
    /** Invitations, agendas and the room of every event carry the emblem and statement. */
    EVENT_PUBLICITY,
    /** The information campaign aimed at the media, the host society and institutions. */
    MEDIA_CAMPAIGN;

    public static final int LENGTH = 40;
}
