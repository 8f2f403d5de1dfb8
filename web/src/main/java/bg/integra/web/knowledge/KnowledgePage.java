package bg.integra.web.knowledge;

import bg.integra.common.Period;
import bg.integra.web.portal.PortalPage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/** What the knowledge base's pages share: dates and countries in the page's language, links to items. */
public abstract class KnowledgePage extends PortalPage {

    /** A date as the page's language writes it in full: "30 юни 2015 г."; empty for none. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()).format(date);
    }

    /** A period as the page's language writes it: both days with a dash, or the one day it has; empty for none. */
    public String when(Period period) {
        if (period == null || (period.getStart() == null && period.getEnd() == null)) return "";
        if (period.getStart() == null || period.getEnd() == null || period.getStart().equals(period.getEnd())) {
            return date(period.getStart() == null ? period.getEnd() : period.getStart());
        }
        return date(period.getStart()) + " – " + date(period.getEnd());
    }

    /** A country's name in the page's language, from its ISO 3166 code. */
    public String country(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(language.getLocale());
    }

    public String practiceLink(long id) { return link("/practices/" + id, Map.of()); }
    public String caseLink(long id) { return link("/cases/" + id, Map.of()); }
    public String measureLink(long id) { return link("/measures/" + id, Map.of()); }
    public String initiativeLink(long id) { return link("/initiatives/" + id, Map.of()); }
    public String memberLink(String slug) { return link("/network/" + slug, Map.of()); }
}
