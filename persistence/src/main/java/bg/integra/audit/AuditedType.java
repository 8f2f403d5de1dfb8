package bg.integra.audit;

/** The kinds of record the audit trail follows. Content kinds keep their own names, events among them. */
public enum AuditedType {
    PROJECT, INDICATOR, ACTIVITY, NEWS, EVENT, RESOURCE, INFO, REGISTRATION, MATERIAL, COMPLIANCE, LOCATION, SERVICE, API_TOKEN,
    PRACTICE, CASE_STUDY, MEASURE, INITIATIVE, FORUM_POST, FORUM_TOPIC, PORTAL_ACCOUNT, FORUM_CATEGORY,
    COURSE, COURSE_MODULE, LESSON, ENROLMENT, CERTIFICATE;

    public static final int LENGTH = 20;
}
