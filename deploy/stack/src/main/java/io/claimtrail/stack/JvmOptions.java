package io.claimtrail.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JVM settings every service runs with, as deploy/jvm-options gives them to `make run`: options, and lines
 * {@code NAME=value} for the environment; {@code #} starts a comment line.
 */
record JvmOptions(List<String> options, Map<String, String> environment) {

    private static final Pattern VARIABLE = Pattern.compile("[A-Z_]+=.*");

    static JvmOptions read(Path file) throws IOException {
        List<String> options = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (VARIABLE.matcher(text).matches()) {
                environment.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
            } else {
                options.addAll(List.of(text.split("\\s+")));
            }
        }
        return new JvmOptions(options, environment);
    }
}
