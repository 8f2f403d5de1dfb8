package bg.integra.demo;

import bg.integra.common.Languages;
import bg.integra.common.Region;
import bg.integra.content.Content;
import bg.integra.content.ContentText;
import bg.integra.content.GalleryImage;
import bg.integra.content.ImageText;
import bg.integra.demo.DemoPictures.Scene;
import bg.integra.event.Event;
import bg.integra.event.EventMethod;
import bg.integra.event.Trainer;
import bg.integra.info.InfoArticle;
import bg.integra.info.Topic;
import bg.integra.media.StoredFile;
import bg.integra.news.Article;
import bg.integra.news.ArticleKind;
import bg.integra.project.Activity;
import bg.integra.project.EventKind;
import bg.integra.project.Project;
import bg.integra.resource.Resource;
import bg.integra.resource.ResourceKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The portal's demo content, built from the source documents: the news, media publications and events of the
 * two projects dated within their periods, a few upcoming events counted from the first start (so the list of
 * upcoming events is never empty on a new installation), the three handbooks, the brochure and the electronic
 * banner with generated files, and the information for immigrants on every topic. Everything is published but
 * one draft. Nothing is stored here: {@link Files} stores the generated files, and the caller the content.
 */
final class DemoContent {

    /** Stores a generated file as an upload would be stored, and answers it. */
    @FunctionalInterface
    interface Files {
        StoredFile store(String fileName, byte[] bytes);
    }

    /** The topics whose information is also translated into the immigrants' languages. */
    static final EnumSet<Topic> TRANSLATED_TOPICS = EnumSet.of(Topic.RESIDENCE, Topic.WORK, Topic.HEALTH, Topic.HELP);
    static final List<String> IMMIGRANT_LANGUAGES = List.of("ar", "ru", "tr", "fa", "uk");
    static final String NEWSPAPER = "Регионален ежедневник, Хасково";
    static final String FUND_BG = "Европейски фонд за интеграция на граждани на трети държави · Европейски съюз";
    static final String FUNDING_EN = "This material is funded by the European Fund for the Integration of Third-Country "
            + "Nationals, co-financed by the European Union.";
    private static final DateTimeFormatter BG_DATE = DateTimeFormatter.ofPattern("d.MM.yyyy 'г.'");

    private final DemoProjects projects;
    private final LocalDateTime now;
    private final Files files;
    private final List<Content> content = new ArrayList<>();
    private final Map<String, Map<String, ContentText>> texts = new HashMap<>();
    private final Map<Event, List<String>> targetGroups = new IdentityHashMap<>(); // events have no id yet
    private long seed = 1;

    DemoContent(DemoProjects projects, LocalDateTime now, Files files) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.now = Objects.requireNonNull(now, "now");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** Builds everything once; the items keep the order in which the portal lists them best when stored. */
    List<Content> build() {
        if (content.isEmpty()) {
            news();
            mediaPublications();
            events();
            resources();
            information();
        }
        return List.copyOf(content);
    }

    /** The codes of the target groups an event is meant for (the caller links the stored groups). */
    List<String> targetGroupsOf(Event event) {
        return targetGroups.getOrDefault(event, List.of());
    }

    private void news() {
        Project p1 = projects.platform();
        Project p2 = projects.coordination();

        Article launch = article("news-p1-launch", ArticleKind.NEWS, p1, LocalDate.of(2015, 1, 12));
        image(launch, Scene.SEMINAR, "Надграждане на капацитет", "Откриваща среща · Хасково",
                "Участници в откриващата среща седят пред екран с името на проекта",
                "Откриващата среща на проекта в Хасково",
                "Participants of the opening meeting sit in front of a screen showing the project's name",
                "The project's opening meeting in Haskovo");
        image(launch, Scene.GROUP_WORK, "Партньори", "Разпределяне на задачите",
                "Две групи участници около маси обсъждат задачи, записани на флипчарт",
                "Партньорите разпределят задачите по проекта",
                "Two groups of participants at tables discuss tasks written on a flip chart",
                "The partners divide the project's tasks");

        Article board = article("news-p1-board", ArticleKind.NEWS, p1, LocalDate.of(2015, 1, 26));
        image(board, Scene.BOARD, "Проектът се финансира от Европейския съюз", "BG EIF 2013/01-05.01 · РСО „Марица“",
                "Информационна табела със знамето на ЕС на стената на офиса",
                "Табелата на проекта в офиса в Хасково",
                "An information board with the EU flag on the office wall",
                "The project's board at the office in Haskovo");

        article("news-p1-platform", ArticleKind.PRESS_RELEASE, p1, LocalDate.of(2015, 3, 16));

        Article handbooks = article("news-p1-handbooks", ArticleKind.NEWS, p1, LocalDate.of(2015, 5, 25));
        image(handbooks, Scene.HANDBOOKS, "Три справочника · 750 броя", "по 250 броя от всеки",
                "Три купчини справочници в синя, зелена и червена корица на маса",
                "Отпечатаните справочници преди семинарите",
                "Three stacks of handbooks with blue, green and red covers on a table",
                "The printed handbooks before the seminars");

        Article forums = article("news-p1-forums", ArticleKind.NEWS, p1, LocalDate.of(2015, 6, 26));
        image(forums, Scene.FORUM, "Форуми в Хасково · юни 2015", "Междукултурни компетенции",
                "Пълна зала слуша презентация на сцена със знамето на ЕС",
                "Първият от юнските форуми в Хасково",
                "A full hall listens to a presentation on a stage with the EU flag",
                "The first of the June forums in Haskovo");
        image(forums, Scene.PRACTICUM, "Практикум", "Казус: първа среща с институциите",
                "Участници около две маси работят по казус, записан на флипчарт",
                "Практикумът: работа по конкретни казуси",
                "Participants at two tables work on a case written on a flip chart",
                "The practicum: work on real cases");
        image(forums, Scene.GROUP_WORK, "Ролева игра", "Служител и новодошъл",
                "Групи участници разиграват срещи между служител и имигрант",
                "Ролева игра по време на форума",
                "Groups of participants act out meetings between an official and an immigrant",
                "A role play during the forum");

        Article start2 = article("news-p2-launch", ArticleKind.NEWS, p2, LocalDate.of(2015, 1, 19));
        image(start2, Scene.TRAINING, "По-добра координация", "Старт на проекта · София",
                "Участници на чинове пред бяла дъска с името на проекта",
                "Първата работна среща на екипа в София",
                "Participants at desks in front of a whiteboard with the project's name",
                "The team's first working meeting in Sofia");

        article("news-p2-survey", ArticleKind.NEWS, p2, LocalDate.of(2015, 3, 30));

        Article seminars = article("news-p2-seminars", ArticleKind.NEWS, p2, LocalDate.of(2015, 5, 28));
        image(seminars, Scene.SEMINAR, "Четири дискусионни семинара", "140 участници",
                "Редици участници пред екран с надпис „Четири дискусионни семинара“",
                "Последният от четирите дискусионни семинара",
                "Rows of participants in front of a screen reading “Four discussion seminars”",
                "The last of the four discussion seminars");

        article("news-p2-press-release", ArticleKind.PRESS_RELEASE, p2, LocalDate.of(2015, 6, 8));

        Article conference = article("news-p2-press-conference", ArticleKind.PRESS_CONFERENCE, p2, LocalDate.of(2015, 6, 11));
        image(conference, Scene.PRESS_CONFERENCE, "Подобряване на координацията", "Пресконференция · 11 юни 2015",
                "Трима говорители на маса с микрофони пред син фон със знамето на ЕС",
                "Резултатите се представят на пресконференцията",
                "Three speakers at a table with microphones in front of a blue backdrop with the EU flag",
                "The results are presented at the press conference");
        image(conference, Scene.SEMINAR, "Резултати", "Проучване · семинари · добри практики",
                "Журналисти и гости слушат представянето на резултатите",
                "Журналисти и гости в залата",
                "Journalists and guests listen to the presentation of the results",
                "Journalists and guests in the hall");

        article("news-p2-materials", ArticleKind.NEWS, p2, LocalDate.of(2015, 6, 15));

        // the one draft: an editor is still writing it
        content.add(withTexts(new Article(ArticleKind.NEWS, texts("news-p2-draft").get(Languages.DEFAULT)),
                "news-p2-draft", p2));
    }

    private void mediaPublications() {
        LocalDate[] issues = {LocalDate.of(2015, 1, 16), LocalDate.of(2015, 3, 20), LocalDate.of(2015, 5, 29),
                LocalDate.of(2015, 6, 24)};
        for (int i = 0; i < issues.length; i++) {
            String name = "news-p1-media-" + (i + 1);
            Article a = article(name, ArticleKind.MEDIA_PUBLICATION, projects.platform(), issues[i]);
            a.setNewspaper(NEWSPAPER);
            a.setIssueDate(issues[i]);
            String headline = a.text(Languages.DEFAULT).getTitle();
            byte[] scan = DemoPictures.newspaperScan(NEWSPAPER, "Брой от " + BG_DATE.format(issues[i]), headline, seed++);
            // the last scan is kept as a PDF, as many newspapers send their pages
            a.setAttachment(i == issues.length - 1
                    ? files.store("vestnik-" + issues[i] + ".pdf", DemoPdf.scan(scan, headline))
                    : files.store("vestnik-" + issues[i] + ".jpg", scan));
        }
    }

    private void events() {
        Project p1 = projects.platform();
        Project p2 = projects.coordination();
        String haskovo = "Конферентна зала в центъра на Хасково";
        // the forums' participants as the source names them: local authorities, institutions, territorial units,
        // social partners and NGOs
        List<String> p1Groups = List.of("LOCAL_AUTHORITY", "INSTITUTION", "TERRITORIAL_UNIT", "SOCIAL_PARTNER", "NGO");
        Trainer intercultural = new Trainer("Д-р Елена Димитрова", "Обучител по междукултурна комуникация");
        Trainer policy = new Trainer("Петър Стоянов", "Експерт по интеграционни политики, РСО „Марица“");
        Event e1 = event("event-p1-seminar-1", EventKind.SEMINAR, p1, LocalDate.of(2015, 6, 9).atTime(10, 0), 6,
                haskovo, "Хасково", Region.HASKOVO, EventMethod.PRESENTATION, EventMethod.INTERACTIVE, EventMethod.ROLE_PLAY);
        carriesOut(e1, projects.activity(p1, 4), p1Groups, intercultural);
        image(e1, Scene.SEMINAR, "Междукултурните компетенции", "Комуникацията на XXI век",
                "Участници слушат презентация за междукултурните компетенции",
                "Откриването на семинара",
                "Participants listen to a presentation on intercultural competences",
                "The opening of the seminar");
        image(e1, Scene.GROUP_WORK, "Упражнение", "Как ме разбират другите?",
                "Участници в две групи около маси правят упражнение",
                "Интерактивно упражнение в малки групи",
                "Participants in two groups at tables do an exercise",
                "An interactive exercise in small groups");
        Event e2 = event("event-p1-seminar-2", EventKind.SEMINAR, p1, LocalDate.of(2015, 6, 16).atTime(10, 0), 6,
                haskovo, "Хасково", Region.HASKOVO, EventMethod.PRESENTATION, EventMethod.ROLE_PLAY, EventMethod.DISCUSSION);
        carriesOut(e2, projects.activity(p1, 4), p1Groups, policy);
        image(e2, Scene.GROUP_WORK, "Институции и граждански организации", "Кой какво прави?",
                "Участници разпределят отговорностите на институциите на флипчарт",
                "Работа по ролите на институциите и организациите",
                "Participants map the responsibilities of institutions on a flip chart",
                "Work on the roles of institutions and organisations");
        Event e3 = event("event-p1-practicum", EventKind.PRACTICUM, p1, LocalDate.of(2015, 6, 23).atTime(10, 0), 6,
                haskovo, "Хасково", Region.HASKOVO, EventMethod.CASE_STUDY, EventMethod.GROUP_WORK, EventMethod.DISCUSSION);
        carriesOut(e3, projects.activity(p1, 4), p1Groups, policy, intercultural);
        image(e3, Scene.PRACTICUM, "Казуси", "Регионални мерки за област Хасково",
                "Две групи участници обсъждат казуси около маси",
                "Групите обсъждат конкретни казуси",
                "Two groups of participants discuss cases at tables",
                "The groups discuss real cases");
        image(e3, Scene.SEMINAR, "Предложения за мерки", "За плановите документи на областта",
                "Участници слушат представянето на предложените регионални мерки",
                "Представяне на предложените регионални мерки",
                "Participants listen to the proposed regional measures",
                "The proposed regional measures are presented");

        String druzhba = "Частно училище „Дружба“, ж.к. Обеля 2, ул. 106, № 3";
        String union = "Зала на Синдикат „Образование“ към КТ „Подкрепа“";
        LocalDate[] days = {LocalDate.of(2015, 4, 9), LocalDate.of(2015, 4, 23), LocalDate.of(2015, 5, 14), LocalDate.of(2015, 5, 21)};
        String[] venues = {druzhba, union, union, druzhba};
        for (int i = 0; i < days.length; i++) {
            Event seminar = event("event-p2-seminar-" + (i + 1), EventKind.SEMINAR, p2, days[i].atTime(10, 0), 5,
                    venues[i], "София", Region.SOFIA_CITY, EventMethod.DISCUSSION, EventMethod.GROUP_WORK,
                    i == 0 ? EventMethod.PRESENTATION : EventMethod.CASE_STUDY);
            carriesOut(seminar, projects.activity(p2, 2), List.of("INSTITUTION", "SOCIAL_PARTNER", "NGO", "IMMIGRANT_COMMUNITY"),
                    new Trainer("Мария Николова", "Модератор, Синдикат „Образование“"));
            if (i == 0 || i == 3) {
                String title = seminar.text(Languages.DEFAULT).getTitle();
                image(seminar, i == 0 ? Scene.SEMINAR : Scene.GROUP_WORK, "Дискусионен семинар " + (i + 1), "София · 2015",
                        "Участници в дискусионния семинар", title,
                        "Participants of the discussion seminar", seminar.text(Languages.ENGLISH).getTitle());
            }
        }
        Event press = event("event-p2-press-conference", EventKind.PRESS_CONFERENCE, p2, LocalDate.of(2015, 6, 11).atTime(10, 0), 1,
                "Зала на " + druzhba, "София", Region.SOFIA_CITY, EventMethod.PRESENTATION);
        carriesOut(press, projects.activity(p2, 3), List.of("MEDIA"));
        image(press, Scene.PRESS_CONFERENCE, "Подобряване на координацията", "Пресконференция · 11 юни 2015, 10:00",
                "Говорители на маса с микрофони пред син фон със знамето на ЕС",
                "Пресконференцията в училище „Дружба“",
                "Speakers at a table with microphones in front of a blue backdrop with the EU flag",
                "The press conference at the Druzhba school");

        // upcoming events of the network, counted from the first start so that "upcoming" is never empty
        LocalDate today = now.toLocalDate();
        event("event-upcoming-forum", EventKind.FORUM, null, today.plusDays(14).atTime(10, 0), 6,
                "Конферентен център в центъра на София", "София", Region.SOFIA_CITY,
                EventMethod.PRESENTATION, EventMethod.DISCUSSION, EventMethod.GROUP_WORK);
        event("event-upcoming-training", EventKind.TRAINING, null, today.plusDays(28).atTime(9, 30), 4,
                haskovo, "Хасково", Region.HASKOVO, EventMethod.INTERACTIVE, EventMethod.ROLE_PLAY, EventMethod.CASE_STUDY);
        event("event-upcoming-press-conference", EventKind.PRESS_CONFERENCE, null, today.plusDays(42).atTime(11, 0), 1,
                "Пресклуб в центъра на Пловдив", "Пловдив", Region.PLOVDIV, EventMethod.PRESENTATION);
    }

    private void resources() {
        Project p1 = projects.platform();
        Project p2 = projects.coordination();
        String maritsa = "РСО „Марица“";
        for (int i = 1; i <= 3; i++) {
            Resource handbook = resource("resource-handbook-" + i, ResourceKind.HANDBOOK, p1, LocalDate.of(2015, 5, 25), 250);
            handbook.setTopic(Topic.INTEGRATION);
            document(handbook, "spravochnik-" + i, "Справочник · Проект BG EIF 2013/01-05.01 · " + maritsa, maritsa);
        }
        Resource brochure = resource("resource-brochure", ResourceKind.BROCHURE, p2, LocalDate.of(2015, 6, 15), 200);
        brochure.setTopic(Topic.INTEGRATION);
        document(brochure, "broshura", "Информационна брошура · Проект BG EIF 2013/01-05.02",
                "Синдикат „Образование“ към КТ „Подкрепа“");

        Resource banner = resource("resource-banner", ResourceKind.BANNER, p2, LocalDate.of(2015, 2, 2), null);
        byte[] png = DemoPictures.banner("Подобряване на координацията в интеграцията",
                "Проект BG EIF 2013/01-05.02 · с подкрепата на Европейския съюз");
        banner.setFile(files.store("elektronen-baner.png", png));
        describe(banner.addImage(files.store("elektronen-baner-snimka.png", png),
                        new ImageText("Банер: „Подобряване на координацията в интеграцията“ и знамето на ЕС", "Електронният банер на проекта")),
                "Banner: “Improving coordination in integration” and the EU flag", "The project's electronic banner");
    }

    /** The material's PDF and, as its cover picture, the drawn cover of the PDF. */
    private void document(Resource resource, String fileName, String subtitle, String beneficiary) {
        ContentText bg = resource.text(Languages.DEFAULT);
        ContentText en = resource.text(Languages.ENGLISH);
        List<String> linesBg = List.of(bg.getSummary(),
                "Проектът се финансира от Европейския фонд за интеграция на граждани на трети държави, съфинансиран от Европейския съюз. "
                        + "Цялата отговорност за съдържанието се носи от " + beneficiary + " и при никакви обстоятелства не може "
                        + "да се приема, че то отразява официалното становище на Европейския съюз и Договарящия орган.");
        String disclaimerEn = "The beneficiary alone is responsible for the content, which under no circumstances can be "
                + "regarded as reflecting the official position of the European Union or the Contracting Authority.";
        DemoPdf.Document document = new DemoPdf.Document(FUND_BG, bg.getTitle(), subtitle, linesBg, en.getTitle(),
                List.of(en.getSummary(), "Printed in " + resource.getPrintRun() + " copies, in Bulgarian. "
                        + "This file is the electronic edition of the project's printed material."),
                FUNDING_EN, disclaimerEn);
        resource.setFile(files.store(fileName + ".pdf", DemoPdf.of(document)));
        byte[] cover = DemoPictures.jpeg(DemoPictures.documentCover(FUND_BG, bg.getTitle(), subtitle, List.of(), 827, 560));
        describe(resource.addImage(files.store(fileName + "-korica.jpg", cover),
                        new ImageText("Корица: „" + bg.getTitle() + "“ със знамето на ЕС", null)),
                "Cover: “" + en.getTitle() + "” with the EU flag", null);
    }

    private void information() {
        for (Topic topic : Topic.values()) {
            String name = "info-" + topic.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Map<String, ContentText> texts = texts(name);
            InfoArticle info = withTexts(new InfoArticle(topic, texts.get(Languages.DEFAULT)), name, null);
            info.setPublishedAt(now);
            info.publish(now);
            content.add(info);
        }
    }

    private Article article(String name, ArticleKind kind, Project project, LocalDate date) {
        Article article = withTexts(new Article(kind, texts(name).get(Languages.DEFAULT)), name, project);
        published(article, date.atTime(10, 0));
        return article;
    }

    private Event event(String name, EventKind kind, Project project, LocalDateTime start, int hours, String venue,
                        String city, Region region, EventMethod... methods) {
        Event event = withTexts(new Event(kind, texts(name).get(Languages.DEFAULT), start, venue, region), name, project);
        event.setEndsAt(start.plusHours(hours));
        event.setCity(city);
        event.setMethods(EnumSet.of(methods[0], methods));
        // announced a week ahead, or today for the upcoming ones
        LocalDateTime announced = start.minusDays(7);
        published(event, announced.isAfter(now) ? now : announced);
        return event;
    }

    private void carriesOut(Event event, Activity activity, List<String> groups, Trainer... trainers) {
        event.setActivity(activity);
        event.setTrainers(List.of(trainers));
        targetGroups.put(event, groups);
    }

    private Resource resource(String name, ResourceKind kind, Project project, LocalDate date, Integer printRun) {
        Resource resource = withTexts(new Resource(kind, texts(name).get(Languages.DEFAULT)), name, project);
        resource.setMaterialLanguage(Languages.DEFAULT);
        resource.setPrintRun(printRun);
        published(resource, date.atTime(12, 0));
        return resource;
    }

    private void published(Content item, LocalDateTime at) {
        item.setPublishedAt(at);
        item.publish(at);
        content.add(item);
    }

    /** Every language of the item's text file beyond Bulgarian, which the constructor took. */
    private <T extends Content> T withTexts(T item, String name, Project project) {
        texts(name).forEach((lang, text) -> {
            if (!Languages.DEFAULT.equals(lang)) item.setText(lang, text);
        });
        item.setProject(project);
        return item;
    }

    private Map<String, ContentText> texts(String name) {
        return texts.computeIfAbsent(name, DemoTexts::read);
    }

    /** A generated photo in the gallery, with its alt text and caption in Bulgarian and English. */
    private void image(Content item, Scene scene, String headline, String line, String altBg, String captionBg,
                       String altEn, String captionEn) {
        String fileName = item.getSlug() + "-" + (item.getGallery().size() + 1) + ".jpg";
        StoredFile file = files.store(fileName, DemoPictures.photo(scene, headline, line, seed++));
        describe(item.addImage(file, new ImageText(altBg, captionBg)), altEn, captionEn);
    }

    private static void describe(GalleryImage image, String altEn, String captionEn) {
        image.setText(Languages.ENGLISH, altEn, captionEn);
    }
}
