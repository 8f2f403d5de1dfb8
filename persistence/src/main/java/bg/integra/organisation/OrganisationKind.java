package bg.integra.organisation;

/** What sort of body an organisation is; labels live in the bundles as {@code organisationKind.NAME}. */
public enum OrganisationKind {
    NGO, TRADE_UNION, MUNICIPALITY, STATE_AGENCY, INFORMATION_CENTRE, OTHER;

    public static final int LENGTH = 20;
}
