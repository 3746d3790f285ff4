package dev.reviewflow.complaint.api;

import dev.reviewflow.complaint.Outcome;

public record Resolution(Outcome outcome, String summary) {}
