package bg.integra.project;

import bg.integra.common.Region;

/**
 * What to look for among projects; every part is optional. {@code text} matches titles and summaries in
 * every language and the contract number, ignoring case.
 */
public record ProjectQuery(Region region, ProjectStatus status, String text, Long beneficiaryId) {

    public static final int MAX_TEXT_LENGTH = 200;

    public static ProjectQuery all() {
        return new ProjectQuery(null, null, null, null);
    }
}
