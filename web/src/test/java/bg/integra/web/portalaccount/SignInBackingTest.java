package bg.integra.web.portalaccount;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** After signing in, the visitor returns only to a page of this site: never to another site named in the link. */
class SignInBackingTest {

    @Test
    void aPathOfThisSiteIsKept() {
        assertEquals("/forum", SignInBacking.safeNext("/forum"));
        assertEquals("/forum/t/a-b-12?post=3&lang=en", SignInBacking.safeNext("/forum/t/a-b-12?post=3&lang=en"));
        assertEquals("/account/", SignInBacking.safeNext("/account/"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteIsDropped() {
        for (String next : new String[]{null, "", "forum", "//evil.example/x", "/\\evil.example", "https://evil.example",
                "javascript:alert(1)", "/forum\r\nSet-Cookie: x=1", "/a b", "/x\\y", "/" + "a".repeat(600)}) {
            assertNull(SignInBacking.safeNext(next), String.valueOf(next));
        }
    }
}
