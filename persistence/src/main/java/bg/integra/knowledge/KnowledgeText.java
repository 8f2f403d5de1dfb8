package bg.integra.knowledge;

import java.util.stream.Stream;

/**
 * One language's texts of an item of the knowledge base, as the item reads them for its word filter and for the
 * site search ({@link KnowledgeItem#headlines}): a title, the text the search quotes under it, and every text.
 */
public interface KnowledgeText {

    String getTitle();

    /** The text the site search quotes under the title: a practice's objectives, a case's situation … */
    String quoted();

    /** Every text of the language, the title first, in the order of the form; null where one is not written. */
    Stream<String> all();
}
