package bg.integra.project;

/**
 * What a counted indicator counts, and which parameter narrows it: the kind of event, the target group of the
 * participants, or the kind of printed material. Sentences for each live in the bundles as
 * {@code indicatorMeasure.NAME} (and {@code indicatorMeasure.NAME.of} with the parameter).
 */
public enum IndicatorMeasure {
    /** Published events of the project that have started, optionally of one {@code EventKind}. */
    EVENTS_HELD(Parameter.EVENT_KIND, false),
    /** Distinct people (by lower-cased e-mail) marked present at the project's events. */
    PARTICIPANTS(Parameter.NONE, false),
    /** The same, for one target group (by code); the target group is required. */
    PARTICIPANTS_IN_TARGET_GROUP(Parameter.TARGET_GROUP, true),
    /** The sum of the quantities of the project's printed materials, optionally of one {@code PublicityKind}. */
    COPIES_PRINTED(Parameter.PUBLICITY_KIND, false);

    public static final int LENGTH = 30;
    public static final int PARAMETER_LENGTH = 40;

    /** What the parameter of a measure names. */
    public enum Parameter { NONE, EVENT_KIND, TARGET_GROUP, PUBLICITY_KIND }

    private final Parameter parameter;
    private final boolean parameterRequired;

    IndicatorMeasure(Parameter parameter, boolean parameterRequired) {
        this.parameter = parameter;
        this.parameterRequired = parameterRequired;
    }

    public Parameter parameter() { return parameter; }
    public boolean isParameterRequired() { return parameterRequired; }
    public boolean takesParameter() { return parameter != Parameter.NONE; }
}
