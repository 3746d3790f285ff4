package dev.reviewflow.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;

import dev.reviewflow.common.json.JsonEnums;

/** What each channel can do, read once from {@code channels.properties}. */
public final class ChannelCapabilities {

    private record Capability(OptionalInt publicReplyMaxLength, boolean directMessages) {}

    private static final Map<Channel, Capability> CAPABILITIES = load();

    private ChannelCapabilities() {}

    /** The longest public reply the channel takes, in code points; empty when it has no known limit. */
    public static OptionalInt publicReplyMaxLength(Channel channel) {
        return CAPABILITIES.get(channel).publicReplyMaxLength();
    }

    /** Whether the channel can carry a private direct message to the customer. */
    public static boolean directMessages(Channel channel) {
        return CAPABILITIES.get(channel).directMessages();
    }

    private static Map<Channel, Capability> load() {
        Properties properties = new Properties();
        try (InputStream in = ChannelCapabilities.class.getResourceAsStream("/channels.properties")) {
            if (in == null) {
                throw new IllegalStateException("channels.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Channel, Capability> capabilities = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            String key = JsonEnums.wireName(channel);
            String maxLength = properties.getProperty(key + ".public-reply-max-length");
            String directMessages = properties.getProperty(key + ".direct-messages");
            if (directMessages == null) {
                throw new IllegalStateException("channels.properties does not describe channel " + key);
            }
            capabilities.put(
                    channel,
                    new Capability(
                            maxLength == null
                                    ? OptionalInt.empty()
                                    : OptionalInt.of(Integer.parseInt(maxLength.trim())),
                            Boolean.parseBoolean(directMessages.trim())));
        }
        return capabilities;
    }
}
