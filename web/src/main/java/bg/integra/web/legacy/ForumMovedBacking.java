package bg.integra.web.legacy;

import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationService;
import bg.integra.web.portal.PortalLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/**
 * The page that replaces the old forum ({@code /forum-moved}): where the forum is going and, meanwhile, whom to
 * ask. It lists the organisations of the network that have published a way to reach them.
 */
@Named
@RequestScoped
public class ForumMovedBacking {

    /** Enough for a page a visitor reads on a phone; the network has tens of organisations, not hundreds. */
    static final int MAX_CONTACTS = 30;

    @Inject
    private OrganisationService organisations;

    @Inject
    private PortalLanguage language;

    private List<Organisation> contacts;

    public List<Organisation> getContacts() {
        if (contacts == null) {
            Collator collator = Collator.getInstance(language.getLocale());
            contacts = organisations.findAll().stream()
                    .filter(o -> o.getEmail() != null || o.getPhone() != null || o.getWebsite() != null)
                    .sorted(Comparator.comparing(o -> o.name(language.getLang()), collator))
                    .limit(MAX_CONTACTS)
                    .toList();
        }
        return contacts;
    }

    /** A link for a telephone number: only the digits and a leading plus. */
    public String tel(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return "tel:" + (digits.startsWith("+") ? "+" + digits.substring(1).replace("+", "") : digits.replace("+", ""));
    }

    /** Whether a website address may be a link (only http and https; anything else is shown as text). */
    public boolean linkable(String website) {
        return website != null && (website.startsWith("https://") || website.startsWith("http://"));
    }
}
