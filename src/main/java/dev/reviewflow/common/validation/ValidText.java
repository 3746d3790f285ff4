package dev.reviewflow.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that PostgreSQL can store and give back unchanged: at most {@link #max()} Unicode
 * characters (code points, so an emoji counts once), no NUL and no unpaired surrogate.
 * {@code null} is valid; combine with {@code @NotBlank} where the field is required.
 */
@Documented
@Constraint(validatedBy = ValidTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidText {

    int max();

    String message() default "must be valid Unicode text of at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
