package bg.integra.demo;

import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.CaseText;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.InitiativeKind;
import bg.integra.knowledge.InitiativeText;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.MeasureText;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.PracticeText;
import bg.integra.knowledge.TargetAudience;
import bg.integra.organisation.Organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge base for the demo, not yet stored: good practices of the members, anonymised cases that the
 * Haskovo practicum of June 2015 discussed, and the regional measures it proposed from them for the Haskovo
 * region's planning documents, followed to 2016. The texts, institutions' decisions and dates after the practicum
 * are invented; no case describes a real person. One practice is a draft, too young to be published. The members'
 * initiatives are invented too: two upcoming ones dated a few weeks after the first start (so that the list is not
 * empty on a new installation), two completed projects and one upcoming initiative still waiting for review.
 */
final class DemoKnowledge {

    private static final LocalDate PRACTICUM = LocalDate.of(2015, 6, 30);

    private final List<Practice> practices = new ArrayList<>();
    private final List<CaseStudy> cases = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();

    List<Practice> practices() { return practices; }
    List<CaseStudy> cases() { return cases; }
    List<Measure> measures() { return measures; }
    List<Initiative> initiatives() { return initiatives; }

    /** The knowledge base of {@code maritsa}, {@code union} and the directory's members (found by slug). */
    static DemoKnowledge create(Organisation maritsa, Organisation union, List<Organisation> members, LocalDate today) {
        DemoKnowledge demo = new DemoKnowledge();
        Organisation pirin = members.stream().filter(o -> "pirin-blagoevgrad".equals(o.getSlug())).findFirst().orElse(maritsa);
        Organisation ruse = members.stream().filter(o -> "zdravna-mediatsiya-ruse".equals(o.getSlug())).findFirst().orElse(maritsa);
        demo.initiatives(today, maritsa, union, members);

        Practice practicum = demo.practice(today, maritsa, Region.HASKOVO, LocalDate.of(2015, 6, 16), PRACTICUM,
                TargetAudience.PROFESSIONALS, IntegrationArea.COORDINATION,
                new PracticeText("Практикум „Казуси и регионални мерки“",
                        "Европейски фонд за интеграция на граждани на трети държави, договор BG EIF 2013/01-05.01",
                        "Служителите на институциите и организациите в областта да разглеждат заедно реални казуси и да превръщат изводите в мерки за стратегическите документи на областта.",
                        "Двудневна работа в малки групи по анонимизирани казуси; ролеви игри „гишето и клиентът“; обща сесия, в която всяка група предлага мярка и институцията, към която е насочена.",
                        "Разгледани 12 казуса; формулирани 5 регионални мерки, внесени в Областния съвет за развитие; 38 участници от 17 институции и организации.",
                        "Анкета в края на практикума (средна оценка 4,6 от 5) и проследяване на мерките след шест месеца.",
                        "Подходящ за всяка област с информационен център; нужни са модератор, подготвени казуси и представител на областната администрация."),
                new PracticeText("Practicum “Cases and regional measures”",
                        "European Fund for the Integration of Third-Country Nationals, contract BG EIF 2013/01-05.01",
                        "Staff of the region's institutions and organisations work through real cases together and turn what they learn into measures for the region's planning documents.",
                        "Two days of small-group work on anonymised cases; role play “the counter and the client”; a plenary in which each group proposes a measure and the institution it is addressed to.",
                        "12 cases discussed; 5 regional measures put to the Regional Development Council; 38 participants from 17 institutions and organisations.",
                        "A questionnaire at the end (4.6 out of 5 on average) and a follow-up of the measures six months later.",
                        "Works in any region with an information centre; it needs a moderator, prepared cases and someone from the regional administration."),
                "Информационен център „Марица“ – Хасково, ул. „Стефан Стамболов“ 12");
        practicum.setLinks(List.of("https://ec.europa.eu/migrant-integration/"));
        Practice parents = demo.practice(today, union, Region.SOFIA_CITY, LocalDate.of(2015, 2, 2), LocalDate.of(2015, 7, 31),
                TargetAudience.ALL_MIGRANTS, IntegrationArea.LANGUAGE,
                new PracticeText("Български език за родители в училището на детето",
                        "Европейски фонд за интеграция, договор BG EIF 2013/01-05.02; доброволен труд на учители",
                        "Родителите на ученици от трети държави да разбират училището: съобщенията, срещите с учителите, записването.",
                        "Курс от 40 учебни часа в училищна сграда след часовете, водят го учители от училището; речник на училищните думи.",
                        "26 родители завършиха курса; посещенията на родителски срещи в трите училища се удвоиха.",
                        "Устна оценка с родителите и учителите; тест в началото и в края.",
                        "Всяко училище с ученици от трети държави; нужни са зала, двама учители и помощ при грижата за малките деца."),
                new PracticeText("Bulgarian for parents at their child's school",
                        "European Integration Fund, contract BG EIF 2013/01-05.02; teachers volunteering",
                        "Parents of pupils from third countries understand the school: its notices, meetings with teachers, enrolment.",
                        "A 40-hour course in the school building after lessons, taught by the school's own teachers; a glossary of school words.",
                        "26 parents completed the course; attendance at parents' meetings in the three schools doubled.",
                        "Feedback from parents and teachers; a test at the start and at the end.",
                        "Any school with pupils from third countries; it needs a room, two teachers and help with small children."),
                "Синдикат „Образование“, консултантски център, бул. „Витоша“ 41, София");
        Practice mediators = demo.practice(today, ruse, Region.RUSE, LocalDate.of(2019, 3, 1), null,
                TargetAudience.REFUGEES, IntegrationArea.HEALTH,
                new PracticeText("Здравни медиатори с език на пациента",
                        "Общината и дарители",
                        "Хора с международна закрила да стигат до личен лекар и да разбират лечението си.",
                        "Двама медиатори (арабски и румънски) придружават пациенти, помагат при регистрация при личен лекар и обясняват предписанията.",
                        "Над 300 придружавания годишно; всички семейства, които са потърсили помощ, имат личен лекар.",
                        "Годишен отчет пред общината; проучване сред лекарите.",
                        "Нужни са обучени медиатори и договореност с общопрактикуващите лекари."),
                new PracticeText("Health mediators who speak the patient's language", "The municipality and donors",
                        "People with international protection reach a family doctor and understand their treatment.",
                        "Two mediators (Arabic and Romanian) accompany patients, help register with a family doctor and explain prescriptions.",
                        "Over 300 accompanied visits a year; every family that asked has a family doctor.",
                        "An annual report to the municipality; a survey of the doctors.",
                        "Trained mediators and an agreement with the family doctors are needed."),
                "Здравна медиация „Дунав“, ул. „Борисова“ 9, Русе");
        demo.practice(today, pirin, Region.BLAGOEVGRAD, today.minusMonths(3), null, TargetAudience.CHILDREN_AND_YOUTH,
                IntegrationArea.EDUCATION, new PracticeText("Летен клуб по български за деца", null,
                        "Децата на търсещите закрила да започнат училище с малко български.", null, null, null, null),
                null, null);

        CaseStudy school = demo.caseStudy(maritsa, Region.HASKOVO, IntegrationArea.EDUCATION,
                new CaseText("Записване в училище без документ за предишно обучение",
                        "Семейство с международна закрила иска да запише 12-годишно дете в училище. Детето е учило три години в родината си, но няма документ за това.",
                        "Как училището да определи класа, в който да продължи детето, без документ?",
                        "Информационният център свърза семейството с регионалното управление на образованието; училището проведе изпит по математика и беседа с преводач.",
                        "Детето беше прието в пети клас с допълнително обучение по български.",
                        "Процедурата за определяне на класа трябва да е известна на училищата и описана на езиците на семействата."),
                new CaseText("Enrolling a child at school without proof of earlier schooling",
                        "A family with international protection wants to enrol a 12-year-old at school. The child went to school for three years at home but has no certificate.",
                        "How can the school decide which class the child should join without a certificate?",
                        "The information centre put the family in touch with the regional education office; the school held a maths test and an interview with an interpreter.",
                        "The child joined the fifth class with extra Bulgarian lessons.",
                        "Schools need to know the procedure for placing a child, and families need it described in their languages."));
        CaseStudy doctor = demo.caseStudy(maritsa, Region.HASKOVO, IntegrationArea.HEALTH,
                new CaseText("Семейство без личен лекар",
                        "Семейство с хуманитарен статут живее в Хасково от година, но няма личен лекар: два кабинета отказват, защото „нямат място“ и „няма кой да превежда“.",
                        "Кой отговаря, когато личен лекар не приема пациент с право на здравно осигуряване?",
                        "Центърът се обърна към Регионалната здравна инспекция; медиатор придружи семейството.",
                        "Семейството се регистрира при личен лекар след пет седмици.",
                        "Лекарите нямат начин да работят с преводач; регионалната здравна инспекция не е знаела за отказите."),
                new CaseText("A family without a family doctor",
                        "A family with humanitarian status has lived in Haskovo for a year without a family doctor: two practices refused, saying they were “full” and had “no one to interpret”.",
                        "Who is responsible when a family doctor turns away a patient who is insured?",
                        "The centre wrote to the Regional Health Inspectorate; a mediator accompanied the family.",
                        "The family registered with a family doctor after five weeks.",
                        "Doctors have no way to work with an interpreter; the inspectorate did not know about the refusals."));
        CaseStudy contract = demo.caseStudy(maritsa, Region.HASKOVO, IntegrationArea.EMPLOYMENT,
                new CaseText("Трудов договор, който работникът не разбира",
                        "Работник от трета държава подписва трудов договор само на български. След два месеца разбира, че работи на непълен работен ден, а не на пълен.",
                        "Къде може работник, който не чете български, да провери договора си, преди да го подпише?",
                        "Центърът преведе договора устно и насочи работника към инспекцията по труда.",
                        "Работодателят сключи нов договор на пълен работен ден.",
                        "Нужна е безплатна консултация по договора на разбираем за работника език."),
                new CaseText("A contract the worker does not understand",
                        "A worker from a third country signs an employment contract in Bulgarian only. Two months later he finds out it is part-time, not full-time.",
                        "Where can a worker who does not read Bulgarian check a contract before signing it?",
                        "The centre interpreted the contract and referred the worker to the labour inspectorate.",
                        "The employer signed a new full-time contract.",
                        "Workers need free advice on their contract in a language they understand."));
        CaseStudy notices = demo.caseStudy(union, Region.SOFIA_CITY, IntegrationArea.EDUCATION,
                new CaseText("Родители, които не разбират съобщенията на училището",
                        "Родителите на трима ученици не идват на родителски срещи и не отговарят на бележките на класния ръководител.",
                        "Безразличие ли е това, или родителите не разбират какво им се пише?",
                        "Учител се срещна с родителите с помощта на преводач; оказа се, че не четат кирилица.",
                        "Училището започна да праща кратки съобщения и на английски, а родителите се записаха на курс по български.",
                        "Преди да се реши, че родителите не се интересуват, трябва да се провери дали разбират съобщенията."),
                new CaseText("Parents who do not understand the school's notices",
                        "The parents of three pupils do not come to parents' meetings and do not answer the class teacher's notes.",
                        "Is it indifference, or do the parents not understand what they are sent?",
                        "A teacher met the parents with an interpreter; they turned out not to read Cyrillic.",
                        "The school began sending short notices in English too, and the parents signed up for a Bulgarian course.",
                        "Before deciding that parents do not care, check whether they understand the notices."));

        Measure group = demo.measure(maritsa, List.of(school, doctor, contract), List.of(practicum),
                new MeasureText("Работна група по интеграция към Областния съвет за развитие",
                        "Постоянна работна група на институциите, общините и организациите, която разглежда казусите от информационните центрове два пъти годишно и предлага решения.",
                        "Областна администрация Хасково", "План за действие за 2016 г. за изпълнение на Областната стратегия за развитие на област Хасково"),
                new MeasureText("A working group on integration at the Regional Development Council",
                        "A standing group of institutions, municipalities and organisations that reviews the information centres' cases twice a year and proposes solutions.",
                        "Haskovo Regional Administration", "2016 action plan implementing the Haskovo Regional Development Strategy"));
        group.discussed(LocalDate.of(2015, 9, 24));
        group.adopted(LocalDate.of(2015, 12, 17));
        Measure placement = demo.measure(maritsa, List.of(school), List.of(parents),
                new MeasureText("Описание на записването в училище на езиците на семействата",
                        "Кратко описание на записването и на определянето на класа на деца без документи, на арабски, фарси, английски и турски, раздавано от училищата и центровете.",
                        "Регионално управление на образованието – Хасково", "Годишен план на РУО – Хасково за 2016 г."),
                new MeasureText("Enrolment at school explained in the families' languages",
                        "A short description of enrolment and of placing children without certificates, in Arabic, Farsi, English and Turkish, handed out by schools and centres.",
                        "Regional Education Office – Haskovo", "Regional Education Office – Haskovo, plan for 2016"));
        placement.discussed(LocalDate.of(2015, 10, 8));
        placement.adopted(LocalDate.of(2016, 1, 20));
        Measure interpreters = demo.measure(maritsa, List.of(doctor), List.of(mediators),
                new MeasureText("Преводач-посредник за здравните услуги",
                        "Телефонна услуга за устен превод, която личните лекари и болниците в областта могат да ползват безплатно.",
                        "Регионална здравна инспекция – Хасково", null),
                new MeasureText("An interpreter-mediator for health services",
                        "A telephone interpreting service that family doctors and hospitals in the region can use free of charge.",
                        "Regional Health Inspectorate – Haskovo", null));
        interpreters.discussed(LocalDate.of(2015, 11, 5));
        Measure advice = demo.measure(maritsa, List.of(contract), List.of(),
                new MeasureText("Консултации по трудови договори на езика на работника",
                        "Дни на отворените врати в бюрото по труда с преводач, в които работници от трети държави могат да покажат договора си.",
                        "Дирекция „Бюро по труда“ – Хасково", null),
                new MeasureText("Advice on employment contracts in the worker's language",
                        "Open days at the labour office with an interpreter, when workers from third countries can have their contracts checked.",
                        "Labour Office Directorate – Haskovo", null));
        advice.rejected(LocalDate.of(2016, 2, 10));
        demo.measure(maritsa, List.of(doctor, contract), List.of(),
                new MeasureText("Обучение на служителите на гишетата по междукултурна комуникация",
                        "Едно обучение годишно за служителите, които работят с граждани на трети държави, по справочника „Междукултурните компетенции – комуникацията на XXI век“.",
                        "Общините в област Хасково", null),
                new MeasureText("Intercultural communication training for counter staff",
                        "One training a year for staff who serve third-country nationals, based on the handbook “Intercultural competences – the communication of the 21st century”.",
                        "The municipalities of the Haskovo region", null));
        return demo;
    }

    /** Upcoming initiatives and completed projects of five members. */
    private void initiatives(LocalDate today, Organisation maritsa, Organisation union, List<Organisation> members) {
        Organisation varna = members.stream().filter(o -> "morski-tsentar-varna".equals(o.getSlug())).findFirst().orElse(union);
        Organisation plovdiv = members.stream().filter(o -> "nov-dom-plovdiv".equals(o.getSlug())).findFirst().orElse(union);
        Organisation pirin = members.stream().filter(o -> "pirin-blagoevgrad".equals(o.getSlug())).findFirst().orElse(maritsa);
        initiative(maritsa, InitiativeKind.UPCOMING, today.plusWeeks(3), today.plusWeeks(3), Region.HASKOVO, "Хасково",
                new InitiativeText("Ден на отворените врати на информационния център",
                        "Институциите в Хасково отговарят на въпроси на граждани на трети държави на едно място.",
                        "Представители на дирекция „Миграция“, бюрото по труда, РЗИ и общината ще бъдат в центъра от 10 до 16 ч. Има устен превод на арабски, фарси и английски.",
                        "Областна администрация Хасково, Община Хасково"),
                new InitiativeText("Open day at the information centre",
                        "Institutions in Haskovo answer third-country nationals' questions in one place.",
                        "The Migration Directorate, the labour office, the regional health inspectorate and the municipality will be at the centre from 10:00 to 16:00, with interpreting into Arabic, Farsi and English.",
                        "Haskovo Regional Administration, Haskovo Municipality"),
                "Информационен център „Марица“ – Хасково, ул. „Стефан Стамболов“ 12", today.minusDays(2));
        initiative(varna, InitiativeKind.UPCOMING, today.plusWeeks(6), today.plusWeeks(6).plusDays(1), Region.VARNA, "Варна",
                new InitiativeText("Трудова борса за граждани на трети държави",
                        "Работодатели от морския туризъм и корабоплаването търсят работници; консултации по трудови договори.",
                        "Два дни на борсата: срещи с работодатели, проверка на договори с юрист и преводач, информация за разрешенията за работа.",
                        "Дирекция „Бюро по труда“ – Варна, браншови организации"),
                new InitiativeText("Job fair for third-country nationals",
                        "Employers in tourism and shipping look for workers; advice on employment contracts.",
                        "Two days at the fair: meetings with employers, contracts checked by a lawyer with an interpreter, information on work permits.",
                        "Labour Office Directorate – Varna, sector associations"),
                "Морски център за мигранти, бул. „Приморски“ 60, Варна", today.minusDays(5));
        initiative(plovdiv, InitiativeKind.COMPLETED, today.minusMonths(10), today.minusMonths(4), Region.PLOVDIV, "Пловдив",
                new InitiativeText("Наставници за нови съседи",
                        "Доброволци от Пловдив придружиха 24 семейства през първите им месеци в града.",
                        "Всяко семейство имаше наставник за шест месеца: записване при личен лекар и в училище, търсене на жилище, първи стъпки в града. Наставниците минаха обучение по междукултурна комуникация.",
                        "Община Пловдив, доброволци от три университета"),
                new InitiativeText("Mentors for new neighbours",
                        "Volunteers from Plovdiv accompanied 24 families through their first months in the city.",
                        "Each family had a mentor for six months: registering with a family doctor and a school, finding a home, first steps in the city. The mentors were trained in intercultural communication.",
                        "Plovdiv Municipality, volunteers from three universities"),
                "Сдружение „Нов дом“, ул. „Иван Вазов“ 18, Пловдив", today.minusMonths(3));
        initiative(union, InitiativeKind.COMPLETED, LocalDate.of(2015, 2, 2), LocalDate.of(2015, 7, 31), Region.SOFIA_CITY, "София",
                new InitiativeText("Четири дискусионни семинара за интеграцията на работното място",
                        "Синдикалисти, работодатели и институции обсъдиха трудностите на работниците от трети държави.",
                        "Семинарите в София събраха 140 участници; изводите са в справочника на проекта и в предложенията на синдиката към работодателите в отрасъла.",
                        "Работодателски организации от образованието"),
                new InitiativeText("Four discussion seminars on integration at the workplace",
                        "Trade unionists, employers and institutions discussed the difficulties of workers from third countries.",
                        "The seminars in Sofia brought together 140 participants; the conclusions are in the project's handbook and in the union's proposals to the sector's employers.",
                        "Employers' organisations in education"),
                "Синдикат „Образование“, бул. „Витоша“ 41, София", LocalDate.of(2015, 8, 10));
        Initiative camp = initiative(pirin, InitiativeKind.UPCOMING, today.plusMonths(3), today.plusMonths(3).plusDays(13),
                Region.BLAGOEVGRAD, "Благоевград",
                new InitiativeText("Летен лагер по български език за деца", "Две седмици игри и уроци преди училище.", null, null),
                null, null, null);
        camp.submit(today); // waiting for an editor's review: not on the portal yet
    }

    private Initiative initiative(Organisation organisation, InitiativeKind kind, LocalDate start, LocalDate end, Region region,
                                  String town, InitiativeText bg, InitiativeText en, String contact, LocalDate publishedOn) {
        Initiative i = new Initiative(organisation, kind, new Period(start, end), bg);
        if (en != null) i.setText("en", en);
        i.setRegion(region);
        i.setTown(town);
        i.setContact(contact);
        if (publishedOn != null) {
            i.submit(publishedOn.minusDays(1));
            i.publish(publishedOn);
        }
        initiatives.add(i);
        return i;
    }

    private Practice practice(LocalDate today, Organisation organisation, Region region, LocalDate start, LocalDate end,
                              TargetAudience audience, IntegrationArea area, PracticeText bg, PracticeText en, String contact) {
        Practice p = new Practice(organisation, audience, area, bg);
        if (en != null) p.setText("en", en);
        p.setRegion(region);
        p.setPeriod(new Period(start, end));
        p.setContact(contact);
        if (p.problems(today).isEmpty()) { // published a year after its start, at the practicum at the earliest
            LocalDate on = start.plusYears(Practice.MINIMUM_AGE_YEARS).isAfter(PRACTICUM)
                    ? start.plusYears(Practice.MINIMUM_AGE_YEARS) : PRACTICUM.plusDays(10);
            p.submit(on.minusDays(7));
            p.publish(on);
        }
        practices.add(p);
        return p;
    }

    private CaseStudy caseStudy(Organisation organisation, Region region, IntegrationArea area, CaseText bg, CaseText en) {
        CaseStudy c = new CaseStudy(organisation, area, bg);
        c.setText("en", en);
        c.setRegion(region);
        if (!c.problems(PRACTICUM).isEmpty()) throw new IllegalStateException("Personal data in a demo case: " + c.problems(PRACTICUM));
        c.submit(PRACTICUM.minusDays(10));
        c.publish(PRACTICUM.minusDays(5).plusDays(cases.size()));
        cases.add(c);
        return c;
    }

    private Measure measure(Organisation organisation, List<CaseStudy> from, List<Practice> alsoFrom, MeasureText bg, MeasureText en) {
        Measure m = new Measure(organisation, Region.HASKOVO, PRACTICUM, bg);
        m.setText("en", en);
        m.basedOn(from, alsoFrom);
        m.submit(PRACTICUM.plusDays(1));
        m.publish(PRACTICUM.plusDays(7));
        measures.add(m);
        return m;
    }
}
