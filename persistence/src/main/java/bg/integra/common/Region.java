package bg.integra.common;

/** The 28 oblasts (provinces) of Bulgaria; labels live in the resource bundles as {@code region.NAME}. */
public enum Region {
    BLAGOEVGRAD, BURGAS, DOBRICH, GABROVO, HASKOVO, KARDZHALI, KYUSTENDIL, LOVECH, MONTANA, PAZARDZHIK,
    PERNIK, PLEVEN, PLOVDIV, RAZGRAD, RUSE, SHUMEN, SILISTRA, SLIVEN, SMOLYAN, SOFIA_CITY, SOFIA_PROVINCE,
    STARA_ZAGORA, TARGOVISHTE, VARNA, VELIKO_TARNOVO, VIDIN, VRATSA, YAMBOL;

    public static final int LENGTH = 20;
}
