package dev.reviewflow.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token that looks like a reviewflow key ({@code rf_...}). */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String secret;

    public ApiKeyAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
