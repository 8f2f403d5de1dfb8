package bg.integra.forum;

/**
 * A solved topic as the start of a case of the knowledge base: its title and language, the question (the first
 * post) and the answer (the post marked as the solution), both as their writers typed them (Markdown), and the
 * topic's address on the portal.
 */
public record SolvedTopic(long id, String title, String language, String question, String answer, String path)
        implements java.io.Serializable {
}
