package bg.integra.testsupport;

import bg.integra.account.Role;
import bg.integra.common.Region;
import bg.integra.knowledge.CaseStudy;
import bg.integra.knowledge.Initiative;
import bg.integra.knowledge.InitiativeKind;
import bg.integra.knowledge.IntegrationArea;
import bg.integra.knowledge.Measure;
import bg.integra.knowledge.Practice;
import bg.integra.knowledge.TargetAudience;
import bg.integra.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.List;

/**
 * POST /test-support/knowledge: a member of the network (slug {@code kb-TAG}) with, every title carrying the tag:
 * <ul>
 *   <li>practices: {@code older} (Haskovo, refugees, health, started three years ago, published 2 years ago),
 *   {@code newer} (Varna, women, employment, published a year ago) and {@code draft} (Haskovo, started a month ago);</li>
 *   <li>cases: {@code school} (Haskovo, education, published), {@code clinic} (Sofia, health, published) and
 *   {@code draft} (Haskovo, education, with a telephone number in its situation);</li>
 *   <li>measures (Haskovo): {@code adopted} from the school case, the draft case and the older practice, published;
 *   {@code proposed} from the clinic case, published; {@code draft} from the school case;</li>
 *   <li>initiatives: upcoming {@code soon} (Haskovo, in 10 days) and {@code later} (Varna, in 40 days to 42), both
 *   published; completed {@code recent} (Haskovo, ended a month ago) and {@code earlier} (Sofia, ended a year ago),
 *   both published; {@code past} (upcoming, Haskovo, held two days ago, published: no longer listed) and
 *   {@code draft} (upcoming, Haskovo, in 20 days).</li>
 * </ul>
 * Answers the tag, the slug, the organisation's id and the ids under {@code practices}, {@code cases},
 * {@code measures} and {@code initiatives}. With {@code accounts=true} also a MEMBER account of the member ({@code member},
 * {@code password}), an EDITOR account ({@code editor}, same password) and a second member of the network
 * ({@code otherMemberId}) with a draft practice ({@code otherPractice}) the member must not reach.
 */
@ApplicationScoped
public class KnowledgeSeed implements Seed {

    @Inject
    private KnowledgeSeeds seeds;

    @Inject
    private NetworkSeeds network;

    @Inject
    private TestData data;

    @Override
    public String path() {
        return "knowledge";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("kb").toLowerCase();
        LocalDate today = LocalDate.now();
        Organisation member = network.organisation("Член на базата знания " + tag, "kb-" + tag, Region.HASKOVO);
        Practice older = seeds.practice(member, "Практика " + tag + " по-стара", Region.HASKOVO, TargetAudience.REFUGEES,
                IntegrationArea.HEALTH, today.minusYears(3), today.minusYears(2));
        Practice newer = seeds.practice(member, "Практика " + tag + " по-нова", Region.VARNA, TargetAudience.WOMEN,
                IntegrationArea.EMPLOYMENT, today.minusYears(2), today.minusYears(1));
        Practice draftPractice = seeds.practice(member, "Практика " + tag + " чернова", Region.HASKOVO,
                TargetAudience.REFUGEES, IntegrationArea.HEALTH, today.minusMonths(1), null);
        CaseStudy school = seeds.caseStudy(member, "Казус " + tag + " училище", Region.HASKOVO, IntegrationArea.EDUCATION,
                "Дете без документ за предишно обучение.", today.minusYears(2));
        CaseStudy clinic = seeds.caseStudy(member, "Казус " + tag + " клиника", Region.SOFIA_CITY, IntegrationArea.HEALTH,
                "Семейство без личен лекар.", today.minusYears(1));
        CaseStudy draftCase = seeds.caseStudy(member, "Казус " + tag + " чернова", Region.HASKOVO, IntegrationArea.EDUCATION,
                "Майката се обади от 0888 123 456.", null);
        Measure adopted = seeds.measure(member, "Мярка " + tag + " приета", Region.HASKOVO, List.of(school, draftCase),
                List.of(older, draftPractice), true, today.minusYears(1));
        Measure proposed = seeds.measure(member, "Мярка " + tag + " предложена", Region.HASKOVO, List.of(clinic),
                List.of(), false, today.minusMonths(6));
        Measure draftMeasure = seeds.measure(member, "Мярка " + tag + " чернова", Region.HASKOVO, List.of(school),
                List.of(), false, null);
        Initiative soon = seeds.initiative(member, "Инициатива " + tag + " скоро", InitiativeKind.UPCOMING,
                today.plusDays(10), null, Region.HASKOVO, today.minusDays(1));
        Initiative later = seeds.initiative(member, "Инициатива " + tag + " по-късно", InitiativeKind.UPCOMING,
                today.plusDays(40), today.plusDays(42), Region.VARNA, today.minusDays(1));
        Initiative recent = seeds.initiative(member, "Проект " + tag + " наскоро", InitiativeKind.COMPLETED,
                today.minusMonths(7), today.minusMonths(1), Region.HASKOVO, today.minusDays(20));
        Initiative earlier = seeds.initiative(member, "Проект " + tag + " отдавна", InitiativeKind.COMPLETED,
                today.minusYears(2), today.minusYears(1), Region.SOFIA_CITY, today.minusMonths(11));
        Initiative past = seeds.initiative(member, "Инициатива " + tag + " отминала", InitiativeKind.UPCOMING,
                today.minusDays(2), today.minusDays(2), Region.HASKOVO, today.minusDays(30));
        Initiative draftInitiative = seeds.initiative(member, "Инициатива " + tag + " чернова", InitiativeKind.UPCOMING,
                today.plusDays(20), null, Region.HASKOVO, null);
        var answer = Json.createObjectBuilder();
        if (params.flag("accounts", false)) {
            String password = "pw-" + tag + "-long";
            data.account("kbmember-" + tag, Role.MEMBER, member, password);
            data.account("kbeditor-" + tag, Role.EDITOR, null, password);
            Organisation other = network.organisation("Друг член " + tag, "kb-other-" + tag, Region.HASKOVO);
            Practice otherPractice = seeds.practice(other, "Чужда практика " + tag, Region.HASKOVO, TargetAudience.WOMEN,
                    IntegrationArea.EMPLOYMENT, today.minusYears(2), null);
            answer.add("member", "kbmember-" + tag).add("editor", "kbeditor-" + tag).add("password", password)
                    .add("otherMemberId", other.getId()).add("otherPractice", otherPractice.getId());
        }
        return answer
                .add("tag", tag)
                .add("slug", member.getSlug())
                .add("organisationId", member.getId())
                .add("practices", Json.createObjectBuilder().add("older", older.getId()).add("newer", newer.getId())
                        .add("draft", draftPractice.getId()))
                .add("cases", Json.createObjectBuilder().add("school", school.getId()).add("clinic", clinic.getId())
                        .add("draft", draftCase.getId()))
                .add("measures", Json.createObjectBuilder().add("adopted", adopted.getId()).add("proposed", proposed.getId())
                        .add("draft", draftMeasure.getId()))
                .add("initiatives", Json.createObjectBuilder().add("soon", soon.getId()).add("later", later.getId())
                        .add("recent", recent.getId()).add("earlier", earlier.getId()).add("past", past.getId())
                        .add("draft", draftInitiative.getId()))
                .build();
    }
}
