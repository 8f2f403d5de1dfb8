package bg.integra.project;

/**
 * The EU fund that pays for a project. EIF is the European Fund for the Integration of Third-Country Nationals
 * (2007–2013), AMIF its successor. Labels live in the bundles as {@code fund.NAME}.
 */
public enum Fund {
    EIF, AMIF, ESF, OTHER;

    public static final int LENGTH = 10;
}
