package bg.integra.web.feed;

import bg.integra.content.Content;
import bg.integra.web.cache.TaggedCache;
import bg.integra.web.common.HttpValidation;
import bg.integra.web.portal.PortalLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** What every Atom 1.0 feed of the portal writes the same way: the portal's feed and the forum's per category. */
public final class Atom {

    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    /** Feed readers poll; five minutes of staleness is what they expect and spares the server. */
    private static final String CACHE_CONTROL = "public, max-age=300";
    /** Characters XML 1.0 does not allow; a feed containing one would not parse at all. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private Atom() {
    }

    public static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(NOT_XML.matcher(value).replaceAll(""));
        xml.writeEndElement();
    }

    public static void link(XMLStreamWriter xml, String rel, String type, String href, String hreflang)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        if (hreflang != null) xml.writeAttribute("hreflang", hreflang);
    }

    /** An RFC 3339 time with the offset Bulgaria had then, as Atom requires. */
    public static String timestamp(LocalDateTime local) {
        return local.truncatedTo(ChronoUnit.SECONDS).atZone(Content.ZONE).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The address in the page's language: Bulgarian has no parameter. */
    public static String withLang(String url, String lang) {
        return PortalLanguage.withLang(url, lang);
    }

    /** What a feed writes between its start and its end: its own elements and entries. */
    @FunctionalInterface
    public interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** A whole feed document in {@code lang}, its {@code <feed>} element holding what {@code body} writes. */
    public static byte[] document(String lang, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml", XML_NAMESPACE, "lang", lang);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a feed", e);
        }
        return out.toByteArray();
    }

    /** Starts an {@code <entry>} whose texts are in {@code lang}. */
    public static void startEntry(XMLStreamWriter xml, String lang) throws XMLStreamException {
        xml.writeStartElement("entry");
        xml.writeAttribute("xml", XML_NAMESPACE, "lang", lang);
    }

    /**
     * Answers a feed from the feeds' cache ({@code key}: everything the bytes depend on; {@code tags}: what they
     * show, so that a change drops them), with an ETag, 304 for a client that has it, and no body for HEAD.
     */
    public static void serve(HttpServletRequest request, HttpServletResponse response, TaggedCache<Object> cache,
                             String key, Set<String> tags, Supplier<byte[]> render) throws IOException {
        Feed feed;
        try {
            feed = (Feed) cache.obtain(key, Instant.now(), () -> {
                byte[] body = render.get();
                return TaggedCache.Rendered.kept(new Feed(body, HttpValidation.etag(body)), tags, Instant.MAX, body.length);
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        response.setHeader("ETag", feed.etag());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (HttpValidation.notModified(request, feed.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(feed.body().length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(feed.body());
    }

    private record Feed(byte[] body, String etag) {
    }
}
