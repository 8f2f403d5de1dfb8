package bg.integra.web.common;

import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MethodCallELResolverTest {

    public static class Page {
        public int calls;

        public String href(String path) {
            calls++;
            return "/x" + path;
        }

        public int twice(int n) {
            calls++;
            return 2 * n;
        }

        public String kind(String s) { return "string"; }

        public String kind(Integer i) { return "integer"; }

        public String join(String... parts) { return String.join("+", parts); }

        public String fail(String why) { throw new IllegalStateException(why); }
    }

    public interface Source<T> {
        T item(int index);
    }

    /** Its item(int) has a bridge method returning Object beside the one returning String. */
    public static class Names implements Source<String> {
        @Override
        public String item(int index) { return "name" + index; }
    }

    static class Hidden {
        public String secret(String s) { return s; }
    }

    private ELProcessor el;
    private Page page;

    @BeforeEach
    void setUp() {
        el = new ELProcessor();
        el.getELManager().addELResolver(new MethodCallELResolver());
        page = new Page();
        el.defineBean("page", page);
        el.defineBean("names", new Names());
    }

    private Object eval(String expression) {
        return el.eval(expression);
    }

    @Test
    void callsTheMethodWithItsArguments() {
        assertEquals("/x/news", eval("page.href('/news')"));
        assertEquals("/x/news", eval("page.href('/news')"));
        assertEquals(2, page.calls, "each evaluation calls the method once");
        assertTrue(MethodCallELResolver.find(Page.class, "href", 1).isPresent(), "the lookup is kept");
    }

    @Test
    void convertsArgumentsAsElDoes() {
        assertEquals(42, eval("page.twice(21)"), "a Long literal becomes the int parameter");
        assertEquals(14, eval("page.twice('7')"), "a String becomes the int parameter");
        assertEquals("/x5", eval("page.href(5)"), "a number becomes the String parameter");
        assertEquals("/x", eval("page.href(null)"), "null becomes an empty String, as EL coerces it");
        assertEquals("a5", eval("'a'.concat(5)"), "methods of the JDK's classes too");
    }

    @Test
    void leavesOverloadsAndVarargsToTheStandardResolver() {
        assertFalse(MethodCallELResolver.find(Page.class, "kind", 1).isPresent());
        assertEquals("integer", eval("page.kind(5)"), "the standard resolver still chooses by type");
        assertEquals("string", eval("page.kind('5')"));
        assertFalse(MethodCallELResolver.find(Page.class, "join", 1).isPresent());
        assertFalse(MethodCallELResolver.find(Page.class, "nosuch", 1).isPresent());
        assertFalse(MethodCallELResolver.find(Page.class, "href", 2).isPresent(), "the arity must fit");
    }

    @Test
    void aBridgeMethodIsNotAnOverload() {
        assertTrue(MethodCallELResolver.find(Names.class, "item", 1).isPresent());
        assertEquals(String.class, MethodCallELResolver.find(Names.class, "item", 1).orElseThrow().getReturnType());
        assertEquals("name3", eval("names.item(3)"));
    }

    @Test
    void aMethodOfANonPublicClassIsLeftAlone() {
        assertFalse(MethodCallELResolver.find(Hidden.class, "secret", 1).isPresent());
    }

    @Test
    void theMethodsExceptionReachesThePageAsElDoesIt() {
        ELException e = assertThrows(ELException.class, () -> eval("page.fail('because')"));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("because", e.getCause().getMessage());
    }

    @Test
    void mapsAndListsAreNotItsBusiness() {
        assertEquals(3, eval("[1, 2, 3].size()"));
        assertEquals(1L, eval("{'a': 1}.get('a')"));
    }
}
