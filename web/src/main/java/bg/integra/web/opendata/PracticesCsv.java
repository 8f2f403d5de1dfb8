package bg.integra.web.opendata;

import bg.integra.common.Languages;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.PracticeText;
import bg.integra.opendata.OpenDataReader;
import bg.integra.web.common.PortalTexts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The published good practices as one CSV, a row per practice with every field of the European Website on
 * Integration's template, its publication date and the address of its portal page. Texts are in one language by
 * the portal's fallback rule (the language, then English, then Bulgarian; column {@code language} says which one
 * a row's texts are in); the oblast, the target group and the area are named in that language as the page names
 * them. UTF-8 with a byte-order mark: this file is for people, and Excel reads a CSV without one in the
 * computer's legacy code page, which garbles Cyrillic and Arabic.
 */
final class PracticesCsv {

    static final String FILE = "practices.csv";
    static final List<String> HEADER = List.of("id", "title", "country", "region", "organisation", "start", "end",
            "audience", "area", "funding", "objectives", "activities", "results", "evaluation", "transferability",
            "contact", "links", "published_on", "url", "language");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PracticesCsv() {
    }

    /** The file in {@code lang}, with page addresses on the site at {@code base}. */
    static Dataset write(OpenDataReader reader, String lang, String base, Instant generated) throws IOException {
        ResourceBundle texts = PortalTexts.of(lang);
        String query = Languages.DEFAULT.equals(lang) ? "" : "?lang=" + lang;
        DatasetWriter file = new DatasetWriter(lang.equals(Languages.DEFAULT) ? FILE : "practices-" + lang + ".csv",
                HsdsPackage.CSV_TYPE);
        file.writer().write(BYTE_ORDER_MARK);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(file.writer());
        long after = 0;
        while (true) {
            List<Practice> chunk = reader.practices(after);
            for (Practice p : chunk) {
                PracticeText t = p.text(lang);
                csv.printRecord(p.getId(), t.getTitle(), p.getCountry(),
                        p.getRegion() == null ? null : texts.getString("region." + p.getRegion().name()),
                        p.getOrganisation().name(lang), date(p.getPeriod().getStart()), date(p.getPeriod().getEnd()),
                        texts.getString("knowledge.audience." + p.getAudience().name()),
                        texts.getString("knowledge.area." + p.getArea().name()),
                        t.getFunding(), t.getObjectives(), t.getActivities(), t.getResults(), t.getEvaluation(),
                        t.getTransferability(), p.getContact(), String.join(" ", p.getLinks()), date(p.getPublishedOn()),
                        base + "/practices/" + p.getId() + query, p.textLanguage(lang));
            }
            if (chunk.size() < OpenDataReader.CHUNK) break;
            after = chunk.get(chunk.size() - 1).getId();
        }
        csv.flush();
        return file.finish(generated);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
