package dev.reviewflow.complaint.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.LanguageTag;
import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.ComplaintFields;
import dev.reviewflow.complaint.Priority;

@Schema(
        description =
                "A complaint as seen on its channel. channel + externalId identify it: sending it again never creates a second one.")
public record CreateComplaintRequest(
        @NotNull Channel channel,

        @NotBlank
        @ValidText(max = ComplaintFields.EXTERNAL_ID_MAX)
        @Schema(description = "The post's id on its channel.", examples = "1790012345678901234")
        String externalId,

        @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Size(max = ComplaintFields.SOURCE_URL_MAX)
        @Schema(examples = "https://x.com/ani_p/status/1790012345678901234", nullable = true)
        String sourceUrl,

        @NotBlank
        @ValidText(max = ComplaintFields.AUTHOR_MAX)
        @Schema(description = "The public handle of whoever posted it.", examples = "@ani_p")
        String author,

        @Valid @Schema(nullable = true) CustomerContact customer,

        @Min(ComplaintFields.RATING_MIN)
        @Max(ComplaintFields.RATING_MAX)
        @Schema(description = "Star rating, 1 to 5, where the channel has one.", nullable = true)
        Integer rating,

        @ValidText(max = ComplaintFields.TITLE_MAX) @Schema(nullable = true)
        String title,

        @NotBlank
        @ValidText(max = ComplaintFields.BODY_MAX)
        @Schema(
                description = "The complaint text, any language and script, stored and returned exactly as sent.",
                maxLength = ComplaintFields.BODY_MAX)
        String body,

        @LanguageTag @Schema(description = "BCP 47 language tag of the text.", examples = "hy", nullable = true)
        String language,

        @Schema(description = "When it was posted on the channel.", nullable = true)
        OffsetDateTime postedAt,

        @Size(max = ComplaintFields.TAGS_MAX) @Schema(nullable = true)
        List<@NotBlank @ValidText(max = ComplaintFields.TAG_MAX) String> tags,

        @Schema(
                description = "Defaults from the rating: 1 star high, 4-5 stars low, otherwise normal.",
                nullable = true)
        Priority priority,

        @ValidText(max = ComplaintFields.ASSIGNEE_MAX) @Schema(nullable = true)
        String assignee,

        @ValidText(max = ComplaintFields.LOCATION_MAX)
        @Schema(description = "Branch or store the complaint is about.", nullable = true)
        String location) {}
