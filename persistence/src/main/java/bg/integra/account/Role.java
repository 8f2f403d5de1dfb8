package bg.integra.account;

/** The role an account holds; the names match the constants in {@link Roles}. */
public enum Role {
    ADMIN(Roles.ADMIN), COORDINATOR(Roles.COORDINATOR), EDITOR(Roles.EDITOR), REGISTRAR(Roles.REGISTRAR), MEMBER(Roles.MEMBER),
    MODERATOR(Roles.MODERATOR), TRAINER(Roles.TRAINER);

    public static final int LENGTH = 20;
    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
