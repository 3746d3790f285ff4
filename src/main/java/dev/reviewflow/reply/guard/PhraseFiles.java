package dev.reviewflow.reply.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reply guard's phrase files from the classpath (format: see {@code reply-guard/en.txt}).
 * Fails on an unknown section or a phrase outside any section, naming file and line, so that a
 * typo cannot quietly switch a list off.
 */
final class PhraseFiles {

    private static final String DIRECTORY = "reply-guard/";
    private static final Pattern SECTION = Pattern.compile("\\[([a-z-]+)]");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(?:-[a-z0-9]+)*");

    private PhraseFiles() {}

    /** The phrases of every language named in {@code reply-guard/languages.txt}, merged by section in file order. */
    static Map<Section, List<String>> loadAll() {
        List<String> files = readLines(DIRECTORY + "languages.txt").stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(PhraseFiles::fileOf)
                .toList();
        Map<Section, List<String>> phrases = new EnumMap<>(Section.class);
        for (String file : files) {
            parse(file, readLines(file))
                    .forEach((section, list) -> phrases.computeIfAbsent(section, key -> new ArrayList<>())
                            .addAll(list));
        }
        return phrases;
    }

    static Map<Section, List<String>> parse(String name, List<String> lines) {
        Map<Section, List<String>> phrases = new EnumMap<>(Section.class);
        Section section = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher header = SECTION.matcher(line);
            if (header.matches()) {
                int number = i + 1;
                section = Section.ofHeader(header.group(1))
                        .orElseThrow(() -> new IllegalStateException(
                                name + ":" + number + ": unknown section [" + header.group(1) + "]"));
            } else if (section == null) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": phrase before any [section]");
            } else {
                phrases.computeIfAbsent(section, key -> new ArrayList<>()).add(line);
            }
        }
        return phrases;
    }

    private static String fileOf(String language) {
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            throw new IllegalStateException("Not a language tag in " + DIRECTORY + "languages.txt: " + language);
        }
        return DIRECTORY + language + ".txt";
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = PhraseFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
