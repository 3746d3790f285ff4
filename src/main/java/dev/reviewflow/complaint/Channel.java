package dev.reviewflow.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the customer complained. What each channel can do lives in channels.properties. */
public enum Channel {
    @JsonProperty("facebook")
    FACEBOOK,
    @JsonProperty("twitter")
    TWITTER,
    @JsonProperty("instagram")
    INSTAGRAM,
    @JsonProperty("linkedin")
    LINKEDIN,
    @JsonProperty("google")
    GOOGLE,
    @JsonProperty("yelp")
    YELP,
    @JsonProperty("tripadvisor")
    TRIPADVISOR,
    @JsonProperty("trustpilot")
    TRUSTPILOT,
    @JsonProperty("angies-list")
    ANGIES_LIST,
    @JsonProperty("yellow-pages")
    YELLOW_PAGES,
    @JsonProperty("foursquare")
    FOURSQUARE,
    @JsonProperty("blog")
    BLOG,
    @JsonProperty("email")
    EMAIL,
    @JsonProperty("phone")
    PHONE,
    @JsonProperty("web-form")
    WEB_FORM,
    @JsonProperty("other")
    OTHER
}
