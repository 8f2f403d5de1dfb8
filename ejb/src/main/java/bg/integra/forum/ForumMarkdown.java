package bg.integra.forum;

import bg.integra.content.RichText;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forum's posts are written in Markdown (CommonMark, with ~~strikethrough~~ and bare web addresses made links)
 * and shown as HTML that cannot carry a script: HTML typed into a post is shown as text, link addresses other than
 * web and mail ones are dropped, and the HTML produced is checked once more by a sanitiser's policy of its own.
 * <p>
 * The forum's own syntax on top of CommonMark:
 * <ul>
 * <li>{@code @name} (2-30 letters, digits, {@code _ . -}) mentions a member: a link to {@code /forum/u/name},
 * except inside code, links, e-mail addresses or words;</li>
 * <li>a quote whose first line is {@code [post:N]} quotes post N of the forum ({@code > [post:3]} then the quoted
 * lines); the marker is not shown, the quote gets {@code class="quote" data-post="N"};</li>
 * <li>a single line break stays a line break, as people expect from a comment box;</li>
 * <li>headings start below the page's own: {@code #} and {@code ##} give {@code h3}, deeper ones {@code h4};</li>
 * <li>pictures only from this site's own media ({@code ![alt](/media/12/photo.jpg)}).</li>
 * </ul>
 */
public final class ForumMarkdown {

    /** What rendering a post found, for the forum's limits and notifications. */
    public record Rendered(String html, Set<String> mentions, int links, int images, List<Integer> quotedPosts) {
        public Rendered {
            Objects.requireNonNull(html);
            mentions = Collections.unmodifiableSet(new LinkedHashSet<>(mentions));
            quotedPosts = List.copyOf(quotedPosts);
        }
    }

    static final String MENTION_CLASS = "mention";
    static final String QUOTE_CLASS = "quote";
    static final String MEMBER_PATH = "/forum/u/";

    // Nesting deeper than this is read as text: it keeps the renderers' recursion shallow whatever a post holds.
    private static final int MOST_NESTING = 32;
    private static final List<Extension> EXTENSIONS =
            List.of(AutolinkExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .maxOpenBlockParsers(MOST_NESTING)
            .maxInlineNesting(MOST_NESTING)
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br />\n")
            .nodeRendererFactory(PostTree.Renderer.FACTORY)
            .build();
    private static final PolicyFactory TRUSTED = policy("ugc", "noopener", "noreferrer");
    private static final PolicyFactory UNTRUSTED = policy("nofollow", "ugc", "noopener", "noreferrer");

    private ForumMarkdown() {
    }

    /**
     * Renders a post's Markdown to sanitised HTML. trusted=false marks every link rel="nofollow ugc noopener
     * noreferrer" (new users' links); trusted=true gives rel="ugc noopener noreferrer". Null reads as an empty post.
     */
    public static Rendered render(String markdown, boolean trusted) {
        Node document = PARSER.parse(Objects.requireNonNullElse(markdown, ""));
        PostTree found = PostTree.shape(document);
        StringBuilder html = new StringBuilder();
        Counter counter = new Counter(HtmlStreamRenderer.create(html, bad -> { }));
        HtmlSanitizer.sanitize(RENDERER.render(document), (trusted ? TRUSTED : UNTRUSTED).apply(counter));
        return new Rendered(html.toString().strip(), found.mentions, counter.links, counter.images,
                found.quotedPosts);
    }

    /**
     * Plain text of a post's markdown for search and mail excerpts (no markup), at most maxChars, cut at a word with
     * "…". It is text, not HTML: a page escapes it like any other text (a code span may hold {@code <}).
     */
    public static String excerpt(String markdown, int maxChars) {
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be at least 1: " + maxChars);
        Node document = PARSER.parse(Objects.requireNonNullElse(markdown, ""));
        PostTree.shape(document);
        PlainText plain = new PlainText();
        document.accept(plain);
        String text = plain.text.toString().replaceAll("\\s+", " ").strip();
        if (text.length() <= maxChars) return text;
        int room = maxChars - 1; // the "…" takes one
        int cut = text.lastIndexOf(' ', room);
        if (cut <= 0) {
            cut = room;
            if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static PolicyFactory policy(String... rels) {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "h3", "h4", "ul", "ol", "li", "strong", "em", "del", "s", "code", "pre",
                        "blockquote", "hr")
                .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
                .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,30}"))
                .onElements("code")
                .allowAttributes("class").matching(Pattern.compile(QUOTE_CLASS)).onElements("blockquote")
                .allowAttributes("data-post").matching(Pattern.compile("\\d{1,9}")).onElements("blockquote")
                .allowElements((name, attributes) -> has(attributes, "href") ? name : null, "a")
                .allowStandardUrlProtocols() // http, https, mailto
                .allowAttributes("href").onElements("a")
                .allowAttributes("class").matching(Pattern.compile(MENTION_CLASS)).onElements("a")
                .requireRelsOnLinks(rels)
                .allowElements((name, attributes) -> has(attributes, "src") ? name : null, "img")
                .allowAttributes("src").matching((element, attribute, value) -> RichText.isOwnMedia(value) ? value : null)
                .onElements("img")
                .allowAttributes("alt").onElements("img")
                .toFactory();
    }

    /** Whether the attribute is there with a value: CommonMark writes {@code href=""} for an address it refused. */
    private static boolean has(List<String> attributes, String name) {
        String value = value(attributes, name);
        return value != null && !value.isBlank();
    }

    /** An attribute's value in the sanitiser's list of names and values; null when absent. */
    private static String value(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) return attributes.get(i + 1);
        }
        return null;
    }

    /** Passes the sanitised HTML on and counts what a reader sees of it: links (not mentions) and pictures. */
    private static final class Counter implements HtmlStreamEventReceiver {
        private final HtmlStreamEventReceiver out;
        int links;
        int images;

        Counter(HtmlStreamEventReceiver out) {
            this.out = out;
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            if (name.equals("a") && has(attributes, "href") && !MENTION_CLASS.equals(value(attributes, "class"))) {
                links++;
            }
            if (name.equals("img") && has(attributes, "src")) images++;
            out.openTag(name, attributes);
        }

        @Override
        public void openDocument() {
            out.openDocument();
        }

        @Override
        public void closeDocument() {
            out.closeDocument();
        }

        @Override
        public void closeTag(String name) {
            out.closeTag(name);
        }

        @Override
        public void text(String text) {
            out.text(text);
        }
    }

    /** The words of a post: text, code and link texts; neither markup nor pictures nor HTML typed into it. */
    private static final class PlainText extends AbstractVisitor {
        final StringBuilder text = new StringBuilder();

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock code) {
            text.append(' ').append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            text.append(' ').append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            text.append(' ');
        }

        @Override
        public void visit(Image image) {
        }

        @Override
        public void visit(HtmlInline html) {
        }

        @Override
        public void visit(HtmlBlock html) {
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof PostTree.Mention mention) text.append('@').append(mention.name);
            else visitChildren(node);
        }

        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block) text.append(' ');
        }
    }
}
