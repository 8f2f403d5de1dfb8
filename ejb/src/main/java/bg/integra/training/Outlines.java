package bg.integra.training;

/**
 * Loads what a page shows of a course before it leaves the transaction: its texts and organisation for a list, and
 * for an outline its modules, their titles, their lessons with texts, media and handbook. The collections are batch
 * fetched, so this reads one statement per level, not one per module or lesson.
 */
final class Outlines {

    private Outlines() {
    }

    static Course summary(Course course) {
        course.getTexts().size();
        course.getOrganisation().name(bg.integra.common.Languages.DEFAULT);
        // the project is only named by its id: its texts are not touched, as a batch read of them through a course
        // left another project's texts empty in the shared cache (the home page's project without a title)
        if (course.getProject() != null) course.getProject().getId();
        return course;
    }

    static Course load(Course course) {
        summary(course);
        for (CourseModule module : course.getModules()) {
            module.getTitles().size();
            for (Lesson lesson : module.getLessons()) {
                lesson.getTexts().size();
                if (lesson.getMedia() != null) lesson.getMedia().getFileName();
                if (lesson.getHandbook() != null) lesson.getHandbook().text(bg.integra.common.Languages.DEFAULT);
            }
        }
        return course;
    }
}
