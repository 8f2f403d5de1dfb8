package bg.integra.demo;

import bg.integra.content.RichText;
import bg.integra.organisation.Organisation;
import bg.integra.project.Project;
import bg.integra.resource.Resource;
import bg.integra.training.Certificate;
import bg.integra.training.Course;
import bg.integra.training.CourseAudience;
import bg.integra.training.CourseModule;
import bg.integra.training.CourseText;
import bg.integra.training.CourseTopic;
import bg.integra.training.Enrolment;
import bg.integra.training.Lesson;
import bg.integra.training.LessonView;
import bg.integra.portalaccount.PortalAccount;
import bg.integra.training.LessonText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The online training of a new installation: the three courses for the staff of institutions and NGOs on the topics
 * of the platform project's handbooks (Bulgarian and English, each lesson pointing to its handbook), and "First steps
 * in Bulgaria" for immigrants (Bulgarian, English, Arabic and Ukrainian). The practicum is joined with the key
 * {@value #PRACTICUM_KEY}; the others are open. The texts live in {@code texts/course-*.txt}: per language a
 * section with the course's {@code title:}, {@code summary:} and {@code certificate:}, then {@code ## } a module's
 * title, {@code ### } a lesson's title and the lesson's HTML; every language has the same modules and lessons.
 */
final class DemoCourses {

    static final String PRACTICUM_KEY = "haskovo-2015";
    static final String FIRST_STEPS = "parvi-stapki-v-balgariya";
    /** The verification code of demo-maria's certificate, for the README's address of a certificate's page. */
    static final String DEMO_CERTIFICATE = "K7QM-2W4D-TR8X";
    private static final Pattern SECTION = Pattern.compile("\\[([a-z]{2})]");

    private DemoCourses() {
    }

    /** The four courses, published, with their modules and lessons; persist each (modules and lessons cascade). */
    static List<Course> create(Organisation maritsa, Project platform, List<Resource> handbooks) {
        List<Course> courses = new ArrayList<>();
        courses.add(course("course-intercultural", "mezhdukulturni-kompetentsii", maritsa, platform, CourseAudience.PROFESSIONALS,
                CourseTopic.INTERCULTURAL, 8, handbooks.get(0)));
        courses.add(course("course-dialogue", "dialog-institutsii-imigranti", maritsa, platform, CourseAudience.PROFESSIONALS,
                CourseTopic.DIALOGUE, 8, handbooks.get(1)));
        Course practicum = course("course-practicum", "praktikum-kazusi-i-merki", maritsa, platform, CourseAudience.PROFESSIONALS,
                CourseTopic.PRACTICE, 6, handbooks.get(2));
        practicum.enrolByKey(PRACTICUM_KEY);
        courses.add(practicum);
        courses.add(course("course-first-steps", FIRST_STEPS, maritsa, null, CourseAudience.IMMIGRANTS,
                CourseTopic.SETTLING_IN, 4, null));
        courses.forEach(Course::publish);
        return courses;
    }

    /**
     * The demo learners: {@code demo-olena} has begun "First steps in Bulgaria" (three of its six lessons viewed) and
     * {@code demo-maria} has completed the intercultural course. Persist after the courses and the accounts.
     */
    static List<Object> learners(List<PortalAccount> accounts, List<Course> courses, LocalDateTime now) {
        List<Object> rows = new ArrayList<>();
        learner(rows, account(accounts, "demo-olena"), course(courses, FIRST_STEPS), 3, now.minusDays(3), null);
        learner(rows, account(accounts, "demo-maria"), course(courses, "mezhdukulturni-kompetentsii"), Integer.MAX_VALUE,
                now.minusDays(10), DEMO_CERTIFICATE);
        return rows;
    }

    private static void learner(List<Object> rows, PortalAccount account, Course course, int viewed, LocalDateTime since,
                                String certificate) {
        Enrolment enrolment = new Enrolment(course, account, since);
        rows.add(enrolment);
        List<Lesson> lessons = course.lessonsInOrder();
        int count = Math.min(viewed, lessons.size());
        for (int i = 0; i < count; i++) rows.add(new LessonView(enrolment, lessons.get(i), since.plusHours(i + 1L)));
        if (count == lessons.size()) {
            enrolment.complete(since.plusHours(count));
            rows.add(new Certificate(certificate, enrolment, account.getDisplayName(), since.plusHours(count).toLocalDate()));
        }
    }

    private static PortalAccount account(List<PortalAccount> accounts, String handle) {
        return accounts.stream().filter(a -> a.getHandle().equals(handle)).findFirst().orElseThrow();
    }

    private static Course course(List<Course> courses, String slug) {
        return courses.stream().filter(c -> c.getSlug().equals(slug)).findFirst().orElseThrow();
    }

    private static Course course(String file, String slug, Organisation organisation, Project project, CourseAudience audience,
                                 CourseTopic topic, int hours, Resource handbook) {
        Parsed parsed = parse(file, read(file));
        Course course = new Course(slug, organisation, audience, topic, hours, parsed.texts);
        course.setProject(project);
        for (int m = 0; m < parsed.moduleTitles.size(); m++) {
            CourseModule module = course.addModule(parsed.moduleTitles.get(m));
            // the handbook goes with the first lesson of each module, where the module's reading starts
            List<Map<String, LessonText>> lessons = parsed.lessons.get(m);
            for (int l = 0; l < lessons.size(); l++) {
                module.addLesson(lessons.get(l)).setHandbook(l == 0 ? handbook : null);
            }
        }
        return course;
    }

    /** A course's texts by language, its modules' titles and each module's lessons, merged over the languages. */
    record Parsed(Map<String, CourseText> texts, List<Map<String, String>> moduleTitles,
                  List<List<Map<String, LessonText>>> lessons) {
    }

    static Parsed parse(String name, String text) {
        Parsed parsed = new Parsed(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
        String lang = null;
        Map<String, String> fields = new LinkedHashMap<>();
        int module = -1;
        int lesson = -1;
        String lessonTitle = null;
        StringBuilder body = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            for (String line = lines.readLine(); ; line = lines.readLine()) {
                String strip = line == null ? "" : line.strip();
                Matcher section = SECTION.matcher(strip);
                boolean ends = line == null || section.matches() || strip.startsWith("## ") || strip.startsWith("### ");
                if (ends && lessonTitle != null) {
                    lessonOf(parsed, name, module, lesson).put(lang, new LessonText(lessonTitle, RichText.sanitise(body.toString())));
                    lessonTitle = null;
                }
                if (line == null) break;
                if (section.matches()) {
                    if (lang != null) parsed.texts.put(lang, courseText(name, lang, fields));
                    lang = section.group(1);
                    fields.clear();
                    module = -1;
                } else if (strip.startsWith("### ")) {
                    lesson++;
                    lessonTitle = strip.substring(4).strip();
                    body.setLength(0);
                } else if (strip.startsWith("## ")) {
                    module++;
                    lesson = -1;
                    if (parsed.moduleTitles.size() <= module) {
                        parsed.moduleTitles.add(new LinkedHashMap<>());
                        parsed.lessons.add(new ArrayList<>());
                    }
                    parsed.moduleTitles.get(module).put(lang, strip.substring(3).strip());
                } else if (lessonTitle != null) {
                    body.append(line).append('\n');
                } else if (module < 0 && strip.contains(":")) {
                    fields.put(strip.substring(0, strip.indexOf(':')).strip(), strip.substring(strip.indexOf(':') + 1).strip());
                } else if (!strip.isEmpty()) {
                    throw new IllegalStateException(name + " [" + lang + "]: unexpected line " + strip);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lang != null) parsed.texts.put(lang, courseText(name, lang, fields));
        return parsed;
    }

    private static Map<String, LessonText> lessonOf(Parsed parsed, String name, int module, int lesson) {
        if (module < 0) throw new IllegalStateException(name + ": a lesson before the first module");
        List<Map<String, LessonText>> lessons = parsed.lessons.get(module);
        if (lessons.size() <= lesson) lessons.add(new LinkedHashMap<>());
        return lessons.get(lesson);
    }

    private static CourseText courseText(String name, String lang, Map<String, String> fields) {
        if (!fields.containsKey("title")) throw new IllegalStateException(name + " [" + lang + "] has no title");
        return new CourseText(fields.get("title"), fields.get("summary"), fields.get("certificate"));
    }

    private static String read(String name) {
        String path = "texts/" + name + ".txt";
        try (InputStream in = DemoCourses.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("No demo text " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
