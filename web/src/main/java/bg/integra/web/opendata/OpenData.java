package bg.integra.web.opendata;

import bg.integra.change.Tags;
import bg.integra.common.Languages;
import bg.integra.network.Location;
import bg.integra.opendata.OpenDataReader;
import bg.integra.web.cache.Caches;
import bg.integra.web.cache.TaggedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Map;
import java.util.Set;

/**
 * The open data files, generated from the database when first asked for and then kept ({@link Caches#openData()})
 * until a committed change touches what they hold: the directory's package per language under {@link Tags#NETWORK},
 * the practices per language (and site address, which their page links carry) under {@link Tags#KNOWLEDGE}. An
 * organisation's change names both. Concurrent first requests wait for one generation.
 */
@ApplicationScoped
public class OpenData {

    static final String DEFAULT_LANGUAGE = Languages.DEFAULT;
    /** The licence of the data, the publisher it asks to be named, and its deed. */
    public static final String LICENCE_ID = "CC-BY-4.0";
    public static final String LICENCE_TITLE = "Creative Commons Attribution 4.0 International";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    public static final String PUBLISHER = "Integra network";

    @Inject
    private Caches caches;

    @Inject
    private OpenDataReader reader;

    /** The HSDS package in a portal language, by file name (data package first, then the tables, services.json last). */
    public Map<String, Dataset> hsds(String lang) {
        // the schedules carry Sofia's UTC offset of the day they were written: written again when it changes
        ZoneOffsetTransition dst = Location.ZONE.getRules().nextTransition(Instant.now());
        Instant expires = dst == null ? Instant.MAX : dst.getInstant();
        return obtain("hsds|" + lang, Tags.NETWORK, expires, generated -> HsdsPackage.write(reader, lang, generated));
    }

    /** practices.csv in a portal language, its links to pages on the site at {@code base}. */
    public Dataset practices(String lang, String base) {
        return obtain("practices|" + lang + "|" + base, Tags.KNOWLEDGE, Instant.MAX,
                generated -> Map.of(PracticesCsv.FILE, PracticesCsv.write(reader, lang, base, generated))).get(PracticesCsv.FILE);
    }

    private interface Generator {
        Map<String, Dataset> generate(Instant generated) throws IOException;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Dataset> obtain(String key, String tag, Instant expires, Generator generator) {
        try {
            return (Map<String, Dataset>) caches.openData().obtain(key, Instant.now(), () -> {
                // Last-Modified has whole seconds: the time a client sends back must compare equal
                Map<String, Dataset> files = generator.generate(Instant.now().truncatedTo(ChronoUnit.SECONDS));
                long bytes = files.values().stream().mapToLong(d -> d.gzipped().length + 200L).sum();
                return TaggedCache.Rendered.kept(files, Set.of(tag), expires, bytes);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
