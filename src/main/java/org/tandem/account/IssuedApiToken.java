package org.tandem.account;

/** A new token with its secret, shown to its owner this once. */
public record IssuedApiToken(ApiTokenView token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token.id() + "]";
    }
}
