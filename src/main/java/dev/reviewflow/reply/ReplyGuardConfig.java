package dev.reviewflow.reply;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "reviewflow.reply-guard")
public interface ReplyGuardConfig {

    /** The business's own e-mail addresses and phone numbers, which public replies may show. */
    Optional<List<String>> allowedContacts();
}
