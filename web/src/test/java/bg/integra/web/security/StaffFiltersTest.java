package bg.integra.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which staff pass the page filters of the back-office, and what the others get. */
class StaffFiltersTest {

    @Test
    void aSignedInPersonWithoutOneOfTheRolesGetsNotFound() throws Exception {
        HttpFilter filter = init(new StaffRoleFilter(), Map.of("area", "PROJECTS"));
        assertEquals(404, run(filter, request("EDITOR", "GET", null, 0)));
        assertEquals(404, run(filter, request("REGISTRAR", "GET", null, 0)));
        assertEquals(200, run(filter, request("COORDINATOR", "GET", null, 0)));
        assertEquals(200, run(filter, request("ADMIN", "GET", null, 0)));
        assertEquals(200, run(filter, request(null, "GET", null, 0)), "signing in is left to the container's constraint");
    }

    @Test
    void aFilterWithoutAKnownAreaRefusesToStart() {
        assertThrows(ServletException.class, () -> init(new StaffRoleFilter(), Map.of("area", "ADMIN, EDITOR")));
        assertThrows(ServletException.class, () -> init(new StaffRoleFilter(), Map.of()));
    }

    @Test
    void aMultipartRequestOverTheLimitIsTooLargeAndOthersPass() throws Exception {
        HttpFilter filter = init(new MultipartLimitFilter(), Map.of("maxBytes", "1000"));
        var locale = MultipartLimitFilter.class.getDeclaredField("locale");
        locale.setAccessible(true);
        locale.set(filter, new bg.integra.web.common.BackofficeLocale());
        assertEquals(413, run(filter, request("EDITOR", "POST", "multipart/form-data; boundary=x", 1001)), "read and dropped");
        assertEquals(413, run(filter, request("EDITOR", "POST", "multipart/form-data; boundary=x", 1_000_000)), "not even read");
        assertEquals(200, run(filter, request("EDITOR", "POST", "multipart/form-data; boundary=x", 1000)));
        assertEquals(200, run(filter, request("EDITOR", "POST", "application/x-www-form-urlencoded", 5000)));
    }

    private static HttpFilter init(HttpFilter filter, Map<String, String> parameters) throws ServletException {
        filter.init((FilterConfig) Proxy.newProxyInstance(StaffFiltersTest.class.getClassLoader(), new Class<?>[] {FilterConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getInitParameter" -> parameters.get((String) args[0]);
                    case "getFilterName" -> "test";
                    default -> null;
                }));
        return filter;
    }

    /** The status the filter answers, or 200 when it passes the request on. */
    private static int run(HttpFilter filter, HttpServletRequest request) throws IOException, ServletException {
        AtomicInteger status = new AtomicInteger(200);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(StaffFiltersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendError") || method.getName().equals("setStatus")) status.set((Integer) args[0]);
                    if (method.getName().equals("getWriter")) return new java.io.PrintWriter(new java.io.StringWriter());
                    return null;
                });
        FilterChain chain = (req, res) -> { };
        filter.doFilter(request, response, chain);
        return status.get();
    }

    private static jakarta.servlet.ServletInputStream body(long length) {
        java.io.InputStream bytes = new java.io.ByteArrayInputStream(new byte[(int) length]);
        return new jakarta.servlet.ServletInputStream() {
            @Override public int read() throws IOException { return bytes.read(); }
            @Override public boolean isFinished() { return false; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(jakarta.servlet.ReadListener listener) { }
        };
    }

    private static HttpServletRequest request(String role, String method, String contentType, long length) {
        Principal principal = role == null ? null : () -> "someone";
        return (HttpServletRequest) Proxy.newProxyInstance(StaffFiltersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "isUserInRole" -> role != null && Set.of(role).contains((String) args[0]);
                    case "getMethod" -> method;
                    case "getContextPath" -> "";
                    case "getContentType" -> contentType;
                    case "getContentLengthLong" -> length;
                    case "getInputStream" -> body(length);
                    default -> null;
                });
    }
}
