package bg.integra.apitoken;

/** A token just made, with its secret: the only moment the secret exists outside the program it is given to. */
public record NewToken(ApiToken token, String secret) {

    public ApiToken getToken() { return token; }
    public String getSecret() { return secret; }

    @Override
    public String toString() {
        return "NewToken[" + token.getShown() + "]";
    }
}
