package bg.integra.knowledge;

/**
 * Whom a good practice is for: the "target group" of the European Website on Integration's template. Not the
 * participant categories of a project's events ({@code project.TargetGroup}), which count who attended.
 */
public enum TargetAudience {
    ALL_MIGRANTS, REFUGEES, ASYLUM_SEEKERS, CHILDREN_AND_YOUTH, WOMEN, WORKERS, PROFESSIONALS, HOST_SOCIETY;

    public static final int LENGTH = 30;
}
