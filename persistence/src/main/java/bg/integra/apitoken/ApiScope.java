package bg.integra.apitoken;

/** What a token may do: read the API as anyone may (and be counted), or also write its organisation's records. */
public enum ApiScope {
    READ, WRITE;

    public static final int LENGTH = 10;
}
