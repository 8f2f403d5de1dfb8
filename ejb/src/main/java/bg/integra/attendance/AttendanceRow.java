package bg.integra.attendance;

import bg.integra.project.TargetGroup;
import bg.integra.registration.Registrant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A row of an attendance list, checked by the rules a registration form obeys ({@link Registrant}): the person
 * and their target group, found by code or by its Bulgarian or English name. {@link #parse} checks every row and
 * throws with all the problems found, or answers all the rows.
 */
record AttendanceRow(int number, Registrant registrant, TargetGroup targetGroup) {

    /** The columns, by the field names of {@link Registrant}, and the header texts that name each one. */
    static final Map<String, List<String>> COLUMNS = columns();

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("name", List.of("name", "full name", "име", "имена", "име и фамилия", "трите имена"));
        c.put("organisation", List.of("organisation", "organization", "организация", "институция"));
        c.put("role", List.of("role", "position", "роля", "длъжност"));
        c.put("targetGroup", List.of("target group", "targetgroup", "target_group", "целева група"));
        c.put("email", List.of("e-mail", "email", "e mail", "имейл", "и-мейл", "електронна поща"));
        c.put("phone", List.of("phone", "telephone", "телефон"));
        return c;
    }

    private static final List<String> REQUIRED = List.of("name", "targetGroup", "email");

    static List<AttendanceRow> parse(AttendanceFile file, List<TargetGroup> groups) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> index = columnIndex(file.header(), problems);
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);

        Map<String, TargetGroup> groupsByLabel = new HashMap<>();
        for (TargetGroup g : groups) {
            groupsByLabel.put(key(g.getCode()), g);
            g.getNames().values().forEach(name -> groupsByLabel.put(key(name), g));
        }
        List<AttendanceRow> rows = new ArrayList<>();
        Map<String, Integer> rowByEmail = new HashMap<>();
        for (AttendanceFile.Line line : file.lines()) {
            Map<String, String> cells = new HashMap<>();
            index.forEach((column, i) -> cells.put(column, i < line.cells().size() ? line.cells().get(i) : null));
            Registrant person = new Registrant(cells.get("name"), cells.get("organisation"), cells.get("role"),
                    cells.get("targetGroup"), cells.get("email"), cells.get("phone"), null).normalised();
            int before = problems.size();
            person.problems().forEach((field, problem) -> problems.add(ImportProblem.of(line.number(), field, problem)));
            String groupLabel = cells.get("targetGroup");
            TargetGroup group = groupLabel == null || groupLabel.isBlank() ? null : groupsByLabel.get(key(groupLabel));
            if (group == null && person.targetGroup() != null) {
                problems.add(new ImportProblem(line.number(), "targetGroup", "att.import.unknownTargetGroup", groupLabel.strip()));
            }
            if (person.email() != null) {
                Integer earlier = rowByEmail.putIfAbsent(person.email(), line.number());
                if (earlier != null) problems.add(new ImportProblem(line.number(), "email", "att.import.sameEmail", earlier));
            }
            if (problems.size() == before) rows.add(new AttendanceRow(line.number(), person, group));
        }
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        return rows;
    }

    /** Column → its index in the header; problems for unknown or missing columns and for columns named twice. */
    private static Map<String, Integer> columnIndex(List<String> header, List<ImportProblem> problems) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String text = key(header.get(i));
            if (text.isEmpty()) continue;
            String column = COLUMNS.entrySet().stream().filter(e -> e.getValue().contains(text)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (column == null) {
                problems.add(new ImportProblem(1, header.get(i), "att.import.unknownColumn", null));
            } else if (index.putIfAbsent(column, i) != null) {
                problems.add(new ImportProblem(1, header.get(i), "att.import.columnTwice", null));
            }
        }
        for (String column : REQUIRED) {
            if (!index.containsKey(column)) problems.add(new ImportProblem(1, column, "att.import.missingColumn", null));
        }
        return index;
    }

    /** Header and target group texts compared without case or surrounding and repeated spaces. */
    private static String key(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
