package dev.reviewflow.complaint.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.ComplaintFields;

@Schema(description = "The customer's private contact details: personal data, never shown in public.")
public record CustomerContact(
        @ValidText(max = ComplaintFields.CUSTOMER_NAME_MAX) @Schema(examples = "Ani Petrosyan", nullable = true)
        String name,

        @Email
        @ValidText(max = ComplaintFields.CUSTOMER_EMAIL_MAX)
        @Schema(examples = "ani@example.com", nullable = true)
        String email,

        @Pattern(regexp = "^\\+?[0-9 ()./-]{5,50}$", message = "must be a phone number such as +374 10 123456")
        @Schema(examples = "+374 10 123456", nullable = true)
        String phone) {}
