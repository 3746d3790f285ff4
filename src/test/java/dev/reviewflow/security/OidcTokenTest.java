package dev.reviewflow.security;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * OpenID Connect bearer tokens, verified for real: signed with an RSA key made for this run, whose
 * public half the service is configured with, exactly as it would take an identity provider's.
 */
@QuarkusTest
@TestProfile(OidcTokenTest.OidcEnabled.class)
class OidcTokenTest {

    private static final String ISSUER = "https://idp.example.test/realms/reviewflow";
    private static final String AUDIENCE = "reviewflow";
    private static final KeyPair PROVIDER_KEY = sharedProviderKey();
    private static final KeyPair IMPOSTOR_KEY = rsaKeyPair();
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class OidcEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled",
                    "true",
                    "quarkus.oidc.public-key",
                    Base64.getEncoder().encodeToString(PROVIDER_KEY.getPublic().getEncoded()),
                    "quarkus.oidc.token.issuer",
                    ISSUER,
                    "quarkus.oidc.token.audience",
                    AUDIENCE);
        }
    }

    @Test
    void aSignedTokenActsInItsWorkspaceWithItsScopesAndIsNamedInTheTimeline() {
        String workspace = Api.newWorkspace();
        String token = token(PROVIDER_KEY.getPrivate(), "maria", workspace, "complaints:read complaints:write", 300);
        String id = Api.newComplaintAs(token);
        as(token)
                .get("/v1/complaints/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body("[0].actor", equalTo("oidc:maria"));
        // Not in its scopes:
        as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("body", "Thank you"))
                .post("/v1/reply-checks")
                .then()
                .statusCode(403);
    }

    @Test
    void scopesMayAlsoComeAsAnArray() {
        String workspace = Api.newWorkspace();
        String token = token(PROVIDER_KEY.getPrivate(), "kai", workspace, List.of("complaints:read"), 300);
        as(token).get("/v1/complaints").then().statusCode(200);
    }

    @Test
    void aTokenSignedByAnotherKeyOrExpiredIsRefused() {
        String workspace = Api.newWorkspace();
        as(token(IMPOSTOR_KEY.getPrivate(), "mallory", workspace, "complaints:read", 300))
                .get("/v1/complaints")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
        as(token(PROVIDER_KEY.getPrivate(), "maria", workspace, "complaints:read", -600))
                .get("/v1/complaints")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenSeesNothingOfAnotherWorkspaceAndNothingWithoutOne() {
        String id = Api.newComplaint();
        String otherWorkspace = Api.newWorkspace();
        as(token(PROVIDER_KEY.getPrivate(), "kai", otherWorkspace, "complaints:read", 300))
                .get("/v1/complaints/" + id)
                .then()
                .statusCode(404);
        as(token(PROVIDER_KEY.getPrivate(), "kai", "no-such-workspace", "complaints:read", 300))
                .get("/v1/complaints")
                .then()
                .statusCode(403);
        as(token(PROVIDER_KEY.getPrivate(), "kai", otherWorkspace, "platform:admin", 300))
                .get("/v1/workspaces")
                .then()
                .statusCode(403);
    }

    @Test
    void aTokenMeantForAnotherAudienceOrWithoutOneIsRefused() {
        String workspace = Api.newWorkspace();
        Map<String, Object> claims = claims("maria", workspace, "complaints:read", 300);
        claims.put("aud", "another-app");
        as(sign(PROVIDER_KEY.getPrivate(), claims)).get("/v1/complaints").then().statusCode(401);
        claims.remove("aud");
        as(sign(PROVIDER_KEY.getPrivate(), claims)).get("/v1/complaints").then().statusCode(401);
    }

    @Test
    void scopesComeFromTheRolesClaimNotFromWhatTheClientAskedFor() {
        String workspace = Api.newWorkspace();
        Map<String, Object> claims = claims("maria", workspace, List.of(), 300);
        claims.remove("roles");
        claims.put("scope", "openid complaints:read");
        as(sign(PROVIDER_KEY.getPrivate(), claims)).get("/v1/complaints").then().statusCode(403);
    }

    @Test
    void aTokenGrantsOnlyScopesItHolds() {
        String workspace = Api.newWorkspace();
        String token = token(PROVIDER_KEY.getPrivate(), "maria", workspace, "admin", 300);
        as(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "reader", "scopes", List.of("complaints:read", "pii:read"), "expiresAt", inDays(1)))
                .post("/v1/workspaces/" + workspace + "/api-keys")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("scopes"))
                .body("detail", containsString("complaints:read, pii:read"));
    }

    @Test
    void aKeyMadeWithATokenMustExpireWithinTheConfiguredLifetime() {
        String workspace = Api.newWorkspace();
        String token = token(PROVIDER_KEY.getPrivate(), "maria", workspace, "admin complaints:read", 300);
        String keys = "/v1/workspaces/" + workspace + "/api-keys";

        as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "forever", "scopes", List.of("complaints:read")))
                .post(keys)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("expiresAt"))
                .body("detail", containsString("30 days"));
        as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "too long", "scopes", List.of("complaints:read"), "expiresAt", inDays(31)))
                .post(keys)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("expiresAt"))
                .body("detail", containsString("30 days"))
                .body("detail", containsString("no later than "));
        as(token).get(keys).then().statusCode(200).body("", hasSize(0));

        String expiresAt = inDays(29);
        as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "a month", "scopes", List.of("complaints:read"), "expiresAt", expiresAt))
                .post(keys)
                .then()
                .statusCode(201)
                .body("expiresAt", equalTo(expiresAt))
                .body("createdBy", equalTo("oidc:maria"));
    }

    @Test
    void apiKeysKeepWorkingBesideTokens() {
        Api.given().get("/v1/complaints").then().statusCode(200);
    }

    /** A token's claims: scopes in the roles claim, meant for reviewflow; tests change what they are about. */
    private static Map<String, Object> claims(String subject, String workspace, Object roles, long lifetimeSeconds) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("iat", now - 60);
        claims.put("exp", now + lifetimeSeconds);
        claims.put("reviewflow_workspace", workspace);
        claims.put("roles", roles);
        return claims;
    }

    private static String token(PrivateKey key, String subject, String workspace, Object roles, long lifetimeSeconds) {
        return sign(key, claims(subject, workspace, roles, lifetimeSeconds));
    }

    /** A compact JWS (RS256), built by hand so the test depends on no token library. */
    private static String sign(PrivateKey key, Map<String, Object> claims) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        try {
            String signingInput = base64Url(header) + "." + base64Url(JSON.writeValueAsString(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String inDays(int days) {
        return Instant.now()
                .plus(Duration.ofDays(days))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The profile and the test methods run in different class loaders, each with its own statics:
     * the one key pair of the run is kept where both see it.
     */
    private static synchronized KeyPair sharedProviderKey() {
        String publicProperty = "reviewflow.test.oidc-public-key";
        String privateProperty = "reviewflow.test.oidc-private-key";
        if (System.getProperty(publicProperty) == null) {
            KeyPair pair = rsaKeyPair();
            System.setProperty(
                    publicProperty,
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            System.setProperty(
                    privateProperty,
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(
                    rsa.generatePublic(
                            new X509EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(publicProperty)))),
                    rsa.generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(privateProperty)))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
