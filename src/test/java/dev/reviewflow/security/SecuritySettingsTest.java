package dev.reviewflow.security;

import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecuritySettingsTest {

    private static final String KEY = "rf_" + "aZ09-_".repeat(7) + "x";

    @Test
    void aBootstrapKeyFromASecretFileLosesItsTrailingNewline() {
        assertEquals(43, KEY.length() - 3);
        assertEquals(Optional.of(KEY), SecuritySettings.bootstrapAdminKey(Optional.of(KEY + "\n")));
        assertEquals(Optional.of(KEY), SecuritySettings.bootstrapAdminKey(Optional.of("  " + KEY + "\r\n")));
    }

    @Test
    void noBootstrapKeyIsAllowed() {
        assertEquals(Optional.empty(), SecuritySettings.bootstrapAdminKey(Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rf_x",
                "rf_aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_", // 42 characters after rf_
                "rk_aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_x",
                "aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_aZ09-_",
                "rf_aZ09+/aZ09+/aZ09+/aZ09+/aZ09+/aZ09+/aZ09+/x=", // base64, not base64url
                "rf_aZ09-_aZ09-_aZ09 aZ09-_aZ09-_aZ09-_aZ09-_aZ09",
                " "
            })
    void aBootstrapKeyNotOfTheGeneratedFormStopsTheStartWithoutBeingPrinted(String configured) {
        ConfigurationException refused = assertThrows(
                ConfigurationException.class, () -> SecuritySettings.bootstrapAdminKey(Optional.of(configured)));
        assertTrue(refused.getMessage().contains("reviewflow.security.bootstrap-admin-key"), refused.getMessage());
        if (!configured.isBlank()) {
            assertFalse(refused.getMessage().contains(configured.strip()), "the message shows the key");
        }
    }

    @Test
    void generatedKeysHaveTheBootstrapKeysForm() {
        for (int i = 0; i < 100; i++) {
            String key = ApiKeySecrets.generate();
            assertEquals(Optional.of(key), SecuritySettings.bootstrapAdminKey(Optional.of(key)));
        }
    }

    @Test
    void openIdConnectWithoutAnAudienceStopsTheStart() {
        List<Optional<List<String>>> missing =
                List.of(Optional.empty(), Optional.of(List.of()), Optional.of(List.of("any")));
        for (Optional<List<String>> audience : missing) {
            ConfigurationException refused =
                    assertThrows(ConfigurationException.class, () -> SecuritySettings.requireAudience(true, audience));
            assertTrue(refused.getMessage().contains("quarkus.oidc.token.audience"), refused.getMessage());
        }
    }

    @Test
    void openIdConnectWithAnAudienceOrOffStarts() {
        assertDoesNotThrow(() -> SecuritySettings.requireAudience(true, Optional.of(List.of("reviewflow"))));
        assertDoesNotThrow(() -> SecuritySettings.requireAudience(true, Optional.of(List.of("reviewflow", "any"))));
        assertDoesNotThrow(() -> SecuritySettings.requireAudience(false, Optional.empty()));
    }
}
