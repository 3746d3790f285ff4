package dev.reviewflow.common.validation;

import java.util.IllformedLocaleException;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            new Locale.Builder().setLanguageTag(value);
            return !value.isEmpty() && value.length() <= 35;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
