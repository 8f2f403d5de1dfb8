package bg.integra.attendance;

/** What an import did: registrations created from the list, and registrations that existed and were marked present. */
public record ImportResult(int created, int marked) {
}
