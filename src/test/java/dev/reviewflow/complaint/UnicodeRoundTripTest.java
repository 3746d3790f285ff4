package dev.reviewflow.complaint;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Complaint text comes back exactly as it was sent, byte for byte, in any script. */
@QuarkusTest
class UnicodeRoundTripTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Պիցցան սառն էր, առաքիչը՝ կոպիտ։ Այլևս չեմ պատվիրի։",
                "Pitsa oli külm ja kuller jõudis kohale tund hiljem. Õudne! Šokolaadikook oli ka läbi.",
                "Pizza rece 🍕❄️ și livrare întârziată 😡👎🏽 — familia 👨‍👩‍👧‍👦 a așteptat.",
                "Pesanan saya terlambat dua jam dan makanannya dingin.",
                "البيتزا وصلت باردة",
                "ピザが冷たかった。",
                "e\u0301 (combining accent kept as sent) and é (precomposed), tab\tand\nnew line  double  space "
            })
    void theBodyRoundTripsExactly(String text) {
        String id = Api.newComplaint(
                Map.of("body", text, "title", text.substring(0, 4), "author", "@" + text.substring(0, 3)));
        byte[] stored = given().accept(ContentType.JSON)
                .get("/v1/complaints/" + id)
                .then()
                .statusCode(200)
                .body("body", equalTo(text))
                .extract()
                .jsonPath()
                .getString("body")
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), stored);
    }

    @org.junit.jupiter.api.Test
    void emojiAndOtherScriptsLeaveAsUtf8NotAsEscapes() {
        String text = "Pizza 🍕 was cold ❄️, Պիցցան սառն էր";
        String id = Api.newComplaint(Map.of("body", text));
        byte[] raw = given().get("/v1/complaints/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String json = new String(raw, StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"body\":\"" + text + "\""), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul \u0000 inside", "lone surrogate \ud83d here"})
    void textPostgresCannotStoreIsRefusedInsteadOfAltered(String text) {
        Api.ingest(Api.complaint(Map.of("body", text)))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }
}
