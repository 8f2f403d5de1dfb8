package bg.integra.web.security;

import bg.integra.account.Role;
import bg.integra.account.StaffArea;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role names written in the deployment descriptors are those of {@link Role} (which names {@code Roles}' constants):
 * a role added or renamed in Java without the descriptors, or the other way round, fails here, not at sign-in.
 */
class RoleDescriptorsTest {

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::roleName)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void webXmlDeclaresEveryRoleAndLetsEveryRoleIntoTheBackOffice() throws Exception {
        Document web = parse(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertEquals(ROLES, new TreeSet<>(texts(web, "security-role", "role-name")), "<security-role>s");
        Element backOffice = (Element) web.getElementsByTagName("auth-constraint").item(0);
        assertEquals(ROLES, new TreeSet<>(texts(backOffice, "role-name")), "the /admin/* constraint");
    }

    @Test
    void theEarMapsEveryRoleToTheGroupOfTheSameName() throws Exception {
        Document ear = parse(Path.of("../ear/src/main/application/META-INF/glassfish-application.xml"));
        NodeList mappings = ear.getElementsByTagName("security-role-mapping");
        Set<String> mapped = new TreeSet<>();
        for (int i = 0; i < mappings.getLength(); i++) {
            Element m = (Element) mappings.item(i);
            String role = texts(m, "role-name").get(0);
            assertEquals(List.of(role), texts(m, "group-name"), "the group of " + role);
            mapped.add(role);
        }
        assertEquals(ROLES, mapped);
    }

    @Test
    void everyStaffRoleFilterNamesAnAreaAndEveryAreaHasAFilter() throws Exception {
        Document web = parse(Path.of("src/main/webapp/WEB-INF/web.xml"));
        NodeList filters = web.getElementsByTagName("filter");
        Set<String> areas = new TreeSet<>();
        for (int i = 0; i < filters.getLength(); i++) {
            Element f = (Element) filters.item(i);
            if (!texts(f, "filter-class").get(0).equals(StaffRoleFilter.class.getName())) continue;
            List<String> names = texts(f, "param-name");
            assertEquals(List.of("area"), names, texts(f, "filter-name").get(0));
            areas.add(StaffArea.valueOf(texts(f, "param-value").get(0)).name());
        }
        assertEquals(Arrays.stream(StaffArea.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)), areas);
    }

    @Test
    void noPageNamesARole() throws Exception {
        List<Path> offenders;
        try (var files = Files.walk(Path.of("src/main/webapp"))) {
            offenders = files.filter(p -> p.toString().endsWith(".xhtml")).filter(p -> {
                try {
                    return Files.readString(p).contains("isUserInRole");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertTrue(offenders.isEmpty(), "pages ask #{staff}, not the request's roles: " + offenders);
    }

    private static Document parse(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), file.toAbsolutePath().toString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(Document document, String parent, String child) {
        List<String> found = new ArrayList<>();
        NodeList parents = document.getElementsByTagName(parent);
        for (int i = 0; i < parents.getLength(); i++) found.addAll(texts((Element) parents.item(i), child));
        return found;
    }

    private static List<String> texts(Element element, String child) {
        List<String> found = new ArrayList<>();
        NodeList nodes = element.getElementsByTagName(child);
        for (int i = 0; i < nodes.getLength(); i++) found.add(nodes.item(i).getTextContent().strip());
        return found;
    }
}
