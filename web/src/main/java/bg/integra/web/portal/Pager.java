package bg.integra.web.portal;

/** Where a paged list is: page {@code number} of {@code total}, with the addresses of its neighbours (or null). */
public final class Pager {

    private final int number;
    private final long total;
    private final String previous;
    private final String next;

    Pager(int number, long total, String previous, String next) {
        this.number = number;
        this.total = total;
        this.previous = previous;
        this.next = next;
    }

    public boolean isShown() { return total > 1; }
    public int getNumber() { return number; }
    public long getTotal() { return total; }
    public String getPrevious() { return previous; }
    public String getNext() { return next; }
}
