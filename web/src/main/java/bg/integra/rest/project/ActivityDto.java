package bg.integra.rest.project;

import bg.integra.project.Activity;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A project's activity: its number in the contract, its title per language and its planned period. */
public record ActivityDto(long id, int number, Map<String, String> title, LocalDate startDate, LocalDate endDate) {

    public static ActivityDto of(Activity a) {
        return new ActivityDto(a.getId(), a.getNumber(), new TreeMap<>(a.getTitles()), a.getPeriod().getStart(),
                a.getPeriod().getEnd());
    }
}
