package bg.integra.web.feed;

import bg.integra.common.Languages;
import bg.integra.content.Content;
import bg.integra.web.portal.PortalLanguage;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** What every Atom 1.0 feed of the portal writes the same way: the portal's feed and the forum's per category. */
public final class Atom {

    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
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
        return Languages.DEFAULT.equals(lang) ? url : url + "?" + PortalLanguage.PARAMETER + "=" + lang;
    }
}
