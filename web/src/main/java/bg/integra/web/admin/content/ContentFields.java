package bg.integra.web.admin.content;

import bg.integra.content.Content;
import bg.integra.content.ContentText;

import java.io.Serializable;

/**
 * The fields of one kind of content in the editor (admin/content/edit.xhtml): {@link NewsFields},
 * {@link EventFields}, {@link ResourceFields}, {@link InformationFields}. {@link EditContentBacking} keeps what all
 * kinds share (texts, address, project, actions) and hands the rest to the kind's fields.
 */
public interface ContentFields extends Serializable {

    /** A new item of this kind with its Bulgarian text and the typed fields. */
    Content create(ContentText bulgarian);

    /** The form from the stored item. */
    void fill(Content content);

    /** The form onto the item (the copy that was read, or a new one). */
    void apply(Content content);

    /** Checks the fields cannot express themselves, with messages at the fields; false when one failed. */
    default boolean validate() {
        return true;
    }
}
