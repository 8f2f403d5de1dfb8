package bg.integra.demo;

import bg.integra.forum.CategoryText;
import bg.integra.forum.ForumCategory;
import bg.integra.forum.ForumMarkdown;
import bg.integra.forum.ForumPost;
import bg.integra.forum.ForumTopic;
import bg.integra.forum.PostStatus;
import bg.integra.portalaccount.PortalAccount;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The forum of a new installation: four categories (residence, work and education, the network's news, and one for
 * questions in Arabic only), five portal accounts of people who write there, and a few conversations, as members of
 * the network would have them. The accounts are confirmed but cannot sign in: their password is random and never
 * shown. Counts are kept as the writers keep them (each visible post counted in its topic and its category), so
 * the lists show what the topics hold. Persist the lists in their order: categories, accounts, topics, posts.
 */
record DemoForum(List<ForumCategory> categories, List<PortalAccount> accounts, List<ForumTopic> topics,
                 List<ForumPost> posts) {

    static final String RESIDENCE = "vaprosi-za-prebivavane";
    static final String WORK = "rabota-i-obrazovanie";
    static final String NEWS = "novini-ot-mrezhata";
    static final String ARABIC = "vaprosi-na-arabski";

    /**
     * @param now          the time of the latest post; the conversations happened in the days before
     * @param passwordHash the hash of a random password, the same for all (none of them is meant to sign in)
     * @param mailKey      a new random key per account (for the link that stops its mails)
     */
    static DemoForum create(LocalDateTime now, String passwordHash, Supplier<String> mailKey) {
        DemoForum forum = new DemoForum(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        ForumCategory residence = forum.category(RESIDENCE, null, 10,
                "Въпроси за пребиваване", "Разрешения, документи, срокове и процедури пред Миграция.",
                "Residence questions", "Permits, documents, deadlines and procedures at the Migration Directorate.",
                "أسئلة حول الإقامة", "التصاريح والوثائق والمواعيد والإجراءات لدى إدارة الهجرة.");
        ForumCategory work = forum.category(WORK, null, 20,
                "Работа и образование", "Работа, признаване на дипломи, училище и курсове по български език.",
                "Work and education", "Jobs, recognition of diplomas, school and Bulgarian language courses.", null, null);
        ForumCategory news = forum.category(NEWS, null, 30,
                "Новини от мрежата", "Какво правят организациите от мрежата: събития, услуги и нови проекти.",
                "News from the network", "What the network's organisations do: events, services and new projects.", null, null);
        ForumCategory arabic = forum.category(ARABIC, "ar", 40,
                "Въпроси на арабски", "Въпроси и отговори на арабски език.",
                "Questions in Arabic", "Questions and answers in Arabic.",
                "أسئلة بالعربية", "أسئلة وأجوبة باللغة العربية.");

        PortalAccount maria = forum.account("demo-maria", "Мария Петрова", "bg", 2, passwordHash, mailKey, now.minusDays(60));
        PortalAccount ahmed = forum.account("demo-ahmed", "Ахмед Халил", "ar", 1, passwordHash, mailKey, now.minusDays(30));
        PortalAccount olena = forum.account("demo-olena", "Олена Коваленко", "uk", 1, passwordHash, mailKey, now.minusDays(25));
        PortalAccount georgi = forum.account("demo-georgi", "Георги от Марица", "bg", 2, passwordHash, mailKey, now.minusDays(90));
        PortalAccount samir = forum.account("demo-samir", "سمير", "ar", 1, passwordHash, mailKey, now.minusDays(20));

        ForumTopic permit = forum.topic(residence, "Как да подновя разрешението си за продължително пребиваване?", "bg",
                now.minusDays(6), ahmed,
                "Разрешението ми изтича след два месеца. Кога трябва да подам документите и кои са те?", maria,
                "Подава се в дирекция „Миграция“ **не по-късно от 14 дни** преди изтичането, но е по-добре по-рано. "
                        + "Трябват паспорт, документ за жилище, здравна осигуровка и доказателство за средства.", georgi,
                "В офиса ни в Хасково помагаме с попълването на заявлението всеки вторник и четвъртък.", ahmed,
                "Благодаря, ще дойда във вторник!");
        permit.setSolutionNumber(2);
        ForumTopic diploma = forum.topic(work, "Признаване на диплома от Украйна за работа като учител", "bg",
                now.minusDays(4), olena,
                "Имам диплома за начален учител от Киев. Какво трябва да направя, за да работя в българско училище?", maria,
                "Първо признаване във висше училище с такава специалност, после удостоверение за правоспособност. "
                        + "Преводът трябва да е заверен.", olena,
                "Колко време отнема признаването?", maria,
                "Обикновено до три месеца от подаването на всички документи.");
        ForumTopic courses = forum.topic(news, "Нови безплатни курсове по български език в Хасково", "bg",
                now.minusDays(2), georgi,
                "От следващия месец започват два курса: за начинаещи и за напреднали, по два пъти седмично вечер. "
                        + "Записването е в офиса на сдружението.", olena,
                "Има ли курс и за деца?", georgi,
                "Да, в събота сутрин, за деца от 7 до 14 години.");
        courses.pin(true, null);
        forum.topic(arabic, "كيف أسجل أطفالي في المدرسة؟", "ar",
                now.minusDays(1), samir,
                "وصلنا إلى بلغاريا قبل شهر. ما هي الوثائق المطلوبة لتسجيل طفلين في المدرسة؟", ahmed,
                "تحتاج إلى شهادة الميلاد مترجمة، ووثيقة الإقامة، والشهادات المدرسية السابقة إن وجدت.", samir,
                "شكراً جزيلاً على المساعدة!");
        return forum;
    }

    private ForumCategory category(String slug, String language, int position, String bg, String bgAbout,
                                   String en, String enAbout, String ar, String arAbout) {
        Map<String, CategoryText> texts = new LinkedHashMap<>();
        texts.put("bg", new CategoryText(bg, bgAbout));
        texts.put("en", new CategoryText(en, enAbout));
        if (ar != null) texts.put("ar", new CategoryText(ar, arAbout));
        ForumCategory category = new ForumCategory(slug, language, position, texts);
        categories.add(category);
        return category;
    }

    private PortalAccount account(String handle, String name, String language, int trustLevel, String passwordHash,
                                  Supplier<String> mailKey, LocalDateTime since) {
        PortalAccount account = PortalAccount.signUp(handle + "@example.org", handle, name, language, passwordHash,
                mailKey.get(), since);
        account.confirm(since.plusMinutes(5));
        account.setTrustLevel(trustLevel);
        for (int i = 0; i < 5; i++) account.countApprovedPost(); // past the newcomers' held first posts
        account.setMailNotices(false); // example.org addresses: nothing to send
        account.setDigest(false);
        accounts.add(account);
        return account;
    }

    /**
     * A visible topic: its first post by {@code author}, then each pair of the rest a writer and a text, an hour or
     * so apart; every post counted in the topic, and the topic with its posts in its category.
     */
    private ForumTopic topic(ForumCategory category, String title, String language, LocalDateTime start,
                             PortalAccount author, String text, Object... replies) {
        ForumTopic topic = new ForumTopic(category, title, language, author, PostStatus.VISIBLE, start);
        topics.add(topic);
        post(topic, author, text, null, start);
        for (int i = 0; i < replies.length; i += 2) {
            post(topic, (PortalAccount) replies[i], (String) replies[i + 1], null, start.plusMinutes(47L * (i + 2)));
        }
        category.addPosts(topic.getPostCount(), true, topic.getLastPostedAt());
        return topic;
    }

    private void post(ForumTopic topic, PortalAccount writer, String markdown, Integer replyTo, LocalDateTime at) {
        String html = ForumMarkdown.render(markdown, true).html();
        posts.add(new ForumPost(topic, topic.nextNumber(), writer, markdown, html, replyTo, PostStatus.VISIBLE, at));
        topic.countPost(writer, at);
    }
}
