package dev.reviewflow.webhook.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DeliveryStatus",
        description =
                "pending: to be attempted (or under way); delivered: a 2xx came back; dead: every attempt failed.")
public enum DeliveryStatus {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("delivered")
    DELIVERED,
    @JsonProperty("dead")
    DEAD
}
