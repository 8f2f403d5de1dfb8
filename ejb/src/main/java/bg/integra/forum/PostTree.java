package bg.integra.forum;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlNodeRendererFactory;
import org.commonmark.renderer.NodeRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forum's own reading of a parsed post, done on the Markdown tree rather than on HTML: headings moved below the
 * page's own, {@code @name} mentions turned into links to the member, and quotes of earlier posts marked.
 */
final class PostTree extends AbstractVisitor {

    /**
     * A mention: {@code @} and 2-30 name characters, not glued to a word before it (an e-mail address, a path) nor
     * followed by more letters. A trailing dot is the sentence's, not the name's (trimmed in {@link #mention}).
     */
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}_@.+/=-])@([A-Za-z0-9_.-]{2,30}+)"
                    + "(?![\\p{L}\\p{N}\\p{M}_@-]|\\.[A-Za-z0-9_])");
    /** The first line of a quote of an earlier post: {@code > [post:3]}. */
    private static final Pattern QUOTE_MARKER = Pattern.compile("^\\[post:(\\d{1,9})]\\s*");

    final Set<String> mentions = new LinkedHashSet<>();
    final List<Integer> quotedPosts = new ArrayList<>();
    private int quoteDepth;

    private PostTree() {
    }

    /** Reshapes a parsed post in place and tells what it found. */
    static PostTree shape(Node document) {
        PostTree tree = new PostTree();
        document.accept(tree);
        return tree;
    }

    @Override
    public void visit(Heading heading) {
        heading.setLevel(heading.getLevel() <= 2 ? 3 : 4);
        visitChildren(heading);
    }

    @Override
    public void visit(Link link) {
        // a link's text stays as written: a mention inside it would be a link in a link
    }

    @Override
    public void visit(Image image) {
        // the alternative text is plain text
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        Integer post = takeQuoteMarker(blockQuote);
        Node quote = blockQuote;
        if (post != null) {
            quote = new Quote(post);
            blockQuote.insertBefore(quote);
            for (Node child = blockQuote.getFirstChild(); child != null; child = blockQuote.getFirstChild()) {
                quote.appendChild(child);
            }
            blockQuote.unlink();
            // a quote inside a quote was the quoted author's choice, not this post's
            if (quoteDepth == 0 && !quotedPosts.contains(post)) quotedPosts.add(post);
        }
        quoteDepth++;
        visitChildren(quote);
        quoteDepth--;
    }

    @Override
    public void visit(Text text) {
        String literal = text.getLiteral();
        if (literal.indexOf('@') < 0) return;
        Matcher m = MENTION.matcher(literal);
        int done = 0;
        while (m.find()) {
            String name = m.group(1);
            while (name.endsWith(".")) name = name.substring(0, name.length() - 1);
            if (name.length() < 2) continue;
            if (m.start() > done) text.insertBefore(new Text(literal.substring(done, m.start())));
            text.insertBefore(new Mention(name));
            mentions.add(name.toLowerCase(Locale.ROOT));
            done = m.start() + 1 + name.length();
        }
        if (done == 0) return;
        if (done < literal.length()) text.insertBefore(new Text(literal.substring(done)));
        text.unlink();
    }

    /** The post number of a {@code [post:N]} first line, which is taken out of the quote; null when there is none. */
    private static Integer takeQuoteMarker(BlockQuote blockQuote) {
        if (!(blockQuote.getFirstChild() instanceof Paragraph paragraph)) return null;
        if (!(paragraph.getFirstChild() instanceof Text first)) return null;
        Matcher m = QUOTE_MARKER.matcher(first.getLiteral());
        if (!m.find()) return null;
        String rest = first.getLiteral().substring(m.end());
        if (rest.isEmpty()) {
            Node next = first.getNext();
            first.unlink();
            if (next instanceof SoftLineBreak || next instanceof HardLineBreak) next.unlink();
            if (paragraph.getFirstChild() == null) paragraph.unlink();
        } else {
            first.setLiteral(rest);
        }
        return Integer.valueOf(m.group(1));
    }

    /** {@code @name}: a link to the member's page. */
    static final class Mention extends CustomNode {
        final String name;

        Mention(String name) {
            this.name = name;
        }
    }

    /** A blockquote that quotes an earlier post of the forum. */
    static final class Quote extends CustomBlock {
        final int post;

        Quote(int post) {
            this.post = post;
        }
    }

    /** Writes mentions and quotes; the sanitiser's policy in {@link ForumMarkdown} lets exactly these through. */
    static final class Renderer implements NodeRenderer {
        static final HtmlNodeRendererFactory FACTORY = Renderer::new;
        private final HtmlNodeRendererContext context;

        private Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class, Quote.class);
        }

        @Override
        public void render(Node node) {
            var html = context.getWriter();
            Map<String, String> attributes = new LinkedHashMap<>();
            if (node instanceof Mention mention) {
                attributes.put("class", ForumMarkdown.MENTION_CLASS);
                attributes.put("href", ForumMarkdown.MEMBER_PATH + mention.name);
                html.tag("a", attributes);
                html.text("@" + mention.name);
                html.tag("/a");
            } else if (node instanceof Quote quote) {
                attributes.put("class", ForumMarkdown.QUOTE_CLASS);
                attributes.put("data-post", Integer.toString(quote.post));
                html.line();
                html.tag("blockquote", attributes);
                html.line();
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) context.render(child);
                html.line();
                html.tag("/blockquote");
                html.line();
            }
        }
    }
}
