package dev.reviewflow.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Priority {
    @JsonProperty("low")
    LOW,
    @JsonProperty("normal")
    NORMAL,
    @JsonProperty("high")
    HIGH,
    @JsonProperty("urgent")
    URGENT;

    /** One step higher; urgent stays urgent. */
    public Priority raised() {
        return this == URGENT ? URGENT : values()[ordinal() + 1];
    }

    /**
     * The priority of a complaint that did not state one: one star is high, four or five stars
     * (a complaint inside a good review) low, everything else normal.
     */
    public static Priority fromRating(Integer rating) {
        if (rating == null) {
            return NORMAL;
        }
        return switch (rating) {
            case 1 -> HIGH;
            case 4, 5 -> LOW;
            default -> NORMAL;
        };
    }
}
