package bg.integra.testsupport;

import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.content.ImageText;
import bg.integra.content.RichText;
import bg.integra.event.Event;
import bg.integra.event.EventMethod;
import bg.integra.event.Trainer;
import bg.integra.info.InfoArticle;
import bg.integra.info.Topic;
import bg.integra.media.FileData;
import bg.integra.media.StoredFile;
import bg.integra.media.Uploads;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import bg.integra.project.Activity;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import bg.integra.project.TargetGroup;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * Portal content for tests, stored directly (no role checks), published unless said otherwise. Titles carry the
 * caller's unique tag so that a test finds its own items, in search too.
 */
@ApplicationScoped
@Transactional
public class ContentSeeds {

    @PersistenceContext(unitName = "integra")
    private EntityManager em;

    public StoredFile picture(String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d4f91));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xffcc00));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store(name + ".jpg", out.toByteArray());
    }

    public StoredFile pdf(String name, String title) {
        return store(name + ".pdf", minimalPdf(title));
    }

    private StoredFile store(String name, byte[] bytes) {
        Uploads.Checked checked = Uploads.check(bytes);
        StoredFile file = new StoredFile(Uploads.safeFileName(name, checked.type()), checked.type(), bytes.length,
                checked.width(), checked.height(), Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "0".repeat(56));
        em.persist(file);
        em.flush();
        em.persist(new FileData(file, bytes, checked.thumbnail()));
        return file;
    }

    public Article article(String tag, Project project, boolean published) {
        Article a = new Article(ArticleKind.NEWS, text("Новина " + tag, "Кратко резюме на новината " + tag,
                "Текст на новината за семинара в Хасково. " + tag));
        a.setText("en", text("News " + tag, "A short summary of the news " + tag, "The text of the news about the seminar in Haskovo. " + tag));
        a.setProject(project == null ? null : em.find(Project.class, project.getId()));
        a.addImage(picture("cover-" + tag, 640, 400), new ImageText("Участници в семинара " + tag, "Семинарът в Хасково"));
        return persist(a, published);
    }

    public Article mediaPublication(String tag, Project project) {
        Article a = new Article(ArticleKind.MEDIA_PUBLICATION, text("Публикация " + tag, null, "Статия във вестника. " + tag));
        a.setNewspaper("Регионален всекидневник");
        a.setIssueDate(java.time.LocalDate.of(2015, 6, 5));
        a.setAttachment(pdf("scan-" + tag, "Scan " + tag));
        a.setProject(project == null ? null : em.find(Project.class, project.getId()));
        return persist(a, true);
    }

    public Event event(String tag, Project project, LocalDateTime startsAt, Region region, EventKind kind) {
        Event e = new Event(kind, text("Семинар " + tag, "Дискусионен семинар " + tag,
                "Програма: откриване, работа в групи, обсъждане на казуси. " + tag), startsAt, "Зала „Съединение“", region);
        e.setEndsAt(startsAt.plusHours(3));
        e.setCity("Хасково");
        e.setMethods(EnumSet.of(EventMethod.ROLE_PLAY, EventMethod.CASE_STUDY));
        e.setText("en", text("Seminar " + tag, "A discussion seminar " + tag, "Agenda: opening, group work, cases. " + tag));
        e.setProject(project == null ? null : em.find(Project.class, project.getId()));
        if (project != null) e.setActivity(activity(e.getProject()));
        e.setTrainers(List.of(new Trainer("Мария Петрова", "Обучител " + tag)));
        e.setTargetGroups(List.of(em.find(TargetGroup.class, "NGO"), em.find(TargetGroup.class, "LOCAL_AUTHORITY")));
        e.addImage(picture("photo-" + tag, 800, 500), new ImageText("Работа в групи " + tag, "Участниците обсъждат казус"));
        return persist(e, true);
    }

    /** The project's first activity, made when it has none: events of seeded projects carry one out. */
    public Activity activity(Project project) {
        return em.createNamedQuery(Activity.FIND_BY_PROJECT, Activity.class).setParameter("project", project.getId())
                .getResultStream().findFirst().orElseGet(() -> {
                    Activity activity = new Activity(em.find(Project.class, project.getId()), 1,
                            "Обучения за служители на институциите");
                    activity.setTitle("en", "Trainings for the staff of institutions");
                    em.persist(activity);
                    return activity;
                });
    }

    public Resource handbook(String tag, Project project) {
        Resource r = new Resource(ResourceKind.HANDBOOK, text("Справочник " + tag, "Справочник за служители " + tag,
                "Съдържание на справочника. " + tag));
        r.setText("en", text("Handbook " + tag, "A handbook for staff " + tag, null));
        r.setTopic(Topic.INTEGRATION);
        r.setPrintRun(250);
        r.setFile(pdf("handbook-" + tag, "Handbook " + tag));
        r.setProject(project == null ? null : em.find(Project.class, project.getId()));
        return persist(r, true);
    }

    /** Information on a topic in Bulgarian, English and Arabic (not in Russian, which falls back to English). */
    public InfoArticle info(String tag, Topic topic) {
        InfoArticle i = new InfoArticle(topic, text("Пребиваване " + tag, "Как се получава разрешение " + tag,
                "Разрешение за пребиваване се иска от дирекция „Миграция“. " + tag));
        i.setText("en", text("Residence " + tag, "How to get a permit " + tag, "A residence permit is requested from the Migration Directorate. " + tag));
        i.setText("ar", text("الإقامة " + tag, "كيفية الحصول على تصريح " + tag, "يُطلب تصريح الإقامة من مديرية الهجرة. " + tag));
        // first of all topics, so that it is on the first page of /info and the home page however many topics the
        // tests before have seeded
        Integer first = em.createQuery("SELECT MIN(i.position) FROM InfoArticle i", Integer.class).getSingleResult();
        i.setPosition(first == null ? 0 : first - 1);
        return persist(i, true);
    }

    private <T extends Content> T persist(T content, boolean published) {
        content.setSlug(content.getSlug() + "-" + Long.toString(System.nanoTime(), 36));
        if (published) content.publish(LocalDateTime.now(Content.ZONE));
        em.persist(content);
        em.flush();
        return content;
    }

    static ContentText text(String title, String summary, String body) {
        return new ContentText(title, summary, RichText.fromPlainText(body));
    }

    /** A one-page PDF with the title as text: valid enough for readers and for the upload checks. */
    static byte[] minimalPdf(String title) {
        String safe = title.replaceAll("[^A-Za-z0-9 .-]", "");
        String stream = "BT /F1 18 Tf 72 720 Td (" + safe + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) pdf.append(String.format("%010d 00000 n \n", offset));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
