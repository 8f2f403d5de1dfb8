package bg.integra.demo;

import bg.integra.common.Address;
import bg.integra.common.Period;
import bg.integra.common.Region;
import bg.integra.organisation.Organisation;
import bg.integra.organisation.OrganisationKind;
import bg.integra.project.Activity;
import bg.integra.project.ContractNumber;
import bg.integra.project.EventKind;
import bg.integra.project.Fund;
import bg.integra.project.Indicator;
import bg.integra.project.IndicatorMeasure;
import bg.integra.project.IndicatorUnit;
import bg.integra.project.Project;
import bg.integra.project.ProjectStatus;
import bg.integra.project.ProjectText;
import bg.integra.project.PublicityKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The two projects of the source documents and their beneficiaries, not yet stored: {@link DemoData} stores
 * them, and the tests of the demo content check its dates against their periods.
 */
record DemoProjects(Organisation maritsa, Organisation union, Project platform, Project coordination,
                    List<Activity> activities) {

    List<Organisation> organisations() {
        return List.of(maritsa, union);
    }

    List<Project> projects() {
        return List.of(platform, coordination);
    }

    /** The project's activity with the number. */
    Activity activity(Project project, int number) {
        return activities.stream().filter(a -> a.getProject() == project && a.getNumber() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No activity " + number));
    }

    private static void activity(List<Activity> activities, Project project, String titleBg, String titleEn,
                                 LocalDate start, LocalDate end) {
        int number = (int) activities.stream().filter(a -> a.getProject() == project).count() + 1;
        Activity activity = new Activity(project, number, titleBg);
        activity.setTitle("en", titleEn);
        activity.setPeriod(new Period(start, end));
        activities.add(activity);
    }

    static DemoProjects create() {
        Organisation maritsa = new Organisation("Регионално сдружение за развитие „Марица“", OrganisationKind.NGO, Region.HASKOVO);
        maritsa.setName("en", "Regional Development Association “Maritsa”");
        maritsa.setAddress(new Address(null, "Хасково", "6300"));

        Organisation union = new Organisation("Синдикат „Образование“ към КТ „Подкрепа“", OrganisationKind.TRADE_UNION, Region.SOFIA_CITY);
        union.setName("en", "Education Trade Union of the Podkrepa Confederation");
        union.setAddress(new Address(null, "София", null));

        Project platform = new Project(ContractNumber.of("BG EIF 2013/01-05.01"),
                new ProjectText("Надграждане на капацитет и създаване на активна платформа в подкрепа на политиката по интеграция на имигранти",
                        "Проектът изгражда мрежа на информационните центрове и организациите, които работят с граждани на трети държави "
                                + "в Хасковска област. Партньорите обменят опит, ресурси и казуси в обща платформа с форум, а семинарите "
                                + "през юни предлагат регионални мерки за стратегическите документи на областта. Три справочника обобщават "
                                + "наученото за служители и доброволци."),
                Fund.EIF, maritsa, Region.HASKOVO);
        platform.setText("en", "Capacity building and an active platform supporting immigrant-integration policy",
                "The project builds a network of the information centres and organisations that work with third-country "
                        + "nationals in the Haskovo region. Partners exchange experience, resources and cases on a shared platform "
                        + "with a forum, and the June seminars propose regional measures for the region's planning documents. "
                        + "Three handbooks sum up what was learnt for staff and volunteers.");
        platform.setPeriod(new Period(LocalDate.of(2014, 12, 15), LocalDate.of(2015, 6, 30)));
        platform.setStatus(ProjectStatus.COMPLETED);
        Indicator handbooks = platform.addIndicator("Отпечатани справочници", IndicatorUnit.COPIES, 750, 0);
        handbooks.setName("en", "Printed handbooks");
        handbooks.count(IndicatorMeasure.COPIES_PRINTED, PublicityKind.HANDBOOK.name());
        platform.addIndicator("Публикации в регионален ежедневник", IndicatorUnit.PUBLICATIONS, 4, 4).setName("en", "Publications in a regional daily");
        Indicator board = platform.addIndicator("Информационна табела в офиса на проекта", IndicatorUnit.ITEMS, 1, 0);
        board.setName("en", "Information board at the project office");
        board.count(IndicatorMeasure.COPIES_PRINTED, PublicityKind.INFORMATION_BOARD.name());

        Project coordination = new Project(ContractNumber.of("BG EIF 2013/01-05.02"),
                new ProjectText("Подобряване на координацията и създаване на капацитет за провеждане на ефективна политика по интеграция",
                        "За шест месеца синдикатът проучи как институциите, организациите и общностите на имигрантите общуват помежду си "
                                + "и обсъди резултатите с тях в четири дискусионни семинара. Участниците събраха добри практики и формулираха "
                                + "общи мерки. Резултатите бяха представени на пресконференция в София на 11 юни 2015 г."),
                Fund.EIF, union, Region.SOFIA_CITY);
        coordination.setText("en", "Improving coordination and building capacity for an effective integration policy",
                "Over six months the union surveyed how institutions, organisations and immigrant communities communicate "
                        + "with each other and discussed the findings with them in four discussion seminars. Participants collected "
                        + "good practices and agreed on common measures. The results were presented at a press conference in Sofia "
                        + "on 11 June 2015.");
        coordination.setPeriod(new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 6, 30)));
        coordination.setStatus(ProjectStatus.COMPLETED);
        // counted from the seminars, the attendance marked at them and the printed materials (see DemoData)
        Indicator seminars = coordination.addIndicator("Дискусионни семинари", IndicatorUnit.EVENTS, 4, 0);
        seminars.setName("en", "Discussion seminars");
        seminars.count(IndicatorMeasure.EVENTS_HELD, EventKind.SEMINAR.name());
        Indicator participants = coordination.addIndicator("Участници от целевите групи", IndicatorUnit.PARTICIPANTS, 140, 0);
        participants.setName("en", "Participants from the target groups");
        participants.count(IndicatorMeasure.PARTICIPANTS, null);
        Indicator brochures = coordination.addIndicator("Брошури", IndicatorUnit.COPIES, 200, 0);
        brochures.setName("en", "Brochures");
        brochures.count(IndicatorMeasure.COPIES_PRINTED, PublicityKind.BROCHURE.name());
        coordination.addIndicator("Електронен банер", IndicatorUnit.ITEMS, 1, 1).setName("en", "Electronic banner");
        coordination.addIndicator("Мобилен банер (ролбанер)", IndicatorUnit.ITEMS, 1, 1).setName("en", "Mobile banner (roll-up)");

        // the activities as the contracts number them; DemoContent links the events to them
        List<Activity> activities = new ArrayList<>();
        activity(activities, platform, "Организация и управление на проекта", "Project organisation and management",
                LocalDate.of(2014, 12, 15), LocalDate.of(2015, 6, 30));
        activity(activities, platform, "Информационна кампания и мерки за публичност", "Information campaign and publicity measures",
                LocalDate.of(2015, 1, 5), LocalDate.of(2015, 6, 30));
        activity(activities, platform, "Справочници за обществените звена на местно ниво", "Handbooks for local public bodies",
                LocalDate.of(2015, 1, 15), LocalDate.of(2015, 5, 31));
        activity(activities, platform, "Обучения и практикум за експерти и представители на институциите",
                "Trainings and a practicum for experts and representatives of institutions",
                LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 30));
        activity(activities, platform, "Платформа и форум на информационните центрове", "Platform and forum of the information centres",
                LocalDate.of(2015, 2, 1), LocalDate.of(2015, 6, 30));
        activity(activities, coordination, "Проучване на комуникацията между институции, организации и имигранти",
                "Survey of the communication between institutions, organisations and immigrants",
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 31));
        activity(activities, coordination, "Дискусионни семинари с институции, организации и общности", "Discussion seminars with institutions, organisations and communities",
                LocalDate.of(2015, 4, 1), LocalDate.of(2015, 5, 31));
        activity(activities, coordination, "Информация и публичност", "Information and publicity",
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 6, 30));
        return new DemoProjects(maritsa, union, platform, coordination, List.copyOf(activities));
    }
}
