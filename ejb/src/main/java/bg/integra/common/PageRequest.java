package bg.integra.common;

/** A page of a list: zero-based page number and page size, both already checked by the caller's boundary. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) throw new IllegalArgumentException("page must be >= 0");
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
