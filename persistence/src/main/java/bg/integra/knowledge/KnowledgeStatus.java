package bg.integra.knowledge;

/**
 * Where an item of the knowledge base is on its way to the portal: written by a member (draft), sent for review
 * (submitted), shown publicly (published). Only published items are read by the portal and the API.
 */
public enum KnowledgeStatus {
    DRAFT, SUBMITTED, PUBLISHED;

    public static final int LENGTH = 12;
}
