package bg.integra.common;

/**
 * The 28 oblasts (provinces) of Bulgaria, each with the position of its administrative centre (the point the
 * directory ranks centres from when a visitor picks "nearest to" a regional town); labels live in the resource
 * bundles as {@code region.NAME}.
 */
public enum Region {
    BLAGOEVGRAD(42.0209, 23.0943), BURGAS(42.5048, 27.4626), DOBRICH(43.5726, 27.8273), GABROVO(42.8742, 25.3187),
    HASKOVO(41.9344, 25.5554), KARDZHALI(41.6338, 25.3777), KYUSTENDIL(42.2839, 22.6911), LOVECH(43.1370, 24.7142),
    MONTANA(43.4125, 23.2250), PAZARDZHIK(42.1928, 24.3336), PERNIK(42.6052, 23.0378), PLEVEN(43.4170, 24.6067),
    PLOVDIV(42.1354, 24.7453), RAZGRAD(43.5333, 26.5167), RUSE(43.8356, 25.9657), SHUMEN(43.2712, 26.9361),
    SILISTRA(44.1171, 27.2606), SLIVEN(42.6817, 26.3229), SMOLYAN(41.5774, 24.7011), SOFIA_CITY(42.6977, 23.3219),
    SOFIA_PROVINCE(42.6977, 23.3219), STARA_ZAGORA(42.4258, 25.6345), TARGOVISHTE(43.2512, 26.5722),
    VARNA(43.2141, 27.9147), VELIKO_TARNOVO(43.0757, 25.6172), VIDIN(43.9962, 22.8679), VRATSA(43.2102, 23.5529),
    YAMBOL(42.4842, 26.5035);

    public static final int LENGTH = 20;

    private final double latitude;
    private final double longitude;

    Region(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** Latitude of the administrative centre, in degrees. */
    public double latitude() { return latitude; }

    /** Longitude of the administrative centre, in degrees. */
    public double longitude() { return longitude; }
}
