package bg.integra.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The shape the code keeps as it grows (docs/architecture.md, "Modules and layers"): inside each module the packages
 * depend on each other without a cycle, so the domain reads top-down, and no production class outgrows 400 lines
 * (demo data aside). It reads the sources of the three modules, as a newcomer would.
 */
class ModuleStructureTest {

    private static final List<String> MODULES = List.of("../persistence", "../ejb", ".");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(bg\\.integra\\.[\\w.]*?\\.[A-Z]\\w*)");
    private static final int MOST_LINES = 400;

    @Test
    void noModuleHasAPackageCycle() {
        for (String module : MODULES) {
            assertEquals(List.of(), cycles(sources(module)), module + ": packages that depend on each other");
        }
    }

    @Test
    void noProductionClassIsOverFourHundredLines() {
        Map<String, Long> tooLong = new TreeMap<>();
        for (String module : MODULES) {
            for (Path file : sources(module)) {
                long lines = read(file).lines().count();
                if (lines > MOST_LINES && !file.toString().contains("/bg/integra/demo/")) tooLong.put(file.toString(), lines);
            }
        }
        assertEquals(Map.of(), tooLong);
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), stronglyConnected(graph));
        assertFalse(stronglyConnected(Map.of("a", Set.of("b"), "b", Set.of())).iterator().hasNext());
    }

    /** The groups of packages of one module that reach each other, each sorted; empty when the module is a DAG. */
    static List<List<String>> cycles(List<Path> files) {
        Map<String, String> packageOfClass = new HashMap<>();
        Map<Path, String> packageOfFile = new HashMap<>();
        for (Path file : files) {
            Matcher m = PACKAGE.matcher(read(file));
            if (!m.find()) continue;
            packageOfFile.put(file, m.group(1));
            String name = file.getFileName().toString();
            packageOfClass.put(m.group(1) + "." + name.substring(0, name.length() - ".java".length()), m.group(1));
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        packageOfFile.forEach((file, from) -> {
            Matcher m = REFERENCE.matcher(read(file));
            while (m.find()) {
                String to = packageOfClass.get(m.group(1)); // classes of other modules do not count
                if (to != null && !to.equals(from)) graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
            }
        });
        return stronglyConnected(graph);
    }

    /** Tarjan's strongly connected components with more than one member. */
    static List<List<String>> stronglyConnected(Map<String, Set<String>> graph) {
        var state = new Object() {
            final Map<String, Integer> index = new HashMap<>();
            final Map<String, Integer> low = new HashMap<>();
            final Deque<String> stack = new ArrayDeque<>();
            final Set<String> onStack = new java.util.HashSet<>();
            final List<List<String>> found = new ArrayList<>();

            void visit(String v) {
                index.put(v, index.size());
                low.put(v, index.get(v));
                stack.push(v);
                onStack.add(v);
                for (String w : graph.getOrDefault(v, Set.of())) {
                    if (!index.containsKey(w)) {
                        visit(w);
                        low.put(v, Math.min(low.get(v), low.get(w)));
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    if (component.size() > 1) found.add(component.stream().sorted().toList());
                }
            }
        };
        new TreeSet<>(graph.keySet()).forEach(v -> {
            if (!state.index.containsKey(v)) state.visit(v);
        });
        return state.found;
    }

    private static List<Path> sources(String module) {
        try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
