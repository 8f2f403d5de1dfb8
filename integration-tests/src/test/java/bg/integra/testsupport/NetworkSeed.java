package bg.integra.testsupport;

import bg.integra.account.Role;
import bg.integra.apitoken.ApiScope;
import bg.integra.common.PageRequest;
import bg.integra.common.Region;
import bg.integra.network.DirectoryEntry;
import bg.integra.network.DirectoryQuery;
import bg.integra.network.DirectoryService;
import bg.integra.network.Location;
import bg.integra.network.OpeningHours;
import bg.integra.network.Service;
import bg.integra.network.ServiceKind;
import bg.integra.network.ServiceStatus;
import bg.integra.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * POST /test-support/network: a member organisation (slug {@code net-TAG}) with three centres in a town of its
 * own ("Тестоград TAG", Kardzhali region):
 * <ul>
 *   <li>A near (41.60, 25.30), open Monday to Friday 09:00–17:00 and Saturday 10:00–12:00, Bulgarian and Arabic,
 *   legal advice (bg, ar) and Bulgarian courses (bg, en); checked today;</li>
 *   <li>B farther (41.70, 25.45), open Monday to Friday 13:00–18:00, Bulgarian and Farsi, Bulgarian courses; checked
 *   two years ago;</li>
 *   <li>C without a position, open on Sunday 08:00–20:00, Bulgarian, a defunct housing service only;</li>
 * </ul>
 * and an organisation outside the network with a centre in the same town and a legal-advice service there
 * ({@code locations.outside}, {@code services.outside}), which the directory never shows; with
 * {@code accounts=true} also a MEMBER account of the member ({@code member}, {@code password}) and a second member
 * organisation ({@code otherMemberId}) that account must not reach; with {@code tokens=true} that second member too,
 * and API tokens, answered as their secrets under {@code tokens}: {@code read} (READ) and {@code write} (WRITE) of
 * the member, {@code revoked} (WRITE, revoked) of the member and {@code other} (WRITE) of the second member.
 * <p>
 * GET /test-support/network?city=…&at=2026-12-07T17:59[&openNow][&kind][&language][&lat&lon]: the directory's
 * search at that moment in Sofia, answering the names of the centres found, in order, with open-now flags.
 */
@ApplicationScoped
public class NetworkSeed implements Seed {

    @Inject
    private NetworkSeeds seeds;

    @Inject
    private DirectoryService directory;

    @Inject
    private TestData data;

    @Override
    public String path() {
        return "network";
    }

    @Override
    public JsonObject post(Params params) {
        String tag = TestData.unique("net").toLowerCase();
        String city = "Тестоград " + tag;
        Organisation member = seeds.organisation("Мрежова организация " + tag, tag, Region.KARDZHALI);
        List<OpeningHours> aHours = new ArrayList<>(NetworkSeeds.weekdays(9, 17));
        aHours.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        Location a = seeds.location(member, "Център А " + tag, city, Region.KARDZHALI, 41.60, 25.30, Set.of("bg", "ar"),
                aHours, LocalDate.now(Location.ZONE));
        Location b = seeds.location(member, "Център Б " + tag, city, Region.KARDZHALI, 41.70, 25.45, Set.of("bg", "fa"),
                NetworkSeeds.weekdays(13, 18), LocalDate.now(Location.ZONE).minusYears(2));
        Location c = seeds.location(member, "Център В " + tag, city, Region.KARDZHALI, null, null, Set.of("bg"),
                List.of(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(20, 0))), null);
        Service legal = seeds.service(member, ServiceKind.LEGAL_ADVICE, "Правна помощ " + tag, ServiceStatus.ACTIVE,
                Set.of("bg", "ar"), List.of(a));
        Service courses = seeds.service(member, ServiceKind.BULGARIAN_COURSES, "Курс по български " + tag,
                ServiceStatus.ACTIVE, Set.of("bg", "en"), List.of(a, b));
        Service housing = seeds.service(member, ServiceKind.HOUSING, "Жилища " + tag, ServiceStatus.DEFUNCT,
                Set.of("bg"), List.of(c));
        Organisation outsider = seeds.organisation("Външна организация " + tag, null, Region.KARDZHALI);
        Location outside = seeds.location(outsider, "Външен център " + tag, city, Region.KARDZHALI, 41.60, 25.30,
                Set.of("bg", "ar"), NetworkSeeds.weekdays(0, 23), LocalDate.now(Location.ZONE));
        Service outsideService = seeds.service(outsider, ServiceKind.LEGAL_ADVICE, "Външна правна помощ " + tag, ServiceStatus.ACTIVE,
                Set.of("bg"), List.of(outside));
        var answer = Json.createObjectBuilder();
        boolean tokens = params.flag("tokens", false);
        Organisation other = params.flag("accounts", false) || tokens
                ? seeds.organisation("Друг член " + tag, "other-" + tag, Region.KARDZHALI) : null;
        if (other != null) answer.add("otherMemberId", other.getId());
        if (params.flag("accounts", false)) {
            String username = "member-" + tag;
            String password = "pw-" + tag + "-long";
            data.account(username, Role.MEMBER, member, password);
            answer.add("member", username).add("password", password);
        }
        if (tokens) {
            answer.add("tokens", Json.createObjectBuilder()
                    .add("read", seeds.token(member, "reader " + tag, ApiScope.READ, false))
                    .add("write", seeds.token(member, "writer " + tag, ApiScope.WRITE, false))
                    .add("revoked", seeds.token(member, "revoked " + tag, ApiScope.WRITE, true))
                    .add("other", seeds.token(other, "other " + tag, ApiScope.WRITE, false)));
        }
        return answer
                .add("tag", tag)
                .add("slug", tag)
                .add("city", city)
                .add("organisationId", member.getId())
                .add("outsiderId", outsider.getId())
                .add("locations", Json.createObjectBuilder().add("a", a.getId()).add("b", b.getId()).add("c", c.getId())
                        .add("outside", outside.getId()))
                .add("services", Json.createObjectBuilder().add("legal", legal.getId()).add("courses", courses.getId())
                        .add("housing", housing.getId()).add("outside", outsideService.getId()))
                .build();
    }

    @Override
    public JsonObject get(Params params) {
        String lat = params.optional("lat");
        DirectoryQuery query = new DirectoryQuery(params.optional("text"), params.choice("region", Region.class, null),
                params.optional("city"), params.choice("kind", ServiceKind.class, null), params.optional("language"),
                params.flag("openNow", false), lat == null ? null
                : new DirectoryQuery.Point(Double.parseDouble(lat), Double.parseDouble(params.required("lon"))));
        LocalDateTime at = LocalDateTime.parse(params.required("at"));
        JsonArrayBuilder found = Json.createArrayBuilder();
        for (DirectoryEntry entry : directory.search(query, at, new PageRequest(0, 50)).items()) {
            JsonArrayBuilder kinds = Json.createArrayBuilder();
            entry.services().forEach(s -> kinds.add(s.getKind().name()));
            found.add(Json.createObjectBuilder()
                    .add("name", entry.location().text("bg").getName())
                    .add("open", entry.openNow())
                    .add("kinds", kinds)
                    .add("km", entry.distanceKm() == null ? -1 : entry.distanceKm()));
        }
        return Json.createObjectBuilder().add("found", found).build();
    }
}
